#include "scriptedsmtpserver.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace mailflow::test;

namespace {

/** A plain QTcpSocket client standing in for the code under test. */
class Client
{
public:
    bool connectTo(quint16 port)
    {
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), port);
        return socket.waitForConnected(5000);
    }
    /** The next line with its line end, or empty after timeoutMs. */
    QByteArray readLine(int timeoutMs = 5000)
    {
        (void)QTest::qWaitFor(
            [this] { return socket.canReadLine() || socket.state() != QAbstractSocket::ConnectedState; }, timeoutMs);
        return socket.canReadLine() ? socket.readLine() : QByteArray();
    }
    /** All bytes until the server closes the connection. */
    QByteArray readUntilClosed(int timeoutMs = 5000)
    {
        QByteArray all;
        (void)QTest::qWaitFor(
            [&] {
                all += socket.readAll();
                return socket.state() == QAbstractSocket::UnconnectedState;
            },
            timeoutMs);
        return all + socket.readAll();
    }
    void send(const QByteArray &bytes)
    {
        socket.write(bytes);
        socket.flush();
    }
    QTcpSocket socket;
};

QStringList conversation()
{
    return {
        QStringLiteral("S: 220 fake.test ESMTP"),
        QStringLiteral("C: ~EHLO \\S+"),
        QStringLiteral("S: 250-fake.test"),
        QStringLiteral("S: 250 8BITMIME"),
        QStringLiteral("C: MAIL FROM:<a@b.test>"),
        QStringLiteral("S: 250 2.1.0 Ok"),
        QStringLiteral("C: RCPT TO:<c@d.test>"),
        QStringLiteral("S: 250 2.1.5 Ok"),
        QStringLiteral("C: DATA"),
        QStringLiteral("S: 354 go ahead"),
        QStringLiteral("D:"),
        QStringLiteral("S: 250 2.0.0 Ok: queued as 42"),
        QStringLiteral("C: QUIT"),
        QStringLiteral("S: 221 2.0.0 Bye"),
        QStringLiteral("X:"),
    };
}

} // namespace

class TestScriptedSmtpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullConversation()
    {
        ScriptedSmtpServer server;
        server.setScript(conversation());
        const quint16 port = server.start();
        QVERIFY(port != 0);
        QCOMPARE(server.address(), QHostAddress(QHostAddress::LocalHost));
        QSignalSpy finished(&server, &ScriptedSmtpServer::scriptFinished);
        Client c;
        QVERIFY(c.connectTo(port));
        QCOMPARE(c.readLine(), QByteArray("220 fake.test ESMTP\r\n"));
        c.send("EHLO client.example\r\n");
        QCOMPARE(c.readLine(), QByteArray("250-fake.test\r\n"));
        QCOMPARE(c.readLine(), QByteArray("250 8BITMIME\r\n"));
        c.send("MAIL FROM:<a@b.test>\r\n");
        QCOMPARE(c.readLine(), QByteArray("250 2.1.0 Ok\r\n"));
        c.send("RCPT TO:<c@d.test>\r\n");
        QCOMPARE(c.readLine(), QByteArray("250 2.1.5 Ok\r\n"));
        c.send("DATA\r\n");
        QCOMPARE(c.readLine(), QByteArray("354 go ahead\r\n"));
        QVERIFY(!server.finishedScript());
        c.send("Subject: hi\r\n\r\n..leading dot\r\n");
        c.send("last line\r\n.\r\n");
        QCOMPARE(c.readLine(), QByteArray("250 2.0.0 Ok: queued as 42\r\n"));
        c.send("QUIT\r\n");
        QCOMPARE(c.readLine(), QByteArray("221 2.0.0 Bye\r\n"));
        c.readUntilClosed();
        QCOMPARE(c.socket.state(), QAbstractSocket::UnconnectedState);
        MAILFLOW_VERIFY_SCRIPT(server);
        QCOMPARE(finished.size(), 1);
        const QByteArray body("Subject: hi\r\n\r\n..leading dot\r\nlast line\r\n");
        QCOMPARE(server.dataBodies(), QList<QByteArray> {body});
        QCOMPARE(server.dataBodySizes(), QList<qint64> {body.size()});
        QVERIFY(server.receivedData().startsWith("EHLO client.example\r\nMAIL FROM:<a@b.test>\r\n"));
        QVERIFY(server.receivedData().endsWith("last line\r\n.\r\nQUIT\r\n"));
        QCOMPARE(server.connectionCount(), 1);
        QVERIFY(server.failures().isEmpty());
    }

    void pipelinedCommandsAreTakenInOrder()
    {
        ScriptedSmtpServer server;
        server.setScript(conversation());
        Client c;
        QVERIFY(c.connectTo(server.start()));
        c.send("EHLO x\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\nDATA\r\nbody\r\n.\r\nQUIT\r\n");
        const QByteArray all = c.readUntilClosed();
        QCOMPARE(all,
                 QByteArray("220 fake.test ESMTP\r\n250-fake.test\r\n250 8BITMIME\r\n250 2.1.0 Ok\r\n"
                            "250 2.1.5 Ok\r\n354 go ahead\r\n250 2.0.0 Ok: queued as 42\r\n221 2.0.0 Bye\r\n"));
        MAILFLOW_VERIFY_SCRIPT(server);
        QCOMPARE(server.dataBodies(), QList<QByteArray> {"body\r\n"});
    }

    void mismatch_data()
    {
        QTest::addColumn<QString>("scriptLine");
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("exact") << QStringLiteral("C: MAIL FROM:<a@b.test>") << QByteArray("MAIL FROM: <a@b.test>\r\n")
                               << QStringLiteral("expected \"MAIL FROM:<a@b.test>\", got \"MAIL FROM: <a@b.test>\"");
        QTest::newRow("case matters") << QStringLiteral("C: QUIT") << QByteArray("quit\r\n")
                                      << QStringLiteral("expected \"QUIT\", got \"quit\"");
        QTest::newRow("regex") << QStringLiteral("C: ~EHLO \\S+") << QByteArray("HELO x\r\n")
                               << QStringLiteral("expected a match of /\\A(?:EHLO \\S+)\\z/, got \"HELO x\"");
        QTest::newRow("regex is anchored")
            << QStringLiteral("C: ~EHLO") << QByteArray("EHLO x\r\n") << QStringLiteral("got \"EHLO x\"");
    }
    void mismatch()
    {
        QFETCH(QString, scriptLine);
        QFETCH(QByteArray, sent);
        QFETCH(QString, expectedText);
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: 220 hi"), scriptLine, QStringLiteral("S: 250 ok")});
        QSignalSpy failed(&server, &ScriptedSmtpServer::failureRecorded);
        Client c;
        QVERIFY(c.connectTo(server.start()));
        QCOMPARE(c.readLine(), QByteArray("220 hi\r\n"));
        c.send(sent);
        QVERIFY(!server.waitForFinished(5000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(server.failures().size(), 1);
        const QString failure = server.failures().first();
        QVERIFY2(failure.contains(expectedText), qPrintable(failure));
        QVERIFY2(failure.contains(QStringLiteral("line 2")), qPrintable(failure));
        // The server drops the connection and never sends the next reply.
        QCOMPARE(c.readUntilClosed(), QByteArray());
        QVERIFY(!server.finishedScript());
        QVERIFY(!server.isComplete());
        QVERIFY2(server.report().contains(QStringLiteral("stopped at line 2")), qPrintable(server.report()));
        QCOMPARE(server.failures().size(), 1); // the drop itself is no second failure
    }

    void rawBytesAndEscapes()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("R: 250-bare\\n250 lf\\r\\n"),
                                      QStringLiteral("R: \\x41\\t\\\\\\0end"), QStringLiteral("X:")});
        Client c;
        QVERIFY(c.connectTo(server.start()));
        QCOMPARE(c.readUntilClosed(), QByteArray("250-bare\n250 lf\r\nA\t\\\0end", 24));
        MAILFLOW_VERIFY_SCRIPT(server);
    }

    void hugeLine()
    {
        const QString huge(5000, u'a');
        ScriptedSmtpServer server;
        server.setScript(
            QStringList {QStringLiteral("S: 220 ") + huge, QStringLiteral("C: ") + huge, QStringLiteral("X:")});
        Client c;
        QVERIFY(c.connectTo(server.start()));
        QCOMPARE(c.readLine().size(), 5006);
        c.send(huge.toLatin1() + "\r\n");
        c.readUntilClosed();
        MAILFLOW_VERIFY_SCRIPT(server);
    }

    void waitDelaysTheNextLine()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: 220 first"), QStringLiteral("W: 300"),
                                      QStringLiteral("S: 250 later"), QStringLiteral("X:")});
        Client c;
        QVERIFY(c.connectTo(server.start()));
        QCOMPARE(c.readLine(), QByteArray("220 first\r\n"));
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(c.readLine(), QByteArray("250 later\r\n"));
        QVERIFY2(clock.elapsed() >= 250, qPrintable(QString::number(clock.elapsed())));
        MAILFLOW_VERIFY_SCRIPT(server);
    }

    void dataBodies_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray(".\r\n") << QByteArray();
        QTest::newRow("one line") << QByteArray("x\r\n.\r\n") << QByteArray("x\r\n");
        QTest::newRow("dot-stuffed kept raw") << QByteArray("..\r\n...x\r\n.\r\n") << QByteArray("..\r\n...x\r\n");
        QTest::newRow("dot inside a line") << QByteArray("a.\r\n.b\r\n.\r\n") << QByteArray("a.\r\n.b\r\n");
    }
    void dataBodies()
    {
        QFETCH(QByteArray, sent);
        QFETCH(QByteArray, body);
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: 354 go"), QStringLiteral("D:"), QStringLiteral("S: 250 ok"),
                                      QStringLiteral("C: QUIT"), QStringLiteral("X:")});
        Client c;
        QVERIFY(c.connectTo(server.start()));
        QCOMPARE(c.readLine(), QByteArray("354 go\r\n"));
        // Byte by byte, so the terminator is split across reads.
        for (char ch : std::as_const(sent))
            c.send(QByteArray(1, ch));
        QCOMPARE(c.readLine(), QByteArray("250 ok\r\n"));
        c.send("QUIT\r\n");
        MAILFLOW_VERIFY_SCRIPT(server);
        QCOMPARE(server.dataBodies(), QList<QByteArray> {body});
    }

    void bdatChunksAreCountedBytes()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("C: BDAT 7"), QStringLiteral("B: 7"), QStringLiteral("S: 250 one"),
                                      QStringLiteral("C: BDAT 3 LAST"), QStringLiteral("B: 3"),
                                      QStringLiteral("S: 250 two"), QStringLiteral("X:")});
        Client c;
        QVERIFY(c.connectTo(server.start()));
        // A line end and a lone dot inside a chunk are bytes like any other.
        c.send("BDAT 7\r\n.\r\nab");
        c.send("\r\n");
        QCOMPARE(c.readLine(), QByteArray("250 one\r\n"));
        c.send("BDAT 3 LAST\r\nxyz");
        QCOMPARE(c.readLine(), QByteArray("250 two\r\n"));
        MAILFLOW_VERIFY_SCRIPT(server);
        QCOMPARE(server.dataBodies(), (QList<QByteArray> {QByteArray(".\r\nab\r\n"), QByteArray("xyz")}));
    }

    void discardedBodyIsCountedNotKept()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: 354 go"), QStringLiteral("D: discard"),
                                      QStringLiteral("S: 250 ok"), QStringLiteral("X:")});
        Client c;
        QVERIFY(c.connectTo(server.start()));
        QCOMPARE(c.readLine(), QByteArray("354 go\r\n"));
        const QByteArray line = QByteArray(998, 'x') + "\r\n";
        for (int i = 0; i < 1000; ++i)
            c.send(line);
        c.send(".\r\n");
        QCOMPARE(c.readLine(), QByteArray("250 ok\r\n"));
        MAILFLOW_VERIFY_SCRIPT(server);
        QCOMPARE(server.dataBodySizes(), QList<qint64> {1000000});
        QCOMPARE(server.dataBodies(), QList<QByteArray> {QByteArray()});
        QCOMPARE(server.receivedData(), QByteArray(".\r\n"));
    }

    void lineAfterEndOfScriptIsAFailure()
    {
        ScriptedSmtpServer server;
        server.setScript(
            QStringList {QStringLiteral("S: 220 hi"), QStringLiteral("C: QUIT"), QStringLiteral("S: 221 bye")});
        Client c;
        QVERIFY(c.connectTo(server.start()));
        c.send("QUIT\r\n");
        QCOMPARE(c.readLine(5000), QByteArray("220 hi\r\n"));
        QCOMPARE(c.readLine(5000), QByteArray("221 bye\r\n"));
        QVERIFY(server.finishedScript());
        QSignalSpy failed(&server, &ScriptedSmtpServer::failureRecorded);
        c.send("QUIT\r\n");
        QVERIFY(failed.wait(5000));
        QVERIFY2(server.failures().first().contains(QStringLiteral("after the end of the script: \"QUIT\"")),
                 qPrintable(server.report()));
        QVERIFY(!server.isComplete());
    }

    void clientClosingEarlyIsAFailure()
    {
        ScriptedSmtpServer server;
        server.setScript(conversation());
        Client c;
        QVERIFY(c.connectTo(server.start()));
        QCOMPARE(c.readLine(), QByteArray("220 fake.test ESMTP\r\n"));
        c.send("EHLO x\r\n");
        c.readLine();
        c.readLine();
        c.socket.disconnectFromHost();
        QVERIFY(!server.waitForFinished(5000));
        QCOMPARE(server.failures().size(), 1);
        QVERIFY2(server.failures().first().contains(QStringLiteral("closed before line 5 (C: MAIL FROM:<a@b.test>)")),
                 qPrintable(server.report()));
    }

    void clientClosingRightAfterLastLineIsFine()
    {
        // The client's QUIT and its close arrive together: the buffered line still completes the script.
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: 220 hi"), QStringLiteral("C: QUIT"), QStringLiteral("W: 100"),
                                      QStringLiteral("S: 221 bye")});
        Client c;
        QVERIFY(c.connectTo(server.start()));
        QCOMPARE(c.readLine(), QByteArray("220 hi\r\n"));
        c.send("QUIT\r\n");
        c.socket.disconnectFromHost();
        MAILFLOW_VERIFY_SCRIPT(server);
    }

    void bareLfFromClientIsAFailure()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("C: NOOP"), QStringLiteral("S: 250 ok")});
        Client c;
        QVERIFY(c.connectTo(server.start()));
        c.send("NOOP\n");
        QCOMPARE(c.readLine(), QByteArray("250 ok\r\n")); // the line matches, the line end does not
        QVERIFY(!server.waitForFinished(5000));
        QVERIFY2(server.failures().first().contains(QStringLiteral("bare LF")), qPrintable(server.report()));
    }

    void oneScriptPerConnection()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: 421 try later"), QStringLiteral("X:")});
        server.addScript(QStringList {QStringLiteral("S: 220 welcome back"), QStringLiteral("C: QUIT"),
                                      QStringLiteral("S: 221 bye"), QStringLiteral("X:")});
        const quint16 port = server.start();
        Client first;
        QVERIFY(first.connectTo(port));
        QCOMPARE(first.readUntilClosed(), QByteArray("421 try later\r\n"));
        QVERIFY(!server.finishedScript());
        QVERIFY2(server.report().contains(QStringLiteral("waiting for connection #2")), qPrintable(server.report()));
        Client second;
        QVERIFY(second.connectTo(port));
        QCOMPARE(second.readLine(), QByteArray("220 welcome back\r\n"));
        second.send("QUIT\r\n");
        QCOMPARE(second.readUntilClosed(), QByteArray("221 bye\r\n"));
        MAILFLOW_VERIFY_SCRIPT(server);
        QCOMPARE(server.connectionCount(), 2);

        Client third;
        QVERIFY(third.connectTo(port));
        QCOMPARE(third.readUntilClosed(), QByteArray());
        QTRY_COMPARE(server.failures().size(), 1);
        QVERIFY(server.failures().first().contains(QStringLiteral("unexpected connection #3")));
    }

    void secondConnectionWaitsForTheFirst()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: 220 one"), QStringLiteral("C: QUIT"), QStringLiteral("X:")});
        server.addScript(QStringList {QStringLiteral("S: 220 two"), QStringLiteral("X:")});
        const quint16 port = server.start();
        Client first;
        Client second;
        QVERIFY(first.connectTo(port));
        QCOMPARE(first.readLine(), QByteArray("220 one\r\n"));
        QVERIFY(second.connectTo(port)); // accepted by the kernel, served only after the first one
        QCOMPARE(second.readLine(300), QByteArray());
        first.send("QUIT\r\n");
        QCOMPARE(second.readLine(), QByteArray("220 two\r\n"));
        MAILFLOW_VERIFY_SCRIPT(server);
    }

    void scriptFromText()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringLiteral("# a comment\r\nS: 220 from text\r\n\r\nC: NOOP\nS: 250 ok\nX:\n"));
        QVERIFY(server.failures().isEmpty());
        Client c;
        QVERIFY(c.connectTo(server.start()));
        c.send("NOOP\r\n");
        QCOMPARE(c.readUntilClosed(), QByteArray("220 from text\r\n250 ok\r\n"));
        MAILFLOW_VERIFY_SCRIPT(server);
    }

    void badScriptLines_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("why");
        QTest::newRow("unknown directive") << QStringLiteral("Q: what") << QStringLiteral("unknown directive");
        QTest::newRow("no colon") << QStringLiteral("S 220") << QStringLiteral("not a script line");
        QTest::newRow("bad wait") << QStringLiteral("W: soon") << QStringLiteral("milliseconds");
        QTest::newRow("bad byte count") << QStringLiteral("B: many") << QStringLiteral("byte count");
        QTest::newRow("bad escape") << QStringLiteral("R: \\q") << QStringLiteral("malformed escape");
        QTest::newRow("short hex") << QStringLiteral("R: \\x4") << QStringLiteral("malformed escape");
        QTest::newRow("bad regex") << QStringLiteral("C: ~(") << QStringLiteral("invalid regular expression");
    }
    void badScriptLines()
    {
        QFETCH(QString, line);
        QFETCH(QString, why);
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: 220 hi"), line});
        QCOMPARE(server.failures().size(), 1);
        QVERIFY2(server.failures().first().contains(QStringLiteral("script 1 line 2")), qPrintable(server.report()));
        QVERIFY2(server.failures().first().contains(why), qPrintable(server.report()));
    }

    void nothingHappensWithoutAClient()
    {
        ScriptedSmtpServer server;
        server.setScript(conversation());
        QVERIFY(server.start() != 0);
        QVERIFY(!server.waitForFinished(100));
        QVERIFY(!server.isComplete());
        QVERIFY(server.report().contains(QStringLiteral("waiting for connection #1")));
    }
};

QTEST_GUILESS_MAIN(TestScriptedSmtpServer)
#include "tst_scriptedsmtpserver.moc"
