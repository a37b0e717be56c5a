#pragma once

#include "smtp/capabilities.h"
#include "smtp/checklist.h"
#include "smtp/sessionoptions.h"

#include <QList>

namespace mailflow {

/** One row the options lead to, before anything is sent. */
struct PlannedMilestone
{
    MilestoneKind kind = MilestoneKind::Connect;
    QString subject;
    /** The reply code that passes ("220", "250"), empty where none is expected (the TLS handshake). */
    QString expected;

    friend bool operator==(const PlannedMilestone &, const PlannedMilestone &) = default;
};

/** Where the conversation is, and what was tried in this connection: what the next step depends on. */
struct PlanProgress
{
    enum class Stage {
        Disconnected,
        Waiting, ///< connecting, sending the message or closing: nothing to start
        Connected, ///< greeting received (or TLS restarted the conversation)
        Greeted, ///< EHLO or HELO accepted
        InTransaction, ///< MAIL FROM accepted
    };
    Stage stage = Stage::Disconnected;
    bool connectTried = false;
    bool greetingFailed = false;
    bool ehloTried = false;
    bool encrypted = false;
    bool startTlsTried = false;
    /** STARTTLS was refused while TLS is required. */
    bool tlsRequiredFailed = false;
    bool authTried = false;
    bool authenticated = false;
    /** AUTH was optional and did not succeed: the test goes on. */
    bool authWentOnWithout = false;
    bool xclientTried = false;
    /** XCLIENT was accepted, or could not be used and the options say to go on without it. */
    bool xclientGoesOn = false;
    bool mailTried = false;
    /** Indexes of options.recipients already given with RCPT TO. */
    QList<int> rcptTried;
    int acceptedRecipients = 0;
    bool dataTried = false;
    /** The open relay probe ran in this connection. */
    bool relayTried = false;
    /** Opportunistic TLS failed in the handshake: connect again (once) and go on without it. */
    bool reconnectWithoutTls = false;
    /** This connection is that second one: no STARTTLS. */
    bool withoutTls = false;
};

/** What a running plan does next. */
struct PlanStep
{
    enum class Kind {
        Wait, ///< a step is under way
        Connect,
        Ehlo,
        StartTls,
        Auth,
        Xclient, ///< postfix's XCLIENT, then EHLO again
        Mail,
        Rcpt, ///< recipient says which
        Data,
        Quit,
        RelayCheck, ///< the open relay probe, before QUIT (options.relayCheck)
        End, ///< the connection is gone and was tried: the plan is over
    };
    Kind kind = Kind::Wait;
    int recipient = -1;
    /** Quit because no recipient was accepted: DATA and the end of data are skipped, not failed. */
    bool noRecipientAccepted = false;

    friend bool operator==(const PlanStep &, const PlanStep &) = default;
};

/**
 * The test a set of options asks for, as a pure value: the milestones it lists up front and the step
 * that follows any point of the conversation. No transport, no signals; the session, the all-MX
 * matrix and the tests read the same answers.
 */
class TestPlan
{
public:
    explicit TestPlan(const SessionOptions &options, StopPoint stop);
    explicit TestPlan(const SessionOptions &options)
        : TestPlan(options, options.stopAfter)
    { }

    /** Once EHLO was answered: what the server offers (DSN parameters depend on it). */
    void setCapabilities(const Capabilities &capabilities) { m_capabilities = capabilities; }

    /** options.tls.mode with Auto resolved by the port. */
    TlsMode tlsMode() const { return m_tlsMode; }
    StopPoint stop() const { return m_stop; }
    /** STARTTLS is part of the plan (optional or required). */
    bool wantsStartTls() const;
    /** Whether DSN parameters (RET, ENVID, NOTIFY, ORCPT) go on the wire. */
    bool sendsDsn() const;
    /** Whether the message goes in BDAT chunks instead of DATA (options.bdat, CHUNKING offered). */
    bool sendsBdat() const;
    /** XCLIENT is part of the plan: attributes are given and the test goes as far as MAIL FROM. */
    bool sendsXclient() const;
    /** XCLIENT goes right after the first EHLO, before STARTTLS and AUTH. */
    bool xclientBeforeStartTls() const;

    QList<PlannedMilestone> milestones() const;
    PlanStep next(const PlanProgress &progress) const;

    /** The subject of the EHLO after STARTTLS, in the context of the session's other texts. */
    static QString afterStartTlsSubject();
    /** The subject of the connection and EHLO after a failed opportunistic TLS handshake. */
    static QString withoutTlsSubject();

private:
    PlanStep nextInConversation(const PlanProgress &progress) const;

    SessionOptions m_options;
    StopPoint m_stop;
    TlsMode m_tlsMode;
    Capabilities m_capabilities;
};

} // namespace mailflow
