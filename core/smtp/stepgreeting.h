#pragma once

#include "smtp/sessionstep.h"

#include <QCoreApplication>

namespace mailflow {

/** Connecting, the greeting, and EHLO with its fall-back to HELO. */
class GreetingStep : public SessionStep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    using SessionStep::SessionStep;

    void connectToServer();
    /** The transport connected (ignored unless this step is connecting). */
    void onConnected();
    /** Implicit TLS came up: now the greeting. */
    void awaitGreeting();
    void ehlo();
    /** Sends an EHLO (or HELO) line for the milestone with subject; the console's line goes here too. */
    void sendEhlo(const QString &subject, const QByteArray &command, const QString &shown, bool helo);

    bool isConnecting() const;
    bool greetingFailed() const { return m_greetingFailed; }
    bool ehloTried() const { return m_ehloTried; }
    /** STARTTLS restarted the conversation: EHLO is due again. */
    void forgetEhlo() { m_ehloTried = false; }

    void handleReply(const SmtpReply &reply) override;
    QString timeoutMessage(const QString &seconds) const override;
    void reset() override;

private:
    enum class Stage { None, Connect, Greeting, Ehlo, Helo };

    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply, bool wasHelo);
    void acceptEhlo(const SmtpReply &reply, bool wasHelo);

    Stage m_stage = Stage::None;
    bool m_greetingFailed = false;
    bool m_ehloTried = false;
};

} // namespace mailflow
