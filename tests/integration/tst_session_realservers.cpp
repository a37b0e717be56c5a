// The real SmtpSession over a real SocketTransport against servers started by the fixtures.
#include "aiosmtpdfixture.h"
#include "diagnosis/catalogexplainer.h"
#include "diagnosis/exitcodes.h"
#include "diagnosis/verdict.h"
#include "scriptedsmtpserver.h"
#include "smtp/smtpsession.h"
#include "smtp/sockettransport.h"
#include "smtpsinkfixture.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {

/** A session over a real socket; run() plays the whole plan and waits for finished(). */
class Client
{
public:
    explicit Client(const QString &host, quint16 port)
    {
        options.host = host;
        options.port = port;
        options.ehloName = QStringLiteral("client.test");
        options.mailFrom = QStringLiteral("a@test.com");
        options.recipients = {Recipient {QStringLiteral("u@example.com"), {}, {}}};
        options.timeouts = Timeouts::uniform(15'000);
        session.setExplainer(catalogExplainer());
        options.tls.mode = TlsMode::Off; // the plain conversation; defaultTlsModeOnPort25 covers the default
    }

    bool run(StopPoint stop = StopPoint::Quit, int timeoutMs = 30'000)
    {
        options.stopAfter = stop;
        session.setOptions(options);
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.startNewTest();
        session.runTo(stop);
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return false;
        return finished.size() == 1 && session.state() == SmtpSession::State::Disconnected;
    }

    const Milestone &milestone(MilestoneKind kind, const QString &subject = {}) const
    {
        static const Milestone none;
        const int i = session.checklist()->indexOf(kind, subject);
        return i < 0 ? none : session.checklist()->at(i);
    }
    MilestoneState state(MilestoneKind kind, const QString &subject = {}) const
    {
        const int i = session.checklist()->indexOf(kind, subject);
        return i < 0 ? MilestoneState(-1) : session.checklist()->at(i).state;
    }
    /** The transcript as mailflow-cli prints it, without times. */
    QString transcript() const
    {
        QStringList lines;
        for (const TranscriptEntry &e : session.transcript()->entries())
            lines << Transcript::marker(e.direction) + u' ' + e.text;
        return lines.join(u'\n');
    }
    QStringList linesOf(TranscriptEntry::Direction direction) const
    {
        QStringList lines;
        for (const TranscriptEntry &e : session.transcript()->entries())
            if (e.direction == direction)
                lines << e.text;
        return lines;
    }
    QStringList clientLines() const { return linesOf(TranscriptEntry::Direction::Client); }
    /** States of all milestones in order, as "kind:state" keys. */
    QStringList states() const
    {
        QStringList out;
        for (const Milestone &m : session.checklist()->milestones())
            out << Checklist::kindKey(m.kind) + u':' + Checklist::stateKey(m.state);
        return out;
    }

    SessionOptions options;
    SocketTransport transport;
    SmtpSession session {&transport};
};

/** A plain server's script up to the client's DATA line (no extensions, one recipient). */
QStringList scriptUpToData()
{
    return {QStringLiteral("S: 220 fake.test ESMTP"),
            QStringLiteral("C: EHLO client.test"),
            QStringLiteral("S: 250 fake.test"),
            QStringLiteral("C: MAIL FROM:<a@test.com>"),
            QStringLiteral("S: 250 Ok"),
            QStringLiteral("C: RCPT TO:<u@example.com>"),
            QStringLiteral("S: 250 Ok"),
            QStringLiteral("C: DATA")};
}

QString why(const Client &c)
{
    return c.states().join(u' ') + u'\n' + c.transcript();
}

const QStringList allPassed {QStringLiteral("connect:passed"), QStringLiteral("ehlo:passed"),
                             QStringLiteral("mail:passed"),    QStringLiteral("rcpt:passed"),
                             QStringLiteral("data:passed"),    QStringLiteral("end-of-data:passed"),
                             QStringLiteral("quit:passed")};

} // namespace

class TestSessionRealServers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // ---- smtp-sink -----------------------------------------------------------------------------
    void defaultTlsModeOnPort25()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        Client c(sink.host(), sink.port());
        c.options.tls.mode = TlsMode::Auto; // optional STARTTLS on any port but 465 and 587
        QVERIFY2(c.run(), qPrintable(why(c)));
        QCOMPARE(c.states(),
                 (QStringList {QStringLiteral("connect:passed"), QStringLiteral("ehlo:passed"),
                               QStringLiteral("starttls:skipped"), QStringLiteral("tls:skipped"),
                               QStringLiteral("ehlo:skipped"), QStringLiteral("mail:passed"),
                               QStringLiteral("rcpt:passed"), QStringLiteral("data:passed"),
                               QStringLiteral("end-of-data:passed"), QStringLiteral("quit:passed")}));
        QVERIFY(c.milestone(MilestoneKind::StartTls).summary.contains(QStringLiteral("does not offer STARTTLS")));
        QCOMPARE(exitCodeFor(*c.session.checklist()), 0);
        QVERIFY(!c.clientLines().contains(QStringLiteral("STARTTLS")));
    }

    void smtpSinkNormal()
    {
        SmtpSinkFixture sink;
        sink.setDumpMessages(true);
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        Client c(sink.host(), sink.port());
        c.options.message.subject = QStringLiteral("Mailflow integration");
        c.options.message.bodyText = QStringLiteral("First line\nSecond line\n");
        QSignalSpy steps(&c.session, &SmtpSession::stepFinished);
        QVERIFY2(c.run(), qPrintable(why(c)));
        QCOMPARE(c.states(), allPassed);
        QCOMPARE(steps.size(), allPassed.size());
        QCOMPARE(evaluateOutcome(c.session).verdict, SessionOutcome::Verdict::Passed);
        QCOMPARE(exitCodeFor(*c.session.checklist()), 0);
        QCOMPARE(c.session.greeting().code, 220);
        QVERIFY(c.session.capabilities().dsn);
        QCOMPARE(c.milestone(MilestoneKind::Quit).reply.code, 221);
        QCOMPARE(c.milestone(MilestoneKind::Data).reply.code, 354);
        // The transcript shows the connection and the conversation in order.
        const QString t = c.transcript();
        QVERIFY2(t.contains(QStringLiteral("* Trying 127.0.0.1:%1…").arg(sink.port())), qPrintable(t));
        QVERIFY2(t.contains(QStringLiteral("S: 220 smtp-sink ESMTP")), qPrintable(t));
        const QStringList client = c.clientLines();
        QCOMPARE(client.first(), QStringLiteral("EHLO client.test"));
        QCOMPARE(client.at(1), QStringLiteral("MAIL FROM:<a@test.com>"));
        QCOMPARE(client.at(2), QStringLiteral("RCPT TO:<u@example.com>"));
        QCOMPARE(client.at(3), QStringLiteral("DATA"));
        QVERIFY(client.contains(QStringLiteral("Second line")));
        QCOMPARE(client.at(client.size() - 2), QStringLiteral("."));
        QCOMPARE(client.last(), QStringLiteral("QUIT"));
        // smtp-sink wrote the message before answering the dot.
        const QList<QByteArray> dumps = sink.dumpedMessages();
        QCOMPARE(dumps.size(), 1);
        QVERIFY2(dumps.first().contains("Subject: Mailflow integration\n"), dumps.first().constData());
        QVERIFY2(dumps.first().contains("\n\nFirst line\nSecond line\n"), dumps.first().constData());
        QVERIFY2(dumps.first().contains("From: a@test.com\n"), dumps.first().constData());
    }

    void smtpSinkWithoutEsmtp()
    {
        SmtpSinkFixture sink({QStringLiteral("-e")});
        sink.setDumpMessages(true);
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        Client c(sink.host(), sink.port());
        QVERIFY2(c.run(), qPrintable(why(c)));
        QCOMPARE(c.state(MilestoneKind::Ehlo), MilestoneState::Warning);
        QCOMPARE(c.milestone(MilestoneKind::Ehlo).reply.code, 250);
        QVERIFY2(c.milestone(MilestoneKind::Ehlo).summary.contains(QStringLiteral("HELO")),
                 qPrintable(c.milestone(MilestoneKind::Ehlo).summary));
        QVERIFY(c.clientLines().contains(QStringLiteral("EHLO client.test")));
        QVERIFY(c.clientLines().contains(QStringLiteral("HELO client.test")));
        QVERIFY(!c.session.capabilities().dsn);
        // The mail is still sent.
        QCOMPARE(c.state(MilestoneKind::EndOfData), MilestoneState::Passed);
        QCOMPARE(c.state(MilestoneKind::Quit), MilestoneState::Passed);
        QCOMPARE(evaluateOutcome(c.session).verdict, SessionOutcome::Verdict::Warning);
        QCOMPARE(exitCodeFor(*c.session.checklist()), 0);
        QCOMPARE(sink.dumpedMessages().size(), 1);
    }

    void smtpSinkRefusesRecipient()
    {
        SmtpSinkFixture sink({QStringLiteral("-f"), QStringLiteral("RCPT")});
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        Client c(sink.host(), sink.port());
        QVERIFY2(c.run(), qPrintable(why(c)));
        QCOMPARE(
            c.states(),
            (QStringList {QStringLiteral("connect:passed"), QStringLiteral("ehlo:passed"),
                          QStringLiteral("mail:passed"), QStringLiteral("rcpt:failed"), QStringLiteral("data:skipped"),
                          QStringLiteral("end-of-data:skipped"), QStringLiteral("quit:passed")}));
        const Milestone &rcpt = c.milestone(MilestoneKind::Rcpt);
        QCOMPARE(rcpt.reply.code / 100, 5);
        QCOMPARE(rcpt.failure, FailureKind::Reply);
        QVERIFY(!rcpt.diagnosis.meaning.isEmpty());
        QVERIFY(!c.clientLines().contains(QStringLiteral("DATA")));
        QVERIFY(c.session.acceptedRecipients().isEmpty());
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitRcpt));
    }

    void smtpSinkDropsAtData()
    {
        SmtpSinkFixture sink({QStringLiteral("-q"), QStringLiteral("DATA")});
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        Client c(sink.host(), sink.port());
        QVERIFY2(c.run(), qPrintable(why(c)));
        const Milestone &data = c.milestone(MilestoneKind::Data);
        QCOMPARE(data.state, MilestoneState::Failed);
        QCOMPARE(data.failure, FailureKind::ConnectionLost);
        QVERIFY(!data.diagnosis.meaning.isEmpty());
        QCOMPARE(c.state(MilestoneKind::EndOfData), MilestoneState::Skipped);
        QCOMPARE(c.state(MilestoneKind::Quit), MilestoneState::Skipped);
        // The transcript keeps everything up to the drop, then says what happened.
        const QStringList client = c.clientLines();
        QCOMPARE(client,
                 (QStringList {QStringLiteral("EHLO client.test"), QStringLiteral("MAIL FROM:<a@test.com>"),
                               QStringLiteral("RCPT TO:<u@example.com>"), QStringLiteral("DATA")}));
        const QStringList errors = c.linesOf(TranscriptEntry::Direction::Error);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains(QStringLiteral("closed the connection")), qPrintable(errors.first()));
        QCOMPARE(c.session.transcript()->entries().last().text, errors.first());
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitData));
    }

    // ---- aiosmtpd ------------------------------------------------------------------------------
    void oneRecipientRefused()
    {
        AiosmtpdFixture server;
        server.addReply(QStringLiteral("RCPT"), QStringLiteral("550 5.1.1 No such user"),
                        QStringLiteral("nobody@example.test"));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Client c(server.host(), server.port());
        c.options.recipients = {Recipient {QStringLiteral("nobody@example.test"), {}, {}},
                                Recipient {QStringLiteral("ok@example.test"), {}, {}}};
        QVERIFY2(c.run(), qPrintable(why(c)));
        const Milestone &refused = c.milestone(MilestoneKind::Rcpt, QStringLiteral("nobody@example.test"));
        QCOMPARE(refused.state, MilestoneState::Failed);
        QCOMPARE(refused.reply.code, 550);
        QCOMPARE(refused.reply.status.toString(), QStringLiteral("5.1.1"));
        QCOMPARE(c.state(MilestoneKind::Rcpt, QStringLiteral("ok@example.test")), MilestoneState::Passed);
        QCOMPARE(c.state(MilestoneKind::Data), MilestoneState::Passed);
        QCOMPARE(c.state(MilestoneKind::EndOfData), MilestoneState::Passed);
        QCOMPARE(c.state(MilestoneKind::Quit), MilestoneState::Passed);
        QCOMPARE(c.session.acceptedRecipients(), QStringList {QStringLiteral("ok@example.test")});
        const QList<ReceivedMessage> messages = server.messages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().rcptTos, QStringList {QStringLiteral("ok@example.test")});
        QCOMPARE(messages.first().mailFrom, QStringLiteral("a@test.com"));
        const SessionOutcome outcome = evaluateOutcome(c.session);
        QCOMPARE(outcome.verdict, SessionOutcome::Verdict::Failed);
        QVERIFY2(outcome.sentence.contains(QStringLiteral("ok@example.test was accepted")),
                 qPrintable(outcome.sentence));
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitRcpt));
    }

    void greylistedOnce()
    {
        AiosmtpdFixture server;
        server.addReply(QStringLiteral("RCPT"), QStringLiteral("451 4.7.1 Greylisted, try again"),
                        QStringLiteral("grey@example.test"), 1);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Client c(server.host(), server.port());
        c.options.recipients = {Recipient {QStringLiteral("grey@example.test"), {}, {}}};
        QVERIFY2(c.run(), qPrintable(why(c)));
        const Milestone &rcpt = c.milestone(MilestoneKind::Rcpt);
        QCOMPARE(rcpt.state, MilestoneState::Warning);
        QCOMPARE(rcpt.reply.code, 451);
        QCOMPARE(c.state(MilestoneKind::Data), MilestoneState::Skipped);
        QVERIFY(server.messages().isEmpty());
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitRcpt));

        // The second try is accepted: greylisting passed.
        QVERIFY2(c.run(), qPrintable(why(c)));
        QCOMPARE(c.states(), allPassed);
        QTRY_COMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().rcptTos, QStringList {QStringLiteral("grey@example.test")});
    }

    void dsnParametersReachTheServer()
    {
        AiosmtpdFixture server;
        server.setDsn(true);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Client c(server.host(), server.port());
        c.options.recipients = {Recipient {QStringLiteral("u@example.com"), DsnNotify::Success | DsnNotify::Failure,
                                           QStringLiteral("orig@example.com")},
                                Recipient {QStringLiteral("v@example.com"), DsnNotify::Never, {}}};
        c.options.dsnReturn = DsnReturn::Headers;
        c.options.envelopeId = QStringLiteral("ticket 42+x");
        QVERIFY2(c.run(), qPrintable(why(c)));
        QVERIFY(c.session.capabilities().dsn);
        QCOMPARE(c.states().count(QStringLiteral("rcpt:passed")), 2);
        QCOMPARE(c.state(MilestoneKind::EndOfData), MilestoneState::Passed);
        const QList<ReceivedMessage> messages = server.messages();
        QCOMPARE(messages.size(), 1);
        const ReceivedMessage &m = messages.first();
        QCOMPARE(m.rcptTos, (QStringList {QStringLiteral("u@example.com"), QStringLiteral("v@example.com")}));
        QCOMPARE(m.rcptOptions.size(), 2);
        QVERIFY2(m.rcptOptions.at(0).contains(QStringLiteral("NOTIFY=SUCCESS,FAILURE")),
                 qPrintable(m.rcptOptions.at(0).join(u' ')));
        QVERIFY2(m.rcptOptions.at(0).contains(QStringLiteral("ORCPT=rfc822;orig@example.com")),
                 qPrintable(m.rcptOptions.at(0).join(u' ')));
        QCOMPARE(m.rcptOptions.at(1), QStringList {QStringLiteral("NOTIFY=NEVER")});
        QVERIFY2(m.mailOptions.contains(QStringLiteral("RET=HDRS")), qPrintable(m.mailOptions.join(u' ')));
        // xtext (RFC 3461 §4): space and "+" are hex-encoded.
        QVERIFY2(m.mailOptions.contains(QStringLiteral("ENVID=ticket+2042+2Bx")), qPrintable(m.mailOptions.join(u' ')));
        QVERIFY(c.clientLines().contains(
            QStringLiteral("RCPT TO:<u@example.com> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;orig@example.com")));
    }

    void noDsnAdvertised()
    {
        AiosmtpdFixture server; // no DSN: aiosmtpd would refuse NOTIFY= with 555
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Client c(server.host(), server.port());
        c.options.recipients = {Recipient {QStringLiteral("u@example.com"), DsnNotify::Success | DsnNotify::Failure,
                                           QStringLiteral("orig@example.com")}};
        c.options.dsnReturn = DsnReturn::Full;
        c.options.envelopeId = QStringLiteral("env1");
        QVERIFY2(c.run(), qPrintable(why(c)));
        QVERIFY(!c.session.capabilities().dsn);
        QCOMPARE(c.states(), allPassed);
        QVERIFY(c.clientLines().contains(QStringLiteral("RCPT TO:<u@example.com>")));
        for (const QString &line : c.clientLines()) {
            QVERIFY2(!line.contains(QStringLiteral("NOTIFY=")) && !line.contains(QStringLiteral("ORCPT="))
                         && !line.contains(QStringLiteral("RET=")) && !line.contains(QStringLiteral("ENVID=")),
                     qPrintable(line));
        }
        // The transcript says why nothing was sent.
        const QString info = c.linesOf(TranscriptEntry::Direction::Info).join(u'\n');
        QVERIFY2(info.contains(QStringLiteral("did not advertise DSN, so NOTIFY= and ORCPT= are not sent")),
                 qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("did not advertise DSN, so RET= and ENVID= are not sent")),
                 qPrintable(info));
        const QList<ReceivedMessage> messages = server.messages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().rcptOptions, QList<QStringList> {QStringList {}});
    }

    void contentArrivesIntact()
    {
        AiosmtpdFixture server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Client c(server.host(), server.port());
        c.options.message.subject = QStringLiteral("Grüße aus dem Test");
        c.options.message.extraHeaders = {{QStringLiteral("X-Ticket"), QStringLiteral("42")}};
        c.options.message.bodyText
            = QStringLiteral(".leading dot\n..two dots\n.\nGrüße, ça va?\nlast line without newline");
        QVERIFY2(c.run(), qPrintable(why(c)));
        QCOMPARE(c.states(), allPassed);
        QVERIFY(c.session.capabilities().eightBitMime);
        const QList<ReceivedMessage> messages = server.messages();
        QCOMPARE(messages.size(), 1);
        const ReceivedMessage &m = messages.first();
        QVERIFY2(m.mailOptions.contains(QStringLiteral("BODY=8BITMIME")), qPrintable(m.mailOptions.join(u' ')));
        QVERIFY2(c.clientLines().at(1).startsWith(QStringLiteral("MAIL FROM:<a@test.com> SIZE=")),
                 qPrintable(c.clientLines().at(1)));
        const QByteArray body = m.content.mid(m.content.indexOf("\r\n\r\n") + 4);
        QCOMPARE(body,
                 QStringLiteral(".leading dot\r\n..two dots\r\n.\r\nGrüße, ça va?\r\nlast line without newline\r\n")
                     .toUtf8());
        QVERIFY(m.content.contains("\r\nX-Ticket: 42\r\n"));
        QVERIFY(m.content.contains("\r\nContent-Transfer-Encoding: 8bit\r\n"));
        QVERIFY(m.content.contains("Subject: =?UTF-8?B?"));
        // SIZE= announced what was sent: the content plus the three stuffed dots.
        const QString sizeParam = c.clientLines().at(1).section(QStringLiteral("SIZE="), 1).section(u' ', 0, 0);
        QCOMPARE(sizeParam.toLongLong(), qint64(m.content.size() + 3));
    }

    void eightBitWithout8BitMime()
    {
        ScriptedSmtpServer server;
        server.setScript(scriptUpToData()
                         + QStringList {QStringLiteral("S: 354 go"), QStringLiteral("D:"), QStringLiteral("S: 250 Ok"),
                                        QStringLiteral("C: QUIT"), QStringLiteral("S: 221 Bye"), QStringLiteral("X:")});
        QVERIFY(server.start() != 0);
        Client c(QStringLiteral("127.0.0.1"), server.port());
        c.options.message.bodyText = QStringLiteral("Grüße\n");
        QVERIFY2(c.run(), qPrintable(why(c)));
        MAILFLOW_VERIFY_SCRIPT(server);
        QCOMPARE(c.states(), allPassed);
        // No BODY=8BITMIME (the script would have refused the MAIL line), and the transcript says why.
        const QString warnings = c.linesOf(TranscriptEntry::Direction::Warning).join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("did not offer 8BITMIME")), qPrintable(warnings));
        QCOMPARE(server.dataBodies().size(), 1);
        QVERIFY(server.dataBodies().first().endsWith(QStringLiteral("\r\n\r\nGrüße\r\n").toUtf8()));
    }

    // ---- scripted servers ----------------------------------------------------------------------
    void refusingGreeting_data()
    {
        QTest::addColumn<QString>("greeting");
        QTest::addColumn<int>("code");
        QTest::newRow("421") << QStringLiteral("421 4.3.2 fake.test Service not available") << 421;
        QTest::newRow("554") << QStringLiteral("554 5.7.1 fake.test No SMTP service here") << 554;
    }
    void refusingGreeting()
    {
        QFETCH(QString, greeting);
        QFETCH(int, code);
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: ") + greeting, QStringLiteral("C: QUIT"),
                                      QStringLiteral("S: 221 Bye"), QStringLiteral("X:")});
        QVERIFY(server.start() != 0);
        Client c(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY2(c.run(), qPrintable(why(c)));
        MAILFLOW_VERIFY_SCRIPT(server);
        const Milestone &connect = c.milestone(MilestoneKind::Connect);
        QCOMPARE(connect.state, MilestoneState::Failed);
        QCOMPARE(connect.reply.code, code);
        QCOMPARE(connect.failure, FailureKind::Reply);
        QVERIFY2(connect.summary.contains(greeting.mid(4)), qPrintable(connect.summary));
        QVERIFY(!connect.diagnosis.meaning.isEmpty());
        QCOMPARE(c.state(MilestoneKind::Ehlo), MilestoneState::Skipped);
        QCOMPARE(c.state(MilestoneKind::Quit), MilestoneState::Passed);
        QCOMPARE(evaluateOutcome(c.session).verdict, SessionOutcome::Verdict::Failed);
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitGreeting));
    }

    void garbageReply()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO client.test"),
                                      QStringLiteral("S: <html><body>Not SMTP</body></html>"), QStringLiteral("X:")});
        QVERIFY(server.start() != 0);
        Client c(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY2(c.run(), qPrintable(why(c)));
        MAILFLOW_VERIFY_SCRIPT(server);
        const Milestone &ehlo = c.milestone(MilestoneKind::Ehlo);
        QCOMPARE(ehlo.state, MilestoneState::Failed);
        QCOMPARE(ehlo.failure, FailureKind::ProtocolError);
        QVERIFY2(ehlo.summary.contains(QStringLiteral("not an SMTP reply")), qPrintable(ehlo.summary));
        QVERIFY(c.transcript().contains(QStringLiteral("S: <html><body>Not SMTP</body></html>")));
        QCOMPARE(c.state(MilestoneKind::Mail), MilestoneState::Skipped);
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitProtocolError));
    }

    void replyToTheDotBeforeTheMessage()
    {
        // "354" and "250" in one packet: the 250 came before the message, so it answers nothing the
        // client sent; taken for the reply to the final dot it would pass a message never delivered.
        ScriptedSmtpServer server;
        server.setScript(scriptUpToData()
                         + QStringList {QStringLiteral("R: 354 go\\r\\n250 2.0.0 queued as EARLY\\r\\n"),
                                        QStringLiteral("W: 2000")});
        QVERIFY(server.start() != 0);
        Client c(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY2(c.run(), qPrintable(why(c)));
        QCOMPARE(c.state(MilestoneKind::Data), MilestoneState::Passed);
        const Milestone &end = c.milestone(MilestoneKind::EndOfData);
        QCOMPARE(end.state, MilestoneState::Failed);
        QCOMPARE(end.failure, FailureKind::ProtocolError);
        QVERIFY2(end.summary.contains(QStringLiteral("answered before the command was sent")), qPrintable(end.summary));
        QVERIFY2(end.summary.contains(QStringLiteral("the message was not sent")), qPrintable(end.summary));
        QVERIFY(c.session.queuedAs().isEmpty());
        QVERIFY(c.transcript().contains(QStringLiteral("S: 250 2.0.0 queued as EARLY")));
        // Not one byte of the message went out after the early reply.
        QVERIFY(!server.receivedData().contains("Subject:"));
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitProtocolError));
        QVERIFY(evaluateOutcome(c.session).verdict != SessionOutcome::Verdict::Passed);
    }

    void bareLfReplies()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {
            QStringLiteral("R: 220 fake.test ESMTP\\n"), QStringLiteral("C: EHLO client.test"),
            QStringLiteral("R: 250-fake.test\\n250 SIZE 100000\\n"),
            QStringLiteral("C: ~MAIL FROM:<a@test\\.com> SIZE=\\d+"), QStringLiteral("R: 250 Ok\\n"),
            QStringLiteral("C: RCPT TO:<u@example.com>"), QStringLiteral("R: 250 Ok\\n"), QStringLiteral("C: DATA"),
            QStringLiteral("R: 354 go\\n"), QStringLiteral("D:"), QStringLiteral("R: 250 queued as X1\\n"),
            QStringLiteral("C: QUIT"), QStringLiteral("R: 221 Bye\\n"), QStringLiteral("X:")});
        QVERIFY(server.start() != 0);
        Client c(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY2(c.run(), qPrintable(why(c)));
        MAILFLOW_VERIFY_SCRIPT(server);
        QCOMPARE(c.states(), allPassed);
        QVERIFY(c.session.capabilities().size);
        QCOMPARE(c.session.capabilities().sizeLimit, qint64(100000));
        const QStringList warnings = c.linesOf(TranscriptEntry::Direction::Warning);
        QVERIFY2(warnings.contains(QStringLiteral("The server ended a line with a bare LF instead of CR LF.")),
                 qPrintable(warnings.join(u'\n')));
    }

    void closedMidReply()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO client.test"),
                                      QStringLiteral("R: 250-fake.test\\r\\n250-SIZE 1000"), QStringLiteral("X:")});
        QVERIFY(server.start() != 0);
        Client c(QStringLiteral("127.0.0.1"), server.port());
        QVERIFY2(c.run(), qPrintable(why(c)));
        MAILFLOW_VERIFY_SCRIPT(server);
        const Milestone &ehlo = c.milestone(MilestoneKind::Ehlo);
        QCOMPARE(ehlo.state, MilestoneState::Failed);
        QCOMPARE(ehlo.failure, FailureKind::ConnectionLost);
        QVERIFY(c.transcript().contains(QStringLiteral("S: 250-fake.test")));
        QCOMPARE(c.state(MilestoneKind::Mail), MilestoneState::Skipped);
        QCOMPARE(c.state(MilestoneKind::Quit), MilestoneState::Skipped);
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitEhlo));
    }

    void serviceClosingAtRcpt()
    {
        AiosmtpdFixture server;
        server.addReply(QStringLiteral("RCPT"), QStringLiteral("421 4.3.2 Shutting down"));
        server.addCloseAfter(QStringLiteral("RCPT"));
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        Client c(server.host(), server.port());
        QVERIFY2(c.run(), qPrintable(why(c))); // finished exactly once, disconnected
        const Milestone &rcpt = c.milestone(MilestoneKind::Rcpt);
        QCOMPARE(rcpt.state, MilestoneState::Warning);
        QCOMPARE(rcpt.reply.code, 421);
        QCOMPARE(c.state(MilestoneKind::Data), MilestoneState::Skipped);
        QCOMPARE(c.state(MilestoneKind::EndOfData), MilestoneState::Skipped);
        QVERIFY(c.state(MilestoneKind::Quit) != MilestoneState::Failed);
        QVERIFY(!c.clientLines().contains(QStringLiteral("DATA")));
        QVERIFY(server.messages().isEmpty());
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitRcpt));
    }

    void greetingNeverComes()
    {
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        Client c(QStringLiteral("127.0.0.1"), silent.serverPort());
        c.options.timeouts.greetingMs = 300;
        QVERIFY2(c.run(StopPoint::Quit, 10'000), qPrintable(why(c)));
        QVERIFY(silent.hasPendingConnections() || silent.waitForNewConnection(0));
        const Milestone &connect = c.milestone(MilestoneKind::Connect);
        QCOMPARE(connect.state, MilestoneState::Failed);
        QCOMPARE(connect.failure, FailureKind::Timeout);
        QVERIFY2(connect.summary.contains(QStringLiteral("0.3 s")), qPrintable(connect.summary));
        QCOMPARE(c.state(MilestoneKind::Ehlo), MilestoneState::Skipped);
        QCOMPARE(c.state(MilestoneKind::Quit), MilestoneState::Skipped);
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitTimeout));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        Client c(QStringLiteral("127.0.0.1"), port);
        QVERIFY2(c.run(), qPrintable(why(c)));
        const Milestone &connect = c.milestone(MilestoneKind::Connect);
        QCOMPARE(connect.state, MilestoneState::Failed);
        QCOMPARE(connect.failure, FailureKind::ConnectionRefused);
        QCOMPARE(exitCodeFor(*c.session.checklist()), int(ExitConnect));
        QVERIFY(c.clientLines().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSessionRealServers)
#include "tst_session_realservers.moc"
