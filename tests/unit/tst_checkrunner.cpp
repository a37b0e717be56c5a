#include "checks/addressfamilycheck.h"
#include "checks/checkfindingtext.h"
#include "checks/checkrunner.h"
#include "checks/openrelaycheck.h"
#include "checks/portprobecheck.h"
#include "checks/timedcheck.h"
#include "smtp/testplan.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace mailflow;

namespace {
/** A check that never reports: only its time limit ends it. */
class SilentCheck : public Check
{
    Q_OBJECT
public:
    QString id() const override { return QStringLiteral("silent"); }
    void start(const CheckContext &context) override { lastContext = context; }
    static inline CheckContext lastContext;
};

/** A check that reports at once, counting how often one was made. */
class QuickCheck : public Check
{
    Q_OBJECT
public:
    QuickCheck() { ++made; }
    QString id() const override { return QStringLiteral("quick"); }
    void start(const CheckContext &) override
    {
        CheckFinding f;
        f.severity = CheckSeverity::Passed;
        f.title = QStringLiteral("quick");
        Q_EMIT finished({f});
    }
    static inline int made = 0;
};

/** A DNS-style check that never gets an answer: its own timedOut() findings end it. */
class UnansweredTimedCheck : public TimedCheck
{
    Q_OBJECT
public:
    using TimedCheck::TimedCheck;
    QString id() const override { return QStringLiteral("unanswered"); }

protected:
    void run() override { }
    CheckFindings timedOut() override
    {
        return {finding(CheckSeverity::NotAnswered, QStringLiteral("own"), QStringLiteral("its own words"))};
    }
};

QList<CheckRegistration> testRegistry(int silentTimeoutMs)
{
    return {
        {QStringLiteral("silent"), "Silent", CheckStage::AfterEhlo, silentTimeoutMs,
         [](const DnsCheckSettings &) { return new SilentCheck; }},
        {QStringLiteral("quick"), "Quick", CheckStage::AfterSession, 1000,
         [](const DnsCheckSettings &) { return new QuickCheck; }},
    };
}

SmtpReply reply(int code, const QString &text)
{
    SmtpReply r;
    r.code = code;
    r.setLines({text});
    return r;
}

CheckContext relayContext(int rcptCode, bool authenticated = false)
{
    CheckContext c;
    c.relayProbe.tried = true;
    c.relayProbe.authenticated = authenticated;
    c.relayProbe.sender = RelayCheckOptions::defaultSender();
    c.relayProbe.recipient = RelayCheckOptions::defaultRecipient();
    c.relayProbe.mailReply = reply(250, QStringLiteral("2.1.0 Ok"));
    c.relayProbe.rcptReply
        = reply(rcptCode, rcptCode == 250 ? QStringLiteral("2.1.5 Ok") : QStringLiteral("5.7.1 Relay access denied"));
    return c;
}
} // namespace

