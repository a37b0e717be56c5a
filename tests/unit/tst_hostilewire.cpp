// A hostile server seen through the fake transport: what it sends during an AUTH exchange, while a
// certificate decision is pending, before a command is sent, and how slowly it may answer.
#include "base/printable.h"
#include "diagnosis/catalogexplainer.h"
#include "evidence/reportdata.h"
#include "evidence/textreport.h"
#include "faketransport.h"
#include "smtp/sessionwire.h"
#include "smtp/smtpsession.h"
#include "tls/certificatepolicy.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace mailflow;
using mailflow::test::FakeTransport;

namespace {

/** Replies to each command by its verb (queued, as a real server's replies are). */
class VerbServer : public QObject
{
public:
    VerbServer(FakeTransport *transport, const QByteArray &greeting)
        : m_transport(transport)
    {
        connect(
            transport, &Transport::connected, this,
            [this, greeting] {
                if (!greeting.isEmpty())
                    m_transport->injectRead(greeting);
            },
            Qt::QueuedConnection);
        connect(
            transport, &FakeTransport::wrote, this,
            [this](const QByteArray &bytes) {
                m_buffer += bytes;
                qsizetype end = 0;
                while ((end = m_buffer.indexOf("\r\n")) >= 0) {
                    const QByteArray verb = m_buffer.left(end).split(' ').value(0).toUpper();
                    m_buffer.remove(0, end + 2);
                    const QByteArray answer = m_replies.value(verb, "250 ok\r\n");
                    if (!answer.isEmpty())
                        m_transport->injectRead(answer);
                }
            },
            Qt::QueuedConnection);
    }
    void reply(const QByteArray &verb, const QByteArray &text) { m_replies.insert(verb, text); }

private:
    FakeTransport *m_transport;
    QHash<QByteArray, QByteArray> m_replies;
    QByteArray m_buffer;
};

SessionOptions options()
{
    SessionOptions o;
    o.host = QStringLiteral("mx.test.example");
    o.ehloName = QStringLiteral("client.test");
    o.mailFrom = QStringLiteral("helpdesk@test.example");
    o.recipients = {Recipient {QStringLiteral("user@test.example"), {}, {}}};
    o.message.bodyText = QStringLiteral("Hello\n");
    o.timeouts = Timeouts::uniform(5000);
    o.tls.mode = TlsMode::Off;
    return o;
}

bool anyEntryHasControls(const Transcript &transcript)
{
    for (const TranscriptEntry &e : transcript.entries()) {
        if (hasControlCharacters(e.text))
            return true;
    }
    return false;
}

QString joined(const Transcript &transcript)
{
    QStringList lines;
    for (const TranscriptEntry &e : transcript.entries())
        lines << Transcript::marker(e.direction) + u' ' + e.text;
    return lines.join(u'\n');
}

const Milestone *firstFailed(const Checklist &checklist)
{
    for (const Milestone &m : checklist.milestones()) {
        if (m.state == MilestoneState::Failed)
            return &m;
    }
    return nullptr;
}

} // namespace

