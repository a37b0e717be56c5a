#include "diagnosis/causerules.h"
#include "diagnosis/testdiagnosis.h"
#include "replytext.h"
#include "smtp/transcript.h"
#include "testpaths.h"

#include <QFile>
#include <QSet>
#include <QTest>

#include <cstring>

using namespace mailflow;
using enum MilestoneKind;

namespace {

SmtpReply parse(QByteArray raw)
{
    return test::parseReply(raw.replace("\\n", "\r\n"));
}

struct StageKey
{
    const char *key;
    MilestoneKind stage;
};
constexpr StageKey stageKeys[] = {
    {"connect", Connect}, {"ehlo", Ehlo}, {"starttls", StartTls},     {"auth", Auth}, {"mail", Mail},
    {"rcpt", Rcpt},       {"data", Data}, {"end-of-data", EndOfData}, {"quit", Quit},
};

MilestoneKind stageOf(const QByteArray &key)
{
    for (const StageKey &row : stageKeys) {
        if (key == row.key)
            return row.stage;
    }
    qFatal("unknown stage key %s", key.constData());
}

struct RuleExample
{
    const char *rule;
    MilestoneKind stage;
    const char *reply;
    const char *command = nullptr;
};

// One realistic reply per rule, worded as servers word it (not the corpus entries).
constexpr RuleExample examples[] = {
    {"starttls.refused", StartTls, "550 STARTTLS rejected"},
    {"xclient.refused", XClient, "550 5.7.0 Error: insufficient authorization"},
    {"auth.basic-disabled", Auth,
     "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant."},
    {"auth.basic-disabled-code", Auth,
     "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria"},
    {"auth.credentials", Mail, "550 5.7.1 Authentication failed for user"},
    {"auth.rejected", Auth, "535 Error: no such account or wrong account data"},
    {"utf8.address", Mail, "553 5.6.7 Must declare SMTPUTF8 to send unicode address"},
    {"utf8.words", Rcpt, "501 5.5.2 UTF8 addresses are not supported here"},
    {"dsn.parameters", Rcpt, "555 5.5.4 Unsupported option: NOTIFY",
     "RCPT TO:<bob@example.com> NOTIFY=SUCCESS,FAILURE"},
    {"ehlo.unrecognised", Ehlo, "500 Command unrecognized"},
    {"ehlo.not-implemented", Ehlo, "502 Error: command not implemented"},
    {"text.greylisting", Rcpt, "451 4.7.1 Greylisting in action, please come back later"},
    {"text.sender-authentication", EndOfData, "550 5.7.1 Email rejected per DMARC policy for example.com"},
    {"text.protocol", Data, "503 5.5.1 Error: bad sequence of commands"},
    {"text.tls-required", Mail, "530 5.7.0 Must issue a STARTTLS command first"},
    {"text.auth-required", Mail, "530 5.7.0 Authentication required"},
    {"text.blocklist", Connect,
     "554 5.7.1 Service unavailable; Client host [192.0.2.7] blocked using zen.spamhaus.org; "
     "https://www.spamhaus.org/query/ip/192.0.2.7"},
    {"text.reverse-dns", Connect, "550 5.7.1 Client host rejected: cannot find your hostname, [192.0.2.7]"},
    {"text.reputation", Mail, "550 5.7.1 Mail from this IP is refused because of its poor reputation"},
    {"text.sending-quota", Mail, "550 5.4.6 Daily sending limit reached for this account"},
    {"text.relay", Rcpt, "554 5.7.1 <bob@elsewhere.example>: Relay access denied"},
    {"text.disabled", Rcpt, "550 5.2.1 Mailbox has been deactivated"},
    {"text.system-storage", Mail, "452 4.3.1 Insufficient system storage"},
    {"text.mailbox-full", Rcpt, "552 5.2.2 Recipient overquota"},
    {"text.size", EndOfData, "552 5.3.4 Message size exceeds fixed limit"},
    {"text.rate", Mail, "421 4.7.0 Too many concurrent SMTP connections from this IP address; please try again later"},
    {"text.rate-limited", Data,
     "421 4.7.28 Our system has detected an unusual rate of unsolicited mail originating from your IP address. "
     "To protect our users from spam, mail sent from your IP address has been temporarily rate limited."},
    {"text.content", EndOfData, "554 5.7.1 Message rejected: virus found in attachment"},
    {"text.recipient-domain", Rcpt, "450 4.1.2 <bob@nowhere.example>: Recipient address rejected: Domain not found"},
    {"text.syntax", Mail, "501 5.1.7 Bad sender address syntax"},
    {"text.unknown-recipient", Rcpt,
     "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table"},
    {"text.allowlist", Mail, "550 5.7.1 Sender not in allowed-senders list"},
    {"text.closing", Ehlo, "421 4.3.2 mx.example.com Service shutting down"},
    {"text.busy", Data, "451 4.3.0 Error: queue file write error, try again"},
    {"text.policy", EndOfData, "550 5.7.1 Message refused by administrative decision"},
    {"code.421", Rcpt, "421 4.4.2 mx.example.com"},
    {"code.greeting-554", Connect, "554 mx.example.com"},
    {"code.no-mail", Connect, "521 mx.example.com"},
    {"code.domain-no-mail", Rcpt, "556 5.1.10 example.com"},
    {"code.rcpt-greylisting", Rcpt, "450 4.7.1 <bob@example.com>"},
    {"code.5.7.139", EndOfData, "550 5.7.139"},
    {"code.microsoft-block", Rcpt, "550 5.7.708 Service unavailable. AS(1432)"},
    {"code.x.1.1", Rcpt, "550 5.1.1 <bob@example.com>"},
    {"code.x.1.10", Rcpt, "550 5.1.10 <bob@example.com>"},
    {"code.x.1.6", Rcpt, "551 5.1.6 <bob@example.com>"},
    {"code.x.1.2", Rcpt, "550 5.1.2 <bob@example.com>"},
    {"code.x.1.3", Rcpt, "553 5.1.3 <bob@@example.com>"},
    {"code.x.2.1", Rcpt, "550 5.2.1 <bob@example.com>"},
    {"code.x.2.2", Rcpt, "452 4.2.2 <bob@example.com>"},
    {"code.x.2.3", EndOfData, "552 5.2.3 <bob@example.com>"},
    {"code.x.3.4", EndOfData, "552 5.3.4 Ok"},
    {"code.x.7.23", EndOfData, "550 5.7.23 example.com"},
    {"code.x.7.25", Connect, "550 5.7.25 192.0.2.7"},
    {"code.x.7.8", Auth, "454 4.7.8 Error"},
    {"code.x.7.10", Auth, "523 5.7.10 PLAIN"},
    {"code.x.7.13", Rcpt, "525 5.7.13 bob@example.com"},
    {"code.x.7.28", EndOfData, "550 5.7.28 Message"},
    {"code.530", Mail, "530 mx.example.com"},
    {"code.x.7.x-relay", Rcpt, "550 5.7.1 <bob@elsewhere.example>"},
    {"code.x.4.x", Rcpt, "451 4.4.3 <bob@example.com>"},
    {"code.x.5.x", Rcpt, "550 5.5.0 <bob@example.com>"},
    {"code.x.6.x", EndOfData, "554 5.6.0 Message"},
    {"code.rcpt-550", Rcpt, "550 <bob@example.com>"},
    {"code.551", Rcpt, "551 <bob@example.com>"},
    {"code.rcpt-552", Rcpt, "552 <bob@example.com>"},
    {"code.data-552", EndOfData, "552 Ok"},
    {"code.data-554", EndOfData, "554 Ok"},
    {"code.553", Mail, "553 <alice@example.com>"},
    {"code.500", Mail, "500 Eh?"},
    {"code.501", Mail, "501 Eh?"},
    {"code.502", Data, "502 Eh?"},
    {"code.503", Data, "503 Eh?"},
    {"code.504", Auth, "504 Eh?"},
    {"code.555", Mail, "555 Eh?", "MAIL FROM:<alice@example.com> SMTPUTF8"},
    {"code.temporary", Mail, "450 Eh?"},
    {"code.permanent", Mail, "550 Eh?"},
};

/** rule matches every reply the later rule does: it is at least as general in every field. */
bool coversAll(const causes::CauseRule &general, const causes::CauseRule &specific)
{
    const auto covers = [](unsigned a, unsigned b) { return a == 0 || (b != 0 && (a & b) == b); };
    if (!covers(general.stages, specific.stages) || !covers(general.classes, specific.classes))
        return false;
    if (general.code && general.code != specific.code)
        return false;
    if (general.subject != causes::Any && general.subject != specific.subject)
        return false;
    if (general.detail != causes::Any) {
        const int gLast = general.detailLast == causes::Any ? general.detail : general.detailLast;
        const int sLast = specific.detailLast == causes::Any ? specific.detail : specific.detailLast;
        if (specific.detail == causes::Any || specific.detail < general.detail || sLast > gLast)
            return false;
    }
    if (general.command && (!specific.command || std::strcmp(general.command, specific.command) != 0))
        return false;
    if (!general.words)
        return true;
    if (!specific.words)
        return false;
    // Every phrase of the later rule contains a phrase of the earlier one.
    const QStringList later = QString::fromUtf8(specific.words).split(u'|');
    for (const QString &phrase : later) {
        if (!causes::containsWord(phrase, general.words))
            return false;
    }
    return true;
}

} // namespace

class TestDiagnosisTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keys()
    {
        const char *expected[] = {"unknown-recipient",
                                  "disabled-account",
                                  "mailbox-full",
                                  "message-too-big",
                                  "rate-limited",
                                  "sender-blocklisted",
                                  "poor-reputation",
                                  "sender-authentication",
                                  "relay-denied",
                                  "content-rejected",
                                  "tls-required",
                                  "reverse-dns",
                                  "greylisting",
                                  "bad-syntax",
                                  "server-busy",
                                  "local-policy",
                                  "connection-timed-out",
                                  "connection-refused",
                                  "host-not-found",
                                  "no-mail-server",
                                  "client-refused",
                                  "service-closing",
                                  "tarpit",
                                  "ehlo-not-supported",
                                  "not-smtp",
                                  "auth-required",
                                  "wrong-credentials",
                                  "basic-auth-disabled",
                                  "connection-dropped",
                                  "tls-handshake-failed",
                                  "certificate-problem",
                                  "dsn-not-supported",
                                  "none",
                                  "unknown"};
        for (const char *key : expected) {
            Cause cause = Cause::Unknown;
            QVERIFY2(parseCauseKey(QString::fromLatin1(key), &cause), key);
            QCOMPARE(causeKey(cause), QLatin1String(key));
            QVERIFY(!causeTitle(cause).isEmpty());
        }
        for (const char *key : {"you", "your-administrator", "recipient-administrator", "recipient", "nobody"}) {
            Actor actor = Actor::Nobody;
            QVERIFY2(parseActorKey(QString::fromLatin1(key), &actor), key);
            QCOMPARE(actorKey(actor), QLatin1String(key));
            QVERIFY(!actorTitle(actor).isEmpty());
        }
    }

    void everyRuleComplete()
    {
        QSet<QString> ids;
        for (const auto rules : {causes::replyRules(), causes::situationRules()}) {
            for (const causes::CauseRule &rule : rules) {
                QVERIFY2(rule.id && !ids.contains(QLatin1String(rule.id)), rule.id);
                ids.insert(QLatin1String(rule.id));
                QVERIFY2(rule.sentence && QLatin1String(rule.sentence).contains(QLatin1String("%1")), rule.id);
                QVERIFY2(rule.steps && *rule.steps, rule.id);
            }
        }
    }

    void rule_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("command");
        for (const RuleExample &e : examples)
            QTest::newRow(e.rule) << QString::fromLatin1(e.rule) << int(e.stage) << QByteArray(e.reply)
                                  << QString::fromLatin1(e.command ? e.command : "");
    }

    /** Each rule's own example is decided by that rule: no earlier rule shadows it. */
    void rule()
    {
        QFETCH(QString, rule);
        QFETCH(int, stage);
        QFETCH(QByteArray, reply);
        QFETCH(QString, command);
        const SmtpReply parsed = parse(reply);
        QVERIFY(parsed.isValid());
        const TestDiagnosis d = diagnoseReply(parsed, MilestoneKind(stage), command);
        QCOMPARE(d.ruleId, rule);
        QVERIFY(!d.sentence.isEmpty());
        QVERIFY(!d.nextSteps.isEmpty());
    }

    void everyReplyRuleHasAnExample()
    {
        QSet<QString> covered;
        for (const RuleExample &e : examples)
            covered.insert(QLatin1String(e.rule));
        for (const causes::CauseRule &rule : causes::replyRules())
            QVERIFY2(covered.contains(QLatin1String(rule.id)), rule.id);
    }

    /** No rule follows an earlier one that matches everything it matches. */
    void noRuleShadowed()
    {
        const auto rules = causes::replyRules();
        for (qsizetype later = 0; later < qsizetype(rules.size()); ++later) {
            for (qsizetype earlier = 0; earlier < later; ++earlier) {
                QVERIFY2(!coversAll(rules[earlier], rules[later]),
                         qPrintable(QStringLiteral("%1 shadows %2")
                                        .arg(QLatin1String(rules[earlier].id), QLatin1String(rules[later].id))));
            }
        }
    }

    void corpus_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QByteArray>("reply");
        QFile file(test::testsDir() + QStringLiteral("/data/replies/corpus.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int count = 0;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QList<QByteArray> fields = line.split('\t');
            QCOMPARE(fields.size(), 4);
            QVERIFY2(fields.at(3).startsWith("http"), line.constData());
            ++count;
            QTest::addRow("%d %s", count, fields.at(2).left(60).constData())
                << int(stageOf(fields.at(0))) << QString::fromUtf8(fields.at(1)) << fields.at(2);
        }
        QVERIFY(count >= 150);
    }

    void corpus()
    {
        QFETCH(int, stage);
        QFETCH(QString, cause);
        QFETCH(QByteArray, reply);
        const SmtpReply parsed = parse(reply);
        QVERIFY(parsed.isValid());
        const TestDiagnosis d = diagnoseReply(parsed, MilestoneKind(stage));
        QCOMPARE(d.causeKey(), cause);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seconds");
        QTest::newRow("seconds") << u"Greylisted, please try again in 30 seconds"_qs << 30;
        QTest::newRow("minutes") << u"Try again in 5 minutes"_qs << 300;
        QTest::newRow("short") << u"greylisted; retry in 300s"_qs << 300;
        QTest::newRow("for") << u"Recipient address rejected: Greylisted for 120 seconds"_qs << 120;
        QTest::newRow("clock") << u"Greylisting in action, please come back in 00:05:00"_qs << 300;
        QTest::newRow("hour") << u"deferred, try again after 1 hour"_qs << 3600;
        QTest::newRow("none") << u"Greylisted, see http://postgrey.schweikert.ch/help/example.com.html"_qs << -1;
        QTest::newRow("number-alone") << u"Mailbox 5 is busy"_qs << -1;
    }

    void retryAfter()
    {
        QFETCH(QString, text);
        QFETCH(int, seconds);
        QCOMPARE(retryAfterSeconds(text), seconds);
    }

    void providerTagsQuoted()
    {
        QCOMPARE(
            providerTags(u"Please visit https://support.google.com/mail/?p=UnsolicitedRateLimitError to review"_qs),
            QStringList {u"https://support.google.com/mail/?p=UnsolicitedRateLimitError"_qs});
        QCOMPARE(providerTags(u"part of their network is on our block list (S3150). You can"_qs),
                 QStringList {u"(S3150)"_qs});
        QVERIFY(
            providerTags(u"421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred"_qs).contains(u"[TSS04]"_qs));
        QVERIFY(providerTags(u"Mailbox unavailable"_qs).isEmpty());
    }

    void greylistingIsDeferredWithInterval()
    {
        const TestDiagnosis d = diagnoseReply(parse("450 4.2.0 <bob@example.com>: Recipient address rejected: "
                                                    "Greylisted, try again in 5 minutes"),
                                              Rcpt);
        QCOMPARE(d.cause, Cause::Greylisting);
        QCOMPARE(d.who, Actor::Nobody);
        QVERIFY(d.deferred);
        QCOMPARE(d.retryAfterSeconds, 300);
        QVERIFY(!d.thinEvidence);
    }

    void wordsBeatTheCode()
    {
        // The enhanced code says "mailbox does not exist", the words say full.
        QCOMPARE(diagnoseReply(parse("550 5.1.1 Recipient overquota"), Rcpt).cause, Cause::MailboxFull);
        QCOMPARE(diagnoseReply(parse("421 4.7.0 Rate limited because there is no DMARC alignment"), EndOfData).cause,
                 Cause::SenderAuthentication);
        const TestDiagnosis thin = diagnoseReply(parse("550 5.1.1 <bob@example.com>"), Rcpt);
        QCOMPARE(thin.cause, Cause::UnknownRecipient);
        QVERIFY(thin.thinEvidence);
    }

    void wholeTestUsesTheFailedMilestone()
    {
        Transcript transcript;
        Checklist checklist;
        Milestone connect;
        connect.kind = Connect;
        connect.state = MilestoneState::Passed;
        connect.firstEntry = transcript.append(Transcript::Direction::Server, u"220 mx.example.com ESMTP"_qs);
        connect.lastEntry = connect.firstEntry;
        connect.durationMs = 20;
        connect.reply = parse("220 mx.example.com ESMTP");
        checklist.add(connect);
        Milestone rcpt;
        rcpt.kind = Rcpt;
        rcpt.state = MilestoneState::Warning;
        rcpt.failure = FailureKind::Reply;
        rcpt.firstEntry = transcript.append(Transcript::Direction::Client, u"RCPT TO:<bob@example.com>"_qs);
        rcpt.lastEntry = transcript.append(Transcript::Direction::Server, u"451 4.7.1 Please try again later"_qs);
        rcpt.reply = parse("451 4.7.1 Please try again later");
        checklist.add(rcpt);

        TestFacts facts;
        facts.checklist = &checklist;
        facts.transcript = &transcript;
        facts.greeting = connect.reply;
        TestDiagnosis d = diagnoseTest(facts);
        QCOMPARE(d.milestone, 1);
        QCOMPARE(d.cause, Cause::ServerBusy);
        QCOMPARE(d.evidenceLines, (QList<int> {2, 3}));

        Milestone failed = checklist.at(1);
        failed.reply = parse("450 4.7.1 <bob@example.com>");
        checklist.update(1, failed);
        d = diagnoseTest(facts);
        QCOMPARE(d.cause, Cause::Greylisting);
        QVERIFY(d.deferred);
        QVERIFY(d.thinEvidence);
    }

    void connectionSituations_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<bool>("tcpConnected");
        QTest::addColumn<QString>("cause");
        QTest::newRow("timed out") << int(FailureKind::Timeout) << false << u"connection-timed-out"_qs;
        QTest::newRow("refused") << int(FailureKind::ConnectionRefused) << false << u"connection-refused"_qs;
        QTest::newRow("not found") << int(FailureKind::HostNotFound) << false << u"host-not-found"_qs;
        QTest::newRow("greeting never came") << int(FailureKind::Timeout) << true << u"tarpit"_qs;
        QTest::newRow("not smtp") << int(FailureKind::ProtocolError) << true << u"not-smtp"_qs;
        QTest::newRow("tls") << int(FailureKind::TlsFailed) << true << u"tls-handshake-failed"_qs;
    }

    void connectionSituations()
    {
        QFETCH(int, failure);
        QFETCH(bool, tcpConnected);
        QFETCH(QString, cause);
        Checklist checklist;
        Milestone m;
        m.kind = failure == int(FailureKind::TlsFailed) ? Tls : Connect;
        m.state = MilestoneState::Failed;
        m.failure = FailureKind(failure);
        m.summary = u"what happened"_qs;
        checklist.add(m);
        TestFacts facts;
        facts.checklist = &checklist;
        facts.tcpConnected = tcpConnected;
        const TestDiagnosis d = diagnoseTest(facts);
        QCOMPARE(d.causeKey(), cause);
        QVERIFY(!d.nextSteps.isEmpty());
    }

    void slowGreetingIsDeliberate()
    {
        Checklist checklist;
        Milestone m;
        m.kind = Connect;
        m.state = MilestoneState::Passed;
        m.durationMs = 25'000;
        m.reply = parse("220 mx.example.com ESMTP");
        checklist.add(m);
        TestFacts facts;
        facts.checklist = &checklist;
        facts.greeting = m.reply;
        const TestDiagnosis d = diagnoseTest(facts);
        QCOMPARE(d.cause, Cause::Tarpit);
        QCOMPARE(d.who, Actor::Nobody);
        QVERIFY(d.sentence.contains(u"25"_qs));
    }

    void asteriskBannerIsNotSmtp()
    {
        Checklist checklist;
        Milestone connect;
        connect.kind = Connect;
        connect.state = MilestoneState::Passed;
        connect.reply = parse("220 ***************************************");
        checklist.add(connect);
        Milestone ehlo;
        ehlo.kind = Ehlo;
        ehlo.state = MilestoneState::Failed;
        ehlo.failure = FailureKind::Reply;
        ehlo.reply = parse("500 5.5.1 Command unrecognized: \"XXXX\"");
        checklist.add(ehlo);
        TestFacts facts;
        facts.checklist = &checklist;
        facts.greeting = connect.reply;
        QCOMPARE(diagnoseTest(facts).cause, Cause::NotSmtp);
    }

    void reverseDnsRefusals_data()
    {
        QTest::addColumn<int>("stage");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("postfix reject_unknown_reverse_client_hostname")
            << int(Rcpt)
            << QByteArray("450 4.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.7]");
        QTest::newRow("PTR record at the greeting")
            << int(Connect) << QByteArray("554 5.7.1 Your IP 192.0.2.7 has no PTR record; mail refused");
        QTest::newRow("rDNS at MAIL") << int(Mail)
                                      << QByteArray("550 5.7.1 Rejected: rDNS of 192.0.2.7 does not match the HELO");
        QTest::newRow("multi-line, reason on the second line")
            << int(Rcpt)
            << QByteArray("550-5.7.1 Mail refused.\n550 5.7.1 The sending IP must have a valid PTR record.");
    }

    void reverseDnsRefusals()
    {
        QFETCH(int, stage);
        QFETCH(QByteArray, reply);
        const TestDiagnosis d = diagnoseReply(parse(reply), MilestoneKind(stage));
        QCOMPARE(d.causeKey(), u"reverse-dns"_qs);
        QCOMPARE(d.who, Actor::YourAdministrator);
        QVERIFY(!d.nextSteps.isEmpty());
    }

    void dnsOutcomeIsData_data()
    {
        QTest::addColumn<int>("mx");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<QString>("cause");
        // The milestone's words say "MX" either way; the lookup's outcome decides.
        QTest::newRow("NXDOMAIN") << int(DnsFacts::Mx::NxDomain) << u"no MX: the domain does not exist"_qs
                                  << u"host-not-found"_qs;
        QTest::newRow("null MX") << int(DnsFacts::Mx::NullMx) << u"the domain accepts no mail"_qs
                                 << u"no-mail-server"_qs;
        QTest::newRow("no records") << int(DnsFacts::Mx::NoRecords) << u"neither records"_qs << u"no-mail-server"_qs;
        QTest::newRow("MX host without address")
            << int(DnsFacts::Mx::Found) << u"MX host mx.example.com has no address"_qs << u"host-not-found"_qs;
        QTest::newRow("no lookup data: the words")
            << int(DnsFacts::Mx::NotLooked) << u"null MX"_qs << u"no-mail-server"_qs;
    }

    void dnsOutcomeIsData()
    {
        QFETCH(int, mx);
        QFETCH(QString, summary);
        QFETCH(QString, cause);
        Checklist checklist;
        Milestone m;
        m.kind = Dns;
        m.state = MilestoneState::Failed;
        m.failure = FailureKind::HostNotFound;
        m.summary = summary;
        checklist.add(m);
        TestFacts facts;
        facts.checklist = &checklist;
        facts.dns.mx = DnsFacts::Mx(mx);
        QCOMPARE(diagnoseTest(facts).causeKey(), cause);
    }

    void bannerMismatchIsANoteNotTheCause()
    {
        Checklist checklist;
        Milestone connect;
        connect.kind = Connect;
        connect.state = MilestoneState::Passed;
        connect.durationMs = 20;
        connect.reply = parse("220 mail.example.com ESMTP");
        checklist.add(connect);
        Milestone rcpt;
        rcpt.kind = Rcpt;
        rcpt.state = MilestoneState::Passed;
        rcpt.reply = parse("250 2.1.5 Ok");
        checklist.add(rcpt);
        TestFacts facts;
        facts.checklist = &checklist;
        facts.greeting = connect.reply;
        facts.dns.reverse = DnsFacts::Reverse::Confirmed;
        facts.dns.ptrNames = {u"mx1.hosting.example"_qs};
        facts.dns.bannerNameDiffering = u"mail.example.com"_qs;
        TestDiagnosis d = diagnoseTest(facts);
        QCOMPARE(d.cause, Cause::None);
        QCOMPARE(d.notes.size(), 1);
        QVERIFY(d.notes.first().contains(u"mail.example.com"_qs));
        QVERIFY(d.notes.first().contains(u"mx1.hosting.example"_qs));
        QVERIFY(d.notes.first().startsWith(u"Information only"_qs));

        // Matching names, or no reverse DNS check at all: nothing to note.
        facts.dns = {};
        QVERIFY(diagnoseTest(facts).notes.isEmpty());
    }

    void unverifiedOpportunisticTlsIsACertificateProblem()
    {
        Checklist checklist;
        Milestone tls;
        tls.kind = Tls;
        tls.state = MilestoneState::Warning;
        tls.summary = u"TLS 1.3, certificate NOT verified: unknown-issuer"_qs;
        checklist.add(tls);
        Milestone rcpt;
        rcpt.kind = Rcpt;
        rcpt.state = MilestoneState::Passed;
        rcpt.reply = parse("250 2.1.5 Ok");
        checklist.add(rcpt);
        TestFacts facts;
        facts.checklist = &checklist;
        TlsProblem problem;
        problem.kind = TlsProblem::Kind::UnknownIssuer;
        facts.tls.problems << problem;
        TestDiagnosis d = diagnoseTest(facts);
        QCOMPARE(d.causeKey(), u"certificate-problem"_qs);
        QCOMPARE(d.milestone, 0);
        QVERIFY(!d.nextSteps.isEmpty());
        // Without a problem in the TLS report the warning is no certificate's fault.
        facts.tls.problems.clear();
        QVERIFY(diagnoseTest(facts).cause != Cause::CertificateProblem);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisTest)
#include "tst_testdiagnosis.moc"
