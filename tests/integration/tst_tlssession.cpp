// SmtpSession over a real QSslSocket against a TLS-speaking loopback server, with certificates made
// by openssl at test time: STARTTLS, implicit TLS, each bad certificate, policies, client certificates.
#include "diagnosis/catalogexplainer.h"
#include "diagnosis/exitcodes.h"
#include "diagnosis/verdict.h"
#include "sessionharness.h"
#include "smtp/smtpsession.h"
#include "smtp/testplan.h"
#include "testcertificates.h"
#include "tls/certificatepolicy.h"
#include "tlssmtpserver.h"

#include <QSignalSpy>
#include <QSslCertificate>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

class TstTlsSession : public QObject
{
    Q_OBJECT

private:
    TestCertificates m_certs;

    static SessionOptions options(quint16 port, TlsMode mode, const QString &caFile)
    {
        SessionOptions o;
        o.host = QStringLiteral("localhost");
        o.port = port;
        o.ehloName = QStringLiteral("client.test");
        o.mailFrom = QStringLiteral("sender@example.com");
        o.recipients = {Recipient {QStringLiteral("rcpt@example.com"), {}, {}}};
        o.message.subject = QStringLiteral("TLS test");
        o.message.bodyText = QStringLiteral("Hello over TLS.");
        o.timeouts = Timeouts::uniform(10'000);
        o.tls.mode = mode;
        o.tls.caFile = caFile;
        return o;
    }

    static QString afterTls() { return QCoreApplication::translate("mailflow::SmtpSession", "after STARTTLS"); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_certs.generate(), qPrintable(m_certs.errorString())); }

