// postfix's XCLIENT (XCLIENT_README): the command as it goes over the wire (xtext, the IPV6: prefix), the
// EHLO that must follow the server's new 220, a refusal explained, and a real postfix that takes the
// forged client for the real one (its log names it) or does not offer XCLIENT to an unlisted client.
#include "clirun.h"
#include "diagnosis/exitcodes.h"
#include "loopbacksession.h"
#include "postfixfixture.h"
#include "scriptedsmtpserver.h"
#include "sessionharness.h"
#include "smtp/xclient.h"
#include "testcertificates.h"

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