class TstHostileWire : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authChallengeIsEscaped()
    {
        FakeTransport transport;
        VerbServer server(&transport, "220 mx.test.example ESMTP\r\n");
        server.reply("EHLO", "250-mx.test.example\r\n250 AUTH LOGIN\r\n");
        // Decoded: an ANSI clear screen, then a forged transcript line after CR LF and U+2028.
        const QByteArray hostile = QByteArray("\x1b[2J\r\nS: 235 2.7.0 forged\xe2\x80\xa8"
                                              "C: ok")
                                       .toBase64();
        server.reply("AUTH", "334 " + hostile + "\r\n");
        server.reply("*", "501 cancelled\r\n");
        server.reply("DGLT", "334 " + hostile + "\r\n");
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        SessionOptions o = options();
        o.auth.mechanism = AuthMechanism::Login;
        o.auth.user = QStringLiteral("tim");
        o.auth.allowPlaintext = true;
        o.stopAfter = StopPoint::Auth;
        session.setOptions(o);
        session.setCredentials(Credentials {QStringLiteral("pw")});
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.startNewTest();
        session.runTo(StopPoint::Auth);
        QVERIFY(finished.wait(5000));
        const QString text = joined(*session.transcript());
        QVERIFY2(text.contains(QStringLiteral("\\x1b[2J\\x0d\\x0aS: 235 2.7.0 forged\\u2028C: ok")), qPrintable(text));
        QVERIFY2(!anyEntryHasControls(*session.transcript()), qPrintable(text));
    }

    void consoleAuthChallengeIsEscaped()
    {
        FakeTransport transport;
        VerbServer server(&transport, "220 mx.test.example ESMTP\r\n");
        server.reply("AUTH", "334 " + QByteArray("\x1b]0;owned\x07\r\nS: 235").toBase64() + "\r\n");
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        session.setOptions(options());
        QSignalSpy steps(&session, &SmtpSession::stepFinished);
        session.startNewTest();
        session.connectToServer();
        QVERIFY(steps.wait(5000));
        QString why;
        QVERIFY2(session.sendRaw(QStringLiteral("AUTH LOGIN"), &why), qPrintable(why));
        QTRY_VERIFY(joined(*session.transcript()).contains(QStringLiteral("Challenge (decoded)")));
        const QString text = joined(*session.transcript());
        QVERIFY2(text.contains(QStringLiteral("\\x1b]0;owned\\x07\\x0d\\x0aS: 235")), qPrintable(text));
        QVERIFY2(!anyEntryHasControls(*session.transcript()), qPrintable(text));
    }

    /** A transcript recorded elsewhere (an older history, a hand-edited file) reaches a terminal or a text
     *  report escaped all the same. */
    void terminalAndTextReportEscape()
    {
        TranscriptEntry e;
        e.direction = TranscriptEntry::Direction::Info;
        e.text = QStringLiteral("Challenge \x1b[2J\r\nS: 250 forged\u2029\u202e");
        const QString line = Transcript::terminalLine(e);
        QVERIFY2(!hasControlCharacters(line), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("\\x1b[2J\\x0d\\x0aS: 250 forged\\u2029\\u202e")));
        ReportData data;
        data.transcript = {e};
        const QString report = reportToText(data);
        QVERIFY(report.contains(QStringLiteral("\\x1b[2J\\x0d\\x0aS: 250 forged")));
        QVERIFY(!report.contains(u'\x1b'));
        QVERIFY(!report.contains(QChar(0x2029)));
    }

    /** While a person decides about a certificate, what the server sends is held, but only up to a limit. */
    void heldBytesAreBounded()
    {
        FakeTransport transport;
        TlsReport report;
        report.handshakeDone = true;
        TlsProblem problem;
        problem.kind = TlsProblem::Kind::SelfSigned;
        problem.error = QSslError::SelfSignedCertificate;
        report.problems = {problem};
        transport.setTlsReport(report);
        VerbServer server(&transport, "220 mx.test.example ESMTP\r\n");
        server.reply("EHLO", "250-mx.test.example\r\n250 STARTTLS\r\n");
        server.reply("STARTTLS", "220 go ahead\r\n");
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        SessionOptions o = options();
        o.tls.mode = TlsMode::StartTls;
        session.setOptions(o);
        FixedCertificatePolicy policy(CertificatePolicy::Decision::Ask);
        session.setCertificatePolicy(&policy);
        QSignalSpy asked(&session, &SmtpSession::certificateDecisionNeeded);
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.startNewTest();
        session.runTo(StopPoint::Quit);
        QVERIFY(asked.wait(5000));
        QVERIFY(session.isWaitingForCertificateDecision());
        // A little is held and would be read after the decision.
        QVERIFY(transport.injectRead("250 early\r\n"));
        QCOMPARE(finished.count(), 0);
        const QByteArray chunk(16 * 1024, 'A');
        int sent = 0;
        while (finished.isEmpty() && sent < 16 * 1024) { // 256 MiB at most, if nothing stopped it
            if (!transport.injectRead(chunk))
                break;
            ++sent;
        }
        QCOMPARE(finished.count(), 1);
        QVERIFY2(sent * chunk.size() <= SessionWire::MaxHeldBytes, qPrintable(QString::number(sent)));
        const Milestone *failed = firstFailed(*session.checklist());
        QVERIFY(failed);
        QCOMPARE(failed->kind, MilestoneKind::Tls);
        QCOMPARE(failed->failure, FailureKind::ProtocolError);
        QVERIFY2(failed->summary.contains(QStringLiteral("more than 64 KiB")), qPrintable(failed->summary));
        QVERIFY(!session.isWaitingForCertificateDecision());
        session.continueAfterCertificate(true); // the late answer changes nothing
        QCOMPARE(session.state(), SmtpSession::State::Disconnected);
    }

    /** Replies that come before the client's command cannot be matched to it. */
    void answerBeforeCommand()
    {
        FakeTransport transport;
        VerbServer server(&transport, "220 mx.test.example ESMTP\r\n250 2.0.0 early\r\n");
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        session.setOptions(options());
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.startNewTest();
        session.runTo(StopPoint::Quit);
        QVERIFY(finished.wait(5000));
        const Milestone *failed = firstFailed(*session.checklist());
        QVERIFY(failed);
        QCOMPARE(failed->kind, MilestoneKind::Ehlo);
        QCOMPARE(failed->failure, FailureKind::ProtocolError);
        QVERIFY2(failed->summary.contains(QStringLiteral("answered before the command was sent")),
                 qPrintable(failed->summary));
        QVERIFY(!transport.written().contains("EHLO"));
    }

    /** A multiline reply whose lines trickle in keeps the idle timer fresh, never past the deadline. */
    void replyDeadline()
    {
        FakeTransport transport;
        VerbServer server(&transport, "220-mx.test.example\r\n");
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        SessionOptions o = options();
        o.timeouts.greetingMs = 400;
        session.setOptions(o);
        QTimer drip;
        drip.setInterval(100); // a line every 100 ms: never idle for 400 ms
        connect(&drip, &QTimer::timeout, &transport, [&transport] { transport.injectRead("220-still here\r\n"); });
        connect(&transport, &Transport::connected, &drip, qOverload<>(&QTimer::start));
        QSignalSpy finished(&session, &SmtpSession::finished);
        QElapsedTimer clock;
        clock.start();
        session.startNewTest();
        session.runTo(StopPoint::Quit);
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() < 1500, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(clock.elapsed() >= 700);
        const Milestone *failed = firstFailed(*session.checklist());
        QVERIFY(failed);
        QCOMPARE(failed->kind, MilestoneKind::Connect);
        QCOMPARE(failed->failure, FailureKind::Timeout);
        QVERIFY2(failed->summary.contains(QStringLiteral("trickling in for 0.8 s")), qPrintable(failed->summary));
    }
};

QTEST_GUILESS_MAIN(TstHostileWire)
#include "tst_hostilewire.moc"
