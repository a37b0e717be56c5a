#pragma once

#include <QObject>
#include <QValidator>

#include <functional>

class QLabel;
class QLineEdit;

namespace mailflow {

/** Refuses control characters (CR, LF, tabs …) as they are typed or pasted. */
class SingleLineValidator : public QValidator
{
    Q_OBJECT
public:
    using QValidator::QValidator;
    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
};

/**
 * Checks a line edit as the user types and shows the reason next to it (never a message box).
 * The check returns an empty string when the value is fine, as core's validate* functions do.
 */
class FieldCheck : public QObject
{
    Q_OBJECT
public:
    using Check = std::function<QString(const QString &)>;

    FieldCheck(QLineEdit *field, QLabel *reasonLabel, Check check, QObject *parent);

    /** Runs the check now; returns the reason (empty when valid). */
    QString recheck();
    bool isValid() const { return m_reason.isEmpty(); }
    QString reason() const { return m_reason; }

    /** A label for reasons: wraps, red-ish, hidden while empty. */
    static QLabel *makeReasonLabel(QWidget *parent);

    static QString checkMailbox(const QString &value);
    static QString checkSender(const QString &value);
    static QString checkHost(const QString &value);
    static QString checkPort(const QString &value);

Q_SIGNALS:
    void validityChanged(bool valid);

private:
    QLineEdit *m_field;
    QLabel *m_label;
    Check m_check;
    QString m_reason;
    bool m_touched = false;
};

} // namespace mailflow
