#include "faketransport.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {

/** Logs the transport's signals in the order they come, e.g. "trying 127.0.0.1:25", "connected". */
class Recorder : public QObject
{
public:
    explicit Recorder(Transport *t)
    {
        connect(t, &Transport::trying, this, [this](const QHostAddress &a, quint16 p) {
            log << QStringLiteral("trying %1:%2").arg(a.toString()).arg(p);
        });
        connect(t, &Transport::attemptFailed, this, [this](const QHostAddress &a, quint16 p, const QString &why) {
            log << QStringLiteral("attemptFailed %1:%2 %3").arg(a.toString()).arg(p).arg(why);
        });
        connect(t, &Transport::connected, this, [this] { log << QStringLiteral("connected"); });
        connect(t, &Transport::encrypted, this, [this] { log << QStringLiteral("encrypted"); });
        connect(t, &Transport::dataReceived, this,
                [this](const QByteArray &d) { log << QStringLiteral("data ") + QString::fromLatin1(d); });
        connect(t, &Transport::bytesWritten, this, [this](qint64 n) { log << QStringLiteral("written %1").arg(n); });
        connect(t, &Transport::disconnected, this, [this] { log << QStringLiteral("disconnected"); });
        connect(t, &Transport::errorOccurred, this, [this](Transport::Error e, const QString &message) {
            log << QStringLiteral("error %1 %2")
                       .arg(QString::fromLatin1(QMetaEnum::fromType<Transport::Error>().valueToKey(int(e))), message);
        });
    }
    QStringList log;
};

void connectNow(FakeTransport &t, quint16 port = 25)
{
    QSignalSpy spy(&t, &Transport::connected);
    t.connectToHost(QStringLiteral("mx.example.test"), port);
    QVERIFY(spy.wait(2000));
}

} // namespace

