// The TLS/AUTH parts of SmtpSession's plan over FakeTransport: which milestones are planned, the
// STARTTLS order, discarding what follows 220, and masking of AUTH typed in the expert console.
#include "diagnosis/catalogexplainer.h"
#include "faketransport.h"
#include "smtp/smtpsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

class TstSecurityPlan : public QObject
{
    Q_OBJECT

private:
    static SessionOptions options(TlsMode mode, bool auth, StopPoint stop = StopPoint::Quit)
    {
        SessionOptions o;
        o.host = QStringLiteral("mail.example.com");
        o.port = 25;
        o.ehloName = QStringLiteral("client.test");
        o.mailFrom = QStringLiteral("a@example.com");
        o.recipients = {Recipient {QStringLiteral("b@example.com"), {}, {}}};
        o.stopAfter = stop;
        o.tls.mode = mode;
        if (auth) {
            o.auth.mechanism = AuthMechanism::Plain;
            o.auth.user = QStringLiteral("a");
        }
        return o;
    }

    static QStringList plan(const SmtpSession &session)
    {
        QStringList keys;
        for (const Milestone &m : session.checklist()->milestones())
            keys << Checklist::kindKey(m.kind)
                    + (m.subject.isEmpty() || m.kind != MilestoneKind::Ehlo ? QString() : QStringLiteral("+"));
        return keys;
    }

    static QString transcriptText(const SmtpSession &session)
    {
        QStringList lines;
        for (const TranscriptEntry &e : session.transcript()->entries())
            lines << Transcript::marker(e.direction) + u' ' + e.text;
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void plannedMilestones_data()
    {
        QTest::addColumn<TlsMode>("mode");
        QTest::addColumn<bool>("auth");
        QTest::addColumn<StopPoint>("stop");
        QTest::addColumn<QString>("expected");
        QTest::newRow("off") << TlsMode::Off << false << StopPoint::Mail << QStringLiteral("connect ehlo mail quit");
        QTest::newRow("starttls-auth") << TlsMode::StartTls << true << StopPoint::Mail
                                       << QStringLiteral("connect ehlo starttls tls ehlo+ auth mail quit");
        QTest::newRow("implicit-auth") << TlsMode::Implicit << true << StopPoint::Auth
                                       << QStringLiteral("connect tls ehlo auth quit");
        QTest::newRow("auto-port-25-optional")
            << TlsMode::Auto << false << StopPoint::Ehlo << QStringLiteral("connect ehlo starttls tls ehlo+ quit");
        QTest::newRow("stop-at-connect") << TlsMode::StartTls << true << StopPoint::Connect
                                         << QStringLiteral("connect quit");
        QTest::newRow("stop-at-ehlo-no-auth")
            << TlsMode::Off << true << StopPoint::Ehlo << QStringLiteral("connect ehlo quit");
    }
    void plannedMilestones()
    {
        QFETCH(TlsMode, mode);
        QFETCH(bool, auth);
        QFETCH(StopPoint, stop);
        QFETCH(QString, expected);
        FakeTransport transport;
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        session.setOptions(options(mode, auth, stop));
        session.startNewTest();
        QCOMPARE(plan(session).join(u' '), expected);
    }

    void startTlsOrderAndInjection()
    {
        FakeTransport transport;
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        session.setOptions(options(TlsMode::StartTls, false, StopPoint::Ehlo));
        session.startNewTest();
        session.runTo(StopPoint::Ehlo);
        QTRY_VERIFY(transport.isConnected());
        QVERIFY(transport.injectRead("220 mail.example.com ESMTP\r\n"));
        QTRY_COMPARE(transport.writtenLines().size(), 1);
        QVERIFY(transport.injectRead("250-mail.example.com\r\n250 STARTTLS\r\n"));
        QTRY_COMPARE(transport.writtenLines().size(), 2);
        QCOMPARE(transport.writtenLines().at(1), QByteArray("STARTTLS"));
        // A 220 followed at once by an injected reply: the extra line must be dropped, not read as
        // the answer to the EHLO after TLS.
        QVERIFY(transport.injectRead("220 go ahead\r\n250 injected\r\n"));
        QTRY_COMPARE(transport.startTlsCalls(), 1);
        QTRY_COMPARE(transport.writtenLines().size(), 4); // marker, then EHLO again
        QCOMPARE(transport.writtenLines().at(2), FakeTransport::startTlsMarker());
        QCOMPARE(transport.writtenLines().at(3), QByteArray("EHLO client.test"));
        QVERIFY(transcriptText(session).contains(QStringLiteral("they were discarded")));
        QVERIFY(session.isBusy()); // still waiting for the real EHLO reply
        QVERIFY(transport.injectRead("250-mail.example.com\r\n250 AUTH PLAIN\r\n"));
        QTRY_COMPARE(session.state(), SmtpSession::State::Closing);
        const int after = session.checklist()->indexOf(
            MilestoneKind::Ehlo, QCoreApplication::translate("mailflow::SmtpSession", "after STARTTLS"));
        QVERIFY(after > 0);
        QCOMPARE(session.checklist()->at(after).state, MilestoneState::Passed);
        QCOMPARE(session.checklist()->at(after).reply.lines().last(), QStringLiteral("AUTH PLAIN"));
    }

    void rawAuthAnswersAreMasked()
    {
        FakeTransport transport;
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        session.setOptions(options(TlsMode::Off, false, StopPoint::Ehlo));
        session.startNewTest();
        session.connectToServer();
        QTRY_VERIFY(transport.isConnected());
        QVERIFY(transport.injectRead("220 mail.example.com ESMTP\r\n"));
        QTRY_COMPARE(session.state(), SmtpSession::State::Connected);
        QVERIFY(session.sendRaw(QStringLiteral("AUTH LOGIN")));
        QVERIFY(transport.injectRead("334 VXNlcm5hbWU6\r\n"));
        QTRY_VERIFY(!session.isBusy());
        QVERIFY(session.sendRaw(QStringLiteral("dXNlcg==")));
        QVERIFY(transport.injectRead("334 UGFzc3dvcmQ6\r\n"));
        QTRY_VERIFY(!session.isBusy());
        QVERIFY(session.sendRaw(QStringLiteral("c2VjcmV0LXB3")));
        QVERIFY(transport.injectRead("235 2.7.0 ok\r\n"));
        QTRY_VERIFY(!session.isBusy());
        const QString text = transcriptText(session);
        QVERIFY2(!text.contains(QStringLiteral("c2VjcmV0LXB3")), qPrintable(text));
        QVERIFY(!text.contains(QStringLiteral("dXNlcg==")));
        QVERIFY(text.contains(QStringLiteral("Challenge (decoded): \"Password:\"")));
        QVERIFY(transport.written().contains("c2VjcmV0LXB3\r\n")); // it was sent, only not shown
        const int auth = session.checklist()->indexOf(MilestoneKind::Auth);
        QCOMPARE(session.checklist()->at(auth).state, MilestoneState::Passed);
        // Back to normal: the next raw line is shown.
        QVERIFY(session.sendRaw(QStringLiteral("NOOP")));
        QVERIFY(transcriptText(session).contains(QStringLiteral("C: NOOP")));
    }
};

QTEST_GUILESS_MAIN(TstSecurityPlan)
#include "tst_securityplan.moc"
