// "Test all MX" (MxTestRunner) and the DNS milestone, against real smtp-sink servers on
// 127.0.0.2 (accepts), 127.0.0.3 (451 to RCPT), 127.0.0.5 (550 to RCPT), nothing on 127.0.0.4
// (connection refused), a silent listener on 127.0.0.6, and the loopback DNS responder on 127.0.53.3.
#include "diagnosis/catalogexplainer.h"
#include "diagnosis/exitcodes.h"
#include "dns/dnsmxresolver.h"
#include "dnsresponder.h"
#include "mx/dnsmilestone.h"
#include "mx/mxtestrunner.h"
#include "smtp/sockettransport.h"
#include "smtpsinkfixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;
using Outcome = MxLookupResult::Outcome;
using Kind = DeliveryVerdict::Kind;

namespace {

const QHostAddress responderAddress(QStringLiteral("127.0.53.3"));
const QHostAddress acceptAddress(QStringLiteral("127.0.0.2"));
const QHostAddress deferAddress(QStringLiteral("127.0.0.3"));
const QHostAddress refuseAddress(QStringLiteral("127.0.0.4"));
const QHostAddress rejectAddress(QStringLiteral("127.0.0.5"));
const QHostAddress muteAddress(QStringLiteral("127.0.0.6"));

/** "accept.allmx.test 127.0.0.2 passed passed passed passed passed passed =0" */
QString rowLine(const MxTestRunner &runner, int row)
{
    const MxTestRow &r = runner.row(row);
    QStringList parts {r.host, r.address.isNull() ? u"-"_s : r.address.toString()};
    for (int c = 0; c < runner.columns().size(); ++c)
        parts << Checklist::stateKey(runner.cellState(row, c));
    parts << QStringLiteral("=%1").arg(r.exitCode);
    return parts.join(u' ');
}

QString transcriptText(const Transcript *transcript, TranscriptEntry::Direction direction)
{
    QStringList lines;
    for (const TranscriptEntry &e : transcript->entries()) {
        if (e.direction == direction)
            lines << e.text;
    }
    return lines.join(u'\n');
}

} // namespace

class TestAllMx : public QObject
{
    Q_OBJECT
private:
    test::DnsResponder m_responder;
    test::SmtpSinkFixture m_accept;
    test::SmtpSinkFixture m_defer;
    test::SmtpSinkFixture m_reject;
    QTcpServer m_mute;
    quint16 m_port = 0;

