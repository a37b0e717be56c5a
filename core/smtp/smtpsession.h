#pragma once

#include "smtp/capabilities.h"
#include "smtp/checklist.h"
#include "smtp/replyparser.h"
#include "smtp/sessionoptions.h"
#include "tls/tlsreport.h"
#include "smtp/transcript.h"
#include "smtp/transport.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace mailflow {

class Authenticator;
class CertificatePolicy;
class DataElider;
class MessageSource;
class MilestoneExplainer;

/**
 * The SMTP conversation: a state machine over a Transport. Each step can be run on
 * request (the wizard calls them one by one) or as a plan up to a stop point (runTo).
 * Everything said and heard goes to transcript(); each milestone to checklist().
 */
class SmtpSession : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected,
        Connecting, ///< resolving, connecting, waiting for the greeting
        Connected, ///< greeting received, EHLO not yet accepted
        Greeted, ///< EHLO or HELO accepted, no mail transaction open
        InTransaction, ///< MAIL FROM accepted
        SendingData, ///< 354 received, message going out
        Closing, ///< QUIT sent
    };
    Q_ENUM(State)

    explicit SmtpSession(Transport *transport, QObject *parent = nullptr);
    ~SmtpSession() override;

    /** Gives finished milestones their meaning; not owned; none leaves diagnoses empty. */
    void setExplainer(const MilestoneExplainer *explainer);
    void setOptions(const SessionOptions &options);
    const SessionOptions &options() const { return m_options; }

    Transcript *transcript() const { return m_transcript; }
    Checklist *checklist() const { return m_checklist; }
    Transport *transport() const { return m_transport; }
    State state() const { return m_state; }
    /** A command is outstanding or the connection is being set up. */
    bool isBusy() const { return m_pending != Pending::None || m_state == State::Connecting; }
    bool isPlanRunning() const { return m_planRunning; }
    const Capabilities &capabilities() const { return m_capabilities; }
    /** The reply to the greeting, once received. */
    const SmtpReply &greeting() const { return m_greeting; }
    /** Recipients the server accepted in the open transaction. */
    QStringList acceptedRecipients() const { return m_acceptedRecipients; }
    /** The text of the 250 after the final dot (the queue id is usually in it). */
    QString queuedAs() const { return m_queuedAs; }

    /** Clears transcript and checklist and lists the milestones the options lead to. */
    void startNewTest();

    // Steps, one at a time. Each ends with stepFinished().
    void connectToServer();
    void ehlo();
    void mailFrom();
    /** RCPT TO for options().recipients[index]. */
    void rcptTo(int index);
    void data();
    void quit();
    void rset();
    void noop();
    /** A command typed in the expert console; CR/LF are refused. Returns false with why when not sent. */
    bool sendRaw(const QString &line, QString *why = nullptr);

    // ---- TLS and AUTH (smtpsessionsecurity.cpp) ----------------------------------------------
    /** The password for AUTH. Kept apart from options(): never in the transcript, a report or a profile. */
    void setCredentials(const Credentials &credentials);
    /** Asked when a certificate fails verification and TLS is required; not owned; none means stop. */
    void setCertificatePolicy(CertificatePolicy *policy);
    /** The TLS mode in effect (options().tls.mode with Auto resolved by the port). */
    TlsMode tlsMode() const;
    bool isEncrypted() const;
    /** What the last TLS handshake of this test showed (handshakeDone false when none). */
    const TlsReport &tlsReport() const { return m_tlsReport; }
    /** STARTTLS, then the handshake and the certificate verdict (milestones StartTls and Tls). */
    void startTls();
    /** AUTH with options().auth and the credentials (milestone Auth, 235 passes). */
    void authenticate();
    /** The answer to certificateDecisionNeeded(): true goes on for this test (written in the transcript). */
    void continueAfterCertificate(bool proceed);
    bool isWaitingForCertificateDecision() const { return m_pending == Pending::CertificateDecision; }

    /** Runs every remaining step up to stop, then QUIT. Ends with finished(). */
    void runTo(StopPoint stop);
    /** Stops whatever runs, drops the connection, keeps the transcript. */
    void abort();

Q_SIGNALS:
    void stateChanged(mailflow::SmtpSession::State state);
    void busyChanged(bool busy);
    void stepFinished(mailflow::MilestoneKind kind, int milestone);
    void dataProgress(qint64 sent, qint64 total);
    /** The plan ended, or the connection ended outside a plan. */
    void finished();
    /** The policy answered Ask: the session waits for continueAfterCertificate(). */
    void certificateDecisionNeeded(const mailflow::TlsReport &report);
    /** TLS came up (tlsReport() is ready) or the connection ended; for a padlock. */
    void encryptionChanged(bool encrypted);

