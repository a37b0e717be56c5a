#pragma once

#include "wizardpage.h"

class QLabel;

namespace mailflow {

/** Opens the connection and waits for the 220 greeting. */
class ConnectPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ConnectPage(SmtpSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void applyTo(SessionOptions &options) const override;
    void initializePage(const SessionOptions &options) override;
    bool canSend() const override;
    QString sendText() const override;
    void send() override;

protected:
    int resultMilestone() const override;

private:
    QLabel *m_target;
};

} // namespace mailflow
