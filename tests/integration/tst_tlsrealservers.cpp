// TLS and AUTH against real servers on loopback: a private postfix instance with STARTTLS
// (smtpd_tls_cert_file) and aiosmtpd with STARTTLS, implicit TLS and an authenticator.
#include "aiosmtpdfixture.h"
#include "diagnosis/catalogexplainer.h"
#include "diagnosis/exitcodes.h"
#include "diagnosis/replycatalog.h"
#include "diagnosis/verdict.h"
#include "evidence/jsonreport.h"
#include "postfixfixture.h"
#include "secretcheck.h"
#include "sessionharness.h"
#include "smtp/smtpsession.h"
#include "testcertificates.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {
const QString User = QStringLiteral("erin");
const QString Password = QStringLiteral("aio-Secret-42");
} // namespace

class TstTlsRealServers : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;

    SessionOptions options(quint16 port, TlsMode mode, const QString &recipient) const
    {
        SessionOptions o;
        o.host = QStringLiteral("localhost");
        o.port = port;
        o.ehloName = QStringLiteral("client.test");
        o.mailFrom = QStringLiteral("sender@example.com");
        o.recipients = {Recipient {recipient, {}, {}}};
        o.message.subject = QStringLiteral("Real TLS");
        o.message.bodyText = QStringLiteral("Hello.");
        o.timeouts = Timeouts::uniform(15'000);
        o.tls.mode = mode;
        o.tls.caFile = m_certs.caCertificate();
        return o;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_certs.generate(), qPrintable(m_certs.errorString())); }

    // ---- postfix -----------------------------------------------------------------------------

    void postfixStartTls_data()
    {
        QTest::addColumn<bool>("trusted");
        QTest::newRow("test-ca-trusted") << true;
        QTest::newRow("unknown-ca") << false;
    }
    void postfixStartTls()
    {
        QFETCH(bool, trusted);
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        PostfixFixture postfix;
        QVERIFY2(postfix.start(m_certs.valid().certificate, m_certs.valid().key), qPrintable(postfix.errorString()));
        SessionHarness h;
        SessionOptions o = options(postfix.port(), TlsMode::StartTls, QStringLiteral("anyone@postfix.test"));
        if (!trusted)
            o.tls.caFile.clear();
        h.session.setOptions(o);
        QVERIFY(runSession(h.session, 30'000));
        if (trusted) {
            QVERIFY2(exitCodeFor(*h.session.checklist()) == ExitOk, qPrintable(everythingWritten(h.session)));
            QCOMPARE(findMilestone(h.session, MilestoneKind::Tls)->state, MilestoneState::Passed);
            QVERIFY(h.session.tlsReport().isVerified());
            QVERIFY(
                findMilestone(h.session, MilestoneKind::EndOfData)->reply.text().contains(QStringLiteral("queued as")));
            QTRY_VERIFY_WITH_TIMEOUT(postfix.log().contains(QStringLiteral("starttls=1")), 10'000);
            QTRY_VERIFY_WITH_TIMEOUT(postfix.log().contains(QStringLiteral("status=sent")), 10'000);
        } else {
            QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitTls));
            QCOMPARE(findMilestone(h.session, MilestoneKind::Tls)->state, MilestoneState::Failed);
            QVERIFY(h.session.tlsReport().hasProblem(TlsProblem::Kind::UnknownIssuer));
            QVERIFY(!postfix.log().contains(QStringLiteral("client=localhost")));
        }
    }

    void postfixSmtpUtf8AndPipelining()
    {
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        PostfixFixture postfix;
        postfix.setSmtpUtf8(true);
        QVERIFY2(postfix.start(m_certs.valid().certificate, m_certs.valid().key), qPrintable(postfix.errorString()));
        SessionHarness h;
        SessionOptions o = options(postfix.port(), TlsMode::StartTls, QStringLiteral("jürgen@postfix.test"));
        o.recipients << Recipient {QStringLiteral("anyone@postfix.test"), {}, {}};
        o.pipelining = true;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session, 30'000));
        QVERIFY2(exitCodeFor(*h.session.checklist()) == ExitOk, qPrintable(everythingWritten(h.session)));
        const QString transcript = transcriptText(h.session);
        QVERIFY2(transcript.contains(QStringLiteral("MAIL FROM:<sender@example.com> SIZE=")), qPrintable(transcript));
        QVERIFY2(transcript.contains(QStringLiteral(" SMTPUTF8")), qPrintable(transcript));
        QVERIFY2(transcript.contains(QStringLiteral("PIPELINING: the next 4 commands")), qPrintable(transcript));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Rcpt, QStringLiteral("jürgen@postfix.test")),
                 MilestoneState::Passed);
        QTRY_VERIFY_WITH_TIMEOUT(postfix.log().contains(QStringLiteral("status=sent")), 10'000);
    }

    // ---- aiosmtpd ----------------------------------------------------------------------------

    void aiosmtpdAuth_data()
    {
        QTest::addColumn<bool>("implicit");
        QTest::addColumn<AuthMechanism>("mechanism");
        QTest::addColumn<bool>("right");
        QTest::newRow("starttls-plain-right") << false << AuthMechanism::Plain << true;
        QTest::newRow("starttls-login-right") << false << AuthMechanism::Login << true;
        QTest::newRow("starttls-auto-wrong") << false << AuthMechanism::Auto << false;
        QTest::newRow("implicit-login-wrong") << true << AuthMechanism::Login << false;
        QTest::newRow("implicit-plain-right") << true << AuthMechanism::Plain << true;
    }
    void aiosmtpdAuth()
    {
        QFETCH(bool, implicit);
        QFETCH(AuthMechanism, mechanism);
        QFETCH(bool, right);
        AiosmtpdFixture server;
        server.setTls(m_certs.valid().certificate, m_certs.valid().key, false, implicit);
        // aiosmtpd knows TLS only from STARTTLS: with implicit TLS it would answer AUTH with 538
        // "Encryption required" unless told AUTH is fine without (its) TLS.
        server.setAuth(User, Password, implicit);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SessionHarness h;
        SessionOptions o = options(server.port(), implicit ? TlsMode::Implicit : TlsMode::StartTls,
                                   QStringLiteral("frank@example.com"));
        o.auth.mechanism = mechanism;
        o.auth.user = User;
        h.session.setOptions(o);
        h.session.setCredentials(Credentials {right ? Password : QStringLiteral("not-it")});
        QVERIFY(runSession(h.session, 30'000));
        const Milestone *auth = findMilestone(h.session, MilestoneKind::Auth);
        QVERIFY(auth);
        QCOMPARE(findMilestone(h.session, MilestoneKind::Tls)->state, MilestoneState::Passed);
        if (right) {
            QCOMPARE(auth->state, MilestoneState::Passed);
            QVERIFY2(exitCodeFor(*h.session.checklist()) == ExitOk, qPrintable(everythingWritten(h.session)));
            QTRY_COMPARE_WITH_TIMEOUT(server.messages().size(), 1, 10'000);
            QCOMPARE(server.messages().first().authUser, User);
            if (!implicit) // the fixture's "tls" flag sees STARTTLS only
                QVERIFY(server.messages().first().tls);
            QVERIFY(h.session.tlsReport().handshakeDone);
        } else {
            QCOMPARE(auth->state, MilestoneState::Failed);
            QCOMPARE(auth->reply.code, 535);
            QCOMPARE(auth->diagnosis.meaning, ReplyCatalog::explain(auth->reply, MilestoneKind::Auth).meaning);
            QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitAuth));
            QVERIFY(server.messages().isEmpty());
        }
        if (!implicit) // aiosmtpd offers AUTH only inside TLS: the new capability is pointed out.
            QVERIFY(transcriptText(h.session).contains(QStringLiteral("New after STARTTLS: AUTH")));
        const QStringList leaked = leakedSecrets(everythingWritten(h.session), secretForms(User, Password));
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
    }

    void aiosmtpdRequiresStartTls()
    {
        // A server that requires STARTTLS, tested without TLS: 530 and a clear warning.
        AiosmtpdFixture server;
        server.setTls(m_certs.valid().certificate, m_certs.valid().key, true, false);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SessionHarness h;
        h.session.setOptions(options(server.port(), TlsMode::Off, QStringLiteral("frank@example.com")));
        QVERIFY(runSession(h.session, 30'000));
        const Milestone *mail = findMilestone(h.session, MilestoneKind::Mail);
        QCOMPARE(mail->state, MilestoneState::Failed);
        QCOMPARE(mail->reply.code, 530);
        QVERIFY2(transcriptText(h.session).contains(QStringLiteral("The server requires STARTTLS first")),
                 qPrintable(transcriptText(h.session)));
        QVERIFY(!mail->diagnosis.meaning.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTlsRealServers)
#include "tst_tlsrealservers.moc"