private:
    enum class Pending {
        None,
        Connect,
        Greeting,
        Ehlo,
        Helo,
        Mail,
        Rcpt,
        Data,
        EndOfData,
        Quit,
        Rset,
        Noop,
        Raw,
        StartTls,
        TlsHandshake,
        CertificateDecision,
        Auth,
        RawAuth
    };

    void setState(State state);
    void updateBusy();
    void setPending(Pending pending, int timeoutMs);
    void sendCommand(const QByteArray &command, const QString &shown, Pending pending, int timeoutMs);

    void onTrying(const QHostAddress &address, quint16 port);
    void onAttemptFailed(const QHostAddress &address, quint16 port, const QString &reason);
    void onConnected();
    void onData(const QByteArray &data);
    void onBytesWritten();
    void onDisconnected();
    void onTransportError(Transport::Error error, const QString &message);
    void onTimeout();

    void handleReply(const SmtpReply &reply);
    void handleGreeting(const SmtpReply &reply);
    void handleEhlo(const SmtpReply &reply, bool wasHelo);
    void handleMail(const SmtpReply &reply);
    void handleRcpt(const SmtpReply &reply);
    void handleData(const SmtpReply &reply);
    void handleEndOfData(const SmtpReply &reply);
    void handleQuit(const SmtpReply &reply);
    void handleRaw(const SmtpReply &reply);

    // TLS and AUTH (smtpsessionsecurity.cpp)
    void onEncrypted();
    void handleStartTls(const SmtpReply &reply);
    void beginTlsHandshake();
    void acceptTls(MilestoneState state, const QString &note);
    void refuseTls(const QString &why);
    void noteHandshakeFailure();
    void handleAuth(const SmtpReply &reply);
    void handleRawAuth(const SmtpReply &reply);
    void failAuthLocally(FailureKind failure, const QString &why, const Diagnosis &diagnosis);
    void warnIfTlsRequired(const SmtpReply &reply);
    void noteCapabilityChanges();
    bool wantStartTls() const;
    void skipPlanned(MilestoneKind kind, const QString &subject, const QString &summary);
    void setLastDiagnosis(const Diagnosis &diagnosis);
    QString afterStartTlsSubject() const;
    void resetSecurityState();

    void pumpMessage();
    void startMessage();
    /** Opens and measures the message for the options in force; false with why when it cannot be read. */
    bool prepareMessage(QString *why);
    /** Whether two option sets lead to the same message (sender, recipients, EHLO name, message spec). */
    static bool sameMessageInputs(const SessionOptions &a, const SessionOptions &b);

    int beginMilestone(MilestoneKind kind, const QString &subject, const QString &expected);
    void finishMilestone(MilestoneState state, const SmtpReply &reply, FailureKind failure, const QString &summary);
    void judgeReply(const SmtpReply &reply, int expectedClass);
    /** Ends the conversation after a failure that leaves no connection. */
    void failConnection(FailureKind failure, const QString &message);
    void closeQuietly();
    void stepDone(MilestoneKind kind);
    void advancePlan();
    void endPlan();
    void skipPendingMilestones();
    void logClient(const QString &line);
    void log(TranscriptEntry::Direction direction, const QString &text);
    QString ehloName() const;
    QByteArray mailCommand() const;
    QByteArray rcptCommand(const Recipient &recipient) const;
    bool dsnWanted() const;
    void addPlannedMilestones();

    Transport *m_transport;
    const MilestoneExplainer *m_explainer = nullptr;
    Transcript *m_transcript;
    Checklist *m_checklist;
    SessionOptions m_options;
    ReplyParser m_parser;
    QTimer m_timer;
    State m_state = State::Disconnected;
    Pending m_pending = Pending::None;
    bool m_busy = false;
    int m_timeoutMs = 0;
    int m_milestone = -1;
    int m_lastFinished = -1;
    QString m_rawVerb;

    Capabilities m_capabilities;
    SmtpReply m_greeting;
    QStringList m_acceptedRecipients;
    QString m_queuedAs;
    bool m_usedHelo = false;

    // What was tried in this connection, for the plan.
    bool m_greetingFailed = false;
    bool m_ehloTried = false;
    bool m_mailTried = false;
    QList<int> m_rcptTried;
    bool m_dataTried = false;
    bool m_connectTried = false;
    bool m_tcpConnected = false;

    bool m_planRunning = false;
    StopPoint m_stop = StopPoint::Quit;

    std::unique_ptr<MessageSource> m_message;
    /** The options m_message was built from. */
    SessionOptions m_messageOptions;
    std::unique_ptr<DataElider> m_elider;
    qint64 m_sent = 0;
    bool m_rawData = false;

    // TLS and AUTH
    CertificatePolicy *m_policy = nullptr;
    Credentials m_credentials;
    TlsReport m_tlsReport;
    std::unique_ptr<Authenticator> m_authenticator;
    QStringList m_extensionsBeforeTls;
    QByteArray m_heldData;
    int m_connectMilestone = -1;
    bool m_startTlsTried = false;
    bool m_afterStartTls = false;
    bool m_tlsRequiredFailed = false;
    bool m_authTried = false;
    bool m_authenticated = false;
    bool m_rawAuth = false;
};

} // namespace mailflow
