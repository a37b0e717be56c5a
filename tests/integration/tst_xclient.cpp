// postfix's XCLIENT (XCLIENT_README): the command as it goes over the wire (xtext, the IPV6: prefix), the
// EHLO that must follow the server's new 220, a refusal explained, and a real postfix that takes the
// forged client for the real one (its log names it) or does not offer XCLIENT to an unlisted client.
#include "clirun.h"
#include "diagnosis/exitcodes.h"
#include "loopbacksession.h"
#include "postfixfixture.h"
#include "scriptedsmtpserver.h"
#include "sessionharness.h"
#include "smtp/testplan.h"
#include "smtp/xclient.h"
#include "testcertificates.h"

#include <QRegularExpression>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {

SessionOptions xclientOptions(quint16 port)
{
    SessionOptions o = loopbackSession(port);
    o.xclient = {{QStringLiteral("ADDR"), QStringLiteral("192.0.2.7")},
                 {QStringLiteral("NAME"), QStringLiteral("forged.example")}};
    return o;
}

const QString Greeting = QStringLiteral("S: 220 fake.test ESMTP\nC: EHLO client.test\n"
                                        "S: 250-fake.test\nS: 250-XCLIENT NAME ADDR PROTO HELO\nS: 250 8BITMIME\n");
const QString Command = QStringLiteral("C: XCLIENT ADDR=192.0.2.7 NAME=forged.example\n");
const QString Quit = QStringLiteral("C: QUIT\nS: 221 2.0.0 Bye\nX:\n");
const QString EhloAgain = QStringLiteral("S: 220 fake.test ESMTP again\nC: EHLO client.test\nS: 250-fake.test\n"
                                         "S: 250 8BITMIME\n");
const QString Envelope = QStringLiteral("C: MAIL FROM:<a@b.test>\nS: 250 2.1.0 Ok\nC: RCPT TO:<c@d.test>\n"
                                        "S: 250 2.1.5 Ok\nC: DATA\nS: 354 go\nD:\nS: 250 2.0.0 Ok: queued as 42\n");
const QString NoXclientGreeting = QStringLiteral("S: 220 fake.test ESMTP\nC: EHLO client.test\n"
                                                 "S: 250-fake.test\nS: 250 8BITMIME\n");

QList<MilestoneKind> plannedKinds(const SessionOptions &o)
{
    QList<MilestoneKind> kinds;
    for (const PlannedMilestone &m : TestPlan(o).milestones())
        kinds << m.kind;
    return kinds;
}

QString server(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

QStringList baseArguments(quint16 port)
{
    return {QStringLiteral("--server"),      server(port),           QStringLiteral("--from"),
            QStringLiteral("a@example.com"), QStringLiteral("--to"), QStringLiteral("anyone@postfix.test"),
            QStringLiteral("--tls"),         QStringLiteral("off"),  QStringLiteral("--ehlo"),
            QStringLiteral("client.test")};
}

} // namespace

