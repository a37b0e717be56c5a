#pragma once

#include "wizardpage.h"

class QComboBox;
class QLineEdit;

namespace mailflow {

class FieldCheck;

/** Which server to test: host name or address and port. */
class ServerPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ServerPage(SmtpSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void applyTo(SessionOptions &options) const override;
    bool isComplete() const override;

    QLineEdit *hostField() const { return m_host; }
    QComboBox *portBox() const { return m_port; }

private:
    QLineEdit *m_host;
    QComboBox *m_port;
    FieldCheck *m_hostCheck;
    FieldCheck *m_portCheck;
};

} // namespace mailflow
