#pragma once

#include "smtp/sessionoptions.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace mailflow {

class FieldCheck;
struct Milestone;

/** One recipient of the envelope: address, its NOTIFY options, a Send RCPT button and its result. */
class RecipientRow : public QWidget
{
    Q_OBJECT
public:
    explicit RecipientRow(QWidget *parent = nullptr);

    Recipient recipient() const;
    void setAddress(const QString &address);
    bool isValid() const;
    void setSendEnabled(bool enabled);
    void setRemovable(bool removable);
    void showMilestone(const Milestone *milestone);

    QLineEdit *addressField() const { return m_address; }
    QPushButton *sendButton() const { return m_send; }
    QCheckBox *notifyBox(DsnNotify flag) const;
    QLabel *stateLabel() const { return m_state; }
    /** The row's focusable widgets in Tab order. */
    QList<QWidget *> tabChain() const;

Q_SIGNALS:
    void changed();
    void sendClicked();
    void removeClicked();

private:
    QLineEdit *m_address;
    QCheckBox *m_success;
    QCheckBox *m_failure;
    QCheckBox *m_delay;
    QCheckBox *m_never;
    QPushButton *m_send;
    QToolButton *m_remove;
    QLabel *m_state;
    QLabel *m_reason;
    FieldCheck *m_check;
};

} // namespace mailflow