class TstXclient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void xtextAndCommand()
    {
        QCOMPARE(Xclient::xtext(QStringLiteral("helo name=a+b")), QByteArray("helo+20name+3Da+2Bb"));
        QCOMPARE(Xclient::xtext(QStringLiteral("[UNAVAILABLE]")), QByteArray("[UNAVAILABLE]"));
        QCOMPARE(Xclient::xtext(QStringLiteral("ü")), QByteArray("+C3+BC"));
        QList<XclientAttribute> attributes;
        QString error;
        QVERIFY2(Xclient::parse(QStringLiteral("addr=2001:db8::7, helo=my host,port=4711"), &attributes, &error),
                 qPrintable(error));
        QCOMPARE(Xclient::command(attributes), QByteArray("XCLIENT ADDR=IPV6:2001:db8::7 HELO=my+20host PORT=4711"));
        QCOMPARE(Xclient::notOffered(attributes, {QStringLiteral("ADDR"), QStringLiteral("HELO")}),
                 QStringList {QStringLiteral("PORT")});
    }

    void severalCommands()
    {
        QList<XclientAttribute> attributes;
        QString error;
        QVERIFY2(Xclient::parse(QStringLiteral("HELO=h;ADDR=192.0.2.7,NAME=n"), &attributes, &error),
                 qPrintable(error));
        // A repeated --xclient adds to the last command; its own ";" starts another.
        QVERIFY2(Xclient::parse(QStringLiteral("PORT=25;NAME=other"), &attributes, &error), qPrintable(error));
        QCOMPARE(Xclient::commands(attributes),
                 (QList<QByteArray> {"XCLIENT HELO=h", "XCLIENT ADDR=192.0.2.7 NAME=n PORT=25", "XCLIENT NAME=other"}));
        QCOMPARE(Xclient::toText(attributes), QStringLiteral("HELO=h;ADDR=192.0.2.7,NAME=n,PORT=25;NAME=other"));
        QList<XclientAttribute> again;
        QVERIFY(Xclient::parse(Xclient::toText(attributes), &again, &error));
        QCOMPARE(again, attributes);
        QVERIFY(!Xclient::parse(QStringLiteral("NAME=a,NAME=b;HELO=c"), &again, &error));
        QVERIFY2(error.contains(u"given twice"), qPrintable(error));
    }

    void severalCommandsOneAfterAnother()
    {
        ScriptedSmtpServer fake;
        fake.setScript(Greeting + QStringLiteral("C: XCLIENT HELO=forged\nS: 220 fake.test ESMTP\n") + Command
                       + EhloAgain + Envelope + Quit);
        SessionOptions o = loopbackSession(fake.start());
        QString error;
        QVERIFY(Xclient::parse(QStringLiteral("HELO=forged;ADDR=192.0.2.7,NAME=forged.example"), &o.xclient, &error));
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        QCOMPARE(milestoneState(h.session, MilestoneKind::XClient), MilestoneState::Passed);
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
    }

    void optionalGoesOnWhenNotOffered_data()
    {
        QTest::addColumn<int>("requirement");
        QTest::newRow("optional") << int(XclientRequirement::Optional);
        QTest::newRow("optional-strict") << int(XclientRequirement::OptionalStrict);
    }

    void optionalGoesOnWhenNotOffered()
    {
        QFETCH(int, requirement);
        ScriptedSmtpServer fake;
        fake.setScript(NoXclientGreeting + Envelope + Quit);
        SessionOptions o = xclientOptions(fake.start());
        o.xclientPolicy.requirement = XclientRequirement(requirement);
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        const Milestone *row = findMilestone(h.session, MilestoneKind::XClient);
        QVERIFY(row);
        QCOMPARE(row->state, MilestoneState::Skipped);
        QVERIFY2(row->summary.contains(u"goes on without XCLIENT"), qPrintable(row->summary));
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Passed);
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
    }

    void refusalWithOptional_data()
    {
        QTest::addColumn<int>("requirement");
        QTest::addColumn<bool>("goesOn");
        QTest::newRow("optional: goes on") << int(XclientRequirement::Optional) << true;
        QTest::newRow("optional-strict: fails") << int(XclientRequirement::OptionalStrict) << false;
    }

    void refusalWithOptional()
    {
        QFETCH(int, requirement);
        QFETCH(bool, goesOn);
        ScriptedSmtpServer fake;
        fake.setScript(Greeting + Command + QStringLiteral("S: 550 5.7.0 Error: insufficient authorization\n")
                       + (goesOn ? Envelope : QString()) + Quit);
        SessionOptions o = xclientOptions(fake.start());
        o.xclientPolicy.requirement = XclientRequirement(requirement);
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        const Milestone *row = findMilestone(h.session, MilestoneKind::XClient);
        QVERIFY(row);
        QCOMPARE(row->reply.code, 550);
        QCOMPARE(row->state, goesOn ? MilestoneState::Warning : MilestoneState::Failed);
        QCOMPARE(exitCodeFor(*h.session.checklist()), goesOn ? int(ExitOk) : int(ExitXclient));
    }

    void noVerifySendsUnlistedAttributes()
    {
        ScriptedSmtpServer fake;
        fake.setScript(Greeting
                       + QStringLiteral("C: XCLIENT ADDR=192.0.2.7 NAME=forged.example LOGIN=someone\n"
                                        "S: 220 fake.test ESMTP\nC: EHLO client.test\nS: 250 fake.test\n")
                       + Quit);
        SessionOptions o = xclientOptions(fake.start());
        o.xclient << XclientAttribute {QStringLiteral("LOGIN"), QStringLiteral("someone")};
        o.xclientPolicy.noVerify = true;
        o.stopAfter = StopPoint::Xclient;
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        QCOMPARE(milestoneState(h.session, MilestoneKind::XClient), MilestoneState::Passed);
        QVERIFY(transcriptText(h.session).contains(u"sent anyway"));
        QVERIFY(!findMilestone(h.session, MilestoneKind::Mail));
    }

    void beforeStartTlsInThePlan()
    {
        SessionOptions o = xclientOptions(25);
        o.tls.mode = TlsMode::StartTls;
        using K = MilestoneKind;
        QCOMPARE(plannedKinds(o),
                 (QList<K> {K::Connect, K::Ehlo, K::StartTls, K::Tls, K::Ehlo, K::XClient, K::Mail, K::Rcpt, K::Data,
                            K::EndOfData, K::Quit}));
        o.xclientPolicy.beforeStartTls = true;
        QCOMPARE(plannedKinds(o),
                 (QList<K> {K::Connect, K::Ehlo, K::XClient, K::StartTls, K::Tls, K::Ehlo, K::Mail, K::Rcpt, K::Data,
                            K::EndOfData, K::Quit}));
        o.stopAfter = StopPoint::Xclient;
        QCOMPARE(plannedKinds(o), (QList<K> {K::Connect, K::Ehlo, K::XClient, K::Quit}));
        o.xclientPolicy.beforeStartTls = false;
        QCOMPARE(plannedKinds(o), (QList<K> {K::Connect, K::Ehlo, K::StartTls, K::Tls, K::Ehlo, K::XClient, K::Quit}));
    }

    void cliOptionsChecked_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("optional without --xclient") << QStringList {QStringLiteral("--xclient-optional")}
                                                    << QStringLiteral("--xclient-optional needs --xclient");
        QTest::newRow("both optional") << QStringList {QStringLiteral("--xclient"), QStringLiteral("NAME=x"),
                                                       QStringLiteral("--xclient-optional"),
                                                       QStringLiteral("--xclient-optional-strict")}
                                       << QStringLiteral("not both");
        QTest::newRow("quit after xclient without it")
            << QStringList {QStringLiteral("--quit-after"), QStringLiteral("xclient")}
            << QStringLiteral("needs --xclient");
        QTest::newRow("stops before it") << QStringList {QStringLiteral("--xclient"), QStringLiteral("NAME=x"),
                                                         QStringLiteral("--drop-after"), QStringLiteral("ehlo")}
                                         << QStringLiteral("never reaches it");
    }

    void cliOptionsChecked()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = runCli(baseArguments(2525) << arguments);
        QVERIFY2(r.finished && r.exitCode == ExitBadInput, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(message.toUtf8()), qPrintable(describe(r)));
    }

    void badAttributesRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown name") << QStringLiteral("COLOR=blue") << QStringLiteral("unknown attribute COLOR");
        QTest::newRow("no value") << QStringLiteral("NAME=") << QStringLiteral("NAME needs a value");
        QTest::newRow("not an address") << QStringLiteral("ADDR=mail.example") << QStringLiteral("IP address");
        QTest::newRow("port") << QStringLiteral("PORT=70000") << QStringLiteral("port number");
        QTest::newRow("proto") << QStringLiteral("PROTO=HTTP") << QStringLiteral("SMTP or ESMTP");
        QTest::newRow("twice") << QStringLiteral("NAME=a,NAME=b") << QStringLiteral("given twice");
        QTest::newRow("no =") << QStringLiteral("NAME") << QStringLiteral("not NAME=VALUE");
    }

    void badAttributesRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        QList<XclientAttribute> attributes;
        QString error;
        QVERIFY(!Xclient::parse(text, &attributes, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        const CliResult r = runCli(baseArguments(2525) << QStringLiteral("--xclient") << text);
        QVERIFY2(r.finished && r.exitCode == ExitBadInput, qPrintable(describe(r)));
        QVERIFY2(r.err.contains("--xclient: "), qPrintable(describe(r)));
    }

    void sentAfterEhloThenEhloAgain()
    {
        ScriptedSmtpServer fake;
        fake.setScript(Greeting + Command
                       + QStringLiteral("S: 220 fake.test ESMTP again\nC: EHLO client.test\nS: 250-fake.test\n"
                                        "S: 250 8BITMIME\nC: MAIL FROM:<a@b.test>\nS: 250 2.1.0 Ok\n"
                                        "C: RCPT TO:<c@d.test>\nS: 250 2.1.5 Ok\nC: DATA\nS: 354 go\nD:\n"
                                        "S: 250 2.0.0 Ok: queued as 42\n")
                       + Quit);
        SessionHarness h;
        h.session.setOptions(xclientOptions(fake.start()));
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        const Milestone *row = findMilestone(h.session, MilestoneKind::XClient);
        QVERIFY(row);
        QCOMPARE(row->state, MilestoneState::Passed);
        QCOMPARE(row->reply.code, 220);
        QVERIFY2(row->summary.contains(u"EHLO again: 250"), qPrintable(row->summary));
        QVERIFY(transcriptText(h.session).contains(u"C: XCLIENT ADDR=192.0.2.7 NAME=forged.example"));
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Passed);
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
    }

    void refusalExplained()
    {
        ScriptedSmtpServer fake;
        fake.setScript(Greeting + Command + QStringLiteral("S: 550 5.7.0 Error: insufficient authorization\n") + Quit);
        SessionHarness h;
        h.session.setOptions(xclientOptions(fake.start()));
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        const Milestone *row = findMilestone(h.session, MilestoneKind::XClient);
        QVERIFY(row);
        QCOMPARE(row->state, MilestoneState::Failed);
        QCOMPARE(row->reply.code, 550);
        QVERIFY2(row->diagnosis.meaning.contains(u"smtpd_authorized_xclient_hosts"),
                 qPrintable(row->diagnosis.meaning));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Mail, QStringLiteral("a@b.test")), MilestoneState::Skipped);
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitXclient));
    }

    void attributeNotOfferedIsNotSent()
    {
        ScriptedSmtpServer fake;
        fake.setScript(Greeting + Quit);
        SessionOptions o = xclientOptions(fake.start());
        o.xclient << XclientAttribute {QStringLiteral("LOGIN"), QStringLiteral("someone")};
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        const Milestone *row = findMilestone(h.session, MilestoneKind::XClient);
        QVERIFY(row);
        QCOMPARE(row->state, MilestoneState::Failed);
        QVERIFY2(row->summary.contains(u"not LOGIN"), qPrintable(row->summary));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitXclient));
    }

    void realPostfixTakesTheForgedClient()
    {
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.errorString()));
        PostfixFixture postfix;
        postfix.setExtraConfig(QStringLiteral("smtpd_authorized_xclient_hosts = 127.0.0.0/8\n"));
        QVERIFY2(postfix.start(certs.valid().certificate, certs.valid().key), qPrintable(postfix.errorString()));
        const CliResult r
            = runCli(baseArguments(postfix.port())
                     << QStringLiteral("--xclient") << QStringLiteral("ADDR=192.0.2.7,NAME=forged.example")
                     << QStringLiteral("--xclient") << QStringLiteral("HELO=forged helo"));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r) + postfix.log()));
        QVERIFY2(r.out.contains("XCLIENT ADDR=192.0.2.7 NAME=forged.example HELO=forged+20helo"),
                 qPrintable(describe(r)));
        // postfix names the client of the queued message as XCLIENT gave it.
        QTRY_VERIFY2_WITH_TIMEOUT(postfix.log().contains(QStringLiteral("client=forged.example[192.0.2.7]")),
                                  qPrintable(postfix.log()), 10'000);
    }

    void realPostfixSeveralCommandsBeforeStartTls()
    {
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.errorString()));
        PostfixFixture postfix;
        postfix.setExtraConfig(QStringLiteral("smtpd_authorized_xclient_hosts = 127.0.0.0/8\n"));
        QVERIFY2(postfix.start(certs.valid().certificate, certs.valid().key), qPrintable(postfix.errorString()));
        QStringList arguments = baseArguments(postfix.port());
        arguments[arguments.indexOf(QStringLiteral("off"))] = QStringLiteral("starttls");
        arguments << QStringLiteral("--ca-file") << certs.caCertificate() << QStringLiteral("--xclient")
                  << QStringLiteral("HELO=forged.helo;ADDR=192.0.2.8,NAME=split.example")
                  << QStringLiteral("--xclient-before-starttls");
        const CliResult r = runCli(arguments);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r) + postfix.log()));
        const qsizetype first = r.out.indexOf("XCLIENT HELO=forged.helo");
        const qsizetype second = r.out.indexOf("XCLIENT ADDR=192.0.2.8 NAME=split.example");
        const qsizetype startTls = r.out.indexOf("C: STARTTLS");
        QVERIFY2(first >= 0 && second > first && startTls > second, qPrintable(describe(r)));
        QTRY_VERIFY2_WITH_TIMEOUT(postfix.log().contains(QStringLiteral("client=split.example[192.0.2.8]")),
                                  qPrintable(postfix.log()), 10'000);
    }

    void realPostfixQuitAfterXclient()
    {
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.errorString()));
        PostfixFixture postfix;
        postfix.setExtraConfig(QStringLiteral("smtpd_authorized_xclient_hosts = 127.0.0.0/8\n"));
        QVERIFY2(postfix.start(certs.valid().certificate, certs.valid().key), qPrintable(postfix.errorString()));
        const CliResult r
            = runCli(baseArguments(postfix.port()) << QStringLiteral("--xclient") << QStringLiteral("ADDR=192.0.2.7")
                                                   << QStringLiteral("--quit-after") << QStringLiteral("xclient"));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r) + postfix.log()));
        QVERIFY2(r.out.contains("C: XCLIENT ADDR=192.0.2.7"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("C: QUIT") && !r.out.contains("C: MAIL FROM"), qPrintable(describe(r)));
    }

    void realPostfixOptionalGoesOnWithout()
    {
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.errorString()));
        PostfixFixture postfix;
        QVERIFY2(postfix.start(certs.valid().certificate, certs.valid().key), qPrintable(postfix.errorString()));
        const CliResult r
            = runCli(baseArguments(postfix.port()) << QStringLiteral("--xclient") << QStringLiteral("ADDR=192.0.2.7")
                                                   << QStringLiteral("--xclient-optional"));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r) + postfix.log()));
        QVERIFY2(r.out.contains("goes on without XCLIENT"), qPrintable(describe(r)));
        QVERIFY2(!r.out.contains("C: XCLIENT"), qPrintable(describe(r)));
        // The client postfix names is the real one (its name is "unknown" or "localhost", as its resolver has it).
        static const QRegularExpression realClient(QStringLiteral(R"(: client=[^\[\s]*\[127\.0\.0\.1\])"));
        QTRY_VERIFY2_WITH_TIMEOUT(postfix.log().contains(realClient), qPrintable(postfix.log()), 10'000);
        QVERIFY2(!postfix.log().contains(QStringLiteral("192.0.2.7")), qPrintable(postfix.log()));
    }

    void realPostfixDoesNotOfferItToOthers()
    {
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.errorString()));
        PostfixFixture postfix;
        QVERIFY2(postfix.start(certs.valid().certificate, certs.valid().key), qPrintable(postfix.errorString()));
        const CliResult r
            = runCli(baseArguments(postfix.port()) << QStringLiteral("--xclient") << QStringLiteral("ADDR=192.0.2.7"));
        QVERIFY2(r.finished && r.exitCode == ExitXclient, qPrintable(describe(r) + postfix.log()));
        QVERIFY2(r.out.contains("does not offer XCLIENT"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("smtpd_authorized_xclient_hosts"), qPrintable(describe(r)));
        QVERIFY2(!r.out.contains("C: XCLIENT"), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TstXclient)
#include "tst_xclient.moc"
