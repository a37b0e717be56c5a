#include "aiosmtpdfixture.h"
#include "smtplineclient.h"
#include "smtpsinkfixture.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow::test;

namespace {

int code(const QByteArray &reply)
{
    return SmtpLineClient::replyCode(reply);
}

/** "MAIL FROM" ... "RCPT TO" up to the reply to RCPT; returns that reply. */
QByteArray envelope(SmtpLineClient &c, const QByteArray &rcpt = "RCPT TO:<u@example.test>")
{
    if (code(c.command("MAIL FROM:<a@example.test>")) != 250)
        return "MAIL refused";
    return c.command(rcpt);
}

} // namespace

class TestFixtures : public QObject
{
    Q_OBJECT
private:
    static void addLoopbackRows()
    {
        QTest::addColumn<QString>("address");
        QTest::newRow("127.0.0.2") << QStringLiteral("127.0.0.2");
        QTest::newRow("::1") << QStringLiteral("::1");
    }

private Q_SLOTS:
    // ---- smtp-sink ---------------------------------------------------------------------------------
    void smtpSinkFullConversation()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        QVERIFY(sink.isRunning());
        QVERIFY(sink.port() != 0);
        QCOMPARE(sink.host(), QStringLiteral("127.0.0.1"));
        SmtpLineClient c;
        QVERIFY(c.connectTo(sink.host(), sink.port()));
        QCOMPARE(c.readReply(), QByteArray("220 smtp-sink ESMTP\r\n"));
        const QByteArray ehlo = c.command("EHLO client.test");
        QVERIFY2(ehlo.startsWith("250-smtp-sink\r\n") && ehlo.contains("250-DSN\r\n"), ehlo.constData());
        QCOMPARE(code(c.command("MAIL FROM:<a@example.test>")), 250);
        QCOMPARE(code(c.command("RCPT TO:<u@example.test> NOTIFY=SUCCESS,FAILURE")), 250);
        QCOMPARE(code(c.command("DATA")), 354);
        c.sendRaw("Subject: t\r\n\r\nhello\r\n");
        QCOMPARE(code(c.command(".")), 250);
        QCOMPARE(code(c.command("QUIT")), 221);
        c.readUntilClosed();
        QVERIFY(!c.isConnected());
    }

    void smtpSinkSwitches_data()
    {
        QTest::addColumn<QStringList>("switches");
        QTest::addColumn<int>("ehloCode");
        QTest::addColumn<int>("rcptCode");
        QTest::newRow("none") << QStringList {} << 250 << 250;
        QTest::newRow("-e no ESMTP") << QStringList {QStringLiteral("-e")} << 500 << 250;
        QTest::newRow("-f RCPT") << QStringList {QStringLiteral("-f"), QStringLiteral("RCPT")} << 250 << 500;
        QTest::newRow("-r RCPT") << QStringList {QStringLiteral("-r"), QStringLiteral("RCPT")} << 250 << 450;
        QTest::newRow("-f EHLO,MAIL list")
            << QStringList {QStringLiteral("-f"), QStringLiteral("EHLO,MAIL")} << 500 << 0;
    }
    void smtpSinkSwitches()
    {
        QFETCH(QStringList, switches);
        QFETCH(int, ehloCode);
        QFETCH(int, rcptCode);
        SmtpSinkFixture sink(switches);
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        SmtpLineClient c;
        QVERIFY(c.connectTo(sink.host(), sink.port()));
        QCOMPARE(code(c.readReply()), 220);
        QCOMPARE(code(c.command("EHLO client.test")), ehloCode);
        if (ehloCode != 250)
            QCOMPARE(code(c.command("HELO client.test")), 250);
        const QByteArray reply = envelope(c);
        if (rcptCode == 0)
            QCOMPARE(reply, QByteArray("MAIL refused"));
        else
            QCOMPARE(code(reply), rcptCode);
    }

    void smtpSinkDropsAfterData()
    {
        SmtpSinkFixture sink({QStringLiteral("-q"), QStringLiteral("DATA")});
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        SmtpLineClient c;
        QVERIFY(c.connectTo(sink.host(), sink.port()));
        QCOMPARE(code(c.readReply()), 220);
        QCOMPARE(code(c.command("EHLO client.test")), 250);
        QCOMPARE(code(envelope(c)), 250);
        c.send("DATA");
        QCOMPARE(c.readUntilClosed(), QByteArray()); // closed without a reply
        QVERIFY(!c.isConnected());
    }

    void smtpSinkOnAnotherLoopbackAddress_data() { addLoopbackRows(); }
    void smtpSinkOnAnotherLoopbackAddress()
    {
        QFETCH(QString, address);
        SmtpSinkFixture sink({}, QHostAddress(address));
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        QCOMPARE(sink.host(), address);
        SmtpLineClient c;
        QVERIFY(c.connectTo(sink.host(), sink.port()));
        QCOMPARE(c.socket().peerAddress(), QHostAddress(address));
        QCOMPARE(code(c.readReply()), 220);
        // Nothing listens on that port at 127.0.0.1.
        SmtpLineClient other;
        QVERIFY(!other.connectTo(QStringLiteral("127.0.0.1"), sink.port(), 2000));
    }

    void aiosmtpdOnAnotherLoopbackAddress_data() { addLoopbackRows(); }
    void aiosmtpdOnAnotherLoopbackAddress()
    {
        QFETCH(QString, address);
        AiosmtpdFixture server {QHostAddress(address)};
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QCOMPARE(server.host(), address);
        SmtpLineClient c;
        QVERIFY(c.connectTo(server.host(), server.port()));
        QCOMPARE(c.socket().peerAddress(), QHostAddress(address));
        QCOMPARE(code(c.readReply()), 220);
    }

    void smtpSinkDumpsMessages()
    {
        SmtpSinkFixture sink;
        sink.setDumpMessages(true);
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        QVERIFY(!sink.dumpDirectory().isEmpty());
        QVERIFY(sink.dumpedMessages().isEmpty());
        SmtpLineClient c;
        QVERIFY(c.connectTo(sink.host(), sink.port()));
        c.readReply();
        c.command("EHLO client.test");
        QCOMPARE(code(envelope(c, "RCPT TO:<u@example.test> NOTIFY=SUCCESS")), 250);
        QCOMPARE(code(c.command("DATA")), 354);
        c.sendRaw("Subject: dumped\r\n\r\n..stuffed line\r\n");
        QCOMPARE(code(c.command(".")), 250);
        const QList<QByteArray> messages = sink.dumpedMessages();
        QCOMPARE(messages.size(), 1);
        const QByteArray &m = messages.first();
        QVERIFY2(m.contains("X-Helo-Args: client.test\n"), m.constData());
        QVERIFY2(m.contains("X-Mail-Args: <a@example.test>\n"), m.constData());
        QVERIFY2(m.contains("X-Rcpt-Args: <u@example.test> NOTIFY=SUCCESS\n"), m.constData());
        QVERIFY2(m.contains("\nSubject: dumped\n\n.stuffed line\n"), m.constData());
    }

    void smtpSinkBadSwitchFailsToStart()
    {
        SmtpSinkFixture sink({QStringLiteral("-Z")});
        QVERIFY(!sink.start(5000));
        QVERIFY(!sink.isRunning());
        QVERIFY2(sink.errorString().contains(QStringLiteral("exited (attempt 1")), qPrintable(sink.errorString()));
    }

    void smtpSinkPortTaken_data()
    {
        QTest::addColumn<bool>("fallBack");
        QTest::newRow("fixed port: fails") << false;
        QTest::newRow("falls back to a free port") << true;
    }
    void smtpSinkPortTaken()
    {
        QFETCH(bool, fallBack);
        QTcpServer squatter; // answers connections too, so a bare connect probe would be fooled
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        SmtpSinkFixture sink;
        sink.setPort(squatter.serverPort(), fallBack);
        QCOMPARE(sink.start(), fallBack);
        if (!fallBack) {
            QVERIFY2(sink.errorString().contains(QStringLiteral("Address already in use")),
                     qPrintable(sink.errorString()));
            return;
        }
        QVERIFY(sink.port() != squatter.serverPort());
        SmtpLineClient c;
        QVERIFY(c.connectTo(sink.host(), sink.port()));
        QCOMPARE(c.readReply(), QByteArray("220 smtp-sink ESMTP\r\n"));
    }

    void smtpSinkOnAFixedPort()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        SmtpSinkFixture sink;
        sink.setPort(port);
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        QCOMPARE(sink.port(), port);
    }

    void smtpSinkStopsInDestructor()
    {
        quint16 port = 0;
        {
            SmtpSinkFixture sink;
            QVERIFY2(sink.start(), qPrintable(sink.errorString()));
            port = sink.port();
        }
        SmtpLineClient c;
        QVERIFY(!c.connectTo(QStringLiteral("127.0.0.1"), port, 2000));
    }

    // ---- aiosmtpd ----------------------------------------------------------------------------------
    void aiosmtpdCustomReplies()
    {
        AiosmtpdFixture server;
        server.addReply(QStringLiteral("RCPT"), QStringLiteral("550 5.1.1 No such user"),
                        QStringLiteral("nobody@example.test"));
        server.addReply(QStringLiteral("RCPT"), QStringLiteral("451 4.7.1 Greylisted"),
                        QStringLiteral("grey@example.test"), 1);
        server.addReply(QStringLiteral("NOOP"), QStringLiteral("250-first\n250 second"));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QVERIFY(server.port() != 0);
        SmtpLineClient c;
        QVERIFY(c.connectTo(server.host(), server.port()));
        QCOMPARE(c.readReply(), QByteArray("220 aiosmtpd.test ESMTP Mailflow test server\r\n"));
        QCOMPARE(code(c.command("EHLO client.test")), 250);
        QCOMPARE(c.command("NOOP"), QByteArray("250-first\r\n250 second\r\n"));
        QCOMPARE(code(c.command("MAIL FROM:<a@example.test>")), 250);
        QCOMPARE(c.command("RCPT TO:<nobody@example.test>"), QByteArray("550 5.1.1 No such user\r\n"));
        QCOMPARE(c.command("RCPT TO:<NOBODY@example.test>"), QByteArray("550 5.1.1 No such user\r\n"));
        QCOMPARE(c.command("RCPT TO:<grey@example.test>"), QByteArray("451 4.7.1 Greylisted\r\n"));
        QCOMPARE(c.command("RCPT TO:<grey@example.test>"), QByteArray("250 OK\r\n")); // only once
        QCOMPARE(c.command("RCPT TO:<u@example.test>"), QByteArray("250 OK\r\n"));
        QCOMPARE(code(c.command("DATA")), 354);
        c.sendRaw("Subject: saved\r\n\r\n..one\r\ntwo\r\n");
        const QByteArray end = c.command(".");
        QVERIFY2(end.startsWith("250 2.0.0 Ok: queued as MAILFLOW0001"), end.constData());
        QCOMPARE(code(c.command("QUIT")), 221);

        const QList<ReceivedMessage> messages = server.messages();
        QCOMPARE(messages.size(), 1);
        const ReceivedMessage &m = messages.first();
        QCOMPARE(m.mailFrom, QStringLiteral("a@example.test"));
        QCOMPARE(m.rcptTos, (QStringList {QStringLiteral("grey@example.test"), QStringLiteral("u@example.test")}));
        QCOMPARE(m.helo, QStringLiteral("client.test"));
        QCOMPARE(m.peerAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(m.content, QByteArray("Subject: saved\r\n\r\n.one\r\ntwo\r\n"));
        QCOMPARE(m.reply, QString::fromLatin1(end.trimmed()));
        QVERIFY(!m.tls);
        QVERIFY(m.authUser.isEmpty());
    }

    void aiosmtpdGreetingDataAndClose_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<bool>("close");
        QTest::newRow("421 greeting, closed")
            << QStringLiteral("CONNECT") << QStringLiteral("421 4.3.2 Not now") << true;
        QTest::newRow("554 greeting, open")
            << QStringLiteral("CONNECT") << QStringLiteral("554 5.7.1 Go away") << false;
    }
    void aiosmtpdGreetingDataAndClose()
    {
        QFETCH(QString, command);
        QFETCH(QString, reply);
        QFETCH(bool, close);
        AiosmtpdFixture server;
        server.addReply(command, reply);
        if (close)
            server.addCloseAfter(command);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SmtpLineClient c;
        QVERIFY(c.connectTo(server.host(), server.port()));
        QCOMPARE(c.readReply(), reply.toLatin1() + "\r\n");
        if (close) {
            QCOMPARE(c.readUntilClosed(), QByteArray());
        } else {
            QCOMPARE(code(c.command("QUIT")), 221);
        }
    }

    void aiosmtpdRefusesAtDataAndEndOfData()
    {
        AiosmtpdFixture server;
        server.addReply(QStringLiteral("DATA"), QStringLiteral("554 5.5.1 No valid recipients"), {}, 1);
        server.addReply(QStringLiteral("EOM"), QStringLiteral("552 5.3.4 Message too big"));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SmtpLineClient c;
        QVERIFY(c.connectTo(server.host(), server.port()));
        c.readReply();
        c.command("EHLO client.test");
        QCOMPARE(code(envelope(c)), 250);
        QCOMPARE(c.command("DATA"), QByteArray("554 5.5.1 No valid recipients\r\n"));
        QCOMPARE(code(c.command("DATA")), 354);
        c.sendRaw("x\r\n");
        QCOMPARE(c.command("."), QByteArray("552 5.3.4 Message too big\r\n"));
        QTRY_COMPARE(server.messages().size(), 1); // saved all the same, with the reply it got
        QCOMPARE(server.messages().first().reply, QStringLiteral("552 5.3.4 Message too big"));
    }

    void aiosmtpdDsn()
    {
        AiosmtpdFixture plain;
        QVERIFY2(plain.start(), qPrintable(plain.errorString()));
        SmtpLineClient c;
        QVERIFY(c.connectTo(plain.host(), plain.port()));
        c.readReply();
        QVERIFY(!c.command("EHLO client.test").contains("DSN"));
        QCOMPARE(code(c.command("MAIL FROM:<a@example.test>")), 250);
        QCOMPARE(code(c.command("RCPT TO:<u@example.test> NOTIFY=SUCCESS")), 555); // aiosmtpd alone

        AiosmtpdFixture dsn;
        dsn.setDsn(true);
        QVERIFY2(dsn.start(), qPrintable(dsn.errorString()));
        SmtpLineClient d;
        QVERIFY(d.connectTo(dsn.host(), dsn.port()));
        d.readReply();
        QVERIFY(d.command("EHLO client.test").contains("250-DSN\r\n"));
        QCOMPARE(code(d.command("MAIL FROM:<a@example.test> RET=HDRS ENVID=abc123")), 250);
        QCOMPARE(code(d.command("RCPT TO:<u@example.test> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;u@example.test")), 250);
        QCOMPARE(code(d.command("RCPT TO:<v@example.test>")), 250);
        QCOMPARE(code(d.command("DATA")), 354);
        d.sendRaw("x\r\n");
        QCOMPARE(code(d.command(".")), 250);
        const QList<ReceivedMessage> messages = dsn.messages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().mailOptions,
                 (QStringList {QStringLiteral("RET=HDRS"), QStringLiteral("ENVID=abc123")}));
        const QList<QStringList> rcptOptions {
            {QStringLiteral("NOTIFY=SUCCESS,FAILURE"), QStringLiteral("ORCPT=rfc822;u@example.test")}, {}};
        QCOMPARE(messages.first().rcptOptions, rcptOptions);
    }

    void aiosmtpdAuthWithoutTls()
    {
        AiosmtpdFixture server;
        server.setAuth(QStringLiteral("helpdesk"), QStringLiteral("s3cret"), true, true);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SmtpLineClient c;
        QVERIFY(c.connectTo(server.host(), server.port()));
        c.readReply();
        QVERIFY(c.command("EHLO client.test").contains("250-AUTH LOGIN PLAIN\r\n"));
        QCOMPARE(code(c.command("MAIL FROM:<a@example.test>")), 530); // AUTH required first
        QCOMPARE(code(c.command("AUTH PLAIN " + QByteArray("\0helpdesk\0wrong", 15).toBase64())), 535);
        QCOMPARE(code(c.command("AUTH PLAIN " + QByteArray("\0helpdesk\0s3cret", 16).toBase64())), 235);
        QCOMPARE(code(c.command("MAIL FROM:<a@example.test>")), 250);
        QCOMPARE(code(c.command("RCPT TO:<u@example.test>")), 250);
        QCOMPARE(code(c.command("DATA")), 354);
        c.sendRaw("x\r\n");
        QCOMPARE(code(c.command(".")), 250);
        QCOMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().authUser, QStringLiteral("helpdesk"));
    }

    void aiosmtpdStartTlsAndAuth()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString cert = dir.filePath(QStringLiteral("cert.pem"));
        const QString key = dir.filePath(QStringLiteral("key.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), key,
                       QStringLiteral("-out"), cert, QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
        QVERIFY(openssl.waitForFinished(30000));
        QCOMPARE(openssl.exitCode(), 0);

        AiosmtpdFixture server;
        server.setTls(cert, key, true);
        server.setAuth(QStringLiteral("helpdesk"), QStringLiteral("s3cret"));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SmtpLineClient c;
        QVERIFY(c.connectTo(server.host(), server.port()));
        c.readReply();
        const QByteArray before = c.command("EHLO client.test");
        QVERIFY2(before.contains("250-STARTTLS\r\n") && !before.contains("AUTH"), before.constData());
        QCOMPARE(code(c.command("MAIL FROM:<a@example.test>")), 530); // STARTTLS required
        QCOMPARE(c.command("STARTTLS"), QByteArray("220 Ready to start TLS\r\n"));
        QVERIFY2(c.startTls(), qPrintable(c.socket().errorString()));
        const QByteArray after = c.command("EHLO client.test");
        QVERIFY2(after.contains("250-AUTH LOGIN PLAIN\r\n") && !after.contains("STARTTLS"), after.constData());
        QCOMPARE(code(c.command("AUTH PLAIN " + QByteArray("\0helpdesk\0s3cret", 16).toBase64())), 235);
        QCOMPARE(code(envelope(c)), 250);
        QCOMPARE(code(c.command("DATA")), 354);
        c.sendRaw("secret\r\n");
        QCOMPARE(code(c.command(".")), 250);
        QCOMPARE(server.messages().size(), 1);
        QVERIFY(server.messages().first().tls);
        QCOMPARE(server.messages().first().authUser, QStringLiteral("helpdesk"));
    }

    void aiosmtpdBadArgumentFailsToStart()
    {
        AiosmtpdFixture server;
        server.setExtraArguments({QStringLiteral("--no-such-option")});
        QVERIFY(!server.start());
        QVERIFY2(server.errorString().contains(QStringLiteral("exited before it was ready")),
                 qPrintable(server.errorString()));
        QVERIFY2(server.errorString().contains(QStringLiteral("unrecognized arguments")),
                 qPrintable(server.errorString()));
    }

    void aiosmtpdStopsInDestructor()
    {
        quint16 port = 0;
        {
            AiosmtpdFixture server;
            QVERIFY2(server.start(), qPrintable(server.errorString()));
            port = server.port();
        }
        SmtpLineClient c;
        QVERIFY(!c.connectTo(QStringLiteral("127.0.0.1"), port, 2000));
    }
};

QTEST_GUILESS_MAIN(TestFixtures)
#include "tst_fixtures.moc"
