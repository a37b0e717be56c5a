#include "diagnosis/testdiagnosis.h"

#include "base/enumtable.h"
#include "diagnosis/causerules.h"
#include "smtp/smtpsession.h"
#include "smtp/transcript.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace mailflow {

namespace {

using causes::CauseRule;
using causes::Context;

constexpr EnumName<Cause> causeNames[] = {
    {Cause::None, "none", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "No problem: the test passed")},
    {Cause::Unknown, "unknown", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Cause unknown")},
    {Cause::UnknownRecipient, "unknown-recipient", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Unknown recipient")},
    {Cause::DisabledAccount, "disabled-account", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Disabled account")},
    {Cause::MailboxFull, "mailbox-full", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Mailbox full")},
    {Cause::MessageTooBig, "message-too-big", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Message too big")},
    {Cause::RateLimited, "rate-limited", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Rate limited")},
    {Cause::SenderBlocklisted, "sender-blocklisted",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Sending address on a block list")},
    {Cause::PoorReputation, "poor-reputation", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Poor sender reputation")},
    {Cause::SenderAuthentication, "sender-authentication",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "SPF, DKIM or DMARC failure")},
    {Cause::RelayDenied, "relay-denied", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Relaying denied")},
    {Cause::ContentRejected, "content-rejected",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Content classed as spam or malware")},
    {Cause::TlsRequired, "tls-required", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "TLS required")},
    {Cause::ReverseDns, "reverse-dns", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "No or wrong reverse DNS")},
    {Cause::Greylisting, "greylisting", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Greylisting (deferred)")},
    {Cause::BadSyntax, "bad-syntax", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Bad syntax")},
    {Cause::ServerBusy, "server-busy",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Server busy or temporarily unavailable")},
    {Cause::LocalPolicy, "local-policy", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server's local policy")},
    {Cause::ConnectionTimedOut, "connection-timed-out",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Connection timed out")},
    {Cause::ConnectionRefused, "connection-refused",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Connection refused")},
    {Cause::HostNotFound, "host-not-found", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Host not found")},
    {Cause::NoMailServer, "no-mail-server",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "No mail server (no or null MX)")},
    {Cause::ClientRefused, "client-refused", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "This client refused")},
    {Cause::ServiceClosing, "service-closing",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Service closing the connection")},
    {Cause::Tarpit, "tarpit", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Deliberate delay (tarpit or greet pause)")},
    {Cause::EhloNotSupported, "ehlo-not-supported", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "EHLO not supported")},
    {Cause::NotSmtp, "not-smtp", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Not an SMTP server")},
    {Cause::AuthRequired, "auth-required",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Login or STARTTLS required first")},
    {Cause::WrongCredentials, "wrong-credentials", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Wrong credentials")},
    {Cause::BasicAuthDisabled, "basic-auth-disabled",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Password login disabled by the provider")},
    {Cause::ConnectionDropped, "connection-dropped",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Connection dropped")},
    {Cause::TlsHandshakeFailed, "tls-handshake-failed",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "TLS handshake failed")},
    {Cause::CertificateProblem, "certificate-problem",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Certificate problem")},
    {Cause::DsnNotSupported, "dsn-not-supported",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Delivery notifications (DSN) not supported")},
};

constexpr EnumName<Actor> actorNames[] = {
    {Actor::You, "you", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "You or your network")},
    {Actor::YourAdministrator, "your-administrator",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Your mail administrator or provider")},
    {Actor::RecipientAdministrator, "recipient-administrator",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The recipient's mail administrator")},
    {Actor::Recipient, "recipient", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The recipient")},
    {Actor::Nobody, "nobody", QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Nobody (wait, or nothing to do)")},
};

QString translated(const char *text)
{
    return text ? QCoreApplication::translate(Context, text) : QString();
}

/** Greeting longer than this is a deliberate pause, not a slow network. */
constexpr qint64 greetPauseMs = 10'000;

TestDiagnosis fromRule(const CauseRule &rule, const QString &detail)
{
    TestDiagnosis d;
    d.ruleId = QString::fromLatin1(rule.id);
    d.cause = rule.cause;
    d.who = rule.who;
    d.thinEvidence = rule.thin;
    d.deferred = rule.cause == Cause::Greylisting || rule.cause == Cause::Tarpit;
    d.sentence = translated(rule.sentence).arg(detail);
    const QString steps = translated(rule.steps);
    if (!steps.isEmpty())
        d.nextSteps = steps.split(u'\n', Qt::SkipEmptyParts);
    return d;
}

bool isWordStart(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

const CauseRule *matchReply(const SmtpReply &reply, causes::Stages stageBit, const QString &command)
{
    const QString lowerText = reply.text().toLower();
    const QString lowerCommand = command.toLower();
    for (const CauseRule &rule : causes::replyRules()) {
        if (causes::matches(rule, reply, stageBit, lowerText, lowerCommand))
            return &rule;
    }
    return nullptr;
}

causes::Stages stageBitOf(MilestoneKind stage)
{
    return stage == MilestoneKind::Connect ? (catalog::Greeting | catalog::at(stage)) : catalog::at(stage);
}

/** Transcript lines (1-based) of the milestone's server replies, with the command that drew them. */
QList<int> milestoneLines(const Milestone &m, const Transcript *transcript, QString *command)
{
    QList<int> lines;
    if (!transcript || m.firstEntry < 0)
        return lines;
    const int last = std::min(m.lastEntry < 0 ? transcript->count() - 1 : m.lastEntry, transcript->count() - 1);
    for (int i = m.firstEntry; i <= last; ++i) {
        const TranscriptEntry &e = transcript->entries().at(i);
        if (e.direction == TranscriptEntry::Direction::Client && command)
            *command = e.text;
        if (e.direction != TranscriptEntry::Direction::Info)
            lines << i + 1;
    }
    return lines;
}

bool isAsteriskBanner(const SmtpReply &greeting)
{
    static const QRegularExpression stars(QStringLiteral("^[\\s*0-9]*\\*{3,}[\\s*0-9]*$"));
    return stars.match(greeting.line(0)).hasMatch();
}

TestDiagnosis situation(const char *id, const QString &detail)
{
    TestDiagnosis d = fromRule(causes::situationRule(id), detail);
    return d;
}

/** The lookup found the domain but no server for its mail (no or null MX), rather than no such name. */
bool noMailServer(const DnsFacts &dns, const Milestone &m)
{
    switch (dns.mx) {
    case DnsFacts::Mx::NullMx:
    case DnsFacts::Mx::NoRecords:
        return true;
    case DnsFacts::Mx::NotLooked:
        // Without the lookup's data (an old saved report), the milestone's words are all there is.
        return m.summary.contains(QLatin1String("MX"), Qt::CaseInsensitive);
    default:
        return false;
    }
}

/** A greeting name that differs from the server's PTR: worth a word, never the cause. */
void addReverseDnsNotes(const DnsFacts &dns, TestDiagnosis *d)
{
    if (!dns.bannerNameDiffering.isEmpty() && !dns.ptrNames.isEmpty())
        d->notes << QCoreApplication::translate(Context,
                                                "Information only: the greeting names %1, but the server's "
                                                "reverse DNS (PTR) gives %2. Harmless on its own; some "
                                                "receivers score it.")
                        .arg(dns.bannerNameDiffering, dns.ptrNames.join(QStringLiteral(", ")));
    else if (dns.reverse == DnsFacts::Reverse::NoPtr)
        d->notes << QCoreApplication::translate(Context, "Information only: the server's address has no PTR record.");
}

TestDiagnosis diagnoseFailure(const Milestone &m, const TestFacts &facts)
{
    const QString what = m.summary.isEmpty() ? m.diagnosis.meaning : m.summary;
    switch (m.failure) {
    case FailureKind::HostNotFound:
        if (m.kind == MilestoneKind::Dns && noMailServer(facts.dns, m))
            return situation("dns.no-mail-server", what);
        return situation("dns.host-not-found", what);
    case FailureKind::ConnectionRefused:
        return situation("connect.refused", what);
    case FailureKind::NetworkUnreachable:
        return situation("connect.unreachable", what);
    case FailureKind::Timeout:
        if (m.kind == MilestoneKind::Dns)
            return situation("dns.host-not-found", what);
        if (m.kind == MilestoneKind::Connect)
            return situation(facts.tcpConnected ? "greeting.tarpit" : "connect.timed-out", what);
        return situation("session.timeout", what);
    case FailureKind::ConnectionLost:
        return situation("session.dropped", what);
    case FailureKind::ProtocolError:
        return situation("greeting.not-smtp", what);
    case FailureKind::TlsFailed:
        return situation(facts.tls.problems.isEmpty() ? "tls.handshake" : "tls.certificate",
                         facts.tls.problems.isEmpty() ? what : facts.tls.problemLines().join(QStringLiteral("; ")));
    case FailureKind::Aborted:
        return situation("test.aborted", what);
    default:
        return situation("test.unknown", what);
    }
}

} // namespace

QString causeKey(Cause cause)
{
    return enumKey(causeNames, cause);
}

QString causeTitle(Cause cause)
{
    return translated(enumTitle(causeNames, cause));
}

bool parseCauseKey(QStringView key, Cause *cause)
{
    return parseEnumKey(causeNames, key, cause);
}

QString actorKey(Actor actor)
{
    return enumKey(actorNames, actor);
}

QString actorTitle(Actor actor)
{
    return translated(enumTitle(actorNames, actor));
}

bool parseActorKey(QStringView key, Actor *actor)
{
    return parseEnumKey(actorNames, key, actor);
}

namespace causes {

bool containsWord(const QString &lowerText, const char *words)
{
    const QLatin1StringView all(words);
    qsizetype from = 0;
    while (from < all.size()) {
        qsizetype bar = all.indexOf(u'|', from);
        if (bar < 0)
            bar = all.size();
        const QLatin1StringView phrase = all.sliced(from, bar - from);
        // Non-Latin-1 phrases are UTF-8 in the table.
        const QString needle = QString::fromUtf8(phrase.data(), phrase.size());
        for (qsizetype at = lowerText.indexOf(needle); !needle.isEmpty() && at >= 0;
             at = lowerText.indexOf(needle, at + 1)) {
            if (isWordStart(lowerText, at) || !needle.at(0).isLetterOrNumber())
                return true;
        }
        from = bar + 1;
    }
    return false;
}

bool matches(const CauseRule &rule, const SmtpReply &reply, Stages stageBit, const QString &lowerText,
             const QString &lowerCommand)
{
    const int replyClass = reply.code / 100;
    if (rule.classes && (replyClass < 2 || replyClass > 5 || !(rule.classes & (1u << replyClass))))
        return false;
    if (rule.code && rule.code != reply.code)
        return false;
    if (rule.stages && !(rule.stages & stageBit))
        return false;
    if (rule.subject != Any && (!reply.status.isValid() || reply.status.subject != rule.subject))
        return false;
    if (rule.detail != Any) {
        const int last = rule.detailLast == Any ? rule.detail : rule.detailLast;
        if (reply.status.detail < rule.detail || reply.status.detail > last)
            return false;
    }
    if (rule.command && !containsWord(lowerCommand, rule.command))
        return false;
    return !rule.words || containsWord(lowerText, rule.words);
}

} // namespace causes

int retryAfterSeconds(const QString &text)
{
    using Re = QRegularExpression;
    static const Re clock(QStringLiteral("\\b(\\d{1,2}):(\\d{2}):(\\d{2})\\b"));
    static const Re amount(QStringLiteral("(?:again|retry|later|wait|after|for|in|back)\\D{0,24}?\\b(\\d{1,6})\\s*"
                                          "(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)\\b"),
                           Re::CaseInsensitiveOption);
    const QRegularExpressionMatch c = clock.match(text);
    if (c.hasMatch())
        return c.captured(1).toInt() * 3600 + c.captured(2).toInt() * 60 + c.captured(3).toInt();
    const QRegularExpressionMatch m = amount.match(text);
    if (!m.hasMatch())
        return -1;
    const int n = m.captured(1).toInt();
    const QChar unit = m.captured(2).at(0).toLower();
    return unit == u'h' ? n * 3600 : unit == u'm' ? n * 60 : n;
}

QStringList providerTags(const QString &text)
{
    using Re = QRegularExpression;
    static const Re patterns[] = {
        Re(QStringLiteral("https?://support\\.google\\.com/\\S*[A-Za-z0-9/=]")),
        Re(QStringLiteral("https?://\\S+\\?p=[A-Za-z0-9_]+")),
        Re(QStringLiteral("[\\[(]S\\d{4}[\\])]")),
        Re(QStringLiteral("\\[(?:TSS?|PH|BL|DY|SC|OU|RL|HM|CS)\\d{2}\\]")),
        Re(QStringLiteral("\\b(?:SC|DY|OU|HM|CS)-\\d{3}\\b")),
        Re(QStringLiteral("\\b[45]\\.7\\.[5-7]\\d\\d\\b")),
        Re(QStringLiteral("https?://(?:postmaster|senders|sender)\\.\\S+[A-Za-z0-9/]")),
    };
    QStringList tags;
    for (const Re &re : patterns) {
        for (QRegularExpressionMatchIterator it = re.globalMatch(text); it.hasNext();) {
            const QString tag = it.next().captured(0);
            if (!tags.contains(tag))
                tags << tag;
        }
    }
    return tags;
}

TestDiagnosis diagnoseReply(const SmtpReply &reply, MilestoneKind stage, const QString &command)
{
    const CauseRule *rule = matchReply(reply, stageBitOf(stage), command);
    if (!rule)
        return situation("test.unknown", reply.summary());
    TestDiagnosis d = fromRule(*rule, reply.summary());
    const QString text = reply.text();
    d.providerTags = providerTags(text);
    d.retryAfterSeconds = retryAfterSeconds(text);
    if (reply.isTransientFailure() && d.retryAfterSeconds > 0 && d.cause == Cause::ServerBusy)
        d.deferred = true;
    return d;
}

namespace {

TestDiagnosis diagnoseMilestone(const Milestone &m, const TestFacts &facts)
{
    QString command;
    const QList<int> lines = milestoneLines(m, facts.transcript, &command);
    TestDiagnosis d;
    if (m.reply.isValid() && m.reply.isPositive()) {
        // A warning the server accepted: EHLO refused, HELO taken; or a step with a remark of its own.
        d = situation(m.kind == MilestoneKind::Ehlo ? "ehlo.helo-fallback" : "test.passed", m.summary);
    } else if (m.reply.isValid()) {
        d = diagnoseReply(m.reply, m.kind, command);
        const bool sizeRefusal = m.reply.code == 552 || m.reply.code == 452;
        if (sizeRefusal && facts.capabilities.sizeLimit > 0 && facts.messageSize > facts.capabilities.sizeLimit)
            d = situation("size.advertised", m.reply.summary());
        if (d.cause == Cause::EhloNotSupported && m.state == MilestoneState::Failed)
            d = situation("ehlo.not-smtp", m.reply.summary());
        if (d.thinEvidence && isAsteriskBanner(facts.greeting))
            d = situation("greeting.not-smtp", facts.greeting.summary());
    } else if (m.state == MilestoneState::Warning && m.kind == MilestoneKind::Tls && !facts.tls.problems.isEmpty()) {
        // Opportunistic TLS went on over a certificate it could not verify: that is what the warning is about.
        d = situation("tls.certificate", facts.tls.problemLines().join(QStringLiteral("; ")));
    } else {
        d = diagnoseFailure(m, facts);
    }
    d.evidenceLines = lines;
    return d;
}

int firstEntryOf(const Checklist &checklist, MilestoneKind kind)
{
    const int index = checklist.indexOf(kind);
    return index < 0 ? -1 : checklist.at(index).firstEntry;
}

TestDiagnosis diagnoseChecklist(const TestFacts &facts)
{
    if (!facts.checklist)
        return situation("test.unknown", QString());
    const Checklist &checklist = *facts.checklist;
    int decisive = checklist.firstFailure();
    if (decisive < 0) {
        for (int i = 0; i < checklist.count() && decisive < 0; ++i) {
            const Milestone &m = checklist.at(i);
            if (m.state == MilestoneState::Warning && m.kind != MilestoneKind::Quit)
                decisive = i;
        }
    }
    TestDiagnosis d;
    if (decisive >= 0) {
        d = diagnoseMilestone(checklist.at(decisive), facts);
        d.milestone = decisive;
        return d;
    }

    // Passed: deliberate delays and missing extensions are worth a word.
    const int connect = checklist.indexOf(MilestoneKind::Connect);
    if (connect >= 0 && checklist.at(connect).durationMs > greetPauseMs && facts.greeting.isValid()) {
        d = situation("greeting.tarpit",
                      QCoreApplication::translate(Context, "the greeting came after %1 s")
                          .arg(checklist.at(connect).durationMs / 1000));
        d.deferred = false;
        d.milestone = connect;
        if (firstEntryOf(checklist, MilestoneKind::Connect) >= 0)
            d.evidenceLines = milestoneLines(checklist.at(connect), facts.transcript, nullptr);
        return d;
    }
    if (facts.dsnRequested && facts.capabilities.esmtp && !facts.capabilities.dsn) {
        d = situation("dsn.not-offered", facts.capabilities.summary());
        d.milestone = checklist.indexOf(MilestoneKind::Ehlo);
        if (d.milestone >= 0)
            d.evidenceLines = milestoneLines(checklist.at(d.milestone), facts.transcript, nullptr);
        return d;
    }
    int last = -1;
    for (int i = 0; i < checklist.count(); ++i) {
        if (checklist.at(i).state == MilestoneState::Passed && checklist.at(i).kind != MilestoneKind::Quit)
            last = i;
    }
    if (last < 0)
        return situation("test.unknown", QString());
    const Milestone &m = checklist.at(last);
    d = situation("test.passed", m.reply.isValid() ? m.reply.summary() : m.summary);
    d.evidenceLines = milestoneLines(m, facts.transcript, nullptr);
    return d;
}

} // namespace

TestDiagnosis diagnoseTest(const TestFacts &facts)
{
    TestDiagnosis d = diagnoseChecklist(facts);
    addReverseDnsNotes(facts.dns, &d);
    return d;
}

TestDiagnosis diagnoseTest(const SmtpSession &session, const DnsFacts &dns)
{
    TestFacts facts;
    facts.checklist = session.checklist();
    facts.transcript = session.transcript();
    facts.greeting = session.greeting();
    facts.capabilities = session.capabilities();
    facts.tls = session.tlsReport();
    facts.tcpConnected = session.greeting().isValid() || session.wasConnected();
    const SessionOptions &options = session.options();
    facts.dsnRequested = options.dsnReturn != DsnReturn::Unset || !options.envelopeId.isEmpty()
        || std::any_of(options.recipients.cbegin(), options.recipients.cend(),
                       [](const Recipient &r) { return r.notify != DsnNotifyFlags(); });
    facts.dns = dns;
    return diagnoseTest(facts);
}

} // namespace mailflow
