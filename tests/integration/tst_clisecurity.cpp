// mailflow-cli with TLS and AUTH against the TLS loopback server: flags, exit codes 28/29, the password
// sources, and that no form of the password reaches the CLI's output (text or JSON).
#include "clirun.h"
#include "diagnosis/exitcodes.h"
#include "secretcheck.h"
#include "testcertificates.h"
#include "testpaths.h"
#include "tlssmtpserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {
const QString User = QStringLiteral("carol");
const QString Password = QStringLiteral("p4ss w0rd+=/");

struct SecurityRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TstCliSecurity : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;

    /** Runs the CLI while the test's event loop keeps serving the loopback server. */
    static SecurityRun runCli(const QStringList &arguments, const QString &password = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("MAILFLOW_PASSWORD"));
        if (!password.isEmpty())
            env.insert(QStringLiteral("MAILFLOW_PASSWORD"), password);
        process.setProcessEnvironment(env);
        process.start(cliPath(), loopbackChecks(arguments));
        process.closeWriteChannel();
        SecurityRun r;
        if (!process.waitForStarted(10'000))
            return r;
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 30'000)) {
            process.kill();
            process.waitForFinished();
            return r;
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    QStringList base(quint16 port) const
    {
        return {QStringLiteral("--server"),  QStringLiteral("localhost:%1").arg(port),
                QStringLiteral("--from"),    QStringLiteral("carol@example.com"),
                QStringLiteral("--to"),      QStringLiteral("dave@example.com"),
                QStringLiteral("--timeout"), QStringLiteral("10")};
    }

    QStringList trusted() const { return {QStringLiteral("--ca-file"), m_certs.caCertificate()}; }

    static void verifyNoSecret(const SecurityRun &r)
    {
        const QStringList leaked = leakedSecrets(r.out + r.err, secretForms(User, Password, "<12345.67890@tls.test>"));
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
    }

    std::unique_ptr<TlsSmtpServer> server(TlsSmtpServer::Mode mode, const TestCertificates::Pair &pair)
    {
        auto s = std::make_unique<TlsSmtpServer>(mode);
        if (!s->setCertificate(pair.certificate, pair.key))
            return {};
        s->setAuth(User, Password, true);
        if (!s->listenOnLoopback())
            return {};
        return s;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_certs.generate(), qPrintable(m_certs.errorString())); }

    void tlsModes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("certificate");
        QTest::addColumn<bool>("trust");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("starttls-trusted") << QStringLiteral("starttls") << QStringLiteral("valid") << true
                                          << QStringList {} << int(ExitOk) << QStringLiteral("Verification: passed");
        QTest::newRow("implicit-trusted") << QStringLiteral("implicit") << QStringLiteral("valid") << true
                                          << QStringList {} << int(ExitOk) << QStringLiteral("Verification: passed");
        QTest::newRow("starttls-untrusted")
            << QStringLiteral("starttls") << QStringLiteral("valid") << false << QStringList {} << int(ExitTls)
            << QStringLiteral("authority this computer does not trust");
        QTest::newRow("implicit-expired")
            << QStringLiteral("implicit") << QStringLiteral("expired") << true << QStringList {} << int(ExitTls)
            << QStringLiteral("The certificate has expired");
        QTest::newRow("wrong-name-no-verify") << QStringLiteral("starttls") << QStringLiteral("wrongname") << true
                                              << QStringList {QStringLiteral("--no-tls-verify")} << int(ExitOk)
                                              << QStringLiteral("Certificate verification is turned off for this test");
        QTest::newRow("optional-self-signed") << QStringLiteral("optional") << QStringLiteral("selfsigned") << false
                                              << QStringList {} << int(ExitOk) << QStringLiteral("Opportunistic TLS");
    }
    void tlsModes()
    {
        QFETCH(QString, mode);
        QFETCH(QString, certificate);
        QFETCH(bool, trust);
        QFETCH(QStringList, extra);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        TestCertificates::Pair pair = m_certs.valid();
        if (certificate == u"expired")
            pair = m_certs.expired();
        else if (certificate == u"wrongname")
            pair = m_certs.wrongName();
        else if (certificate == u"selfsigned")
            pair = m_certs.selfSigned();
        auto s = server(mode == u"implicit" ? TlsSmtpServer::Mode::Implicit : TlsSmtpServer::Mode::StartTls, pair);
        QVERIFY(s);
        QStringList arguments = base(s->port()) << QStringLiteral("--tls") << mode;
        if (trust)
            arguments += trusted();
        arguments += extra;
        const SecurityRun r = runCli(arguments);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        QCOMPARE(s->messages(), exitCode == ExitOk ? 1 : 0);
        QCOMPARE(r.out.contains(QStringLiteral("Hint: --ca-file FILE")), exitCode == ExitTls);
    }

    void auth_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("passwordFile");
        QTest::addColumn<bool>("json");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QStringList plain {QStringLiteral("--auth"), QStringLiteral("plain")};
        const QStringList bare {QStringLiteral("--auth")};
        const QStringList login {QStringLiteral("--auth"), QStringLiteral("login")};
        const QStringList cram {QStringLiteral("--auth"), QStringLiteral("cram-md5")};
        QTest::newRow("plain-env") << plain << Password << false << false << int(ExitOk) << QStringLiteral("235 2.7.0");
        QTest::newRow("auto-file") << bare << Password << true << false << int(ExitOk) << QStringLiteral("with PLAIN");
        QTest::newRow("login-json") << login << Password << false << true << int(ExitOk)
                                    << QStringLiteral("\"verified\": true");
        QTest::newRow("cram-wrong") << cram << QStringLiteral("nope") << false << false << int(ExitAuth)
                                    << QStringLiteral("credentials invalid");
        QTest::newRow("login-wrong-json")
            << login << QStringLiteral("nope") << false << true << int(ExitAuth) << QStringLiteral("535 5.7.8");
    }
    void auth()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, password);
        QFETCH(bool, passwordFile);
        QFETCH(bool, json);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        auto s = server(TlsSmtpServer::Mode::StartTls, m_certs.valid());
        QVERIFY(s);
        QStringList arguments
            = base(s->port()) + trusted() + QStringList {QStringLiteral("--tls"), QStringLiteral("starttls")};
        arguments += flags;
        arguments << QStringLiteral("--auth-user") << User;
        if (json)
            arguments << QStringLiteral("--format") << QStringLiteral("json");
        QTemporaryDir dir;
        if (passwordFile) {
            const QString path = dir.filePath(QStringLiteral("password"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(password.toUtf8() + "\n");
            file.close();
            arguments << QStringLiteral("--auth-password-file") << path;
        }
        const SecurityRun r = runCli(arguments, passwordFile ? QString() : password);
        QVERIFY2(r.exitCode == exitCode, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
        if (json) {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(doc.object().value(QStringLiteral("exitCode")).toInt(), exitCode);
            QVERIFY(doc.object().value(QStringLiteral("tls")).toObject().value(QStringLiteral("verified")).toBool());
        }
        QCOMPARE(s->authenticatedUser(), exitCode == ExitOk ? User : QString());
        verifyNoSecret(r);
    }

    void noPasswordSource()
    {
        auto s = server(TlsSmtpServer::Mode::StartTls, m_certs.valid());
        QVERIFY(s);
        const SecurityRun r = runCli(base(s->port()) + trusted() + QStringList {QStringLiteral("--auth-user"), User});
        QCOMPARE(r.exitCode, int(ExitBadInput));
        QVERIFY2(r.err.contains(QStringLiteral("MAILFLOW_PASSWORD")), qPrintable(r.err));
        QVERIFY(s->received().isEmpty());
    }

    void passwordNeverOnTheCommandLine()
    {
        const SecurityRun r
            = runCli({QStringLiteral("--server"), QStringLiteral("127.0.0.1:9"), QStringLiteral("--auth-user"), User,
                      QStringLiteral("--auth-password"), Password});
        QCOMPARE(r.exitCode, int(ExitBadInput));
        QVERIFY(r.err.contains(QStringLiteral("auth-password")));
    }

    void plaintextAuthRefused_data()
    {
        QTest::addColumn<bool>("allow");
        QTest::newRow("refused") << false;
        QTest::newRow("allowed") << true;
    }
    void plaintextAuthRefused()
    {
        QFETCH(bool, allow);
        auto s = server(TlsSmtpServer::Mode::StartTls, m_certs.valid());
        QVERIFY(s);
        QStringList arguments = base(s->port())
            + QStringList {QStringLiteral("--tls"), QStringLiteral("off"), QStringLiteral("--auth"),
                           QStringLiteral("--auth-user"), User};
        if (allow)
            arguments << QStringLiteral("--auth-allow-plaintext");
        const SecurityRun r = runCli(arguments, Password);
        QCOMPARE(r.exitCode, allow ? int(ExitOk) : int(ExitAuth));
        QVERIFY2(r.out.contains(allow ? QStringLiteral("UNENCRYPTED") : QStringLiteral("not encrypted")),
                 qPrintable(r.out));
        QCOMPARE(s->sawCommand("AUTH"), allow);
        verifyNoSecret(r);
    }

    void badFlags_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("tls-word") << QStringList {QStringLiteral("--tls"), QStringLiteral("maybe")}
                                  << QStringLiteral("--tls:");
        QTest::newRow("auth-no-user") << QStringList {QStringLiteral("--auth"), QStringLiteral("plain")}
                                      << QStringLiteral("--auth-user");
        QTest::newRow("auth-type") << QStringList {QStringLiteral("--auth=ntlm"), QStringLiteral("--auth-user"), User}
                                   << QStringLiteral("--auth:");
        QTest::newRow("cert-without-key") << QStringList {QStringLiteral("--client-cert"), QStringLiteral("/etc/hosts")}
                                          << QStringLiteral("--client-key");
        QTest::newRow("missing-ca") << QStringList {QStringLiteral("--ca-file"), QStringLiteral("/nonexistent.pem")}
                                    << QStringLiteral("no such file");
        QTest::newRow("ca-with-tls-off") << QStringList {QStringLiteral("--tls"), QStringLiteral("off"),
                                                         QStringLiteral("--no-tls-verify")}
                                         << QStringLiteral("need TLS");
    }
    void badFlags()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const SecurityRun r = runCli(QStringList {QStringLiteral("--server"), QStringLiteral("127.0.0.1:9"),
                                                  QStringLiteral("--quit-after"), QStringLiteral("ehlo")}
                                     + arguments);
        QCOMPARE(r.exitCode, int(ExitBadInput));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void clientCertificate()
    {
        TlsSmtpServer strict(TlsSmtpServer::Mode::Implicit);
        QVERIFY(strict.setCertificate(m_certs.valid().certificate, m_certs.valid().key));
        QVERIFY(strict.setClientCa(m_certs.caCertificate(), true));
        QVERIFY(strict.listenOnLoopback());
        const SecurityRun r = runCli(base(strict.port()) + trusted()
                                     + QStringList {QStringLiteral("--tls"), QStringLiteral("implicit"),
                                                    QStringLiteral("--client-cert"), m_certs.client().certificate,
                                                    QStringLiteral("--client-key"), m_certs.client().key});
        QVERIFY2(r.exitCode == ExitOk, qPrintable(r.out + r.err));
        QCOMPARE(strict.clientCertificateSubject(), QStringLiteral("mailflow-client"));
    }
};

QTEST_GUILESS_MAIN(TstCliSecurity)
#include "tst_clisecurity.moc"
