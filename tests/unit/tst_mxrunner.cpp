// MxTestRunner without sockets: its columns are the TestPlan's, and its rows run over transports from
// a factory (fakes answering as two MX hosts would).
#include "faketransport.h"
#include "mx/mxtestrunner.h"
#include "smtp/testplan.h"
#include "smtp/transportfactory.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace mailflow;
using mailflow::test::FakeTransport;

namespace {

const QString Refusing = QStringLiteral("127.0.0.3");

/** Answers like a small MX: 127.0.0.3 refuses the recipient, any other address accepts it. */
class FakeMx : public QObject
{
    Q_OBJECT
public:
    explicit FakeMx(FakeTransport *transport)
        : QObject(transport)
        , m_transport(transport)
    {
        // Queued, as a real server's bytes never arrive inside the client's own call.
        connect(
            transport, &Transport::connected, this,
            [this] { m_transport->injectRead("220 mx.example.test ESMTP\r\n"); }, Qt::QueuedConnection);
        connect(transport, &FakeTransport::wrote, this, &FakeMx::onWrote, Qt::QueuedConnection);
    }

private:
    void onWrote(const QByteArray &bytes)
    {
        const QByteArray verb = bytes.left(4).toUpper();
        if (verb == "EHLO")
            m_transport->injectRead("250-mx.example.test\r\n250 SIZE 1000000\r\n");
        else if (verb == "MAIL")
            m_transport->injectRead("250 2.1.0 Ok\r\n");
        else if (verb == "RCPT")
            m_transport->injectRead(m_transport->lastHost() == Refusing ? "550 5.1.1 No such user\r\n"
                                                                        : "250 2.1.5 Ok\r\n");
        else if (verb == "QUIT")
            m_transport->injectRead("221 2.0.0 Bye\r\n");
    }

    FakeTransport *m_transport;
};

class FakeMxFactory : public TransportFactory
{
public:
    Transport *createTransport(QObject *parent) override
    {
        auto *transport = new FakeTransport(parent);
        new FakeMx(transport);
        m_created << transport;
        return transport;
    }
    QList<QPointer<FakeTransport>> m_created;
};

MxLookupResult lookup(const QStringList &addresses)
{
    MxLookupResult result;
    result.input = QStringLiteral("example.test");
    result.domain = result.input;
    result.outcome = MxLookupResult::Outcome::Ok;
    int preference = 10;
    for (const QString &address : addresses) {
        MxHost host;
        host.preference = preference;
        preference += 10;
        host.name = QStringLiteral("mx%1.example.test").arg(preference / 10 - 1);
        host.addresses = {QHostAddress(address)};
        result.hosts << host;
    }
    return result;
}

SessionOptions envelope()
{
    SessionOptions o;
    o.ehloName = QStringLiteral("client.example.test");
    o.mailFrom = QStringLiteral("sender@example.test");
    o.recipients = {Recipient {QStringLiteral("one@example.test"), {}, {}},
                    Recipient {QStringLiteral("two@example.test"), {}, {}}};
    o.tls.mode = TlsMode::Optional;
    o.timeouts = Timeouts::uniform(5'000);
    return o;
}

} // namespace

class TstMxRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnsComeFromThePlan_data()
    {
        QTest::addColumn<StopPoint>("stop");
        QTest::addColumn<int>("tls");
        QTest::newRow("rcpt, starttls") << StopPoint::Rcpt << int(TlsMode::Optional);
        QTest::newRow("quit, plain") << StopPoint::Quit << int(TlsMode::Off);
        QTest::newRow("ehlo, implicit") << StopPoint::Ehlo << int(TlsMode::Implicit);
    }
    void columnsComeFromThePlan()
    {
        QFETCH(StopPoint, stop);
        QFETCH(int, tls);
        SessionOptions options = envelope();
        options.tls.mode = TlsMode(tls);
        FakeMxFactory factory;
        MxTestRunner runner(nullptr, &factory);
        runner.setOptions(options);
        runner.setStopAfter(stop);
        runner.setReverseDns(false);
        QSignalSpy started(&runner, &MxTestRunner::started);
        runner.start(lookup({QStringLiteral("127.0.0.2")}));
        QCOMPARE(started.count(), 1);

        QList<PlannedMilestone> expected {PlannedMilestone {MilestoneKind::Dns, {}, {}}};
        options.port = runner.port();
        expected += TestPlan(options, stop).milestones();
        const QList<MxTestColumn> &columns = runner.columns();
        QCOMPARE(columns.size(), expected.size());
        for (qsizetype i = 0; i < columns.size(); ++i) {
            QCOMPARE(int(columns.at(i).kind), int(expected.at(i).kind));
            const bool subjectColumn
                = expected.at(i).kind == MilestoneKind::Rcpt || expected.at(i).kind == MilestoneKind::Ehlo;
            QCOMPARE(columns.at(i).subject, subjectColumn ? expected.at(i).subject : QString());
        }
        // Listing the columns made no transport: one per row only.
        QCOMPARE(factory.m_created.size(), 1);
        runner.abort();
    }

