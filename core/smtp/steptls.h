#pragma once

#include "smtp/checklist.h"
#include "smtp/sessionstep.h"
#include "tls/tlsreport.h"

#include <QCoreApplication>
#include <QStringList>

namespace mailflow {

/** STARTTLS (or implicit TLS), the handshake and the certificate verdict. */
class TlsStep : public SessionStep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    using SessionStep::SessionStep;

    void startTls();
    /** Marks STARTTLS tried and starts its milestone. */
    void begin();
    /** Sends the STARTTLS line (planned or typed). */
    void send(const QByteArray &command, const QString &shown);
    /** Implicit TLS: the handshake comes before the greeting; the Connect milestone waits for it. */
    void beginImplicit();
    void onEncrypted();
    void continueAfterCertificate(bool proceed);

    bool isHandshaking() const;
    bool isWaitingForDecision() const;
    bool tried() const { return m_tried; }
    bool requiredFailed() const { return m_requiredFailed; }
    /** The server said 220 to STARTTLS in this connection. */
    bool afterStartTls() const { return m_afterStartTls; }
    const TlsReport &report() const { return m_report; }

    /** Tells why a handshake in progress failed (called before the connection is failed). */
    void noteHandshakeFailure();
    /**
     * Opportunistic TLS, as mail servers do it (postfix's "may" level): when the handshake after a 220 to
     * STARTTLS fails, the plan connects again and goes on without TLS. False when that does not apply.
     */
    bool fallBackWithoutTls(const QString &message);
    /** After the EHLO inside TLS: what the server offers now that it did not before. */
    void noteCapabilityChanges();
    /** A 530 that asks for TLS on a clear connection gets a hint. */
    void warnIfTlsRequired(const SmtpReply &reply);

    void handleReply(const SmtpReply &reply) override;
    bool handleTimeout(const QString &message) override;
    void reset() override;

private:
    enum class Stage { None, StartTls, Handshake, Decision };

    void beginHandshake();
    void accept(MilestoneState state, const QString &note);
    void refuse(const QString &why);
    void handleStartTls(const SmtpReply &reply);

    Stage m_stage = Stage::None;
    TlsReport m_report;
    QStringList m_extensionsBefore;
    int m_connectMilestone = -1;
    bool m_tried = false;
    bool m_afterStartTls = false;
    bool m_requiredFailed = false;
};

} // namespace mailflow
