// mailflow-cli's connection options: a SOCKS5 proxy (tests/support/socks5_proxy.py) in front of
// smtp-sink, the local address, -4/-6.
#include "aiosmtpdfixture.h"
#include "clirun.h"
#include "smtpsinkfixture.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow::test;

namespace {

QStringList envelope()
{
    return {QStringLiteral("--from"),        QStringLiteral("a@test.com"), QStringLiteral("--to"),
            QStringLiteral("u@example.com"), QStringLiteral("--ehlo"),     QStringLiteral("client.test")};
}

/** The test's SOCKS5 proxy on 127.0.0.1, with the CONNECT requests it logged. */
class Socks5Proxy
{
public:
    explicit Socks5Proxy(const QStringList &arguments = {})
    {
        m_process.start(AiosmtpdFixture::python(),
                        QStringList {testsDir() + QStringLiteral("/support/socks5_proxy.py")} + arguments);
    }
    ~Socks5Proxy()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }
    bool start()
    {
        while (m_port == 0 && m_process.waitForReadyRead(10'000)) {
            m_output += m_process.readAllStandardOutput();
            if (m_output.startsWith("ready ") && m_output.contains('\n'))
                m_port = quint16(m_output.mid(6, m_output.indexOf('\n') - 6).toUInt());
        }
        return m_port != 0;
    }
    quint16 port() const { return m_port; }
    QString address() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    /** The JSON lines logged after "ready". */
    QList<QJsonObject> requests()
    {
        m_output += m_process.readAllStandardOutput();
        QList<QJsonObject> out;
        const QList<QByteArray> lines = m_output.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).isEmpty())
                out << QJsonDocument::fromJson(lines.at(i)).object();
        }
        return out;
    }
    QByteArray errorOutput() { return m_process.readAllStandardError(); }

private:
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

} // namespace

class TestCliConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath())); }

    void throughSocks5Proxy()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        Socks5Proxy proxy;
        QVERIFY2(proxy.start(), proxy.errorOutput().constData());
        const CliResult r
            = runCli(QStringList {QStringLiteral("--server"), QStringLiteral("localhost:%1").arg(sink.port()),
                                  QStringLiteral("--socks5"), proxy.address()}
                     + envelope());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
        // The proxy was asked for the server by name (ATYP 3), without a login.
        const QList<QJsonObject> requests = proxy.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().value(QLatin1String("atyp")).toInt(), 3);
        QCOMPARE(requests.first().value(QLatin1String("command")).toInt(), 1);
        QCOMPARE(requests.first().value(QLatin1String("host")).toString(), QStringLiteral("localhost"));
        QCOMPARE(requests.first().value(QLatin1String("port")).toInt(), int(sink.port()));
        QVERIFY(requests.first().value(QLatin1String("user")).isNull());
        // The transcript shows the proxy step before the greeting.
        const QString out = QString::fromUtf8(r.out);
        const qsizetype step
            = out.indexOf(QStringLiteral("SOCKS5: the proxy connected to localhost port %1").arg(sink.port()));
        QVERIFY2(step > 0, qPrintable(describe(r)));
        QVERIFY2(out.contains(QStringLiteral("through the SOCKS5 proxy 127.0.0.1 port %1").arg(proxy.port())),
                 qPrintable(describe(r)));
        QVERIFY2(out.indexOf(QStringLiteral("S: 220")) > step, qPrintable(describe(r)));
    }

    void socks5Login_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("right password") << QByteArray("s3cret-proxy") << 0;
        QTest::newRow("wrong password") << QByteArray("wrong-proxy-pw") << -1;
    }
    void socks5Login()
    {
        QFETCH(QByteArray, password);
        QFETCH(int, exitCode);
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        Socks5Proxy proxy({QStringLiteral("--user"), QStringLiteral("ann"), QStringLiteral("--password"),
                           QStringLiteral("s3cret-proxy")});
        QVERIFY2(proxy.start(), proxy.errorOutput().constData());
        QTemporaryDir dir;
        const QString passwordFile = dir.filePath(QStringLiteral("proxy.pw"));
        QVERIFY(writeTestFile(passwordFile, password + '\n'));
        const CliResult r
            = runCli(QStringList {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(sink.port()),
                                  QStringLiteral("--socks5"), proxy.address(), QStringLiteral("--socks5-user"),
                                  QStringLiteral("ann"), QStringLiteral("--socks5-password-file"), passwordFile,
                                  QStringLiteral("--format"), QStringLiteral("json")}
                     + envelope());
        QVERIFY2(r.finished, qPrintable(describe(r)));
        if (exitCode == 0) {
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            const QList<QJsonObject> requests = proxy.requests();
            QCOMPARE(requests.size(), 1);
            QCOMPARE(requests.first().value(QLatin1String("user")).toString(), QStringLiteral("ann"));
            // A literal goes to the proxy as an IPv4 address (ATYP 1).
            QCOMPARE(requests.first().value(QLatin1String("atyp")).toInt(), 1);
        } else {
            QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
            QVERIFY2(r.out.contains("refused the user name or password"), qPrintable(describe(r)));
        }
        // The password never shows, in the report or anywhere else.
        QVERIFY2(!r.out.contains(password) && !r.err.contains(password), qPrintable(describe(r)));
    }

    void proxyCannotConnect()
    {
        Socks5Proxy proxy({QStringLiteral("--refuse"), QStringLiteral("5")});
        QVERIFY2(proxy.start(), proxy.errorOutput().constData());
        const CliResult r = runCli(QStringList {QStringLiteral("--server"), QStringLiteral("mx.example.test"),
                                                QStringLiteral("--socks5"), proxy.address()}
                                   + envelope());
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("could not connect to mx.example.test port 25: connection refused"),
                 qPrintable(describe(r)));
    }

    void localAddress_data()
    {
        QTest::addColumn<bool>("withPort");
        QTest::newRow("address") << false;
        QTest::newRow("address and port") << true;
    }
    void localAddress()
    {
        QFETCH(bool, withPort);
        AiosmtpdFixture server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QString local = QStringLiteral("127.0.0.2");
        quint16 port = 0;
        if (withPort) {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress(local)));
            port = probe.serverPort();
            probe.close();
            local += QStringLiteral(":%1").arg(port);
        }
        const CliResult r
            = runCli(QStringList {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                                  QStringLiteral("--local-address"), local}
                     + envelope());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
        const auto messages = server.messages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().peerAddress, QStringLiteral("127.0.0.2"));
        if (withPort)
            QVERIFY2(r.out.contains(QStringLiteral("from 127.0.0.2:%1").arg(port).toUtf8()), qPrintable(describe(r)));
    }

    void family()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const QString server = QStringLiteral("localhost:%1").arg(sink.port());
        CliResult r = runCli(QStringList {QStringLiteral("--server"), server, QStringLiteral("-4")} + envelope());
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
        // Where localhost is only 127.0.0.1 (this machine's /etc/hosts), -6 leaves nothing to try.
        bool localhostHasIpv6 = false;
        for (const QHostAddress &a : QHostInfo::fromName(QStringLiteral("localhost")).addresses())
            localhostHasIpv6 = localhostHasIpv6 || a.protocol() == QAbstractSocket::IPv6Protocol;
        if (!localhostHasIpv6) {
            r = runCli(QStringList {QStringLiteral("--server"), server, QStringLiteral("-6")} + envelope());
            QVERIFY2(r.finished && r.exitCode == 2, qPrintable(describe(r)));
            QVERIFY2(r.out.contains("localhost has no IPv6 address."), qPrintable(describe(r)));
            QVERIFY2(!r.out.contains("Trying"), qPrintable(describe(r)));
        }
        r = runCli(QStringList {QStringLiteral("--server"), QStringLiteral("[::1]:%1").arg(sink.port()),
                                QStringLiteral("--ipv4")}
                   + envelope());
        QVERIFY2(r.finished && r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("::1 has no IPv4 address."), qPrintable(describe(r)));
    }

    void badConnectionOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("error");
        QTest::newRow("-4 and -6") << QStringList {QStringLiteral("-4"), QStringLiteral("-6")}
                                   << QStringLiteral("Give -4 or -6, not both.");
        QTest::newRow("not a local address")
            << QStringList {QStringLiteral("--local-address"), QStringLiteral("192.0.2.1")}
            << QStringLiteral("192.0.2.1 is not an address of this computer");
        QTest::newRow("local address not an address")
            << QStringList {QStringLiteral("--local-address"), QStringLiteral("me.example")}
            << QStringLiteral("--local-address: give an IP address");
        QTest::newRow("-6 with an IPv4 local address")
            << QStringList {QStringLiteral("-6"), QStringLiteral("--local-address"), QStringLiteral("127.0.0.2")}
            << QStringLiteral("not of the family");
        QTest::newRow("--socks5 without port") << QStringList {QStringLiteral("--socks5"), QStringLiteral("127.0.0.1")}
                                               << QStringLiteral("--socks5: give HOST:PORT");
        QTest::newRow("--socks5 with -4")
            << QStringList {QStringLiteral("--socks5"), QStringLiteral("127.0.0.1:1080"), QStringLiteral("-4")}
            << QStringLiteral("the proxy resolves the name");
        QTest::newRow("--socks5-user without --socks5")
            << QStringList {QStringLiteral("--socks5-user"), QStringLiteral("ann")} << QStringLiteral("need --socks5");
        QTest::newRow("--socks5-user without a password")
            << QStringList {QStringLiteral("--socks5"), QStringLiteral("127.0.0.1:1080"),
                            QStringLiteral("--socks5-user"), QStringLiteral("ann")}
            << QStringLiteral("The SOCKS5 login needs a password");
    }
    void badConnectionOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, error);
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const CliResult r
            = runCli(QStringList {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(listener.serverPort())}
                     + envelope() + options);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.startsWith("mailflow-cli: ") && r.err.count('\n') == 1, qPrintable(describe(r)));
        QVERIFY2(QString::fromUtf8(r.err).contains(error), qPrintable(describe(r)));
        QVERIFY(!listener.hasPendingConnections());
        QVERIFY(!listener.waitForNewConnection(0));
    }
};

QTEST_GUILESS_MAIN(TestCliConnection)
#include "tst_cliconnection.moc"
