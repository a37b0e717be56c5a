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
#include "smtp/smtpsession.h"
#include "smtp/sockettransport.h"
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

    struct Harness
    {
        SocketTransport transport;
        SmtpSession session {&transport};

        Harness() { session.setExplainer(catalogExplainer()); }
    };

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

    static bool run(SmtpSession &session)
    {
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.startNewTest();
        session.runTo(session.options().stopAfter);
        return finished.count() > 0 || finished.wait(30'000);
    }

    static const Milestone *milestone(const SmtpSession &session, MilestoneKind kind, const QString &subject = {})
    {
        const int index = session.checklist()->indexOf(kind, subject);
        return index < 0 ? nullptr : &session.checklist()->at(index);
    }

    static QString written(const SmtpSession &session)
    {
        QStringList lines;
        for (const TranscriptEntry &e : session.transcript()->entries())
            lines << e.text;
        lines << QString::fromUtf8(QJsonDocument(reportToJson(*session.transcript(), *session.checklist(),
                                                              evaluateOutcome(session), session.options()))
                                       .toJson());
        return lines.join(u'\n');
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
        Harness h;
        SessionOptions o = options(postfix.port(), TlsMode::StartTls, QStringLiteral("anyone@postfix.test"));
        if (!trusted)
            o.tls.caFile.clear();
        h.session.setOptions(o);
        QVERIFY(run(h.session));
        if (trusted) {
            QVERIFY2(exitCodeFor(*h.session.checklist()) == ExitOk, qPrintable(written(h.session)));
            QCOMPARE(milestone(h.session, MilestoneKind::Tls)->state, MilestoneState::Passed);
            QVERIFY(h.session.tlsReport().isVerified());
            QVERIFY(milestone(h.session, MilestoneKind::EndOfData)->reply.text().contains(QStringLiteral("queued as")));
            QTRY_VERIFY_WITH_TIMEOUT(postfix.log().contains(QStringLiteral("starttls=1")), 10'000);
            QTRY_VERIFY_WITH_TIMEOUT(postfix.log().contains(QStringLiteral("status=sent")), 10'000);
        } else {
            QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitTls));
            QCOMPARE(milestone(h.session, MilestoneKind::Tls)->state, MilestoneState::Failed);
            QVERIFY(h.session.tlsReport().hasProblem(TlsProblem::Kind::UnknownIssuer));
            QVERIFY(!postfix.log().contains(QStringLiteral("client=localhost")));
        }
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
        Harness h;
        SessionOptions o = options(server.port(), implicit ? TlsMode::Implicit : TlsMode::StartTls,
                                   QStringLiteral("frank@example.com"));
        o.auth.mechanism = mechanism;
        o.auth.user = User;
        h.session.setOptions(o);
        h.session.setCredentials(Credentials {right ? Password : QStringLiteral("not-it")});
        QVERIFY(run(h.session));
        const Milestone *auth = milestone(h.session, MilestoneKind::Auth);
        QVERIFY(auth);
        QCOMPARE(milestone(h.session, MilestoneKind::Tls)->state, MilestoneState::Passed);
        if (right) {
            QCOMPARE(auth->state, MilestoneState::Passed);
            QVERIFY2(exitCodeFor(*h.session.checklist()) == ExitOk, qPrintable(written(h.session)));
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
            QVERIFY(written(h.session).contains(QStringLiteral("New after STARTTLS: AUTH")));
        const QStringList leaked = leakedSecrets(written(h.session), secretForms(User, Password));
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u' ')));
    }

    void aiosmtpdRequiresStartTls()
    {
        // A server that requires STARTTLS, tested without TLS: 530 and a clear warning.
        AiosmtpdFixture server;
        server.setTls(m_certs.valid().certificate, m_certs.valid().key, true, false);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Harness h;
        h.session.setOptions(options(server.port(), TlsMode::Off, QStringLiteral("frank@example.com")));
        QVERIFY(run(h.session));
        const Milestone *mail = milestone(h.session, MilestoneKind::Mail);
        QCOMPARE(mail->state, MilestoneState::Failed);
        QCOMPARE(mail->reply.code, 530);
        QVERIFY2(written(h.session).contains(QStringLiteral("The server requires STARTTLS first")),
                 qPrintable(written(h.session)));
        QVERIFY(!mail->diagnosis.meaning.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstTlsRealServers)
#include "tst_tlsrealservers.moc"