class TestFakeTransport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void connectSucceedsAsynchronously_data()
    {
        QTest::addColumn<QHostAddress>("peer");
        QTest::addColumn<quint16>("port");
        QTest::newRow("ipv4") << QHostAddress(QStringLiteral("10.0.0.5")) << quint16(25);
        QTest::newRow("ipv6") << QHostAddress(QStringLiteral("2001:db8::25")) << quint16(587);
    }
    void connectSucceedsAsynchronously()
    {
        QFETCH(QHostAddress, peer);
        QFETCH(quint16, port);
        FakeTransport t;
        Recorder r(&t);
        t.setConnectSucceeds(peer);
        t.connectToHost(QStringLiteral("mx.example.test"), port);
        QVERIFY2(r.log.isEmpty(), qPrintable(r.log.join(u", "))); // nothing inside the call
        QVERIFY(t.isConnecting());
        QVERIFY(!t.isConnected());
        QTRY_VERIFY(t.isConnected());
        const QStringList expected {QStringLiteral("trying %1:%2").arg(peer.toString()).arg(port),
                                    QStringLiteral("connected")};
        QCOMPARE(r.log, expected);
        QCOMPARE(t.peerAddress(), peer);
        QCOMPARE(t.peerPort(), port);
        QCOMPARE(t.lastHost(), QStringLiteral("mx.example.test"));
        QCOMPARE(t.connectCalls(), 1);
        QVERIFY(!t.localAddress().isNull());
    }

    void connectFails_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QList<QHostAddress>>("tried");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("host not found") << int(Transport::Error::HostNotFound) << QList<QHostAddress> {}
                                        << QStringList {QStringLiteral("error HostNotFound boom")};
        QTest::newRow("refused, two addresses")
            << int(Transport::Error::ConnectionRefused)
            << QList<QHostAddress> {QHostAddress(QStringLiteral("10.0.0.1")), QHostAddress(QStringLiteral("::1"))}
            << QStringList {QStringLiteral("trying 10.0.0.1:25"), QStringLiteral("attemptFailed 10.0.0.1:25 boom"),
                            QStringLiteral("trying ::1:25"), QStringLiteral("attemptFailed ::1:25 boom"),
                            QStringLiteral("error ConnectionRefused boom")};
        QTest::newRow("unreachable") << int(Transport::Error::NetworkUnreachable)
                                     << QList<QHostAddress> {QHostAddress(QStringLiteral("10.9.9.9"))}
                                     << QStringList {QStringLiteral("trying 10.9.9.9:25"),
                                                     QStringLiteral("attemptFailed 10.9.9.9:25 boom"),
                                                     QStringLiteral("error NetworkUnreachable boom")};
    }
    void connectFails()
    {
        QFETCH(int, error);
        QFETCH(QList<QHostAddress>, tried);
        QFETCH(QStringList, expected);
        FakeTransport t;
        Recorder r(&t);
        t.setConnectFails(Transport::Error(error), QStringLiteral("boom"), tried);
        QSignalSpy errors(&t, &Transport::errorOccurred);
        t.connectToHost(QStringLiteral("mx.example.test"), 25);
        QCOMPARE(errors.size(), 0);
        QVERIFY(errors.wait(2000));
        QCOMPARE(r.log, expected);
        QVERIFY(!t.isConnected());
        QVERIFY(!t.isConnecting());
        QCOMPARE(t.peerAddress(), QHostAddress());
    }

    void connectHangsUntilCompleted()
    {
        FakeTransport t;
        Recorder r(&t);
        t.setConnectHangs(QHostAddress(QStringLiteral("192.0.2.1")));
        QSignalSpy connected(&t, &Transport::connected);
        t.connectToHost(QStringLiteral("slow.test"), 25);
        QVERIFY(!connected.wait(100));
        QCOMPARE(r.log, QStringList {QStringLiteral("trying 192.0.2.1:25")});
        QVERIFY(t.isConnecting());
        t.completeConnect();
        QCOMPARE(connected.size(), 1);
        QVERIFY(t.isConnected());
        QCOMPARE(t.peerAddress(), QHostAddress(QStringLiteral("192.0.2.1")));
    }

    void hangingConnectCanFailOrBeAborted()
    {
        FakeTransport t;
        Recorder r(&t);
        t.setConnectHangs();
        t.connectToHost(QStringLiteral("slow.test"), 25);
        QTRY_COMPARE(r.log.size(), 1);
        t.failConnect(Transport::Error::Other, QStringLiteral("timed out"));
        QCOMPARE(r.log.last(), QStringLiteral("error Other timed out"));
        QVERIFY(!t.isConnecting());

        // abort() while connecting: no connected() later, no disconnected() either.
        t.setConnectSucceeds();
        r.log.clear();
        t.connectToHost(QStringLiteral("mx.test"), 25);
        t.abort();
        QSignalSpy connected(&t, &Transport::connected);
        QVERIFY(!connected.wait(100));
        QVERIFY(r.log.isEmpty());
        QVERIFY(!t.isConnected());
    }

    void writesAreRecorded()
    {
        FakeTransport t;
        connectNow(t);
        QSignalSpy wrote(&t, &FakeTransport::wrote);
        t.write("EHLO client.test\r\n");
        t.write("MAIL FROM:<a@b.test>");
        t.write("\r\nRCPT TO:<c@d.test>\r\npartial");
        QCOMPARE(wrote.size(), 3);
        QCOMPARE(t.writes().size(), 3);
        QCOMPARE(t.writes().at(1), QByteArray("MAIL FROM:<a@b.test>"));
        QCOMPARE(t.written(), QByteArray("EHLO client.test\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<c@d.test>\r\npartial"));
        const QList<QByteArray> lines {"EHLO client.test", "MAIL FROM:<a@b.test>", "RCPT TO:<c@d.test>", "partial"};
        QCOMPARE(t.writtenLines(), lines);
        const QByteArray all = t.written();
        QCOMPARE(all.size(), 67);
        QCOMPARE(t.takeWritten(), all);
        QVERIFY(t.writes().isEmpty());
        QVERIFY(t.written().isEmpty());
        QCOMPARE(t.rejectedWrites(), 0);
    }

    void writeWhileDisconnectedIsRejected()
    {
        FakeTransport t;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not connected")));
        t.write("QUIT\r\n");
        QCOMPARE(t.rejectedWrites(), 1);
        QVERIFY(t.writes().isEmpty());
        QCOMPARE(t.bytesToWrite(), 0);
    }

    void autoDrainEmitsBytesWrittenLater()
    {
        FakeTransport t;
        connectNow(t);
        Recorder r(&t);
        t.write("0123456789");
        t.write("abcde");
        QCOMPARE(t.bytesToWrite(), 15); // not sent inside write()
        QVERIFY(r.log.isEmpty());
        QTRY_COMPARE(t.bytesToWrite(), 0);
        QCOMPARE(r.log, QStringList {QStringLiteral("written 15")}); // one send per event loop pass
    }

    void backPressureWithoutAutoDrain()
    {
        FakeTransport t;
        connectNow(t);
        t.setAutoDrain(false);
        QSignalSpy written(&t, &Transport::bytesWritten);
        t.write(QByteArray(1000, 'x'));
        t.write(QByteArray(500, 'y'));
        QVERIFY(!written.wait(50));
        QCOMPARE(t.bytesToWrite(), 1500);
        QCOMPARE(t.drain(600), 600);
        QCOMPARE(written.size(), 1);
        QCOMPARE(written.at(0).at(0).toLongLong(), 600);
        QCOMPARE(t.bytesToWrite(), 900);
        QCOMPARE(t.drain(), 900);
        QCOMPARE(t.bytesToWrite(), 0);
        QCOMPARE(t.drain(), 0);
        QCOMPARE(written.size(), 2);

        t.write(QByteArray(42, 'z'));
        t.setAutoDrain(true); // pending bytes go out once the event loop runs
        QVERIFY(written.wait(2000));
        QCOMPARE(written.last().at(0).toLongLong(), 42);
        QCOMPARE(t.bytesToWrite(), 0);
    }

    void bytesWrittenSlotMayWriteMore()
    {
        // A streaming writer refills from bytesWritten; the fake must cope with writes from inside the signal.
        FakeTransport t;
        connectNow(t);
        int chunks = 0;
        QObject context;
        connect(&t, &Transport::bytesWritten, &context, [&] {
            if (++chunks < 5)
                t.write(QByteArray(100, 'b'));
        });
        t.write(QByteArray(100, 'a'));
        QTRY_COMPARE(chunks, 5);
        QCOMPARE(t.written().size(), 500);
        QCOMPARE(t.bytesToWrite(), 0);
    }

    void startTls_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<bool>("stillConnected");
        QTest::newRow("succeeds") << int(FakeTransport::Outcome::Succeed) << QStringList {QStringLiteral("encrypted")}
                                  << true << true;
        QTest::newRow("fails") << int(FakeTransport::Outcome::Fail)
                               << QStringList {QStringLiteral("error TlsFailed bad cert"),
                                               QStringLiteral("disconnected")}
                               << false << false;
    }
    void startTls()
    {
        QFETCH(int, outcome);
        QFETCH(QStringList, expected);
        QFETCH(bool, encrypted);
        QFETCH(bool, stillConnected);
        FakeTransport t;
        connectNow(t);
        t.setTlsOutcome(FakeTransport::Outcome(outcome), QStringLiteral("bad cert"));
        t.write("STARTTLS\r\n");
        QTRY_COMPARE(t.bytesToWrite(), 0);
        Recorder r(&t);
        t.startTls();
        QVERIFY(r.log.isEmpty()); // the handshake finishes later
        QCOMPARE(t.startTlsCalls(), 1);
        QTRY_COMPARE(r.log, expected);
        QCOMPARE(t.isEncrypted(), encrypted);
        QCOMPARE(t.isConnected(), stillConnected);
        QCOMPARE(t.writes().last(), FakeTransport::startTlsMarker());
        if (stillConnected)
            t.write("EHLO again\r\n");
        QList<QByteArray> lines {"STARTTLS", FakeTransport::startTlsMarker()};
        if (stillConnected)
            lines << "EHLO again";
        QCOMPARE(t.writtenLines(), lines);
    }

    void startTlsHangsUntilCompleted()
    {
        FakeTransport t;
        connectNow(t);
        t.setTlsOutcome(FakeTransport::Outcome::Hang);
        QSignalSpy encrypted(&t, &Transport::encrypted);
        t.startTls();
        QVERIFY(!encrypted.wait(100));
        t.completeTls();
        QCOMPARE(encrypted.size(), 1);
        QVERIFY(t.isEncrypted());
    }

    void injectReadDeliversAtOnce()
    {
        FakeTransport t;
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not connected")));
        QVERIFY(!t.injectRead("220 too early\r\n"));
        connectNow(t);
        Recorder r(&t);
        QVERIFY(t.injectRead("220 mx.test ESMTP\r\n"));
        QVERIFY(t.injectRead("250-a\r\n250 b\r\n"));
        QCOMPARE(
            r.log,
            (QStringList {QStringLiteral("data 220 mx.test ESMTP\r\n"), QStringLiteral("data 250-a\r\n250 b\r\n")}));
    }

    void remoteClose_data()
    {
        QTest::addColumn<bool>("withError");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("with error") << true
                                    << QStringList {QStringLiteral("error RemoteClosed gone"),
                                                    QStringLiteral("disconnected")};
        QTest::newRow("quietly") << false << QStringList {QStringLiteral("disconnected")};
    }
    void remoteClose()
    {
        QFETCH(bool, withError);
        QFETCH(QStringList, expected);
        FakeTransport t;
        connectNow(t);
        t.setAutoDrain(false);
        t.write("DATA\r\n");
        Recorder r(&t);
        t.simulateRemoteClose(withError, QStringLiteral("gone"));
        QCOMPARE(r.log, expected);
        QVERIFY(!t.isConnected());
        QCOMPARE(t.bytesToWrite(), 0);
        QCOMPARE(t.peerAddress(), QHostAddress());
    }

    void errorSlotThatAbortsGetsOneDisconnected()
    {
        FakeTransport t;
        connectNow(t);
        QObject context;
        connect(&t, &Transport::errorOccurred, &context, [&] { t.abort(); });
        QSignalSpy disconnected(&t, &Transport::disconnected);
        t.simulateError(Transport::Error::NetworkUnreachable, QStringLiteral("net down"));
        QCOMPARE(disconnected.size(), 1);
        QCOMPARE(t.abortCalls(), 1);
    }

    void disconnectWaitsForPendingData()
    {
        FakeTransport t;
        connectNow(t);
        t.setAutoDrain(false);
        QSignalSpy disconnected(&t, &Transport::disconnected);
        t.write("QUIT\r\n");
        t.disconnectFromHost();
        QCOMPARE(disconnected.size(), 0);
        QVERIFY(t.isConnected());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("not connected")));
        t.write("late"); // a closing socket takes no more data
        QCOMPARE(t.rejectedWrites(), 1);
        t.drain(3);
        QCOMPARE(disconnected.size(), 0);
        t.drain();
        QCOMPARE(disconnected.size(), 1);
        QVERIFY(!t.isConnected());
        QCOMPARE(t.disconnectCalls(), 1);
    }

    void disconnectAfterAutoDrain()
    {
        FakeTransport t;
        connectNow(t);
        Recorder r(&t);
        t.write("QUIT\r\n");
        t.disconnectFromHost();
        QVERIFY(r.log.isEmpty());
        QTRY_COMPARE(r.log, (QStringList {QStringLiteral("written 6"), QStringLiteral("disconnected")}));
        QVERIFY(!t.isConnected());
    }

    void disconnectWithNothingPendingIsImmediate()
    {
        // Like QAbstractSocket::disconnectFromHost(): disconnected() comes inside the call.
        FakeTransport t;
        connectNow(t);
        QSignalSpy disconnected(&t, &Transport::disconnected);
        t.disconnectFromHost();
        QCOMPARE(disconnected.size(), 1);
    }

    void abortDropsPendingData()
    {
        FakeTransport t;
        connectNow(t);
        Recorder r(&t);
        t.write("MAIL FROM:<>\r\n");
        t.abort();
        QCOMPARE(r.log, QStringList {QStringLiteral("disconnected")});
        QCOMPARE(t.bytesToWrite(), 0);
        QSignalSpy written(&t, &Transport::bytesWritten);
        QVERIFY(!written.wait(50)); // the drain queued before abort() must not fire
    }

    void reconnectAfterClose()
    {
        FakeTransport t;
        connectNow(t);
        t.simulateRemoteClose(false);
        t.setConnectSucceeds(QHostAddress(QStringLiteral("127.0.0.2")));
        connectNow(t, 2525);
        QCOMPARE(t.connectCalls(), 2);
        QCOMPARE(t.peerAddress(), QHostAddress(QStringLiteral("127.0.0.2")));
        QCOMPARE(t.peerPort(), quint16(2525));
        QVERIFY(!t.isEncrypted());
    }
};

QTEST_GUILESS_MAIN(TestFakeTransport)
#include "tst_faketransport.moc"
