#pragma once

#include "smtp/capabilities.h"
#include "smtp/checklist.h"
#include "smtp/smtpreply.h"
#include "tls/tlsreport.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow {

class SmtpSession;
class Transcript;

/** Why a whole test ended as it did: one best cause. Keys are stable (reports, JSON, tickets). */
enum class Cause {
    None,
    Unknown,
    UnknownRecipient,
    DisabledAccount,
    MailboxFull,
    MessageTooBig,
    RateLimited,
    SenderBlocklisted,
    PoorReputation,
    SenderAuthentication,
    RelayDenied,
    ContentRejected,
    TlsRequired,
    ReverseDns,
    Greylisting,
    BadSyntax,
    ServerBusy,
    LocalPolicy,
    ConnectionTimedOut,
    ConnectionRefused,
    HostNotFound,
    NoMailServer,
    ClientRefused,
    ServiceClosing,
    Tarpit,
    EhloNotSupported,
    NotSmtp,
    AuthRequired,
    WrongCredentials,
    BasicAuthDisabled,
    ConnectionDropped,
    TlsHandshakeFailed,
    CertificateProblem,
    DsnNotSupported,
};

/** Who has to do something about it. */
enum class Actor { You, YourAdministrator, RecipientAdministrator, Recipient, Nobody };

QString causeKey(Cause cause);
/** "Mailbox full", translated. */
QString causeTitle(Cause cause);
bool parseCauseKey(QStringView key, Cause *cause);
QString actorKey(Actor actor);
/** "Your mail administrator or provider", translated. */
QString actorTitle(Actor actor);
bool parseActorKey(QStringView key, Actor *actor);

/** The diagnosis of a whole test, for a helpdesk: what happened, why, who acts, what to do. */
struct TestDiagnosis
{
    /** The stable id of the rule that decided ("rcpt.quota"), for a ticket to cite. */
    QString ruleId;
    Cause cause = Cause::Unknown;
    Actor who = Actor::Nobody;
    /** One sentence of what happened. */
    QString sentence;
    QStringList nextSteps;
    /** Transcript lines (1-based, as the reports number them) the diagnosis rests on. */
    QList<int> evidenceLines;
    /** Provider tags quoted from the replies: Gmail help URLs, Microsoft [S3140], Yahoo [TSS04] … */
    QStringList providerTags;
    /** Secondary, thin observations that are never the cause (a greeting name that differs from the PTR). */
    QStringList notes;
    /** The server gave no reason: the diagnosis rests on the code alone. */
    bool thinEvidence = false;
    /** A deliberate delay (greylisting, tarpit): retry, not a fault. */
    bool deferred = false;
    /** The interval the server asked for, -1 when its text gives none. */
    int retryAfterSeconds = -1;
    /** The milestone the diagnosis is about, -1 for the whole test. */
    int milestone = -1;

    QString causeKey() const { return mailflow::causeKey(cause); }
    bool isProblem() const { return cause != Cause::None; }
};

/**
 * What the DNS said, as data (the diagnosis module does not see the resolvers): filled by whoever did
 * the lookups, the MX lookup of MX mode and the reverse DNS check of the connected server.
 */
struct DnsFacts
{
    enum class Mx {
        NotLooked, ///< the server was typed, no MX lookup
        Found,
        ImplicitMx, ///< no MX, the domain's own A/AAAA
        NullMx, ///< RFC 7505: the domain takes no mail
        NxDomain, ///< the domain does not exist
        NoRecords, ///< neither MX nor A/AAAA
        Failed, ///< SERVFAIL, timeout, no DNS server: nothing is known
    };
    enum class Reverse {
        NotChecked,
        Confirmed, ///< forward-confirmed reverse DNS
        NotConfirmed, ///< PTR names exist, none resolves back
        NoPtr,
        Failed,
    };
    Mx mx = Mx::NotLooked;
    Reverse reverse = Reverse::NotChecked;
    QStringList ptrNames;
    /** The host name the 220 greeting gives, when it differs from every PTR name; empty otherwise. */
    QString bannerNameDiffering;
};

/** What a finished test exposes; only the checklist is required. */
struct TestFacts
{
    const Checklist *checklist = nullptr;
    const Transcript *transcript = nullptr;
    SmtpReply greeting;
    Capabilities capabilities;
    TlsReport tls;
    bool tcpConnected = false;
    /** The message size in bytes, 0 when unknown. */
    qint64 messageSize = 0;
    bool dsnRequested = false;
    DnsFacts dns;
};

/** Diagnoses one reply received at a stage: the rule table alone (what a corpus test asserts). */
TestDiagnosis diagnoseReply(const SmtpReply &reply, MilestoneKind stage, const QString &command = {});
/** Diagnoses a whole test. */
TestDiagnosis diagnoseTest(const TestFacts &facts);
TestDiagnosis diagnoseTest(const SmtpSession &session, const DnsFacts &dns = {});

/** The interval a reply's text asks for ("try again in 5 minutes", "retry in 300s", "00:05:00"), or -1. */
int retryAfterSeconds(const QString &text);
/** Provider tags in a reply's text, as quoted: help URLs, [Sxxxx], [TSS04], [PH01] … */
QStringList providerTags(const QString &text);

} // namespace mailflow
