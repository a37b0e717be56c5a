// The PROXY protocol (haproxy's proxy-protocol.txt) as a load balancer sends it: the v1 line and the v2
// bytes, sent before the greeting is read (after a SOCKS5 tunnel), and a real postfix with
// smtpd_upstream_proxy_protocol = haproxy that takes the named client for the real one; a postfix without
// the setting answers the header as a command, which is explained.
#include "clirun.h"
#include "diagnosis/exitcodes.h"
#include "postfixfixture.h"
#include "scriptedsmtpserver.h"
#include "sessionharness.h"
#include "smtp/proxyheader.h"
#include "testcertificates.h"

#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {

QStringList baseArguments(quint16 port)
{
    return {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--from"),   QStringLiteral("a@example.com"),
            QStringLiteral("--to"),     QStringLiteral("anyone@postfix.test"),
            QStringLiteral("--tls"),    QStringLiteral("off"),
            QStringLiteral("--ehlo"),   QStringLiteral("client.test")};
}

} // namespace

class TstProxyProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headers()
    {
        ProxyHeaderOptions o;
        o.version = ProxyVersion::V1;
        o.sourceAddress = QStringLiteral("192.0.2.9");
        o.sourcePort = 4711;
        QString why;
        ProxyHeader h = ProxyHeader::build(o, QHostAddress(QStringLiteral("127.0.0.1")), 40000,
                                           QHostAddress(QStringLiteral("127.0.0.2")), 25, &why);
        QCOMPARE(h.bytes, QByteArray("PROXY TCP4 192.0.2.9 127.0.0.2 4711 25\r\n"));
        QCOMPARE(h.shown, QStringLiteral("PROXY TCP4 192.0.2.9 127.0.0.2 4711 25"));
        o.version = ProxyVersion::V2;
        h = ProxyHeader::build(o, QHostAddress(QStringLiteral("127.0.0.1")), 40000,
                               QHostAddress(QStringLiteral("127.0.0.2")), 25, &why);
        QCOMPARE(h.bytes.toHex(),
                 QByteArray("0d0a0d0a000d0a515549540a"
                            "21"
                            "11"
                            "000c"
                            "c0000209"
                            "7f000002"
                            "1267"
                            "0019"));
        QVERIFY2(h.shown.contains(u"192.0.2.9:4711 -> 127.0.0.2:25"), qPrintable(h.shown));
        o.sourceAddress = QStringLiteral("2001:db8::9");
        h = ProxyHeader::build(o, {}, 0, QHostAddress(QStringLiteral("127.0.0.2")), 25, &why);
        QVERIFY(h.bytes.isEmpty());
        QVERIFY2(why.contains(u"one family"), qPrintable(why));
        o.destAddress = QStringLiteral("2001:db8::25");
        o.destPort = 25;
        h = ProxyHeader::build(o, {}, 0, {}, 0, &why);
        QCOMPARE(h.bytes.size(), 16 + 36);
        QCOMPARE(h.bytes.at(13), char(0x21));
    }

    void sentBeforeTheGreeting()
    {
        // The server greets only after the header: a client that waited for the greeting first would hang.
        ScriptedSmtpServer fake;
        fake.setScript(QStringLiteral("C: ~PROXY TCP4 192\\.0\\.2\\.9 127\\.0\\.0\\.1 4711 \\d+\n"
                                      "S: 220 fake.test ESMTP\nC: EHLO client.test\nS: 250 fake.test\n"
                                      "C: QUIT\nS: 221 2.0.0 Bye\nX:\n"));
        const quint16 port = fake.start();
        const CliResult r
            = runCli(baseArguments(port) << QStringLiteral("--proxy-protocol") << QStringLiteral("v1")
                                         << QStringLiteral("--proxy-source") << QStringLiteral("192.0.2.9:4711")
                                         << QStringLiteral("--quit-after") << QStringLiteral("ehlo"));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
        MAILFLOW_VERIFY_SCRIPT(fake);
        QVERIFY2(r.out.contains("C: PROXY TCP4 192.0.2.9 127.0.0.1 4711 "), qPrintable(describe(r)));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("version") << QStringList {QStringLiteral("--proxy-protocol"), QStringLiteral("v3")}
                                 << QStringLiteral("use v1 or v2");
        QTest::newRow("source without version")
            << QStringList {QStringLiteral("--proxy-source"), QStringLiteral("192.0.2.1:1")}
            << QStringLiteral("need --proxy-protocol");
        QTest::newRow("name") << QStringList {QStringLiteral("--proxy-protocol"), QStringLiteral("v1"),
                                              QStringLiteral("--proxy-source"), QStringLiteral("client.example:1")}
                              << QStringLiteral("IP address and a port");
        QTest::newRow("families") << QStringList {QStringLiteral("--proxy-protocol"),
                                                  QStringLiteral("v2"),
                                                  QStringLiteral("--proxy-source"),
                                                  QStringLiteral("192.0.2.1:1"),
                                                  QStringLiteral("--proxy-dest"),
                                                  QStringLiteral("[2001:db8::1]:25")}
                                  << QStringLiteral("one family");
    }

    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = runCli(baseArguments(2525) + arguments);
        QVERIFY2(r.finished && r.exitCode == ExitBadInput, qPrintable(describe(r)));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
    }

    void realPostfixSeesTheNamedClient_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("v1") << QStringLiteral("v1");
        QTest::newRow("v2") << QStringLiteral("v2");
    }

    void realPostfixSeesTheNamedClient()
    {
        QFETCH(QString, version);
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.errorString()));
        PostfixFixture postfix;
        postfix.setUpstreamProxyProtocol(true);
        QVERIFY2(postfix.start(certs.valid().certificate, certs.valid().key), qPrintable(postfix.errorString()));
        const CliResult r = runCli(baseArguments(postfix.port())
                                   << QStringLiteral("--proxy-protocol") << version << QStringLiteral("--proxy-source")
                                   << QStringLiteral("192.0.2.9:4711"));
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r) + postfix.log()));
        QTRY_VERIFY2_WITH_TIMEOUT(postfix.log().contains(QStringLiteral("client=unknown[192.0.2.9]")),
                                  qPrintable(postfix.log()), 10'000);
    }

    void postfixWithoutTheSettingExplained()
    {
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.errorString()));
        PostfixFixture postfix;
        QVERIFY2(postfix.start(certs.valid().certificate, certs.valid().key), qPrintable(postfix.errorString()));
        const CliResult r
            = runCli(baseArguments(postfix.port()) << QStringLiteral("--proxy-protocol") << QStringLiteral("v1"));
        QVERIFY2(r.finished && r.exitCode != 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("smtpd_upstream_proxy_protocol"), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TstProxyProtocol)
#include "tst_proxyprotocol.moc"