class TestCheckRunner : public QObject
{
    Q_OBJECT
private slots:
    void silentCheckIsNotAnsweredAfterItsTimeout()
    {
        CheckRunner runner;
        runner.setRegistry(testRegistry(100));
        QSignalSpy done(&runner, &CheckRunner::finished);
        CheckContext context;
        context.host = QStringLiteral("mx.example.test");
        runner.start(CheckStage::AfterSession, context);
        QVERIFY(runner.isRunning());
        QCOMPARE(done.count(), 0);
        QVERIFY(done.wait(5000));
        QVERIFY(!runner.isRunning());
        const CheckFindings findings = runner.findings();
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).checkId, QStringLiteral("silent"));
        QCOMPARE(findings.at(0).severity, CheckSeverity::NotAnswered);
        QVERIFY(findings.at(0).durationMs >= 100);
        QCOMPARE(findings.at(1).checkId, QStringLiteral("quick"));
        QCOMPARE(findings.at(1).severity, CheckSeverity::Passed);
        // The check's own limit is in its context, and the host came through.
        QCOMPARE(SilentCheck::lastContext.timeoutMs, 100);
        QCOMPARE(SilentCheck::lastContext.host, QStringLiteral("mx.example.test"));
    }

    void timedCheckKeepsTheOnlyTimer()
    {
        CheckRunner runner;
        runner.setRegistry({{QStringLiteral("unanswered"), "Unanswered", CheckStage::AfterSession, 100,
                             [](const DnsCheckSettings &) { return new UnansweredTimedCheck; }}});
        QSignalSpy done(&runner, &CheckRunner::finished);
        QElapsedTimer clock;
        clock.start();
        runner.start(CheckStage::AfterSession, {});
        QVERIFY(done.wait(5000));
        QVERIFY(clock.elapsed() >= 100);
        const CheckFindings findings = runner.findings();
        QCOMPARE(findings.size(), 1);
        // The check's own account of the late answer, not the runner's general one.
        QCOMPARE(findings.at(0).sentence, QStringLiteral("its own words"));
        QCOMPARE(findings.at(0).checkId, QStringLiteral("unanswered"));
        QTest::qWait(150);
        QCOMPARE(done.count(), 1);
        QCOMPARE(runner.findings().size(), 1);
    }

    void switchedOffChecksDoNotRun()
    {
        QuickCheck::made = 0;
        CheckRunner runner;
        runner.setRegistry(testRegistry(100));
        CheckSelection selection;
        selection.off << QStringLiteral("quick") << QStringLiteral("silent");
        runner.setSelection(selection);
        QSignalSpy done(&runner, &CheckRunner::finished);
        runner.start(CheckStage::AfterSession, {});
        QCOMPARE(done.count(), 1); // nothing to wait for
        QCOMPARE(QuickCheck::made, 0);
        QVERIFY(runner.findings().isEmpty());

        CheckRunner none;
        none.setRegistry(testRegistry(100));
        none.setSelection(CheckSelection::fromKey(QStringLiteral("none")));
        none.start(CheckStage::AfterSession, {});
        QCOMPARE(QuickCheck::made, 0);
        QVERIFY(none.isDone());
    }

    void checksStartAtTheirStage()
    {
        QuickCheck::made = 0;
        CheckRunner runner;
        runner.setRegistry(testRegistry(60'000));
        runner.start(CheckStage::AfterEhlo, {});
        QCOMPARE(QuickCheck::made, 0); // it needs the whole conversation
        QVERIFY(!runner.isDone());
        runner.start(CheckStage::AfterSession, {});
        QCOMPARE(QuickCheck::made, 1);
        runner.start(CheckStage::AfterSession, {});
        QCOMPARE(QuickCheck::made, 1); // once a test
        runner.reset();
        QVERIFY(runner.findings().isEmpty());
    }

    void registryHasTheDnsChecks()
    {
        DnsCheckSettings settings;
        settings.blocklistZones << QStringLiteral("bl.example.test");
        for (const char *id : {"own-address", "reverse-dns", "blocklist", "spf", "dmarc", "mta-sts", "tls-rpt"}) {
            const CheckRegistration *r = findCheckRegistration(QLatin1StringView(id));
            QVERIFY2(r, id);
            QVERIFY(checkIds().contains(QLatin1StringView(id)));
            QVERIFY(CheckSelection().isEnabled(r->id)); // on by default
            std::unique_ptr<Check> check(r->create(settings));
            QVERIFY2(check, id);
            QCOMPARE(check->id(), r->id);
            QVERIFY(checkGroupTitle(r->id) != r->id);
        }
    }

    void senderAuthenticationChecksRunOnlyWhenARefusalCitesIt()
    {
        CheckRunner runner;
        runner.setSelection(CheckSelection::fromKey(QStringLiteral("only:spf,dmarc")));
        QSignalSpy done(&runner, &CheckRunner::finished);
        CheckContext context; // no sender domain: the checks end without a query
        context.cause = Cause::UnknownRecipient;
        runner.start(CheckStage::AfterSession, context);
        QCOMPARE(done.count(), 1); // neither was wanted, nothing to wait for
        QVERIFY(runner.findings().isEmpty());

        runner.reset();
        context.cause = Cause::SenderAuthentication;
        runner.start(CheckStage::AfterSession, context);
        QVERIFY(done.wait(5000));
        QStringList ids;
        for (const CheckFinding &f : runner.findings())
            ids << f.checkId;
        QVERIFY2(ids.contains(QStringLiteral("spf")), qPrintable(ids.join(u',')));
        QVERIFY2(ids.contains(QStringLiteral("dmarc")), qPrintable(ids.join(u',')));
    }

    void selectionKeys()
    {
        QStringList ids;
        QString error;
        QVERIFY(CheckSelection::parseIds(QStringLiteral("port-25, open-relay"), &ids, &error));
        QCOMPARE(ids, (QStringList {QStringLiteral("port-25"), QStringLiteral("open-relay")}));
        QVERIFY(!CheckSelection::parseIds(QStringLiteral("port-26"), &ids, &error));
        QVERIFY2(error.contains(QStringLiteral("port-26")), qPrintable(error));
        CheckSelection s;
        s.only << QStringLiteral("port-25");
        QCOMPARE(CheckSelection::fromKey(s.toKey()), s);
        QVERIFY(s.isEnabled(QStringLiteral("port-25")));
        QVERIFY(!s.isEnabled(QStringLiteral("open-relay")));
        QVERIFY(CheckSelection().isEnabled(QStringLiteral("open-relay")));
    }

    void openRelayFindings()
    {
        const CheckFinding open = OpenRelayCheck::judge(relayContext(250));
        QCOMPARE(open.severity, CheckSeverity::Failure);
        QCOMPARE(open.who, Actor::YourAdministrator);
        QVERIFY(open.sentence.contains(QStringLiteral("OPEN RELAY")));
        QVERIFY(open.evidence.contains(QStringLiteral("250 2.1.5 Ok")));
        CheckContext theirs = relayContext(250);
        theirs.mxDomain = QStringLiteral("example.test");
        QCOMPARE(OpenRelayCheck::judge(theirs).who, Actor::RecipientAdministrator);
        QCOMPARE(OpenRelayCheck::judge(relayContext(554)).severity, CheckSeverity::Passed);
        QCOMPARE(OpenRelayCheck::judge(relayContext(450)).severity, CheckSeverity::Information);
        QCOMPARE(OpenRelayCheck::judge(relayContext(250, true)).severity, CheckSeverity::Information);
        CheckContext refusedSender = relayContext(250);
        refusedSender.relayProbe.mailReply
            = reply(553, QStringLiteral("5.1.8 Domain of sender address does not exist"));
        refusedSender.relayProbe.rcptReply = {};
        QCOMPARE(OpenRelayCheck::judge(refusedSender).severity, CheckSeverity::Information);
    }

    void portProbeFindings()
    {
        using P = PortProbeCheck;
        CheckContext c;
        c.host = QStringLiteral("192.0.2.25");
        c.connectFailure = FailureKind::Timeout;
        QVERIFY(P::probes(c));
        const QHostAddress a(QStringLiteral("192.0.2.25"));
        const CheckFinding blocked = P::judge(c, {{a, 587, P::Outcome::Answered}, {a, 465, P::Outcome::TimedOut}});
        QCOMPARE(blocked.severity, CheckSeverity::Warning);
        QCOMPARE(blocked.who, Actor::You);
        QVERIFY2(blocked.sentence.contains(QStringLiteral("port 25 seems blocked between you and the server — 587 "
                                                          "answers"),
                                           Qt::CaseInsensitive),
                 qPrintable(blocked.sentence));
        const CheckFinding silent = P::judge(c, {{a, 587, P::Outcome::TimedOut}, {a, 465, P::Outcome::TimedOut}});
        QVERIFY(silent.sentence.contains(QStringLiteral("unreachable")));
        const CheckFinding v6 = P::judge(c, {{QHostAddress(QStringLiteral("2001:db8::25")), 25, P::Outcome::Answered}});
        QVERIFY(v6.sentence.contains(QStringLiteral("IPv6")));
        c.connectFailure = FailureKind::ConnectionRefused;
        QVERIFY(!P::probes(c)); // a refusal is an answer: the server is there and says no
        c.connectFailure = FailureKind::Timeout;
        c.port = 587;
        QVERIFY(!P::probes(c));
    }

    void findingsRoundTripThroughJson()
    {
        CheckFinding f = OpenRelayCheck::judge(relayContext(250));
        f.durationMs = 12;
        const CheckFindings back = checkFindingsFromJson(checkFindingsToJson({f}));
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.at(0).checkId, f.checkId);
        QCOMPARE(back.at(0).severity, f.severity);
        QCOMPARE(back.at(0).who, f.who);
        QCOMPARE(back.at(0).sentence, f.sentence);
        QCOMPARE(back.at(0).steps, f.steps);
        QCOMPARE(back.at(0).evidence, f.evidence);
        QCOMPARE(back.at(0).durationMs, 12);
        // The severity is in words in the lines, never colour alone.
        QVERIFY(checkFindingLines(f).at(0).second.startsWith(QStringLiteral("FAILURE")));
    }

    void addressFamilyFailingAlone()
    {
        const QString mx = QStringLiteral("mx.example.test");
        const QHostAddress v4(QStringLiteral("192.0.2.1"));
        const QHostAddress v6(QStringLiteral("2001:db8::1"));
        const QString refused = QStringLiteral("550 5.7.1 no PTR for your IPv6 address");
        CheckFindings f = addressFamilyFindings({{mx, v4, true, {}}, {mx, v6, false, refused}});
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.at(0).checkId, QStringLiteral("address-family"));
        QCOMPARE(f.at(0).severity, CheckSeverity::Warning);
        QVERIFY(f.at(0).sentence.contains(QStringLiteral("PTR")));
        QVERIFY(f.at(0).evidence.at(1).contains(refused));
        f = addressFamilyFindings({{mx, v4, false, refused}, {mx, v6, true, {}}});
        QCOMPARE(f.size(), 1);
        QVERIFY(f.at(0).sentence.contains(QStringLiteral("passes over IPv6 but fails over IPv4")));
        // Both alike, or one family only: nothing to compare.
        QVERIFY(addressFamilyFindings({{mx, v4, false, {}}, {mx, v6, false, {}}}).isEmpty());
        QVERIFY(addressFamilyFindings({{mx, v4, true, {}}, {mx, v6, true, {}}}).isEmpty());
        QVERIFY(addressFamilyFindings({{mx, v4, false, {}}}).isEmpty());
        // Another host's IPv6 row is not this host's.
        QVERIFY(
            addressFamilyFindings({{mx, v4, true, {}}, {QStringLiteral("mx2.example.test"), v6, false, {}}}).isEmpty());
    }

    void relayProbeComesBeforeQuit()
    {
        SessionOptions o;
        o.mailFrom = QStringLiteral("a@example.test");
        o.recipients << Recipient {QStringLiteral("b@example.test"), {}, {}};
        o.relayCheck.enabled = true;
        const TestPlan plan(o, StopPoint::Rcpt);
        PlanProgress p;
        p.stage = PlanProgress::Stage::InTransaction;
        p.connectTried = p.ehloTried = p.startTlsTried = p.mailTried = true;
        p.rcptTried << 0;
        QCOMPARE(plan.next(p).kind, PlanStep::Kind::RelayCheck);
        p.relayTried = true;
        p.stage = PlanProgress::Stage::Greeted;
        QCOMPARE(plan.next(p).kind, PlanStep::Kind::Quit);
        // Never before the test's own message: DATA comes first when it is planned.
        const TestPlan full(o, StopPoint::Quit);
        p.relayTried = false;
        p.stage = PlanProgress::Stage::InTransaction;
        p.acceptedRecipients = 1;
        QCOMPARE(full.next(p).kind, PlanStep::Kind::Data);
        o.relayCheck.enabled = false;
        QCOMPARE(TestPlan(o, StopPoint::Rcpt).next(p).kind, PlanStep::Kind::Quit);
    }
};

QTEST_GUILESS_MAIN(TestCheckRunner)
#include "tst_checkrunner.moc"
