// mailflow-cli's TLS choices against a python3 ssl server that tells in its greeting what the handshake
// used: --tls-protocol against a TLS 1.2-only server, --tls-cipher, --tls-sni (sent, and the name the
// certificate is checked against) and --tls-peer-cert (the chain as PEM).
#include "clirun.h"
#include "diagnosis/exitcodes.h"
#include "testcertificates.h"
#include "testpaths.h"

#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mailflow;
using namespace mailflow::test;

namespace {
const QString SniName = QStringLiteral("mail.choices.test");

/** tests/support/tls_choices_server.py, stopped when it goes out of scope. */
class ChoicesServer
{
public:
    bool start(const TestCertificates::Pair &pair, const QString &maxVersion)
    {
        m_process.start(QStringLiteral("/usr/bin/python3"),
                        {testsDir() + QStringLiteral("/support/tls_choices_server.py"), QStringLiteral("--cert"),
                         pair.certificate, QStringLiteral("--key"), pair.key, QStringLiteral("--max-version"),
                         maxVersion});
        if (!m_process.waitForStarted(10'000))
            return false;
        if (!QTest::qWaitFor([this] { return m_process.canReadLine() || m_process.state() != QProcess::Running; },
                             15'000))
            return false;
        const QList<QByteArray> ready = m_process.readLine().trimmed().split(' ');
        m_port = ready.size() == 2 && ready.first() == "ready" ? ready.last().toUShort() : 0;
        return m_port != 0;
    }
    ~ChoicesServer()
    {
        m_process.kill();
        m_process.waitForFinished();
    }
    quint16 port() const { return m_port; }

private:
    QProcess m_process;
    quint16 m_port = 0;
};
} // namespace

class TstCliTlsChoices : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;
    TestCertificates::Pair m_named;

    QStringList base(quint16 port) const
    {
        return {QStringLiteral("--server"),     QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("--tls"),        QStringLiteral("implicit"),
                QStringLiteral("--ca-file"),    m_certs.caCertificate(),
                QStringLiteral("--quit-after"), QStringLiteral("ehlo"),
                QStringLiteral("--timeout"),    QStringLiteral("10")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_certs.generate(), qPrintable(m_certs.errorString()));
        QVERIFY2(m_certs.issue(QStringLiteral("choices"), {SniName}, &m_named), qPrintable(m_certs.errorString()));
    }

    void protocolTheServerLacks()
    {
        ChoicesServer server;
        QVERIFY(server.start(m_named, QStringLiteral("1.2")));
        const QStringList sni {QStringLiteral("--tls-sni"), SniName};
        const CliResult refused = runCli(base(server.port()) + sni
                                         + QStringList {QStringLiteral("--tls-protocol"), QStringLiteral("tlsv1_3")});
        QVERIFY2(refused.finished, qPrintable(describe(refused)));
        QCOMPARE(refused.exitCode, int(ExitTls));
        QVERIFY2(refused.out.contains("TLS versions or ciphers (tlsv1_3)"), qPrintable(describe(refused)));

        const CliResult allowed = runCli(base(server.port()) + sni
                                         + QStringList {QStringLiteral("--tls-protocol"), QStringLiteral("tlsv1_2")});
        QCOMPARE(allowed.exitCode, int(ExitOk));
        QVERIFY2(allowed.out.contains("version=TLSv1.2"), qPrintable(describe(allowed)));
        QVERIFY2(allowed.out.contains("TLS: TLS 1.2, cipher"), qPrintable(describe(allowed)));
    }

    void chosenCipherIsNegotiated()
    {
        ChoicesServer server;
        QVERIFY(server.start(m_named, QStringLiteral("1.3")));
        const QByteArray cipher = "ECDHE-ECDSA-AES128-GCM-SHA256";
        const CliResult r = runCli(base(server.port())
                                   + QStringList {QStringLiteral("--tls-sni"), SniName,
                                                  QStringLiteral("--tls-protocol"), QStringLiteral("tlsv1_2"),
                                                  QStringLiteral("--tls-cipher"), QString::fromLatin1(cipher)});
        QCOMPARE(r.exitCode, int(ExitOk));
        QVERIFY2(r.out.contains("cipher=" + cipher), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("cipher " + cipher), qPrintable(describe(r)));
    }

    void sniNameSentAndVerified()
    {
        ChoicesServer server;
        QVERIFY(server.start(m_named, QStringLiteral("1.3")));
        const CliResult named = runCli(base(server.port()) + QStringList {QStringLiteral("--tls-sni"), SniName});
        QCOMPARE(named.exitCode, int(ExitOk));
        QVERIFY2(named.out.contains("sni=" + SniName.toLatin1()), qPrintable(describe(named)));
        QVERIFY2(named.out.contains("Name check: \"" + SniName.toLatin1() + "\" matches"), qPrintable(describe(named)));

        // Without it nothing is sent for an address, and the certificate does not name 127.0.0.1.
        const CliResult bare = runCli(base(server.port()));
        QCOMPARE(bare.exitCode, int(ExitTls));
        QVERIFY2(bare.out.contains("Name check: \"127.0.0.1\" does NOT match"), qPrintable(describe(bare)));
    }

    void peerChainWrittenAsPem()
    {
        ChoicesServer server;
        QVERIFY(server.start(m_named, QStringLiteral("1.3")));
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("peer.pem"));
        const CliResult r
            = runCli(base(server.port())
                     + QStringList {QStringLiteral("--tls-sni"), SniName, QStringLiteral("--tls-peer-cert"), file});
        QCOMPARE(r.exitCode, int(ExitOk));
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(file, QSsl::Pem);
        QCOMPARE(chain.size(), 1);
        QCOMPARE(chain.first(), QSslCertificate::fromPath(m_named.certificate, QSsl::Pem).value(0));
    }

    void badChoices_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown protocol") << QStringList {QStringLiteral("--tls-protocol"), QStringLiteral("tlsv9")}
                                          << QStringLiteral("--tls-protocol: use any, tlsv1_2");
        QTest::newRow("old protocol") << QStringList {QStringLiteral("--tls-protocol"), QStringLiteral("tlsv1")}
                                      << QStringLiteral("tlsv1 cannot be used");
        QTest::newRow("unknown cipher") << QStringList {QStringLiteral("--tls-cipher"),
                                                        QStringLiteral("AES128-SHA:NO-SUCH-CIPHER:ALSO-NOT")}
                                        << QStringLiteral("unknown cipher name: NO-SUCH-CIPHER, ALSO-NOT");
        QTest::newRow("sni address") << QStringList {QStringLiteral("--tls-sni"), QStringLiteral("192.0.2.1")}
                                     << QStringLiteral("--tls-sni: \"192.0.2.1\" is not a host name");
        QTest::newRow("without TLS") << QStringList {QStringLiteral("--tls"), QStringLiteral("off"),
                                                     QStringLiteral("--tls-sni"), SniName}
                                     << QStringLiteral("need TLS (not --tls off)");
    }

    void badChoices()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult r = runCli(QStringList {QStringLiteral("--server"), QStringLiteral("127.0.0.1:9"),
                                                QStringLiteral("--quit-after"), QStringLiteral("ehlo")}
                                   + arguments);
        QCOMPARE(r.exitCode, int(ExitBadInput));
        QVERIFY2(QString::fromUtf8(r.err).contains(message), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TstCliTlsChoices)
#include "tst_clitlschoices.moc"
