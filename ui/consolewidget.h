#pragma once

#include <QLineEdit>
#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;

namespace mailflow {

class SmtpSession;

/** A line edit with command history: Up and Down walk through the lines sent before. */
class HistoryLineEdit : public QLineEdit
{
    Q_OBJECT
public:
    using QLineEdit::QLineEdit;

    void addToHistory(const QString &line);
    const QStringList &history() const { return m_history; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStringList m_history;
    int m_position = 0;
    QString m_draft;
};

/** The expert console: raw SMTP commands typed at any point of the conversation. */
class ConsoleWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConsoleWidget(QWidget *parent = nullptr);

    void setSession(SmtpSession *session);
    HistoryLineEdit *lineEdit() const { return m_line; }
    QLabel *messageLabel() const { return m_message; }
    /** Sends the typed line; false (with the reason shown) when the session refused it. */
    bool sendLine();

private:
    void updateEnabled();

    SmtpSession *m_session = nullptr;
    HistoryLineEdit *m_line;
    QPushButton *m_send;
    QLabel *m_message;
};

} // namespace mailflow