    void rowsRunOverTheFactorysTransports()
    {
        FakeMxFactory factory;
        MxTestRunner runner(nullptr, &factory);
        runner.setOptions(envelope());
        runner.setReverseDns(false);
        QSignalSpy finished(&runner, &MxTestRunner::finished);
        runner.start(lookup({Refusing, QStringLiteral("127.0.0.2")}));
        QVERIFY(finished.wait(10'000));

        QCOMPARE(runner.rowCount(), 2);
        QCOMPARE(factory.m_created.size(), 2);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(factory.m_created.at(i));
            QCOMPARE(factory.m_created.at(i)->lastHost(), runner.row(i).address.toString());
            QCOMPARE(factory.m_created.at(i)->lastPort(), quint16(25));
            QVERIFY(factory.m_created.at(i)->writtenLines().contains("RCPT TO:<one@example.test>"));
            QCOMPARE(runner.row(i).status, MxTestRow::Status::Finished);
        }
        // The fake offered no STARTTLS: the plan's TLS columns are skipped, not failed.
        const Checklist *accepting = runner.row(1).checklist();
        QCOMPARE(accepting->at(accepting->indexOf(MilestoneKind::StartTls)).state, MilestoneState::Skipped);
        QCOMPARE(accepting->at(accepting->indexOf(MilestoneKind::Rcpt)).state, MilestoneState::Passed);
        QCOMPARE(accepting->at(accepting->indexOf(MilestoneKind::Quit)).state, MilestoneState::Passed);
        const Checklist *refusing = runner.row(0).checklist();
        QCOMPARE(refusing->at(refusing->indexOf(MilestoneKind::Rcpt)).state, MilestoneState::Failed);

        // The first MX refused with 5xx: a sender would bounce there, as the rule says.
        const DeliveryVerdict verdict = runner.deliveryVerdict();
        QCOMPARE(verdict.kind, DeliveryVerdict::Kind::Bounced);
        QCOMPARE(verdict.attempt, 0);
    }

    void abortSkipsQueuedRows()
    {
        FakeMxFactory factory;
        MxTestRunner runner(nullptr, &factory);
        runner.setOptions(envelope());
        runner.setReverseDns(false);
        runner.setMaxParallel(1);
        QSignalSpy finished(&runner, &MxTestRunner::finished);
        runner.start(lookup({QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.4")}));
        runner.abort();
        QVERIFY(finished.count() > 0 || finished.wait(5'000));
        const Checklist *queued = runner.row(1).checklist();
        for (const Milestone &m : queued->milestones()) {
            if (m.kind == MilestoneKind::Dns)
                continue;
            QCOMPARE(m.state, MilestoneState::Skipped);
            QCOMPARE(m.summary, QStringLiteral("Not run: the test was stopped"));
        }
        QCOMPARE(runner.row(1).status, MxTestRow::Status::Aborted);
    }
};

QTEST_GUILESS_MAIN(TstMxRunner)
#include "tst_mxrunner.moc"