    MxLookupResult lookup(const QString &domain, int timeoutMs = 5'000)
    {
        DnsMxResolver resolver;
        resolver.setTimeout(timeoutMs);
        [&] { QVERIFY(resolver.setNameserver(responderAddress)); }();
        QSignalSpy spy(&resolver, &MxResolver::finished);
        resolver.lookup(domain);
        [&] { QVERIFY2(spy.wait(20'000), "no lookup result"); }();
        return spy.isEmpty() ? MxLookupResult() : spy.at(0).at(0).value<MxLookupResult>();
    }

    SessionOptions envelope(int timeoutMs = 5'000) const
    {
        SessionOptions options;
        options.ehloName = u"client.test"_s;
        options.mailFrom = u"sender@client.test"_s;
        options.recipients = {Recipient {u"user@allmx.test"_s, {}, {}}};
        options.timeouts = Timeouts::uniform(timeoutMs);
        options.tls.mode = TlsMode::Off; // the delivery rule; tst_climx covers the default opportunistic STARTTLS
        return options;
    }

    bool runAll(MxTestRunner &runner, const MxLookupResult &result)
    {
        QSignalSpy finished(&runner, &MxTestRunner::finished);
        runner.start(result);
        if (!finished.wait(60'000))
            return false;
        return finished.size() == 1 && !runner.isRunning();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(test::SmtpSinkFixture::program()), "postfix's smtp-sink is missing (tools/setup.sh)");
        QVERIFY2(m_responder.start(test::DnsResponder::zonePath(u"allmx.json"_s), responderAddress),
                 qPrintable(m_responder.errorString()));
        m_port = test::SmtpSinkFixture::commonFreePort(
            {acceptAddress, deferAddress, refuseAddress, rejectAddress, muteAddress});
        QVERIFY(m_port != 0);
        QVERIFY2(m_accept.start(acceptAddress, m_port, {u"-h"_s, u"accept.allmx.test"_s}),
                 qPrintable(m_accept.errorString()));
        QVERIFY2(m_defer.start(deferAddress, m_port, {u"-h"_s, u"defer.allmx.test"_s, u"-r"_s, u"RCPT"_s}),
                 qPrintable(m_defer.errorString()));
        QVERIFY2(m_reject.start(rejectAddress, m_port, {u"-f"_s, u"RCPT"_s}), qPrintable(m_reject.errorString()));
        QVERIFY(m_mute.listen(muteAddress, m_port)); // accepts TCP, never greets
    }

    void cleanupTestCase()
    {
        m_accept.stop();
        m_defer.stop();
        m_reject.stop();
        m_responder.stop();
    }

    void dnsMilestone_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<MilestoneState>("state");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<TranscriptEntry::Direction>("messageDirection");

        using D = TranscriptEntry::Direction;
        QTest::newRow("MX found") << u"allmx.test"_s << 5000 << MilestoneState::Warning << u"noaddr.allmx.test"_s
                                  << int(ExitOk) << D::Info;
        QTest::newRow("MX found, no warnings")
            << u"first.allmx.test"_s << 5000 << MilestoneState::Passed
            << u"MX: 10 accept.allmx.test, 20 defer.allmx.test"_s << int(ExitOk) << D::Info;
        QTest::newRow("implicit MX") << u"user@implicit.allmx.test"_s << 5000 << MilestoneState::Warning
                                     << u"implicit MX"_s << int(ExitOk) << D::Warning;
        QTest::newRow("null MX") << u"nullmx.allmx.test"_s << 5000 << MilestoneState::Failed << u"accepts no mail"_s
                                 << int(ExitDns) << D::Error;
        QTest::newRow("NXDOMAIN") << u"nosuch.allmx.test"_s << 5000 << MilestoneState::Failed << u"does not exist"_s
                                  << int(ExitDns) << D::Error;
        QTest::newRow("no records") << u"norecords.allmx.test"_s << 5000 << MilestoneState::Failed
                                    << u"neither MX nor A/AAAA"_s << int(ExitDns) << D::Error;
        QTest::newRow("SERVFAIL") << u"servfail.allmx.test"_s << 5000 << MilestoneState::Failed << u"SERVFAIL"_s
                                  << int(ExitDns) << D::Error;
        QTest::newRow("timeout") << u"slow.allmx.test"_s << 1000 << MilestoneState::Failed << u"in time"_s
                                 << int(ExitDns) << D::Error;
    }

    void dnsMilestone()
    {
        QFETCH(QString, domain);
        QFETCH(int, timeoutMs);
        QFETCH(MilestoneState, state);
        QFETCH(QString, summary);
        QFETCH(int, exitCode);
        QFETCH(TranscriptEntry::Direction, messageDirection);

        const MxLookupResult result = lookup(domain, timeoutMs);
        SocketTransport transport;
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        SessionOptions options = envelope();
        options.host = u"127.0.0.2"_s;
        session.setOptions(options);
        session.startNewTest();
        const int planned = session.checklist()->count();
        QCOMPARE(DnsMilestone::record(result, session.transcript(), session.checklist()), 0);

        const Checklist &list = *session.checklist();
        QCOMPARE(list.count(), planned + 1);
        QCOMPARE(list.at(0).kind, MilestoneKind::Dns);
        QCOMPARE(list.at(1).kind, MilestoneKind::Connect);
        QCOMPARE(list.at(0).state, state);
        QVERIFY2(list.at(0).summary.contains(summary), qPrintable(list.at(0).summary));
        if (state != MilestoneState::Passed) {
            QVERIFY(!list.at(0).diagnosis.meaning.isEmpty());
            QVERIFY(!list.at(0).diagnosis.nextStep.isEmpty());
        }
        QCOMPARE(exitCodeFor(list), exitCode);

        // The transcript holds describe(), line for line, the message in the outcome's direction.
        const QStringList described = result.describe();
        QCOMPARE(session.transcript()->count(), described.size());
        QCOMPARE(list.at(0).firstEntry, 0);
        QCOMPARE(list.at(0).lastEntry, int(described.size()) - 1);
        for (int i = 0; i < described.size(); ++i)
            QCOMPARE(session.transcript()->entries().at(i).text, described.at(i));
        QCOMPARE(session.transcript()->entries().at(1).direction, messageDirection);

        // Recording again replaces the DNS milestone instead of adding a second one.
        DnsMilestone::record(result, session.transcript(), session.checklist());
        QCOMPARE(list.count(), planned + 1);
    }

    void matrix_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<Kind>("verdict");
        QTest::addColumn<QString>("decisive"); // address of the attempt that decided, "" for none
        QTest::addColumn<int>("exitCode");

        // Columns: DNS, Connect, EHLO, MAIL, RCPT, QUIT; then =exit code.
        const QString accepted = u"accept.allmx.test 127.0.0.2 passed passed passed passed passed passed =0"_s;
        const QString deferred = u"defer.allmx.test 127.0.0.3 passed passed passed passed warning passed =24"_s;
        const QString refused = u"refuse.allmx.test 127.0.0.4 passed failed skipped skipped skipped skipped =2"_s;
        QTest::newRow("refused, deferred, accepted, no address")
            << u"user@allmx.test"_s
            << QStringList {refused, deferred, accepted,
                            u"noaddr.allmx.test - failed skipped skipped skipped skipped skipped =32"_s}
            << Kind::Delivered << u"127.0.0.2"_s << int(ExitOk);
        QTest::newRow("first MX accepts") << u"first.allmx.test"_s << QStringList {accepted, deferred}
                                          << Kind::Delivered << u"127.0.0.2"_s << int(ExitOk);
        QTest::newRow("a 5xx stops the sender")
            << u"bounce.allmx.test"_s
            << QStringList {deferred, u"reject.allmx.test 127.0.0.5 passed passed passed passed failed passed =24"_s,
                            accepted}
            << Kind::Bounced << u"127.0.0.5"_s << int(ExitOk);
        QTest::newRow("all deferred") << u"deferred.allmx.test"_s << QStringList {refused, deferred} << Kind::Deferred
                                      << QString() << int(ExitRcpt);
    }

    void matrix()
    {
        QFETCH(QString, domain);
        QFETCH(QStringList, rows);
        QFETCH(Kind, verdict);
        QFETCH(QString, decisive);
        QFETCH(int, exitCode);

        const MxLookupResult result = lookup(domain);
        QCOMPARE(result.outcome, Outcome::Ok);
        MxTestRunner runner;
        runner.setOptions(envelope());
        runner.setPort(m_port);
        QSignalSpy added(&runner, &MxTestRunner::rowAdded);
        QVERIFY(runAll(runner, result));
        QCOMPARE(added.size(), rows.size());

        QStringList titles;
        for (const MxTestColumn &column : runner.columns())
            titles << column.shortTitle();
        QCOMPARE(titles, (QStringList {u"DNS"_s, u"Connect"_s, u"EHLO"_s, u"MAIL"_s, u"RCPT"_s, u"QUIT"_s}));
        QStringList actual;
        for (int row = 0; row < runner.rowCount(); ++row) {
            actual << rowLine(runner, row);
            QVERIFY(runner.row(row).isDone());
            QCOMPARE(runner.row(row).checklist()->at(0).kind, MilestoneKind::Dns);
        }
        QCOMPARE(actual, rows);

        const DeliveryVerdict delivery = runner.deliveryVerdict();
        QCOMPARE(delivery.kind, verdict);
        QCOMPARE(delivery.steps.size(), rows.size());
        if (decisive.isEmpty())
            QCOMPARE(delivery.attempt, -1);
        else
            QCOMPARE(runner.row(delivery.attempt).address.toString(), decisive);
        QCOMPARE(runner.exitCode(), exitCode);
    }

    void hostWithTwoAddresses()
    {
        const MxLookupResult result = lookup(u"dual-mx.allmx.test"_s);
        MxTestRunner runner;
        runner.setOptions(envelope());
        runner.setPort(m_port);
        QVERIFY(runAll(runner, result));
        QCOMPARE(runner.rowCount(), 2);
        QStringList actual;
        for (int row = 0; row < runner.rowCount(); ++row) {
            QCOMPARE(runner.row(row).host, u"dual.allmx.test"_s);
            actual << rowLine(runner, row);
        }
        actual.sort();
        QCOMPARE(actual,
                 (QStringList {u"dual.allmx.test 127.0.0.2 passed passed passed passed passed passed =0"_s,
                               u"dual.allmx.test 127.0.0.4 passed failed skipped skipped skipped skipped =2"_s}));
        const DeliveryVerdict delivery = runner.deliveryVerdict();
        QCOMPARE(delivery.kind, Kind::Delivered);
        QCOMPARE(runner.row(delivery.attempt).address, acceptAddress);
    }

    void reverseDnsInEachTranscript()
    {
        const MxLookupResult result = lookup(u"first.allmx.test"_s);
        MxTestRunner runner;
        runner.setOptions(envelope());
        runner.setPort(m_port);
        QVERIFY(runAll(runner, result));
        QCOMPARE(runner.rowCount(), 2);
        const Transcript *accept = runner.row(0).transcript();
        const Transcript *defer = runner.row(1).transcript();
        QVERIFY2(transcriptText(accept, TranscriptEntry::Direction::Info).contains(u"forward-confirmed"_s),
                 qPrintable(transcriptText(accept, TranscriptEntry::Direction::Info)));
        QVERIFY(transcriptText(accept, TranscriptEntry::Direction::Info)
                    .contains(u"The 220 banner names accept.allmx.test, which matches the reverse DNS."_s));
        QVERIFY2(transcriptText(defer, TranscriptEntry::Direction::Warning).contains(u"does not point back"_s),
                 qPrintable(transcriptText(defer, TranscriptEntry::Direction::Warning)));
        QVERIFY(transcriptText(defer, TranscriptEntry::Direction::Info).contains(u"but reverse DNS names"_s));
        // Never a failure: the accepting row passed everything.
        QCOMPARE(runner.row(0).exitCode, int(ExitOk));
        QCOMPARE(runner.row(0).outcome.verdict, SessionOutcome::Verdict::Passed);
    }

    void parallelLimitAndGreetingTimeout()
    {
        const MxLookupResult result = lookup(u"silent.allmx.test"_s);
        MxTestRunner runner;
        runner.setOptions(envelope(1'500));
        runner.setPort(m_port);
        runner.setMaxParallel(2);
        int mostRunning = 0;
        connect(&runner, &MxTestRunner::rowChanged, this, [&] {
            int running = 0;
            for (const MxTestRow &row : runner.rows())
                running += row.status == MxTestRow::Status::Running ? 1 : 0;
            mostRunning = qMax(mostRunning, running);
        });
        QVERIFY(runAll(runner, result));
        QCOMPARE(mostRunning, 2);
        QCOMPARE(rowLine(runner, 0), u"mute.allmx.test 127.0.0.6 passed failed skipped skipped skipped skipped =31"_s);
        QCOMPARE(rowLine(runner, 1), u"mute2.allmx.test 127.0.0.6 passed failed skipped skipped skipped skipped =31"_s);
        // A greeting timeout after the TCP connection is a temporary failure: a sender moves on.
        QCOMPARE(runner.row(0).attempt().outcome, MxAttempt::Outcome::Deferred);
        const DeliveryVerdict delivery = runner.deliveryVerdict();
        QCOMPARE(delivery.kind, Kind::Delivered);
        QCOMPARE(delivery.attempt, 2);
    }

    void abortStopsAll()
    {
        const MxLookupResult result = lookup(u"silent.allmx.test"_s);
        MxTestRunner runner;
        runner.setOptions(envelope(30'000));
        runner.setPort(m_port);
        runner.setMaxParallel(1);
        QSignalSpy finished(&runner, &MxTestRunner::finished);
        runner.start(result);
        QTRY_COMPARE_WITH_TIMEOUT(runner.row(0).tcpConnected, true, 10'000);
        QCOMPARE(runner.row(1).status, MxTestRow::Status::Queued);
        runner.abort();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!runner.isRunning());
        for (int row = 0; row < runner.rowCount(); ++row) {
            QCOMPARE(runner.row(row).status, MxTestRow::Status::Aborted);
            QCOMPARE(runner.row(row).exitCode, int(ExitAborted));
        }
        QCOMPARE(runner.cellState(0, 1), MilestoneState::Failed);
        QCOMPARE(runner.cellState(1, 1), MilestoneState::Skipped);
        QCOMPARE(runner.cellState(2, 1), MilestoneState::Skipped);
        QCOMPARE(runner.exitCode(), int(ExitAborted));
        QTest::qWait(0);
        QCOMPARE(finished.size(), 1); // not a second time from the queued check
    }

    void noUsableHost()
    {
        const MxLookupResult result = lookup(u"nullmx.allmx.test"_s);
        MxTestRunner runner;
        runner.setOptions(envelope());
        QVERIFY(runAll(runner, result));
        QCOMPARE(runner.rowCount(), 0);
        QCOMPARE(runner.deliveryVerdict().kind, Kind::NoMx);
        QCOMPARE(runner.exitCode(), int(ExitDns));
    }
};

QTEST_GUILESS_MAIN(TestAllMx)
#include "tst_allmx.moc"
