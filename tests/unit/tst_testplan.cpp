// TestPlan: from options (+ the server's capabilities, + what was tried) to the planned milestones and
// the next step, with no transport and no session.
#include "smtp/testplan.h"

#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

namespace {

using Kind = MilestoneKind;
using Step = PlanStep::Kind;
using Stage = PlanProgress::Stage;

const QString Sender = QStringLiteral("sender@example.com");
const QString First = QStringLiteral("one@example.com");
const QString Second = QStringLiteral("two@example.com");

SessionOptions baseOptions()
{
    SessionOptions o;
    o.host = QStringLiteral("mx.example.com");
    o.port = 25;
    o.mailFrom = Sender;
    o.recipients = {Recipient {First, {}, {}}, Recipient {Second, {}, {}}};
    o.tls.mode = TlsMode::Off;
    return o;
}

/** "connect 220, ehlo 250, …": kind key, subject when there is one, expected code. */
QStringList describe(const QList<PlannedMilestone> &plan)
{
    QStringList out;
    for (const PlannedMilestone &m : plan) {
        QStringList words {Checklist::kindKey(m.kind)};
        if (!m.subject.isEmpty())
            words << m.subject;
        if (!m.expected.isEmpty())
            words << m.expected;
        out << words.join(u' ');
    }
    return out;
}

QString afterTls()
{
    return QStringLiteral("ehlo %1 250").arg(TestPlan::afterStartTlsSubject());
}

PlanProgress greeted()
{
    PlanProgress p;
    p.stage = Stage::Greeted;
    p.connectTried = true;
    p.ehloTried = true;
    return p;
}

PlanProgress inTransaction(QList<int> tried, int accepted)
{
    PlanProgress p = greeted();
    p.stage = Stage::InTransaction;
    p.mailTried = true;
    p.rcptTried = std::move(tried);
    p.acceptedRecipients = accepted;
    return p;
}

} // namespace

Q_DECLARE_METATYPE(SessionOptions)
Q_DECLARE_METATYPE(StopPoint)
Q_DECLARE_METATYPE(PlanProgress)
Q_DECLARE_METATYPE(PlanStep)
Q_DECLARE_METATYPE(DsnMode)
Q_DECLARE_METATYPE(BdatMode)

class TstTestPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void milestones_data()
    {
        QTest::addColumn<SessionOptions>("options");
        QTest::addColumn<QStringList>("expected");

        const QStringList envelope {u"mail sender@example.com 250"_s, u"rcpt one@example.com 250"_s,
                                    u"rcpt two@example.com 250"_s};
        const QStringList dataRows {u"data 354"_s, u"end-of-data 250"_s};
        const QString quit = u"quit 221"_s;
        const QString connect = u"connect 220"_s;
        const QString ehlo = u"ehlo 250"_s;
        const QStringList startTls {u"starttls 220"_s, u"tls"_s, afterTls()};

        SessionOptions o = baseOptions();
        QTest::newRow("plain, to the end") << o << (QStringList {connect, ehlo} + envelope + dataRows << quit);

        o = baseOptions();
        o.tls.mode = TlsMode::Optional;
        QTest::newRow("starttls optional")
            << o << (QStringList {connect, ehlo} + startTls + envelope + dataRows << quit);
        o.tls.mode = TlsMode::StartTls;
        QTest::newRow("starttls required")
            << o << (QStringList {connect, ehlo} + startTls + envelope + dataRows << quit);
        o.tls.mode = TlsMode::Auto; // port 25: opportunistic
        QTest::newRow("auto on 25 is starttls")
            << o << (QStringList {connect, ehlo} + startTls + envelope + dataRows << quit);
        o.port = 465; // auto on 465: implicit
        QTest::newRow("auto on 465 is implicit")
            << o << (QStringList {connect, u"tls"_s, ehlo} + envelope + dataRows << quit);
        o.tls.mode = TlsMode::Implicit;
        o.port = 2465;
        QTest::newRow("implicit") << o << (QStringList {connect, u"tls"_s, ehlo} + envelope + dataRows << quit);

        o = baseOptions();
        o.auth.mechanism = AuthMechanism::Plain;
        QTest::newRow("auth forced") << o << (QStringList {connect, ehlo, u"auth 235"_s} + envelope + dataRows << quit);
        o.auth.mechanism = AuthMechanism::Auto;
        QTest::newRow("auth auto") << o << (QStringList {connect, ehlo, u"auth 235"_s} + envelope + dataRows << quit);
        o.auth.mechanism = AuthMechanism::None;
        QTest::newRow("auth absent") << o << (QStringList {connect, ehlo} + envelope + dataRows << quit);

        o = baseOptions();
        o.auth.mechanism = AuthMechanism::Auto;
        o.stopAfter = StopPoint::Connect;
        QTest::newRow("stop after connect") << o << QStringList {connect, quit};
        o.tls.mode = TlsMode::StartTls;
        QTest::newRow("stop after connect, no starttls") << o << QStringList {connect, quit};
        o.tls.mode = TlsMode::Off;
        o.stopAfter = StopPoint::Ehlo;
        QTest::newRow("stop after ehlo: no auth") << o << QStringList {connect, ehlo, quit};
        o.stopAfter = StopPoint::Auth;
        QTest::newRow("stop after auth") << o << QStringList {connect, ehlo, u"auth 235"_s, quit};
        o.stopAfter = StopPoint::Mail;
        QTest::newRow("stop after mail") << o
                                         << QStringList {connect, ehlo, u"auth 235"_s, u"mail sender@example.com 250"_s,
                                                         quit};
        o.stopAfter = StopPoint::Rcpt;
        QTest::newRow("stop after rcpt") << o << (QStringList {connect, ehlo, u"auth 235"_s} + envelope << quit);
        o.stopAfter = StopPoint::Data;
        QTest::newRow("stop after data") << o
                                         << (QStringList {connect, ehlo, u"auth 235"_s} + envelope + dataRows << quit);

        o = baseOptions();
        o.mailFrom.clear();
        o.stopAfter = StopPoint::Mail;
        QTest::newRow("null sender") << o << QStringList {connect, ehlo, u"mail <> 250"_s, quit};
    }
    void milestones()
    {
        QFETCH(SessionOptions, options);
        QFETCH(QStringList, expected);
        QCOMPARE(describe(TestPlan(options).milestones()), expected);
    }

    void stopGivenApartFromOptions()
    {
        // The all-MX runner plans every row to its own stop point, whatever the options say.
        SessionOptions o = baseOptions();
        o.stopAfter = StopPoint::Quit;
        QCOMPARE(describe(TestPlan(o, StopPoint::Rcpt).milestones()),
                 (QStringList {u"connect 220"_s, u"ehlo 250"_s, u"mail sender@example.com 250"_s,
                               u"rcpt one@example.com 250"_s, u"rcpt two@example.com 250"_s, u"quit 221"_s}));
    }

    void next_data()
    {
        QTest::addColumn<SessionOptions>("options");
        QTest::addColumn<StopPoint>("stop");
        QTest::addColumn<PlanProgress>("progress");
        QTest::addColumn<PlanStep>("expected");

        auto step = [](Step kind, int recipient = -1, bool none = false) { return PlanStep {kind, recipient, none}; };
        const SessionOptions plain = baseOptions();
        const StopPoint all = StopPoint::Quit;

        PlanProgress p;
        QTest::newRow("start: connect") << plain << all << p << step(Step::Connect);
        p.connectTried = true;
        QTest::newRow("connection gone after trying: end") << plain << all << p << step(Step::End);
        p.stage = Stage::Waiting;
        QTest::newRow("connecting: wait") << plain << all << p << step(Step::Wait);

        p.stage = Stage::Connected;
        QTest::newRow("greeted: ehlo") << plain << all << p << step(Step::Ehlo);
        QTest::newRow("stop after connect: quit") << plain << StopPoint::Connect << p << step(Step::Quit);
        PlanProgress failed = p;
        failed.greetingFailed = true;
        QTest::newRow("greeting failed: quit") << plain << all << failed << step(Step::Quit);
        PlanProgress ehloFailed = p;
        ehloFailed.ehloTried = true; // EHLO and its HELO fall-back were refused: still Connected
        QTest::newRow("ehlo and helo refused: quit") << plain << all << ehloFailed << step(Step::Quit);
        // HELO accepted after EHLO was not understood: greeted, without extensions; the envelope follows.
        QTest::newRow("helo fall-back accepted: mail") << plain << all << greeted() << step(Step::Mail);
        QTest::newRow("helo fall-back, stop after ehlo: quit")
            << plain << StopPoint::Ehlo << greeted() << step(Step::Quit);

        SessionOptions tls = baseOptions();
        tls.tls.mode = TlsMode::Optional;
        QTest::newRow("starttls optional: starttls") << tls << all << greeted() << step(Step::StartTls);
        tls.tls.mode = TlsMode::StartTls;
        QTest::newRow("starttls required: starttls") << tls << all << greeted() << step(Step::StartTls);
        PlanProgress tried = greeted();
        tried.startTlsTried = true;
        QTest::newRow("starttls tried (absent or refused, optional): mail") << tls << all << tried << step(Step::Mail);
        PlanProgress refused = tried;
        refused.tlsRequiredFailed = true;
        QTest::newRow("starttls refused, required: quit") << tls << all << refused << step(Step::Quit);
        PlanProgress encrypted = greeted();
        encrypted.encrypted = true;
        QTest::newRow("already encrypted: no starttls") << tls << all << encrypted << step(Step::Mail);
        SessionOptions implicit = baseOptions();
        implicit.tls.mode = TlsMode::Implicit;
        QTest::newRow("implicit tls: no starttls") << implicit << all << greeted() << step(Step::Mail);
        QTest::newRow("stop after ehlo: starttls still") << tls << StopPoint::Ehlo << greeted() << step(Step::StartTls);
        QTest::newRow("stop after ehlo: quit") << plain << StopPoint::Ehlo << greeted() << step(Step::Quit);

        SessionOptions auth = baseOptions();
        auth.auth.mechanism = AuthMechanism::Plain;
        QTest::newRow("auth forced: auth") << auth << all << greeted() << step(Step::Auth);
        auth.auth.mechanism = AuthMechanism::Auto;
        QTest::newRow("auth auto: auth") << auth << all << greeted() << step(Step::Auth);
        QTest::newRow("auth, stop after ehlo: quit") << auth << StopPoint::Ehlo << greeted() << step(Step::Quit);
        PlanProgress authFailed = greeted();
        authFailed.authTried = true;
        QTest::newRow("auth failed: quit") << auth << all << authFailed << step(Step::Quit);
        PlanProgress authOk = authFailed;
        authOk.authenticated = true;
        QTest::newRow("authenticated: mail") << auth << all << authOk << step(Step::Mail);
        QTest::newRow("stop after auth: quit") << auth << StopPoint::Auth << authOk << step(Step::Quit);
        QTest::newRow("auth absent: mail") << plain << all << greeted() << step(Step::Mail);

        PlanProgress mailRefused = greeted();
        mailRefused.mailTried = true;
        QTest::newRow("mail refused: quit") << plain << all << mailRefused << step(Step::Quit);
        QTest::newRow("stop after mail: quit") << plain << StopPoint::Mail << inTransaction({}, 0) << step(Step::Quit);
        QTest::newRow("first rcpt") << plain << all << inTransaction({}, 0) << step(Step::Rcpt, 0);
        QTest::newRow("second rcpt") << plain << all << inTransaction({0}, 1) << step(Step::Rcpt, 1);
        QTest::newRow("stop after rcpt: quit")
            << plain << StopPoint::Rcpt << inTransaction({0, 1}, 2) << step(Step::Quit);
        QTest::newRow("recipients accepted: data") << plain << all << inTransaction({0, 1}, 1) << step(Step::Data);
        QTest::newRow("stop after data: data")
            << plain << StopPoint::Data << inTransaction({0, 1}, 2) << step(Step::Data);
        QTest::newRow("no recipient accepted: quit, data skipped")
            << plain << all << inTransaction({0, 1}, 0) << step(Step::Quit, -1, true);
        PlanProgress dataTried = inTransaction({0, 1}, 2);
        dataTried.dataTried = true;
        QTest::newRow("data refused: quit") << plain << all << dataTried << step(Step::Quit);
        PlanProgress delivered = greeted();
        delivered.mailTried = true;
        delivered.dataTried = true;
        QTest::newRow("message sent: quit") << plain << all << delivered << step(Step::Quit);
    }
    void next()
    {
        QFETCH(SessionOptions, options);
        QFETCH(StopPoint, stop);
        QFETCH(PlanProgress, progress);
        QFETCH(PlanStep, expected);
        const PlanStep actual = TestPlan(options, stop).next(progress);
        QCOMPARE(int(actual.kind), int(expected.kind));
        QCOMPARE(actual.recipient, expected.recipient);
        QCOMPARE(actual.noRecipientAccepted, expected.noRecipientAccepted);
    }

    void tlsModeFollowsPort()
    {
        SessionOptions o = baseOptions();
        o.tls.mode = TlsMode::Auto;
        o.port = 587;
        QCOMPARE(TestPlan(o).tlsMode(), TlsMode::StartTls);
        QVERIFY(TestPlan(o).wantsStartTls());
        o.port = 465;
        QCOMPARE(TestPlan(o).tlsMode(), TlsMode::Implicit);
        QVERIFY(!TestPlan(o).wantsStartTls());
        o.tls.mode = TlsMode::Off;
        QVERIFY(!TestPlan(o).wantsStartTls());
    }

    void dsn_data()
    {
        QTest::addColumn<DsnMode>("mode");
        QTest::addColumn<bool>("advertised");
        QTest::addColumn<bool>("sent");
        QTest::newRow("auto, not advertised") << DsnMode::Auto << false << false;
        QTest::newRow("auto, advertised") << DsnMode::Auto << true << true;
        QTest::newRow("force, not advertised") << DsnMode::Force << false << true;
        QTest::newRow("force, advertised") << DsnMode::Force << true << true;
    }
    void dsn()
    {
        QFETCH(DsnMode, mode);
        QFETCH(bool, advertised);
        QFETCH(bool, sent);
        SessionOptions o = baseOptions();
        o.dsnMode = mode;
        TestPlan plan(o);
        Capabilities caps;
        caps.dsn = advertised;
        plan.setCapabilities(caps);
        QCOMPARE(plan.sendsDsn(), sent);
        // DSN changes the commands, never the milestones.
        QCOMPARE(plan.milestones(), TestPlan(o).milestones());
    }

    void bdat_data()
    {
        QTest::addColumn<BdatMode>("mode");
        QTest::addColumn<bool>("offered");
        QTest::addColumn<bool>("sent");
        QTest::newRow("off, offered") << BdatMode::Off << true << false;
        QTest::newRow("auto, not offered") << BdatMode::Auto << false << false;
        QTest::newRow("auto, offered") << BdatMode::Auto << true << true;
        QTest::newRow("force, not offered") << BdatMode::Force << false << true;
    }
    void bdat()
    {
        QFETCH(BdatMode, mode);
        QFETCH(bool, offered);
        QFETCH(bool, sent);
        SessionOptions o = baseOptions();
        o.bdat = mode;
        TestPlan plan(o);
        Capabilities caps;
        caps.chunking = offered;
        plan.setCapabilities(caps);
        QCOMPARE(plan.sendsBdat(), sent);
        // A BDAT chunk is answered with 250, not 354.
        for (const PlannedMilestone &m : plan.milestones()) {
            if (m.kind == MilestoneKind::Data)
                QCOMPARE(m.expected, sent ? QStringLiteral("250") : QStringLiteral("354"));
        }
    }
};

QTEST_GUILESS_MAIN(TstTestPlan)
#include "tst_testplan.moc"
