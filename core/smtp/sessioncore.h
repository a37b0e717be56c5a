#pragma once

#include "smtp/capabilities.h"
#include "smtp/checklist.h"
#include "smtp/sessionoptions.h"
#include "smtp/sessionwire.h"
#include "smtp/smtpsession.h"
#include "smtp/testplan.h"

#include <QCoreApplication>

#include <memory>

namespace mailflow {

class AuthStep;
class ConsoleStep;
class ControlStep;
class DataStep;
class EnvelopeStep;
class GreetingStep;
class RelayCheckStep;
class PipelineStep;
class SessionStep;
class TlsStep;
class XclientStep;

/**
 * What the steps of one SmtpSession share (its private side): the wire, the record, what the
 * server said, the state, the milestone in progress and which step waits for a reply. The steps
 * own everything else; the session's public methods forward here.
 */
class SessionCore
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    using State = SmtpSession::State;

    SessionCore(SmtpSession *session, Transport *transport);
    ~SessionCore();
    SessionCore(const SessionCore &) = delete;
    SessionCore &operator=(const SessionCore &) = delete;

    // ---- state ---------------------------------------------------------------------------------
    void setState(State state);
    bool isBusy() const { return m_awaiting || m_state == State::Connecting; }
    void updateBusy();
    /** step waits for a reply (or a decision) with the stage timer at timeoutMs; nullptr: nobody waits. */
    void await(SessionStep *step, int timeoutMs);
    void idle() { await(nullptr, 0); }
    /** Logs shown, makes step the one waiting, then sends command. */
    void send(SessionStep *step, const QByteArray &command, const QString &shown, int timeoutMs);
    /** Replies are waiting that would be taken for the answer to what the client sends next (the server
     *  did not wait for it): fails the connection, saying notSent, and returns true. */
    bool answeredEarly(const QString &notSent);
    void log(TranscriptEntry::Direction direction, const QString &text) { m_wire->log(direction, text); }
    /** The session may issue a new command in its current state. */
    bool canIssueCommand() const;
    TlsMode tlsMode() const { return effectiveTlsMode(m_options.tls.mode, m_options.port); }
    QString ehloName() const;

    // ---- milestones ----------------------------------------------------------------------------
    int beginMilestone(MilestoneKind kind, const QString &subject, const QString &expected);
    void finishMilestone(MilestoneState state, const SmtpReply &reply, FailureKind failure, const QString &summary);
    /** Passed for the expected class, Warning for 4xx, else Failed. */
    void judgeReply(const SmtpReply &reply, int expectedClass);
    void setLastDiagnosis(const Diagnosis &diagnosis);
    void skipUnfinished();
    void addPlannedMilestones();

    // ---- the conversation ----------------------------------------------------------------------
    /** Forgets what the last connection tried, before a new one. */
    void resetConnection();
    void resetSecurity();
    /** Ends the conversation after a failure that leaves no connection. */
    void failConnection(FailureKind failure, const QString &given);
    /** Before EHLO is answered after a PROXY header: what a server that does not expect one does; else empty. */
    QString proxyHeaderNote() const;
    void closeQuietly();
    /** A step ended its milestone: tell, then go on with the plan. */
    void stepDone(MilestoneKind kind);
    void advancePlan();
    void endPlan();
    PlanProgress progress() const;

    // ---- events from the wire ------------------------------------------------------------------
    void onReply(const SmtpReply &reply);
    void onConnected();
    void onEncrypted();
    void onBytesWritten();
    void onDisconnected();
    void onTransportError(Transport::Error error, const QString &message);
    void onTimeout();

    SmtpSession *m_session;
    Transport *m_transport;
    Transcript *m_transcript;
    Checklist *m_checklist;
    SessionWire *m_wire;
    const MilestoneExplainer *m_explainer = nullptr;
    SessionOptions m_options;
    CertificatePolicy *m_policy = nullptr;
    Credentials m_credentials;

    State m_state = State::Disconnected;
    bool m_busy = false;
    SessionStep *m_awaiting = nullptr;
    int m_milestone = -1;
    int m_lastFinished = -1;

    Capabilities m_capabilities;
    SmtpReply m_greeting;
    QStringList m_acceptedRecipients;
    QString m_queuedAs;
    bool m_connectTried = false;
    bool m_tcpConnected = false;
    /** Subject of the Connect and EHLO rows of this connection: empty, or TestPlan::withoutTlsSubject(). */
    QString m_connectionSubject;
    /** Opportunistic TLS failed: the plan connects once more without it. */
    bool m_reconnectWithoutTls = false;

    bool m_planRunning = false;
    StopPoint m_stop = StopPoint::Quit;

    std::unique_ptr<GreetingStep> m_greetingStep;
    std::unique_ptr<TlsStep> m_tlsStep;
    std::unique_ptr<AuthStep> m_authStep;
    std::unique_ptr<XclientStep> m_xclientStep;
    std::unique_ptr<EnvelopeStep> m_envelopeStep;
    std::unique_ptr<PipelineStep> m_pipelineStep;
    std::unique_ptr<DataStep> m_dataStep;
    std::unique_ptr<ControlStep> m_controlStep;
    std::unique_ptr<ConsoleStep> m_consoleStep;
    std::unique_ptr<RelayCheckStep> m_relayStep;
};

} // namespace mailflow
