// AUTH PLAIN/LOGIN/CRAM-MD5 over real TLS against a loopback server: right and wrong passwords, the
// 535/534/538 explanations, refusing clear text, and that no form of the password is ever written.
#include "diagnosis/catalogexplainer.h"
#include "diagnosis/exitcodes.h"
#include "diagnosis/replycatalog.h"
#include "diagnosis/verdict.h"
#include "evidence/jsonreport.h"
#include "secretcheck.h"
#include "sessionharness.h"
#include "smtp/smtpsession.h"
#include "testcertificates.h"
#include "tlssmtpserver.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {
const QString User = QStringLiteral("alice@example.com");
const QString Password = QStringLiteral("Corr3ct-H0rse!");
const QByteArray CramChallenge = "<12345.67890@tls.test>";
} // namespace

class TstAuthSession : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;

    SessionOptions options(quint16 port, TlsMode mode, AuthMechanism mechanism) const
    {
        SessionOptions o;
        o.host = QStringLiteral("localhost");
        o.port = port;
        o.ehloName = QStringLiteral("client.test");
        o.mailFrom = QStringLiteral("alice@example.com");
        o.recipients = {Recipient {QStringLiteral("bob@example.com"), {}, {}}};
        o.message.bodyText = QStringLiteral("Hello.");
        o.timeouts = Timeouts::uniform(10'000);
        o.tls.mode = mode;
        o.tls.caFile = m_certs.caCertificate();
        o.auth.mechanism = mechanism;
        o.auth.user = User;
        return o;
    }

    static void verifyNoSecret(const SmtpSession &session)
    {
        const QStringList leaked
            = leakedSecrets(everythingWritten(session), secretForms(User, Password, CramChallenge));
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
    }

    std::unique_ptr<TlsSmtpServer> startServer(TlsSmtpServer::Mode mode = TlsSmtpServer::Mode::StartTls,
                                               bool authBeforeTls = false)
    {
        auto server = std::make_unique<TlsSmtpServer>(mode);
        if (!server->setCertificate(m_certs.valid().certificate, m_certs.valid().key))
            return {};
        server->setAuth(User, Password, authBeforeTls);
        if (!server->listenOnLoopback())
            return {};
        return server;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_certs.generate(), qPrintable(m_certs.errorString())); }

    void mechanisms_data()
    {
        QTest::addColumn<AuthMechanism>("mechanism");
        QTest::addColumn<QString>("used");
        QTest::addColumn<bool>("right");
        const QList<std::pair<AuthMechanism, QString>> mechanisms {{AuthMechanism::Plain, QStringLiteral("PLAIN")},
                                                                   {AuthMechanism::Login, QStringLiteral("LOGIN")},
                                                                   {AuthMechanism::CramMd5, QStringLiteral("CRAM-MD5")},
                                                                   {AuthMechanism::Auto, QStringLiteral("PLAIN")}};
        for (const auto &[mechanism, used] : mechanisms) {
            const QByteArray key = authMechanismKey(mechanism).toLatin1();
            QTest::addRow("%s-right", key.constData()) << mechanism << used << true;
            QTest::addRow("%s-wrong", key.constData()) << mechanism << used << false;
        }
    }
    void mechanisms()
    {
        QFETCH(AuthMechanism, mechanism);
        QFETCH(QString, used);
        QFETCH(bool, right);
        auto server = startServer();
        QVERIFY(server);
        SessionHarness h;
        h.session.setOptions(options(server->port(), TlsMode::StartTls, mechanism));
        h.session.setCredentials(Credentials {right ? Password : QStringLiteral("wrong-%1").arg(Password)});
        QVERIFY(runSession(h.session));

        const Milestone *auth = findMilestone(h.session, MilestoneKind::Auth);
        QVERIFY(auth);
        QVERIFY(server->sawCommand("AUTH " + used.toLatin1()));
        const QString text = everythingWritten(h.session);
        QVERIFY(text.contains(QStringLiteral("with %1.").arg(used)));
        if (used != u"PLAIN")
            QVERIFY2(text.contains(QStringLiteral("Challenge (decoded): ")), qPrintable(text));
        if (used == u"LOGIN")
            QVERIFY(text.contains(QStringLiteral("Challenge (decoded): \"Password:\"")));
        if (used == u"CRAM-MD5")
            QVERIFY(text.contains(QStringLiteral("Challenge (decoded): \"<12345.67890@tls.test>\"")));
        if (right) {
            QCOMPARE(auth->state, MilestoneState::Passed);
            QCOMPARE(auth->reply.code, 235);
            QCOMPARE(server->authenticatedUser(), User);
            QCOMPARE(server->messages(), 1);
            QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
        } else {
            QCOMPARE(auth->state, MilestoneState::Failed);
            QCOMPARE(auth->reply.code, 535);
            QCOMPARE(auth->reply.status.toString(), QStringLiteral("5.7.8"));
            QCOMPARE(auth->diagnosis.meaning, ReplyCatalog::explain(auth->reply, MilestoneKind::Auth).meaning);
            QVERIFY2(auth->diagnosis.meaning.contains(QStringLiteral("credentials invalid")),
                     qPrintable(auth->diagnosis.meaning));
            QVERIFY(server->authenticatedUser().isEmpty());
            QVERIFY(!server->sawCommand("MAIL"));
            QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitAuth));
        }
        verifyNoSecret(h.session);
    }

    void refusalReplies_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("meaningPart");
        QTest::newRow("534") << QStringLiteral("534 5.7.9 Authentication mechanism is too weak")
                             << QStringLiteral("too weak");
        QTest::newRow("538") << QStringLiteral("538 5.7.11 Encryption required for requested authentication mechanism")
                             << QStringLiteral("requires encryption");
    }
    void refusalReplies()
    {
        QFETCH(QString, reply);
        QFETCH(QString, meaningPart);
        auto server = startServer(TlsSmtpServer::Mode::Implicit);
        QVERIFY(server);
        server->setAuthFailureReply(reply);
        SessionHarness h;
        h.session.setOptions(options(server->port(), TlsMode::Implicit, AuthMechanism::Plain));
        h.session.setCredentials(Credentials {QStringLiteral("whatever")});
        QVERIFY(runSession(h.session));
        const Milestone *auth = findMilestone(h.session, MilestoneKind::Auth);
        QCOMPARE(auth->state, MilestoneState::Failed);
        QCOMPARE(auth->reply.code, reply.left(3).toInt());
        QVERIFY2(auth->diagnosis.meaning.contains(meaningPart), qPrintable(auth->diagnosis.meaning));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitAuth));
    }

    void plaintextIsRefused()
    {
        auto server = startServer(TlsSmtpServer::Mode::StartTls, true);
        QVERIFY(server);
        SessionHarness h;
        h.session.setOptions(options(server->port(), TlsMode::Off, AuthMechanism::Auto));
        h.session.setCredentials(Credentials {Password});
        QVERIFY(runSession(h.session));
        const Milestone *auth = findMilestone(h.session, MilestoneKind::Auth);
        QCOMPARE(auth->state, MilestoneState::Failed);
        QVERIFY(auth->diagnosis.meaning.contains(QStringLiteral("not encrypted")));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitAuth));
        QVERIFY(!server->sawCommand("AUTH"));
        QVERIFY(!server->sawCommand("MAIL"));
        QVERIFY(!server->receivedBytes().contains(Password.toUtf8()));
        verifyNoSecret(h.session);
    }

    void plaintextWhenAllowed()
    {
        auto server = startServer(TlsSmtpServer::Mode::StartTls, true);
        QVERIFY(server);
        SessionHarness h;
        SessionOptions o = options(server->port(), TlsMode::Off, AuthMechanism::Login);
        o.auth.allowPlaintext = true;
        h.session.setOptions(o);
        h.session.setCredentials(Credentials {Password});
        QVERIFY(runSession(h.session));
        QCOMPARE(findMilestone(h.session, MilestoneKind::Auth)->state, MilestoneState::Passed);
        QVERIFY(everythingWritten(h.session).contains(QStringLiteral("over an UNENCRYPTED connection")));
        QCOMPARE(server->authenticatedUser(), User);
        verifyNoSecret(h.session);
    }

    void noAuthOffered()
    {
        TlsSmtpServer server(TlsSmtpServer::Mode::Implicit);
        QVERIFY(server.setCertificate(m_certs.valid().certificate, m_certs.valid().key));
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        h.session.setOptions(options(server.port(), TlsMode::Implicit, AuthMechanism::Auto));
        h.session.setCredentials(Credentials {Password});
        QVERIFY(runSession(h.session));
        const Milestone *auth = findMilestone(h.session, MilestoneKind::Auth);
        QCOMPARE(auth->state, MilestoneState::Failed);
        QVERIFY(auth->diagnosis.meaning.contains(QStringLiteral("did not offer AUTH")));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitAuth));
        QVERIFY(!server.sawCommand("AUTH"));
    }

    void missingPasswordIsInputError()
    {
        auto server = startServer(TlsSmtpServer::Mode::Implicit);
        QVERIFY(server);
        SessionHarness h;
        h.session.setOptions(options(server->port(), TlsMode::Implicit, AuthMechanism::Plain));
        QVERIFY(runSession(h.session));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitBadInput));
        QVERIFY(!server->sawCommand("AUTH"));
    }

    void stopAfterAuth()
    {
        auto server = startServer(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server);
        SessionHarness h;
        SessionOptions o = options(server->port(), TlsMode::StartTls, AuthMechanism::Plain);
        o.stopAfter = StopPoint::Auth;
        h.session.setOptions(o);
        h.session.setCredentials(Credentials {Password});
        QVERIFY(runSession(h.session));
        QCOMPARE(findMilestone(h.session, MilestoneKind::Auth)->state, MilestoneState::Passed);
        QCOMPARE(findMilestone(h.session, MilestoneKind::Quit)->state, MilestoneState::Passed);
        QCOMPARE(h.session.checklist()->indexOf(MilestoneKind::Mail), -1);
        QVERIFY(!server->sawCommand("MAIL"));
        // Plan order: EHLO, STARTTLS, EHLO, AUTH, QUIT.
        QStringList verbs;
        for (const QByteArray &line : server->received())
            verbs << QString::fromLatin1(line.split(' ').value(0));
        QCOMPARE(verbs,
                 (QStringList {QStringLiteral("EHLO"), QStringLiteral("STARTTLS"), QStringLiteral("EHLO"),
                               QStringLiteral("AUTH"), QStringLiteral("QUIT")}));
    }

    void rawAuthIsMasked()
    {
        auto server = startServer(TlsSmtpServer::Mode::Implicit);
        QVERIFY(server);
        SessionHarness h;
        h.session.setOptions(options(server->port(), TlsMode::Implicit, AuthMechanism::None));
        QSignalSpy steps(&h.session, &SmtpSession::stepFinished);
        h.session.startNewTest();
        h.session.connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(h.session.state(), SmtpSession::State::Connected, 10'000);
        h.session.ehlo();
        QTRY_COMPARE_WITH_TIMEOUT(h.session.state(), SmtpSession::State::Greeted, 10'000);
        const QByteArray plain = ('\0' + User.toUtf8() + '\0' + Password.toUtf8()).toBase64();
        QVERIFY(h.session.sendRaw(QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(plain)));
        QTRY_VERIFY_WITH_TIMEOUT(!h.session.isBusy(), 10'000);
        QCOMPARE(server->authenticatedUser(), User);
        QCOMPARE(findMilestone(h.session, MilestoneKind::Auth)->state, MilestoneState::Passed);
        // LOGIN typed by hand: the answers to 334 are masked.
        QVERIFY(h.session.sendRaw(QStringLiteral("RSET")));
        QTRY_VERIFY_WITH_TIMEOUT(!h.session.isBusy(), 10'000);
        verifyNoSecret(h.session);
        QVERIFY(everythingWritten(h.session).contains(QStringLiteral("AUTH PLAIN <credentials hidden>")));
    }
};

QTEST_GUILESS_MAIN(TstAuthSession)
#include "tst_authsession.moc"
