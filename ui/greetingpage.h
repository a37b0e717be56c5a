#pragma once

#include "wizardpage.h"

#include <QList>

class QLabel;
class QLineEdit;

namespace mailflow {

/** EHLO (with the automatic HELO fallback) and what the server advertised. */
class GreetingPage : public WizardPage
{
    Q_OBJECT
public:
    explicit GreetingPage(SmtpSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void applyTo(SessionOptions &options) const override;
    bool canSend() const override;
    QString sendText() const override;
    void send() override;
    void refresh() override;
    bool isSequencePending() const override { return !m_queue.isEmpty(); }

    QLineEdit *nameField() const { return m_name; }
    QLabel *capabilitiesLabel() const { return m_capabilities; }

protected:
    int resultMilestone() const override;

private:
    enum class Step { Ehlo, StartTls, EhloAgain, Auth };
    /** Runs the next queued step once the session is idle (EHLO → STARTTLS → EHLO → AUTH). */
    void continueSequence();
    bool wantsStartTls() const;

    QList<Step> m_queue;
    QLineEdit *m_name;
    QLabel *m_capabilities;
};

} // namespace mailflow
