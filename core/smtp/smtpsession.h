#pragma once

#include "smtp/capabilities.h"
#include "smtp/checklist.h"
#include "smtp/relayprobe.h"
#include "smtp/sessionoptions.h"
#include "smtp/transcript.h"
#include "smtp/transport.h"
#include "tls/tlsreport.h"

#include <QObject>

#include <memory>

namespace mailflow {

class CertificatePolicy;
class MilestoneExplainer;
class SessionCore;

/**
 * The SMTP conversation over a Transport, the front door to three layers: the wire (SessionWire:
 * lines, parser, timer), the steps (one object per command family) and the plan (TestPlan). Each
 * step can be run on request (the wizard calls them one by one) or as a plan up to a stop point
 * (runTo). Everything said and heard goes to transcript(); each milestone to checklist().
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
    const SessionOptions &options() const;

    Transcript *transcript() const;
    Checklist *checklist() const;
    Transport *transport() const;
    State state() const;
    /** A command is outstanding or the connection is being set up. */
    bool isBusy() const;
    bool isPlanRunning() const;
    const Capabilities &capabilities() const;
    /** The reply to the greeting, once received. */
    const SmtpReply &greeting() const;
    /** The TCP connection of the last test came up (a lost greeting, not a failed connection). */
    bool wasConnected() const;
    /** Recipients the server accepted in the open transaction. */
    QStringList acceptedRecipients() const;
    /** The text of the 250 after the final dot (the queue id is usually in it). */
    QString queuedAs() const;
    /** What the open relay probe saw (tried false when options().relayCheck was off or not reached). */
    RelayProbe relayProbe() const;

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

    // ---- TLS and AUTH ----------------------------------------------------------------------------
    /** The password for AUTH. Kept apart from options(): never in the transcript, a report or a profile. */
    void setCredentials(const Credentials &credentials);
    /** Asked when a certificate fails verification and TLS is required; not owned; none means stop. */
    void setCertificatePolicy(CertificatePolicy *policy);
    /** The TLS mode in effect (options().tls.mode with Auto resolved by the port). */
    TlsMode tlsMode() const;
    bool isEncrypted() const;
    /** What the last TLS handshake of this test showed (handshakeDone false when none). */
    const TlsReport &tlsReport() const;
    /** STARTTLS, then the handshake and the certificate verdict (milestones StartTls and Tls). */
    void startTls();
    /** AUTH with options().auth and the credentials (milestone Auth, 235 passes). */
    void authenticate();
    /** The answer to certificateDecisionNeeded(): true goes on for this test (written in the transcript). */
    void continueAfterCertificate(bool proceed);
    bool isWaitingForCertificateDecision() const;

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
    std::unique_ptr<SessionCore> m_core;
};

} // namespace mailflow