    void validChainPasses_data()
    {
        QTest::addColumn<bool>("implicit");
        QTest::addColumn<bool>("rsa");
        QTest::newRow("starttls") << false << false;
        QTest::newRow("implicit") << true << false;
        QTest::newRow("starttls-rsa") << false << true;
    }
    void validChainPasses()
    {
        QFETCH(bool, implicit);
        QFETCH(bool, rsa);
        TlsSmtpServer server(implicit ? TlsSmtpServer::Mode::Implicit : TlsSmtpServer::Mode::StartTls);
        const auto pair = rsa ? m_certs.validRsa() : m_certs.valid();
        QVERIFY(server.setCertificate(pair.certificate, pair.key));
        server.setAuth(QStringLiteral("alice"), QStringLiteral("s3cret"));
        QVERIFY(server.listenOnLoopback());

        SessionHarness h;
        h.session.setOptions(
            options(server.port(), implicit ? TlsMode::Implicit : TlsMode::StartTls, m_certs.caCertificate()));
        QSignalSpy encryption(&h.session, &SmtpSession::encryptionChanged);
        QVERIFY(runSession(h.session));
        const QString text = transcriptText(h.session);

        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Passed);
        QCOMPARE(milestoneState(h.session, MilestoneKind::Connect), MilestoneState::Passed);
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Passed);
        if (!implicit) {
            QCOMPARE(milestoneState(h.session, MilestoneKind::StartTls), MilestoneState::Passed);
            QCOMPARE(milestoneState(h.session, MilestoneKind::Ehlo, afterTls()), MilestoneState::Passed);
            QVERIFY2(text.contains(QStringLiteral("New after STARTTLS: AUTH PLAIN LOGIN CRAM-MD5")), qPrintable(text));
            // STARTTLS before MAIL, and EHLO again after it.
            const QList<QByteArray> lines = server.received();
            QCOMPARE(lines.at(0), QByteArray("EHLO client.test"));
            QCOMPARE(lines.at(1), QByteArray("STARTTLS"));
            QCOMPARE(lines.at(2), QByteArray("EHLO client.test"));
            QVERIFY(lines.at(3).startsWith("MAIL FROM:"));
        }
        QCOMPARE(server.handshakes(), 1);
        QCOMPARE(server.messages(), 1);
        QVERIFY(encryption.count() >= 1);
        QCOMPARE(encryption.first().first().toBool(), true);

        const TlsReport &r = h.session.tlsReport();
        QVERIFY(r.handshakeDone);
        QVERIFY(r.isVerified());
        QVERIFY2(r.protocol == u"TLS 1.3" || r.protocol == u"TLS 1.2", qPrintable(r.protocol));
        QVERIFY(!r.cipher.isEmpty());
        QVERIFY(r.cipherBits >= 128);
        QCOMPARE(r.sniName, QStringLiteral("localhost"));
        QVERIFY(r.nameMatches);
        QVERIFY(!r.chain.isEmpty());
        const CertificateSummary &leaf = r.chain.first();
        QVERIFY2(leaf.subject.contains(QStringLiteral("CN=localhost")), qPrintable(leaf.subject));
        QVERIFY2(leaf.issuer.contains(QStringLiteral("CN=Mailflow Test CA")), qPrintable(leaf.issuer));
        QVERIFY(leaf.subjectAlternativeNames.contains(QStringLiteral("DNS:localhost")));
        QVERIFY(leaf.subjectAlternativeNames.contains(QStringLiteral("IP:127.0.0.1")));
        QCOMPARE(leaf.keyType, rsa ? QStringLiteral("RSA") : QStringLiteral("EC"));
        QCOMPARE(leaf.keyBits, rsa ? 2048 : 256);
        QVERIFY(leaf.daysLeft >= 823 && leaf.daysLeft <= 825);
        const QSslCertificate cert = QSslCertificate::fromPath(pair.certificate).value(0);
        const QString fingerprint = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
        QCOMPARE(leaf.sha256Fingerprint, fingerprint);
        // The same, readable, in the transcript.
        QVERIFY2(text.contains(QStringLiteral("SHA-256 fingerprint: ") + fingerprint), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Server name sent (SNI): localhost")));
        QVERIFY(text.contains(QStringLiteral("Verification: passed")));
        QVERIFY(text.contains(QStringLiteral("Name check: \"localhost\" matches the certificate.")));
    }

    void ipLiteralSendsNoSni()
    {
        TlsSmtpServer server(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.setCertificate(m_certs.valid().certificate, m_certs.valid().key));
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        SessionOptions o = options(server.port(), TlsMode::StartTls, m_certs.caCertificate());
        o.host = QStringLiteral("127.0.0.1");
        o.stopAfter = StopPoint::Ehlo;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Passed);
        QVERIFY(h.session.tlsReport().sniName.isEmpty());
        QVERIFY(h.session.tlsReport().nameMatches); // the IP address is in the SAN
        QVERIFY(transcriptText(h.session).contains(QStringLiteral("Server name sent (SNI): none")));
        QVERIFY(!server.sawCommand("MAIL"));
    }

    void badCertificateStops_data()
    {
        QTest::addColumn<QString>("which");
        QTest::addColumn<bool>("implicit");
        QTest::addColumn<QString>("kind");
        for (bool implicit : {false, true}) {
            const char *mode = implicit ? "implicit" : "starttls";
            QTest::addRow("expired-%s", mode) << QStringLiteral("expired") << implicit << QStringLiteral("expired");
            QTest::addRow("self-signed-%s", mode)
                << QStringLiteral("selfsigned") << implicit << QStringLiteral("self-signed");
            QTest::addRow("wrong-name-%s", mode)
                << QStringLiteral("wrongname") << implicit << QStringLiteral("name-mismatch");
            QTest::addRow("unknown-ca-%s", mode)
                << QStringLiteral("noca") << implicit << QStringLiteral("unknown-issuer");
        }
    }
    void badCertificateStops()
    {
        QFETCH(QString, which);
        QFETCH(bool, implicit);
        QFETCH(QString, kind);
        TestCertificates::Pair pair = m_certs.valid();
        if (which == u"expired")
            pair = m_certs.expired();
        else if (which == u"selfsigned")
            pair = m_certs.selfSigned();
        else if (which == u"wrongname")
            pair = m_certs.wrongName();
        TlsSmtpServer server(implicit ? TlsSmtpServer::Mode::Implicit : TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.setCertificate(pair.certificate, pair.key));
        QVERIFY(server.listenOnLoopback());

        SessionHarness h;
        h.session.setOptions(options(server.port(), implicit ? TlsMode::Implicit : TlsMode::StartTls,
                                     which == u"noca" ? QString() : m_certs.caCertificate()));
        FixedCertificatePolicy policy(CertificatePolicy::Decision::Stop);
        h.session.setCertificatePolicy(&policy);
        QVERIFY(runSession(h.session));

        QCOMPARE(policy.timesAsked(), 1);
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitTls));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Failed);
        const TlsReport &r = h.session.tlsReport();
        QStringList kinds;
        for (const TlsProblem &p : r.problems) {
            kinds << TlsProblem::kindKey(p.kind);
            QVERIFY(!p.qtReason.isEmpty());
        }
        QVERIFY2(kinds.contains(kind), qPrintable(kinds.join(u',')));
        QCOMPARE(r.nameMatches, kind != u"name-mismatch");
        const Milestone *tls = findMilestone(h.session, MilestoneKind::Tls);
        QVERIFY(tls);
        QVERIFY2(tls->summary.contains(kind), qPrintable(tls->summary));
        TlsProblem::Kind expectedKind = TlsProblem::Kind::Other;
        for (const TlsProblem &p : r.problems) {
            if (TlsProblem::kindKey(p.kind) == kind)
                expectedKind = p.kind;
        }
        QVERIFY(tls->diagnosis.meaning.contains(TlsProblem::explanation(expectedKind)));
        const QString text = transcriptText(h.session);
        QVERIFY2(text.contains(TlsProblem::explanation(expectedKind)), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Stopped: the server's certificate failed verification.")));
        // Nothing was said over the refused connection.
        QVERIFY(!server.sawCommand("MAIL"));
        if (!implicit)
            QCOMPARE(server.received().size(), 2); // EHLO, STARTTLS
        else
            QVERIFY(server.received().isEmpty());
        QVERIFY(!h.session.checklist()->at(h.session.checklist()->indexOf(MilestoneKind::Quit)).isFinished()
                || milestoneState(h.session, MilestoneKind::Quit) == MilestoneState::Skipped);
    }

    void optionalModeWarnsAndGoesOn()
    {
        TlsSmtpServer server(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.setCertificate(m_certs.selfSigned().certificate, m_certs.selfSigned().key));
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        h.session.setOptions(options(server.port(), TlsMode::Optional, {}));
        FixedCertificatePolicy policy(CertificatePolicy::Decision::Stop);
        h.session.setCertificatePolicy(&policy);
        QVERIFY(runSession(h.session));
        QCOMPARE(policy.timesAsked(), 0);
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Warning);
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Passed);
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
        QCOMPARE(evaluateOutcome(h.session).verdict, SessionOutcome::Verdict::Warning);
        QVERIFY(transcriptText(h.session).contains(QStringLiteral("Opportunistic TLS")));
        QCOMPARE(server.messages(), 1);
    }

    void defaultModeFollowsPort()
    {
        QCOMPARE(effectiveTlsMode(TlsMode::Auto, 465), TlsMode::Implicit);
        QCOMPARE(effectiveTlsMode(TlsMode::Auto, 587), TlsMode::StartTls);
        QCOMPARE(effectiveTlsMode(TlsMode::Auto, 25), TlsMode::Optional);
        QCOMPARE(effectiveTlsMode(TlsMode::Off, 465), TlsMode::Off);
    }

    void verificationOffContinues()
    {
        TlsSmtpServer server(TlsSmtpServer::Mode::Implicit);
        QVERIFY(server.setCertificate(m_certs.expired().certificate, m_certs.expired().key));
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        SessionOptions o = options(server.port(), TlsMode::Implicit, m_certs.caCertificate());
        o.tls.verifyCertificate = false;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Warning);
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Passed);
        QVERIFY(transcriptText(h.session).contains(QStringLiteral("Certificate verification is turned off")));
        QVERIFY(h.session.tlsReport().hasProblem(TlsProblem::Kind::Expired));
    }

    void policyContinueIsWritten()
    {
        TlsSmtpServer server(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.setCertificate(m_certs.wrongName().certificate, m_certs.wrongName().key));
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        h.session.setOptions(options(server.port(), TlsMode::StartTls, m_certs.caCertificate()));
        FixedCertificatePolicy policy(CertificatePolicy::Decision::Continue);
        h.session.setCertificatePolicy(&policy);
        QVERIFY(runSession(h.session));
        QCOMPARE(policy.timesAsked(), 1);
        QVERIFY(policy.lastReport().hasProblem(TlsProblem::Kind::NameMismatch));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Warning);
        QCOMPARE(server.messages(), 1);
        QVERIFY(transcriptText(h.session).contains(QStringLiteral("as chosen for this test only")));
    }

    void askWaitsForAnswer_data()
    {
        QTest::addColumn<bool>("proceed");
        QTest::newRow("continue") << true;
        QTest::newRow("stop") << false;
    }
    void askWaitsForAnswer()
    {
        QFETCH(bool, proceed);
        TlsSmtpServer server(TlsSmtpServer::Mode::Implicit);
        QVERIFY(server.setCertificate(m_certs.selfSigned().certificate, m_certs.selfSigned().key));
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        h.session.setOptions(options(server.port(), TlsMode::Implicit, {}));
        FixedCertificatePolicy policy(CertificatePolicy::Decision::Ask);
        h.session.setCertificatePolicy(&policy);
        QSignalSpy asked(&h.session, &SmtpSession::certificateDecisionNeeded);
        QSignalSpy finished(&h.session, &SmtpSession::finished);
        h.session.startNewTest();
        h.session.runTo(StopPoint::Quit);
        QVERIFY(asked.wait(10'000));
        QVERIFY(h.session.isWaitingForCertificateDecision());
        QVERIFY(h.session.isBusy());
        QVERIFY(asked.first().first().value<TlsReport>().hasProblem(TlsProblem::Kind::SelfSigned));
        // The server's greeting arrives meanwhile; it must wait, not be lost.
        QTest::qWait(200);
        QCOMPARE(finished.count(), 0);
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Running);
        h.session.continueAfterCertificate(proceed);
        QVERIFY(finished.count() > 0 || finished.wait(10'000));
        if (proceed) {
            QCOMPARE(milestoneState(h.session, MilestoneKind::Connect), MilestoneState::Passed);
            QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Passed);
            QCOMPARE(server.messages(), 1);
        } else {
            QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Failed);
            QCOMPARE(milestoneState(h.session, MilestoneKind::Connect), MilestoneState::Skipped);
            QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitTls));
            QVERIFY(server.received().isEmpty());
        }
    }

    void startTlsNotOffered_data()
    {
        QTest::addColumn<TlsMode>("mode");
        QTest::addColumn<MilestoneState>("startTls");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("required") << TlsMode::StartTls << MilestoneState::Failed << int(ExitTls);
        QTest::newRow("optional") << TlsMode::Optional << MilestoneState::Skipped << int(ExitOk);
    }
    void startTlsNotOffered()
    {
        QFETCH(TlsMode, mode);
        QFETCH(MilestoneState, startTls);
        QFETCH(int, exitCode);
        TlsSmtpServer server(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.setCertificate(m_certs.valid().certificate, m_certs.valid().key));
        server.setOfferStartTls(false);
        server.setStartTlsReply(QStringLiteral("502 5.5.2 Error: command not recognized"));
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        h.session.setOptions(options(server.port(), mode, m_certs.caCertificate()));
        QVERIFY(runSession(h.session));
        QCOMPARE(milestoneState(h.session, MilestoneKind::StartTls), startTls);
        QCOMPARE(exitCodeFor(*h.session.checklist()), exitCode);
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Skipped);
        QCOMPARE(server.sawCommand("MAIL"), mode == TlsMode::Optional);
        QCOMPARE(server.sawCommand("STARTTLS"), mode == TlsMode::StartTls);
        if (mode == TlsMode::StartTls) {
            const Milestone *m = findMilestone(h.session, MilestoneKind::StartTls);
            QCOMPARE(m->reply.code, 502);
            QVERIFY(!m->diagnosis.meaning.isEmpty());
        }
    }

    void handshakeFailureWarnsAboutMiddlebox()
    {
        // The server says 220 to STARTTLS but cannot do TLS (no certificate): the handshake fails.
        TlsSmtpServer server(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        h.session.setOptions(options(server.port(), TlsMode::StartTls, {}));
        QVERIFY(runSession(h.session));
        QCOMPARE(milestoneState(h.session, MilestoneKind::StartTls), MilestoneState::Passed);
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Failed);
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitTls));
        QVERIFY2(transcriptText(h.session).contains(QStringLiteral("offered STARTTLS and said 220, but the TLS "
                                                                   "handshake failed")),
                 qPrintable(transcriptText(h.session)));
    }

    void opportunisticTlsGoesOnWithoutTls()
    {
        // The same broken STARTTLS in opportunistic mode: as postfix's "may" level, connect again without TLS.
        TlsSmtpServer server(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        h.session.setOptions(options(server.port(), TlsMode::Optional, {}));
        QVERIFY(runSession(h.session));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Warning);
        QCOMPARE(milestoneState(h.session, MilestoneKind::Ehlo, TestPlan::afterStartTlsSubject()),
                 MilestoneState::Skipped);
        QCOMPARE(milestoneState(h.session, MilestoneKind::Connect, TestPlan::withoutTlsSubject()),
                 MilestoneState::Passed);
        QCOMPARE(milestoneState(h.session, MilestoneKind::Ehlo, TestPlan::withoutTlsSubject()), MilestoneState::Passed);
        QCOMPARE(findMilestone(h.session, MilestoneKind::EndOfData)->state, MilestoneState::Passed);
        QVERIFY(server.sawCommand("MAIL"));
        QVERIFY(!h.session.transport()->isEncrypted());
        QVERIFY2(transcriptText(h.session).contains(QStringLiteral("connects again and goes on without TLS")),
                 qPrintable(transcriptText(h.session)));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
    }

    void expiringSoonIsAWarning()
    {
        TlsSmtpServer server(TlsSmtpServer::Mode::Implicit);
        QVERIFY(server.setCertificate(m_certs.expiringSoon().certificate, m_certs.expiringSoon().key));
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        SessionOptions o = options(server.port(), TlsMode::Implicit, m_certs.caCertificate());
        o.stopAfter = StopPoint::Ehlo;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Warning);
        QVERIFY(h.session.tlsReport().isVerified());
        QVERIFY(transcriptText(h.session).contains(QStringLiteral("certificate expires in")));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
    }

    void clientCertificate_data()
    {
        QTest::addColumn<bool>("give");
        QTest::newRow("given") << true;
        QTest::newRow("missing") << false;
    }
    void clientCertificate()
    {
        QFETCH(bool, give);
        TlsSmtpServer server(TlsSmtpServer::Mode::Implicit);
        QVERIFY(server.setCertificate(m_certs.valid().certificate, m_certs.valid().key));
        QVERIFY(server.setClientCa(m_certs.caCertificate(), true));
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        SessionOptions o = options(server.port(), TlsMode::Implicit, m_certs.caCertificate());
        o.stopAfter = StopPoint::Ehlo;
        if (give) {
            o.tls.clientCertificateFile = m_certs.client().certificate;
            o.tls.clientKeyFile = m_certs.client().key;
        }
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        if (give) {
            QCOMPARE(milestoneState(h.session, MilestoneKind::Tls), MilestoneState::Passed);
            QCOMPARE(milestoneState(h.session, MilestoneKind::Ehlo), MilestoneState::Passed);
            QCOMPARE(server.clientCertificateSubject(), QStringLiteral("mailflow-client"));
        } else {
            // TLS 1.3 reports the refusal after the handshake, TLS 1.2 during it: the test fails either way.
            QCOMPARE(evaluateOutcome(h.session).verdict, SessionOutcome::Verdict::Failed);
            QVERIFY(server.clientCertificateSubject().isEmpty());
            QVERIFY(!server.sawCommand("EHLO"));
        }
    }

    void unreadableTlsFilesAreInputErrors()
    {
        SessionHarness h;
        SessionOptions o = options(9, TlsMode::StartTls, QStringLiteral("/nonexistent/ca.pem"));
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitBadInput));
        QVERIFY(transcriptText(h.session).contains(QStringLiteral("/nonexistent/ca.pem")));
    }

    void mustIssueStartTlsFirstWarns()
    {
        TlsSmtpServer server(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.setCertificate(m_certs.valid().certificate, m_certs.valid().key));
        server.setRequireTlsForMail(true);
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        h.session.setOptions(options(server.port(), TlsMode::Off, {}));
        QVERIFY(runSession(h.session));
        QCOMPARE(findMilestone(h.session, MilestoneKind::Mail)->state, MilestoneState::Failed);
        QCOMPARE(h.session.checklist()->indexOf(MilestoneKind::StartTls), -1);
        QVERIFY(transcriptText(h.session).contains(QStringLiteral("requires STARTTLS first")));
        QVERIFY(!server.sawCommand("STARTTLS"));
    }
};

QTEST_GUILESS_MAIN(TstTlsSession)
#include "tst_tlssession.moc"
