// XOAUTH2, OAUTHBEARER, SCRAM-SHA-1/-256 and LOGIN with an initial response against aiosmtpd on loopback:
// a right and a wrong token (the provider's JSON error decoded and explained), SCRAM's proof and the
// server's signature, the CLI's token sources, and that no form of the token or password is ever written.
#include "aiosmtpdfixture.h"
#include "clirun.h"
#include "diagnosis/exitcodes.h"
#include "secretcheck.h"
#include "sessionharness.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {
const QString User = QStringLiteral("alice@example.com");
const QString Password = QStringLiteral("Corr3ct-H0rse!");
const QString Token = QStringLiteral("ya29.a0AfB_byC-GoodToken-9f8e7d");
const QString WrongToken = QStringLiteral("ya29.a0AfB_byC-ExpiredToken-1a2b3c");
} // namespace

class TstSaslServers : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<AiosmtpdFixture> startServer(const QStringList &extra)
    {
        auto server = std::make_unique<AiosmtpdFixture>();
        server->setAuth(User, Password, true);
        server->setExtraArguments(extra);
        if (!server->start())
            return {};
        return server;
    }

    static SessionOptions options(quint16 port, AuthMechanism mechanism)
    {
        SessionOptions o;
        o.host = QStringLiteral("127.0.0.1");
        o.port = port;
        o.ehloName = QStringLiteral("client.test");
        o.mailFrom = User;
        o.recipients = {Recipient {QStringLiteral("bob@example.com"), {}, {}}};
        o.message.bodyText = QStringLiteral("Hello.");
        o.timeouts = Timeouts::uniform(10'000);
        o.tls.mode = TlsMode::Off;
        o.auth.mechanism = mechanism;
        o.auth.user = User;
        o.auth.allowPlaintext = true;
        return o;
    }

    static QStringList cliBase(quint16 port)
    {
        return {QStringLiteral("--server"),
                QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("--from"),
                User,
                QStringLiteral("--to"),
                QStringLiteral("bob@example.com"),
                QStringLiteral("--tls"),
                QStringLiteral("off"),
                QStringLiteral("--auth-user"),
                User,
                QStringLiteral("--auth-allow-plaintext"),
                QStringLiteral("--timeout"),
                QStringLiteral("10")};
    }

private Q_SLOTS:
    void oauth_data()
    {
        QTest::addColumn<AuthMechanism>("mechanism");
        QTest::addColumn<QString>("used");
        QTest::addColumn<bool>("right");
        for (const auto &[mechanism, used] : {std::pair {AuthMechanism::XOAuth2, QStringLiteral("XOAUTH2")},
                                              std::pair {AuthMechanism::OAuthBearer, QStringLiteral("OAUTHBEARER")},
                                              std::pair {AuthMechanism::Auto, QStringLiteral("OAUTHBEARER")}}) {
            const QByteArray key = authMechanismKey(mechanism).toLatin1();
            QTest::addRow("%s-right", key.constData()) << mechanism << used << true;
            QTest::addRow("%s-wrong", key.constData()) << mechanism << used << false;
        }
    }
    void oauth()
    {
        QFETCH(AuthMechanism, mechanism);
        QFETCH(QString, used);
        QFETCH(bool, right);
        auto server = startServer({QStringLiteral("--auth-token"), Token});
        QVERIFY2(server, "aiosmtpd did not start");
        SessionHarness h;
        h.session.setOptions(options(server->port(), mechanism));
        h.session.setCredentials(Credentials {right ? Token : WrongToken, true});
        QVERIFY(runSession(h.session));
        const Milestone *auth = findMilestone(h.session, MilestoneKind::Auth);
        QVERIFY(auth);
        const QString transcript = transcriptText(h.session);
        QVERIFY2(transcript.contains(QStringLiteral("AUTH %1 <credentials hidden>").arg(used)), qPrintable(transcript));
        if (right) {
            QCOMPARE(auth->state, MilestoneState::Passed);
            QCOMPARE(server->messages().size(), 1);
            QCOMPARE(server->messages().at(0).authUser, User);
        } else {
            QCOMPARE(auth->state, MilestoneState::Failed);
            QCOMPARE(auth->reply.code, 535);
            // The provider's JSON, decoded and printable, and what it means.
            QVERIFY2(transcript.contains(QStringLiteral("Challenge (decoded): \"{\"status\": \"401\"")),
                     qPrintable(transcript));
            QVERIFY2(auth->diagnosis.meaning.contains(QStringLiteral("has expired")),
                     qPrintable(auth->diagnosis.meaning));
            QVERIFY(auth->diagnosis.meaning.contains(QStringLiteral("https://mail.google.com/")));
            // The server answers 501 to anything but the empty line / %x01 after its error.
            QVERIFY2(!transcript.contains(QStringLiteral("501 5.5.2")), qPrintable(transcript));
            QVERIFY(server->messages().isEmpty());
        }
        const QStringList leaked
            = leakedSecrets(everythingWritten(h.session), tokenForms(User, right ? Token : WrongToken));
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
    }

    void passwordWithOAuthOnly()
    {
        auto server = startServer({QStringLiteral("--auth-token"), Token});
        QVERIFY(server);
        SessionHarness h;
        h.session.setOptions(options(server->port(), AuthMechanism::XOAuth2));
        h.session.setCredentials(Credentials {Password, false});
        QVERIFY(runSession(h.session));
        const Milestone *auth = findMilestone(h.session, MilestoneKind::Auth);
        QVERIFY(auth);
        QCOMPARE(auth->state, MilestoneState::Failed);
        QVERIFY2(auth->summary.contains(QStringLiteral("access token")), qPrintable(auth->summary));
        QVERIFY(!transcriptText(h.session).contains(QStringLiteral("AUTH XOAUTH2")));
    }

    void scram_data()
    {
        QTest::addColumn<AuthMechanism>("mechanism");
        QTest::addColumn<QString>("used");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("badSignature");
        QTest::addColumn<MilestoneState>("state");
        QTest::newRow("sha1") << AuthMechanism::ScramSha1 << QStringLiteral("SCRAM-SHA-1") << Password << false
                              << MilestoneState::Passed;
        QTest::newRow("sha256") << AuthMechanism::ScramSha256 << QStringLiteral("SCRAM-SHA-256") << Password << false
                                << MilestoneState::Passed;
        QTest::newRow("auto") << AuthMechanism::Auto << QStringLiteral("SCRAM-SHA-256") << Password << false
                              << MilestoneState::Passed;
        QTest::newRow("wrong-password") << AuthMechanism::ScramSha256 << QStringLiteral("SCRAM-SHA-256")
                                        << QStringLiteral("not-it") << false << MilestoneState::Failed;
        QTest::newRow("false-server") << AuthMechanism::ScramSha256 << QStringLiteral("SCRAM-SHA-256") << Password
                                      << true << MilestoneState::Failed;
    }
    void scram()
    {
        QFETCH(AuthMechanism, mechanism);
        QFETCH(QString, used);
        QFETCH(QString, password);
        QFETCH(bool, badSignature);
        QFETCH(MilestoneState, state);
        QStringList extra {QStringLiteral("--scram")};
        if (badSignature)
            extra << QStringLiteral("--scram-bad-signature");
        auto server = startServer(extra);
        QVERIFY(server);
        SessionHarness h;
        h.session.setOptions(options(server->port(), mechanism));
        h.session.setCredentials(Credentials {password});
        QVERIFY(runSession(h.session));
        const Milestone *auth = findMilestone(h.session, MilestoneKind::Auth);
        QVERIFY(auth);
        const QString transcript = transcriptText(h.session);
        QVERIFY2(transcript.contains(QStringLiteral("with %1.").arg(used)), qPrintable(transcript));
        QVERIFY(transcript.contains(QStringLiteral("AUTH %1 ").arg(used)));
        QCOMPARE(auth->state, state);
        QCOMPARE(server->messages().size(), state == MilestoneState::Passed ? 1 : 0);
        if (badSignature) {
            QVERIFY2(auth->diagnosis.meaning.contains(QStringLiteral("signature is wrong")),
                     qPrintable(auth->diagnosis.meaning));
            QVERIFY(transcript.contains(QStringLiteral("Cancelling the login.")));
        } else if (state == MilestoneState::Failed) {
            QCOMPARE(auth->reply.code, 535);
        }
        const QStringList leaked = leakedSecrets(everythingWritten(h.session), secretForms(User, password));
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
    }

    void loginInitialResponse()
    {
        auto server = startServer({});
        QVERIFY(server);
        SessionHarness h;
        SessionOptions o = options(server->port(), AuthMechanism::Login);
        o.auth.loginInitialResponse = true;
        h.session.setOptions(o);
        h.session.setCredentials(Credentials {Password});
        QVERIFY(runSession(h.session));
        const QString transcript = transcriptText(h.session);
        QVERIFY2(transcript.contains(QStringLiteral("AUTH LOGIN ********")), qPrintable(transcript));
        // Only the password's challenge comes: the user name went with the command.
        QVERIFY2(transcript.contains(QStringLiteral("Challenge (decoded): \"Password")), qPrintable(transcript));
        QVERIFY(!transcript.contains(QStringLiteral("Challenge (decoded): \"User Name")));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Auth), MilestoneState::Passed);
        QCOMPARE(server->messages().size(), 1);
        QCOMPARE(server->messages().at(0).authUser, User);
    }

    void cliTokenSources_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<bool>("tokenFile");
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("expected");
        const QStringList xoauth {QStringLiteral("--auth"), QStringLiteral("xoauth2")};
        const QStringList bearer {QStringLiteral("--auth"), QStringLiteral("oauthbearer")};
        QTest::newRow("file-xoauth2") << xoauth << true << Token << int(ExitOk) << QStringLiteral("with XOAUTH2");
        QTest::newRow("env-bearer") << bearer << false << Token << int(ExitOk) << QStringLiteral("with OAUTHBEARER");
        QTest::newRow("file-auto") << QStringList {} << true << Token << int(ExitOk)
                                   << QStringLiteral("with OAUTHBEARER");
        QTest::newRow("env-expired") << xoauth << false << WrongToken << int(ExitAuth) << QStringLiteral("has expired");
    }
    void cliTokenSources()
    {
        QFETCH(QStringList, flags);
        QFETCH(bool, tokenFile);
        QFETCH(QString, token);
        QFETCH(int, exitCode);
        QFETCH(QString, expected);
        auto server = startServer({QStringLiteral("--auth-token"), Token});
        QVERIFY(server);
        QStringList arguments = cliBase(server->port()) + flags;
        QTemporaryDir dir;
        const QByteArray previous = qgetenv("MAILFLOW_TOKEN");
        if (tokenFile) {
            const QString path = dir.filePath(QStringLiteral("token"));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(token.toUtf8() + "\n");
            file.close();
            arguments << QStringLiteral("--auth-token-file") << path;
        } else {
            qputenv("MAILFLOW_TOKEN", token.toUtf8());
        }
        const CliResult r = runCli(arguments);
        qputenv("MAILFLOW_TOKEN", previous);
        QVERIFY2(r.finished && r.exitCode == exitCode, qPrintable(describe(r)));
        const QString out = QString::fromUtf8(r.out + r.err);
        QVERIFY2(out.contains(expected), qPrintable(out));
        QVERIFY2(leakedSecrets(out, tokenForms(User, token)).isEmpty(), qPrintable(out));
        QCOMPARE(server->messages().size(), exitCode == ExitOk ? 1 : 0);
    }

    void cliRefusesMixedSecrets()
    {
        const CliResult r = runCli(cliBase(25)
                                   + QStringList {QStringLiteral("--auth"), QStringLiteral("plain"),
                                                  QStringLiteral("--auth-token-file"), QStringLiteral("/x")});
        QCOMPARE(r.exitCode, int(ExitBadInput));
        QVERIFY2(r.err.contains("--auth-token-file needs --auth auto, xoauth2 or oauthbearer"),
                 qPrintable(describe(r)));
        const CliResult s = runCli(cliBase(25) + QStringList {QStringLiteral("--auth-login-initial-response")});
        QCOMPARE(s.exitCode, int(ExitBadInput));
        QVERIFY2(s.err.contains("needs --auth login"), qPrintable(describe(s)));
    }

    void cliScramAndLoginInitial_data()
    {
        QTest::addColumn<QStringList>("flags");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scram-auto") << QStringList {QStringLiteral("--auth")} << QStringLiteral("with SCRAM-SHA-256");
        QTest::newRow("scram-1") << QStringList {QStringLiteral("--auth"), QStringLiteral("scram-sha-1")}
                                 << QStringLiteral("with SCRAM-SHA-1");
        QTest::newRow("login-ir") << QStringList {QStringLiteral("--auth"), QStringLiteral("login"),
                                                  QStringLiteral("--auth-login-initial-response")}
                                  << QStringLiteral("AUTH LOGIN ********");
    }
    void cliScramAndLoginInitial()
    {
        QFETCH(QStringList, flags);
        QFETCH(QString, expected);
        auto server = startServer({QStringLiteral("--scram")});
        QVERIFY(server);
        const QByteArray previous = qgetenv("MAILFLOW_PASSWORD");
        qputenv("MAILFLOW_PASSWORD", Password.toUtf8());
        const CliResult r = runCli(cliBase(server->port()) + flags);
        qputenv("MAILFLOW_PASSWORD", previous);
        QVERIFY2(r.finished && r.exitCode == int(ExitOk), qPrintable(describe(r)));
        QVERIFY2(QString::fromUtf8(r.out).contains(expected), qPrintable(describe(r)));
        QCOMPARE(server->messages().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstSaslServers)
#include "tst_saslservers.moc"
