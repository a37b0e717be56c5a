#include "diagnosis/catalogexplainer.h"
#include "diagnosis/exitcodes.h"
#include "diagnosis/verdict.h"
#include "faketransport.h"
#include "smtp/smtpsession.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailflow;
using mailflow::test::FakeTransport;

namespace {

/** Answers the session's commands from a table, the way a server would, through the fake transport. */
class ScriptedReplies : public QObject
{
    Q_OBJECT
public:
    ScriptedReplies(FakeTransport *transport, const QString &greeting)
        : m_transport(transport)
        , m_greeting(greeting)
    {
        // Queued: the session sees connected() before the greeting, as with a real socket.
        connect(
            transport, &Transport::connected, this,
            [this] {
                if (!m_greeting.isEmpty())
                    m_transport->injectRead(m_greeting.toUtf8());
            },
            Qt::QueuedConnection);
        // Queued too: a real server's reply never arrives inside the client's write().
        connect(transport, &FakeTransport::wrote, this, &ScriptedReplies::onWrote, Qt::QueuedConnection);
    }

    /** The reply to the next command starting with verb (e.g. "RCPT"); "" means no reply, "X" closes. */
    void reply(const QString &verb, const QString &text) { m_replies[verb].append(text); }
    QByteArray body() const { return m_body; }

private:
    void onWrote(const QByteArray &bytes)
    {
        m_buffer += bytes;
        while (true) {
            if (m_inData) {
                const qsizetype end = m_buffer.indexOf("\r\n.\r\n");
                const bool dotFirst = m_body.isEmpty() && m_buffer.startsWith(".\r\n");
                if (end < 0 && !dotFirst)
                    return;
                const qsizetype cut = dotFirst ? 0 : end + 2;
                m_body += m_buffer.left(cut);
                m_buffer.remove(0, cut + 3);
                m_inData = false;
                answer(QStringLiteral("."));
                continue;
            }
            const qsizetype end = m_buffer.indexOf("\r\n");
            if (end < 0)
                return;
            const QString line = QString::fromUtf8(m_buffer.left(end));
            m_buffer.remove(0, end + 2);
            const QString verb = line.section(u' ', 0, 0).section(u':', 0, 0).toUpper();
            if (answer(verb) && verb == u"DATA")
                m_inData = true;
        }
    }

    bool answer(const QString &verb)
    {
        QStringList &queue = m_replies[verb];
        const QString text = queue.isEmpty() ? defaultReply(verb) : queue.takeFirst();
        if (text == u"X") {
            m_transport->simulateRemoteClose();
            return false;
        }
        if (text.isEmpty())
            return false;
        m_transport->injectRead(text.toUtf8());
        return text.startsWith(u"354");
    }

    static QString defaultReply(const QString &verb)
    {
        if (verb == u"EHLO")
            return QStringLiteral(
                "250-mx.test.example\r\n250-SIZE 1000000\r\n250-8BITMIME\r\n250 ENHANCEDSTATUSCODES\r\n");
        if (verb == u"DATA")
            return QStringLiteral("354 go ahead\r\n");
        if (verb == u".")
            return QStringLiteral("250 2.0.0 Ok: queued as 4F1B2C\r\n");
        if (verb == u"QUIT")
            return QStringLiteral("221 2.0.0 Bye\r\n");
        return QStringLiteral("250 2.1.0 Ok\r\n");
    }

    FakeTransport *m_transport;
    QString m_greeting;
    QHash<QString, QStringList> m_replies;
    QByteArray m_buffer;
    QByteArray m_body;
    bool m_inData = false;
};

const QString pipeliningEhlo = QStringLiteral("250-mx.test.example\r\n250-PIPELINING\r\n250 8BITMIME\r\n");

SessionOptions basicOptions()
{
    SessionOptions o;
    o.host = QStringLiteral("mx.test.example");
    o.port = 25;
    o.ehloName = QStringLiteral("client.test");
    o.mailFrom = QStringLiteral("helpdesk@test.example");
    o.recipients = {Recipient {QStringLiteral("user@test.example"), {}, {}}};
    o.message.bodyText = QStringLiteral("Hello\n");
    o.timeouts = Timeouts::uniform(5000);
    o.tls.mode = TlsMode::Off; // the plain conversation; TLS has its own suites
    return o;
}

QString states(const Checklist &checklist)
{
    QStringList parts;
    for (const Milestone &m : checklist.milestones())
        parts << Checklist::kindKey(m.kind) + u'=' + Checklist::stateKey(m.state);
    return parts.join(u' ');
}

QStringList clientLines(const Transcript &transcript)
{
    QStringList lines;
    for (const TranscriptEntry &e : transcript.entries()) {
        if (e.direction == TranscriptEntry::Direction::Client)
            lines << e.text;
    }
    return lines;
}

bool transcriptHas(const Transcript &transcript, TranscriptEntry::Direction direction, const QString &needle)
{
    for (const TranscriptEntry &e : transcript.entries()) {
        if (e.direction == direction && e.text.contains(needle))
            return true;
    }
    return false;
}

} // namespace

class TestSmtpSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plan_data();
    void plan();
    void connectFailures_data();
    void connectFailures();
    void stopPoints_data();
    void stopPoints();
    void greetingTimeout();
    void abortWhileConnecting();
    void connectionLostDuringData();
    void dsnParameters_data();
    void dsnParameters();
    void sizeAndEightBit();
    void dotStuffingAndLineEnds();
    void backPressureKeepsMemoryBounded();
    void largeBodyIsElidedInTranscript();
    void stepByStepRetryAfterRefusedRecipient();
    void rsetAllowsANewSender();
    void rawCommands();
    void bareLineFeedIsAViolation();
    void stateChangesOnlyOnChange();
    void dropAfterClosesWithoutQuit_data();
    void dropAfterClosesWithoutQuit();
    void smtpUtf8WhenOfferedAndNeeded();
    void smtpUtf8NotOfferedOffersAceForm();
    void pipeliningSendsOneBatch();
    void pipeliningNotOfferedGoesOneByOne();
    void pipeliningRepliesThatDoNotFit_data();
    void pipeliningRepliesThatDoNotFit();
};

// Each row: server replies that differ from a happy server, then the expected checklist and exit code.
void TestSmtpSession::plan_data()
{
    QTest::addColumn<QString>("greeting");
    QTest::addColumn<QStringList>("replies"); // "VERB|reply" pairs
    QTest::addColumn<QStringList>("recipients");
    QTest::addColumn<QString>("expectedStates");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdictHas");

    const QString ok = QStringLiteral("220 mx.test.example ESMTP\r\n");
    const QStringList one {QStringLiteral("user@test.example")};
    const QStringList two {QStringLiteral("gone@test.example"), QStringLiteral("user@test.example")};

    QTest::newRow("all passed")
        << ok << QStringList() << one
        << "connect=passed ehlo=passed mail=passed rcpt=passed data=passed end-of-data=passed quit=passed"
        << int(ExitOk) << "queued as 4F1B2C";
    QTest::newRow("greeting 554")
        << QStringLiteral("554 5.7.1 No SMTP service here\r\n") << QStringList() << one
        << "connect=failed ehlo=skipped mail=skipped rcpt=skipped data=skipped end-of-data=skipped quit=passed"
        << int(ExitGreeting) << "No SMTP service here";
    QTest::newRow("greeting 421")
        << QStringLiteral("421 4.3.2 Too busy\r\n") << QStringList() << one
        << "connect=failed ehlo=skipped mail=skipped rcpt=skipped data=skipped end-of-data=skipped quit=passed"
        << int(ExitGreeting) << "Too busy";
    QTest::newRow("HELO fallback")
        << ok << QStringList {QStringLiteral("EHLO|500 5.5.1 Command unrecognized\r\n")} << one
        << "connect=passed ehlo=warning mail=passed rcpt=passed data=passed end-of-data=passed quit=passed"
        << int(ExitOk) << "HELO";
    QTest::newRow("EHLO and HELO refused")
        << ok << QStringList {QStringLiteral("EHLO|502 no\r\n"), QStringLiteral("HELO|501 5.5.4 Syntax\r\n")} << one
        << "connect=passed ehlo=failed mail=skipped rcpt=skipped data=skipped end-of-data=skipped quit=passed"
        << int(ExitEhlo) << "EHLO";
    QTest::newRow("MAIL refused")
        << ok << QStringList {QStringLiteral("MAIL|550 5.7.1 Sender rejected\r\n")} << one
        << "connect=passed ehlo=passed mail=failed rcpt=skipped data=skipped end-of-data=skipped quit=passed"
        << int(ExitMail) << "Sender rejected";
    QTest::newRow("MAIL deferred")
        << ok << QStringList {QStringLiteral("MAIL|451 4.3.0 Try later\r\n")} << one
        << "connect=passed ehlo=passed mail=warning rcpt=skipped data=skipped end-of-data=skipped quit=passed"
        << int(ExitMail) << "Try later";
    QTest::newRow("one recipient refused")
        << ok << QStringList {QStringLiteral("RCPT|550 5.1.1 No such user\r\n")} << two
        << "connect=passed ehlo=passed mail=passed rcpt=failed rcpt=passed data=passed end-of-data=passed quit=passed"
        << int(ExitRcpt) << "queued as 4F1B2C";
    QTest::newRow("every recipient refused")
        << ok << QStringList {QStringLiteral("RCPT|550 5.7.1 Relaying denied\r\n")} << one
        << "connect=passed ehlo=passed mail=passed rcpt=failed data=skipped end-of-data=skipped quit=passed"
        << int(ExitRcpt) << "Relaying denied";
    QTest::newRow("recipient greylisted")
        << ok << QStringList {QStringLiteral("RCPT|451 4.7.1 Greylisted\r\n")} << one
        << "connect=passed ehlo=passed mail=passed rcpt=warning data=skipped end-of-data=skipped quit=passed"
        << int(ExitRcpt) << "Greylisted";
    QTest::newRow("DATA refused")
        << ok << QStringList {QStringLiteral("DATA|554 5.5.1 No valid recipients\r\n")} << one
        << "connect=passed ehlo=passed mail=passed rcpt=passed data=failed end-of-data=skipped quit=passed"
        << int(ExitData) << "No valid recipients";
    QTest::newRow("message refused")
        << ok << QStringList {QStringLiteral(".|552 5.3.4 Message too big\r\n")} << one
        << "connect=passed ehlo=passed mail=passed rcpt=passed data=passed end-of-data=failed quit=passed"
        << int(ExitEndOfData) << "too big";
    QTest::newRow("QUIT refused")
        << ok << QStringList {QStringLiteral("QUIT|500 what\r\n")} << one
        << "connect=passed ehlo=passed mail=passed rcpt=passed data=passed end-of-data=passed quit=failed"
        << int(ExitQuit) << "QUIT";
    QTest::newRow("closed without 221")
        << ok << QStringList {QStringLiteral("QUIT|X")} << one
        << "connect=passed ehlo=passed mail=passed rcpt=passed data=passed end-of-data=passed quit=warning"
        << int(ExitOk) << "queued as 4F1B2C";
    QTest::newRow("garbage greeting")
        << QStringLiteral("HTTP/1.1 400 Bad Request\r\n") << QStringList() << one
        << "connect=failed ehlo=skipped mail=skipped rcpt=skipped data=skipped end-of-data=skipped quit=skipped"
        << int(ExitProtocolError) << "not an SMTP reply";
    QTest::newRow("mixed codes")
        << ok << QStringList {QStringLiteral("EHLO|250-mx\r\n550 nope\r\n")} << one
        << "connect=passed ehlo=failed mail=skipped rcpt=skipped data=skipped end-of-data=skipped quit=skipped"
        << int(ExitProtocolError) << "disagree";
    QTest::newRow("closed before MAIL reply")
        << ok << QStringList {QStringLiteral("MAIL|X")} << one
        << "connect=passed ehlo=passed mail=failed rcpt=skipped data=skipped end-of-data=skipped quit=skipped"
        << int(ExitMail) << "closed";
}

void TestSmtpSession::plan()
{
    QFETCH(QString, greeting);
    QFETCH(QStringList, replies);
    QFETCH(QStringList, recipients);
    QFETCH(QString, expectedStates);
    QFETCH(int, exitCode);
    QFETCH(QString, verdictHas);

    FakeTransport transport;
    ScriptedReplies server(&transport, greeting);
    for (const QString &r : std::as_const(replies))
        server.reply(r.section(u'|', 0, 0), r.section(u'|', 1));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.recipients.clear();
    for (const QString &r : std::as_const(recipients))
        options.recipients.append(Recipient {r, {}, {}});
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(states(*session.checklist()), expectedStates);
    QCOMPARE(exitCodeFor(*session.checklist()), exitCode);
    QVERIFY2(evaluateOutcome(session).sentence.contains(verdictHas, Qt::CaseInsensitive),
             qPrintable(evaluateOutcome(session).sentence));
    QCOMPARE(session.state(), SmtpSession::State::Disconnected);
    QVERIFY(!session.isBusy());
    // Every failed or warned milestone explains itself.
    for (const Milestone &m : session.checklist()->milestones()) {
        if (m.state == MilestoneState::Failed || m.state == MilestoneState::Warning)
            QVERIFY2(!m.summary.isEmpty() && !m.diagnosis.meaning.isEmpty(), qPrintable(m.title()));
    }
}

void TestSmtpSession::connectFailures_data()
{
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("failure");
    QTest::newRow("refused") << int(Transport::Error::ConnectionRefused) << int(FailureKind::ConnectionRefused);
    QTest::newRow("not found") << int(Transport::Error::HostNotFound) << int(FailureKind::HostNotFound);
    QTest::newRow("unreachable") << int(Transport::Error::NetworkUnreachable) << int(FailureKind::NetworkUnreachable);
}

void TestSmtpSession::connectFailures()
{
    QFETCH(int, error);
    QFETCH(int, failure);
    FakeTransport transport;
    transport.setConnectFails(Transport::Error(error), QStringLiteral("it failed"),
                              {QHostAddress(QStringLiteral("10.0.0.5")), QHostAddress(QStringLiteral("::1"))});
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    session.setOptions(basicOptions());
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QVERIFY(finished.wait(5000));
    const Milestone &connect = session.checklist()->at(0);
    QCOMPARE(connect.state, MilestoneState::Failed);
    QCOMPARE(int(connect.failure), failure);
    QVERIFY(!connect.diagnosis.meaning.isEmpty());
    QCOMPARE(exitCodeFor(*session.checklist()), int(ExitConnect));
    QVERIFY(
        transcriptHas(*session.transcript(), TranscriptEntry::Direction::Info, QStringLiteral("Trying 10.0.0.5:25")));
    QVERIFY(transcriptHas(*session.transcript(), TranscriptEntry::Direction::Info, QStringLiteral("Trying [::1]:25")));
    QVERIFY(transcriptHas(*session.transcript(), TranscriptEntry::Direction::Error, QStringLiteral("it failed")));
    QCOMPARE(session.checklist()->at(session.checklist()->count() - 1).state, MilestoneState::Skipped);
}

void TestSmtpSession::stopPoints_data()
{
    QTest::addColumn<int>("stop");
    QTest::addColumn<QStringList>("commands");
    QTest::newRow("connect") << int(StopPoint::Connect) << QStringList {QStringLiteral("QUIT")};
    QTest::newRow("ehlo") << int(StopPoint::Ehlo)
                          << QStringList {QStringLiteral("EHLO client.test"), QStringLiteral("QUIT")};
    QTest::newRow("mail") << int(StopPoint::Mail)
                          << QStringList {QStringLiteral("EHLO client.test"),
                                          QStringLiteral("MAIL FROM:<helpdesk@test.example> SIZE=%1"),
                                          QStringLiteral("QUIT")};
    QTest::newRow("rcpt") << int(StopPoint::Rcpt)
                          << QStringList {QStringLiteral("EHLO client.test"),
                                          QStringLiteral("MAIL FROM:<helpdesk@test.example> SIZE=%1"),
                                          QStringLiteral("RCPT TO:<user@test.example>"), QStringLiteral("QUIT")};
}

void TestSmtpSession::stopPoints()
{
    QFETCH(int, stop);
    QFETCH(QStringList, commands);
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.stopAfter = StopPoint(stop);
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(options.stopAfter);
    QVERIFY(finished.wait(5000));
    QStringList sent;
    for (const QByteArray &line : transport.writtenLines())
        sent << QString::fromUtf8(line);
    for (QString &c : commands) {
        if (c.contains(u"%1")) {
            const QString sizeLine = sent.value(sent.indexOf(QRegularExpression(QStringLiteral("^MAIL.*"))));
            c = c.arg(sizeLine.section(u'=', -1));
        }
    }
    QCOMPARE(sent, commands);
    QCOMPARE(exitCodeFor(*session.checklist()), int(ExitOk));
    QCOMPARE(evaluateOutcome(session).verdict, SessionOutcome::Verdict::Passed);
    QVERIFY(evaluateOutcome(session).sentence.contains(QStringLiteral("no message was sent")));
}

void TestSmtpSession::greetingTimeout()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QString()); // connects, never greets
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.timeouts.greetingMs = 150;
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QVERIFY(finished.wait(5000));
    QCOMPARE(session.checklist()->at(0).failure, FailureKind::Timeout);
    QCOMPARE(exitCodeFor(*session.checklist()), int(ExitTimeout));
    QVERIFY(
        transcriptHas(*session.transcript(), TranscriptEntry::Direction::Error, QStringLiteral("No reply within 0.1")));
    QVERIFY(!session.checklist()->at(0).diagnosis.meaning.isEmpty());
}

void TestSmtpSession::abortWhileConnecting()
{
    FakeTransport transport;
    transport.setConnectHangs();
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    session.setOptions(basicOptions());
    QSignalSpy finished(&session, &SmtpSession::finished);
    QSignalSpy busy(&session, &SmtpSession::busyChanged);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QVERIFY(session.isBusy());
    QCOMPARE(session.state(), SmtpSession::State::Connecting);
    session.abort();
    QCOMPARE(finished.count(), 1);
    QVERIFY(!session.isBusy());
    QCOMPARE(busy.last().first().toBool(), false);
    QCOMPARE(session.checklist()->at(0).failure, FailureKind::Aborted);
    QCOMPARE(exitCodeFor(*session.checklist()), int(ExitAborted));
    QVERIFY(transport.abortCalls() >= 1);
    QVERIFY(transcriptHas(*session.transcript(), TranscriptEntry::Direction::Error, QStringLiteral("Aborted")));
}

void TestSmtpSession::connectionLostDuringData()
{
    FakeTransport transport;
    transport.setAutoDrain(false);
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.message.bodyText = QString(QStringLiteral("line of text\n")).repeated(100000);
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    QSignalSpy progress(&session, &SmtpSession::dataProgress);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    // Drain until the message is on its way, then the server hangs up.
    QTRY_VERIFY_WITH_TIMEOUT((transport.drain(), session.state() == SmtpSession::State::SendingData), 5000);
    QVERIFY(progress.count() >= 1);
    transport.simulateRemoteClose();
    QCOMPARE(finished.count(), 1);
    const int end = session.checklist()->indexOf(MilestoneKind::EndOfData);
    QCOMPARE(session.checklist()->at(end).state, MilestoneState::Failed);
    QCOMPARE(session.checklist()->at(end).failure, FailureKind::ConnectionLost);
    QCOMPARE(exitCodeFor(*session.checklist()), int(ExitEndOfData));
    QVERIFY(transcriptHas(*session.transcript(), TranscriptEntry::Direction::Error,
                          QStringLiteral("while the message was being sent")));
}

void TestSmtpSession::dsnParameters_data()
{
    QTest::addColumn<bool>("advertised");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("mailLine");
    QTest::addColumn<QString>("rcptLine");
    QTest::addColumn<bool>("explained");
    QTest::newRow("advertised") << true << int(DsnMode::Auto)
                                << "MAIL FROM:<helpdesk@test.example> RET=HDRS ENVID=ticket+2B42"
                                << "RCPT TO:<user@test.example> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;user@test.example"
                                << false;
    QTest::newRow("not advertised") << false << int(DsnMode::Auto) << "MAIL FROM:<helpdesk@test.example>"
                                    << "RCPT TO:<user@test.example>" << true;
    QTest::newRow("forced as in the KB")
        << false << int(DsnMode::Force) << "MAIL FROM:<helpdesk@test.example> RET=HDRS ENVID=ticket+2B42"
        << "RCPT TO:<user@test.example> NOTIFY=SUCCESS,FAILURE ORCPT=rfc822;user@test.example" << false;
}

void TestSmtpSession::dsnParameters()
{
    QFETCH(bool, advertised);
    QFETCH(int, mode);
    QFETCH(QString, mailLine);
    QFETCH(QString, rcptLine);
    QFETCH(bool, explained);
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    server.reply(QStringLiteral("EHLO"),
                 advertised ? QStringLiteral("250-mx\r\n250 DSN\r\n") : QStringLiteral("250 mx\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.recipients = {Recipient {QStringLiteral("user@test.example"), DsnNotify::Success | DsnNotify::Failure,
                                     QStringLiteral("user@test.example")}};
    options.dsnMode = DsnMode(mode);
    options.dsnReturn = DsnReturn::Headers;
    options.envelopeId = QStringLiteral("ticket+42");
    options.stopAfter = StopPoint::Rcpt;
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Rcpt);
    QVERIFY(finished.wait(5000));
    const QStringList sent = clientLines(*session.transcript());
    QVERIFY2(sent.contains(mailLine), qPrintable(sent.join(u'\n')));
    QVERIFY2(sent.contains(rcptLine), qPrintable(sent.join(u'\n')));
    QCOMPARE(
        transcriptHas(*session.transcript(), TranscriptEntry::Direction::Info, QStringLiteral("did not advertise DSN")),
        explained);
}

void TestSmtpSession::sizeAndEightBit()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.message.bodyText = QStringLiteral("Grüße aus Köln\n");
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QVERIFY(finished.wait(5000));
    const QString mail = clientLines(*session.transcript()).filter(QStringLiteral("MAIL FROM")).value(0);
    QVERIFY2(mail.contains(QStringLiteral(" BODY=8BITMIME")), qPrintable(mail));
    const qint64 declared = mail.section(QStringLiteral("SIZE="), 1).section(u' ', 0, 0).toLongLong();
    QCOMPARE(declared, qint64(server.body().size())); // SIZE= counts everything before the final "."
    QVERIFY(server.body().contains("Content-Transfer-Encoding: 8bit"));
    QVERIFY(server.body().contains(QStringLiteral("Grüße aus Köln").toUtf8()));

    // The same body to a server without 8BITMIME: sent, with a warning.
    FakeTransport plain;
    ScriptedReplies server7(&plain, QStringLiteral("220 mx ESMTP\r\n"));
    server7.reply(QStringLiteral("EHLO"), QStringLiteral("250 mx\r\n"));
    SmtpSession session7(&plain);
    session7.setExplainer(catalogExplainer());
    session7.setOptions(options);
    QSignalSpy finished7(&session7, &SmtpSession::finished);
    session7.startNewTest();
    session7.runTo(StopPoint::Quit);
    QVERIFY(finished7.wait(5000));
    QVERIFY(!clientLines(*session7.transcript())
                 .filter(QStringLiteral("MAIL FROM"))
                 .value(0)
                 .contains(QStringLiteral("BODY=")));
    QVERIFY(transcriptHas(*session7.transcript(), TranscriptEntry::Direction::Warning, QStringLiteral("8BITMIME")));
}

void TestSmtpSession::dotStuffingAndLineEnds()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.message.rawMessage = true;
    options.message.bodyText = QStringLiteral("Subject: t\n\n.leading dot\r\nmac\rline\n.\nend");
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QVERIFY(finished.wait(5000));
    QCOMPARE(server.body(), QByteArray("Subject: t\r\n\r\n..leading dot\r\nmac\r\nline\r\n..\r\nend\r\n"));
    QCOMPARE(session.checklist()->at(session.checklist()->indexOf(MilestoneKind::EndOfData)).state,
             MilestoneState::Passed);
}

void TestSmtpSession::backPressureKeepsMemoryBounded()
{
    FakeTransport transport;
    transport.setAutoDrain(false);
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.message.bodyText
        = QString(QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n"))
              .repeated(64 * 1024); // about 4 MB
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    qint64 mostQueued = 0;
    int rounds = 0;
    while (finished.isEmpty() && rounds < 10000) {
        mostQueued = qMax(mostQueued, transport.bytesToWrite());
        transport.drain();
        QCoreApplication::processEvents();
        ++rounds;
    }
    QCOMPARE(finished.count(), 1);
    QVERIFY2(mostQueued <= 512 * 1024, qPrintable(QString::number(mostQueued)));
    QVERIFY(rounds > 10); // it really was sent in many pieces
    QCOMPARE(exitCodeFor(*session.checklist()), int(ExitOk));
}

void TestSmtpSession::largeBodyIsElidedInTranscript()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    QString body;
    for (int i = 1; i <= 5000; ++i)
        body += QStringLiteral("body line %1\n").arg(i);
    options.message.bodyText = body;
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QVERIFY(finished.wait(5000));
    const QStringList sent = clientLines(*session.transcript());
    QVERIFY(sent.size() < 100);
    QVERIFY(sent.contains(QStringLiteral("body line 1")));
    QVERIFY(sent.contains(QStringLiteral("body line 5000")));
    QVERIFY(!sent.contains(QStringLiteral("body line 2500")));
    QVERIFY(!sent.filter(QStringLiteral("lines (")).isEmpty());
    QVERIFY(server.body().contains("body line 2500\r\n"));
}

void TestSmtpSession::stepByStepRetryAfterRefusedRecipient()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    server.reply(QStringLiteral("RCPT"), QStringLiteral("550 5.1.1 No such user\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.recipients = {Recipient {QStringLiteral("typo@test.example"), {}, {}}};
    session.setOptions(options);
    session.startNewTest();
    QSignalSpy steps(&session, &SmtpSession::stepFinished);

    session.connectToServer();
    QVERIFY(steps.wait(5000));
    QCOMPARE(session.state(), SmtpSession::State::Connected);
    session.ehlo();
    QVERIFY(steps.wait(5000));
    QCOMPARE(session.state(), SmtpSession::State::Greeted);
    session.mailFrom();
    QVERIFY(steps.wait(5000));
    session.rcptTo(0);
    QVERIFY(steps.wait(5000));
    QCOMPARE(steps.last().at(0).value<MilestoneKind>(), MilestoneKind::Rcpt);
    const int refused = steps.last().at(1).toInt();
    QCOMPARE(session.checklist()->at(refused).state, MilestoneState::Failed);
    QCOMPARE(session.state(), SmtpSession::State::InTransaction);

    options.recipients = {Recipient {QStringLiteral("user@test.example"), {}, {}}};
    session.setOptions(options);
    session.rcptTo(0);
    QVERIFY(steps.wait(5000));
    const int accepted = steps.last().at(1).toInt();
    QVERIFY(accepted != refused);
    QCOMPARE(session.checklist()->at(accepted).state, MilestoneState::Passed);
    QCOMPARE(session.acceptedRecipients(), QStringList {QStringLiteral("user@test.example")});

    session.data();
    QTRY_COMPARE_WITH_TIMEOUT(steps.last().at(0).value<MilestoneKind>(), MilestoneKind::EndOfData, 5000);
    QCOMPARE(session.checklist()->at(steps.last().at(1).toInt()).state, MilestoneState::Passed);
    QCOMPARE(session.queuedAs(), QStringLiteral("Ok: queued as 4F1B2C"));
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.quit();
    QVERIFY(finished.wait(5000));
    QCOMPARE(evaluateOutcome(session).verdict, SessionOutcome::Verdict::Failed); // the typo stays on record
    QVERIFY(evaluateOutcome(session).sentence.contains(QStringLiteral("queued as 4F1B2C")));
}

void TestSmtpSession::rsetAllowsANewSender()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    server.reply(QStringLiteral("MAIL"), QStringLiteral("553 5.7.1 Sender address rejected\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    session.setOptions(options);
    session.startNewTest();
    QSignalSpy steps(&session, &SmtpSession::stepFinished);
    QSignalSpy busy(&session, &SmtpSession::busyChanged);
    session.connectToServer();
    QVERIFY(steps.wait(5000));
    session.ehlo();
    QVERIFY(steps.wait(5000));
    session.mailFrom();
    QVERIFY(steps.wait(5000));
    QCOMPARE(session.checklist()->at(steps.last().at(1).toInt()).state, MilestoneState::Failed);
    busy.clear();
    session.rset();
    QTRY_VERIFY_WITH_TIMEOUT(!busy.isEmpty() && !session.isBusy(), 5000);
    QCOMPARE(clientLines(*session.transcript()).last(), QStringLiteral("RSET"));
    options.mailFrom = QStringLiteral("other@test.example");
    session.setOptions(options);
    session.mailFrom();
    QVERIFY(steps.wait(5000));
    QCOMPARE(session.checklist()->at(steps.last().at(1).toInt()).subject, QStringLiteral("other@test.example"));
    QCOMPARE(session.checklist()->at(steps.last().at(1).toInt()).state, MilestoneState::Passed);
    QCOMPARE(session.state(), SmtpSession::State::InTransaction);
}

void TestSmtpSession::rawCommands()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    session.setOptions(basicOptions());
    session.startNewTest();
    QString why;
    QVERIFY(!session.sendRaw(QStringLiteral("NOOP"), &why));
    QVERIFY(why.contains(QStringLiteral("Not connected")));
    QSignalSpy steps(&session, &SmtpSession::stepFinished);
    session.connectToServer();
    QVERIFY(steps.wait(5000));
    QVERIFY(!session.sendRaw(QStringLiteral("NOOP\r\nRSET"), &why));
    QVERIFY(why.contains(QStringLiteral("line break")));
    QVERIFY(session.sendRaw(QStringLiteral("ehlo console.test"), &why));
    QVERIFY(steps.wait(5000));
    QCOMPARE(steps.last().at(0).value<MilestoneKind>(), MilestoneKind::Ehlo);
    QCOMPARE(session.state(), SmtpSession::State::Greeted);
    QVERIFY(session.sendRaw(QStringLiteral("MAIL FROM:<a@test.example>")));
    QVERIFY(steps.wait(5000));
    QVERIFY(session.sendRaw(QStringLiteral("RCPT TO:<b@test.example> NOTIFY=success,failure")));
    QVERIFY(steps.wait(5000));
    QCOMPARE(session.checklist()->at(steps.last().at(1).toInt()).subject, QStringLiteral("b@test.example"));
    QVERIFY(session.sendRaw(QStringLiteral("DATA")));
    QVERIFY(steps.wait(5000));
    QCOMPARE(session.state(), SmtpSession::State::SendingData);
    QVERIFY(session.sendRaw(QStringLiteral("Subject: typed by hand")));
    QVERIFY(session.sendRaw(QString()));
    QVERIFY(session.sendRaw(QStringLiteral("hello")));
    QVERIFY(session.sendRaw(QStringLiteral(".")));
    QVERIFY(steps.wait(5000));
    QCOMPARE(steps.last().at(0).value<MilestoneKind>(), MilestoneKind::EndOfData);
    QCOMPARE(server.body(), QByteArray("Subject: typed by hand\r\n\r\nhello\r\n"));
    QCOMPARE(session.state(), SmtpSession::State::Greeted);
}

void TestSmtpSession::bareLineFeedIsAViolation()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    session.setOptions(basicOptions());
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Connect);
    QVERIFY(finished.wait(5000));
    QCOMPARE(session.checklist()->at(0).state, MilestoneState::Passed);
    QVERIFY(transcriptHas(*session.transcript(), TranscriptEntry::Direction::Warning, QStringLiteral("bare LF")));
}

void TestSmtpSession::stateChangesOnlyOnChange()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    session.setOptions(basicOptions());
    QSignalSpy changes(&session, &SmtpSession::stateChanged);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QVERIFY(finished.wait(5000));
    QList<SmtpSession::State> seen;
    for (const auto &args : std::as_const(changes))
        seen << args.at(0).value<SmtpSession::State>();
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) != seen.at(i - 1));
    QCOMPARE(seen,
             (QList<SmtpSession::State> {SmtpSession::State::Connecting, SmtpSession::State::Connected,
                                         SmtpSession::State::Greeted, SmtpSession::State::InTransaction,
                                         SmtpSession::State::SendingData, SmtpSession::State::Greeted,
                                         SmtpSession::State::Closing, SmtpSession::State::Disconnected}));
}

QTEST_GUILESS_MAIN(TestSmtpSession)
#include "tst_smtpsession.moc"

void TestSmtpSession::dropAfterClosesWithoutQuit_data()
{
    QTest::addColumn<int>("stop");
    QTest::addColumn<QString>("lastCommand");
    QTest::newRow("connect") << int(StopPoint::Connect) << QString();
    QTest::newRow("ehlo") << int(StopPoint::Ehlo) << QStringLiteral("EHLO client.test");
    QTest::newRow("rcpt") << int(StopPoint::Rcpt) << QStringLiteral("RCPT TO:<user@test.example>");
    QTest::newRow("data") << int(StopPoint::Data) << QStringLiteral(".");
}

void TestSmtpSession::dropAfterClosesWithoutQuit()
{
    QFETCH(int, stop);
    QFETCH(QString, lastCommand);
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.stopAfter = StopPoint(stop);
    options.dropAtStop = true;
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(options.stopAfter);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    const QList<QByteArray> sent = transport.writtenLines();
    QVERIFY(!sent.contains("QUIT"));
    QCOMPARE(QString::fromUtf8(sent.value(sent.size() - 1)), lastCommand);
    QVERIFY(transport.abortCalls() > 0);
    const Milestone *quit = nullptr;
    for (const Milestone &m : session.checklist()->milestones()) {
        if (m.kind == MilestoneKind::Quit)
            quit = &m;
    }
    QVERIFY(quit);
    QCOMPARE(quit->state, MilestoneState::Skipped);
    QVERIFY2(quit->summary.contains(QStringLiteral("without QUIT")), qPrintable(quit->summary));
    QVERIFY(transcriptHas(*session.transcript(), TranscriptEntry::Direction::Info, QStringLiteral("without QUIT")));
    QCOMPARE(evaluateOutcome(session).verdict, SessionOutcome::Verdict::Passed);
}

void TestSmtpSession::smtpUtf8WhenOfferedAndNeeded()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    server.reply(QStringLiteral("EHLO"), QStringLiteral("250-mx\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"));
    server.reply(QStringLiteral("EHLO"), QStringLiteral("250-mx\r\n250-8BITMIME\r\n250 SMTPUTF8\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.recipients = {Recipient {QStringLiteral("jürgen@bücher.example"), {}, {}}};
    options.stopAfter = StopPoint::Rcpt;
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(options.stopAfter);
    QVERIFY(finished.wait(5000));
    const QList<QByteArray> sent = transport.writtenLines();
    const QByteArray mail = sent.value(sent.indexOf(QByteArray("EHLO client.test")) + 1);
    QVERIFY2(mail.startsWith("MAIL FROM:<helpdesk@test.example>") && mail.endsWith(" SMTPUTF8"), mail.constData());
    QVERIFY(sent.contains(QStringLiteral("RCPT TO:<jürgen@bücher.example>").toUtf8()));
    QVERIFY(states(*session.checklist()).contains(QStringLiteral("rcpt=passed")));

    // An ASCII envelope does not ask for SMTPUTF8 even where it is offered.
    FakeTransport ascii;
    ScriptedReplies asciiServer(&ascii, QStringLiteral("220 mx ESMTP\r\n"));
    asciiServer.reply(QStringLiteral("EHLO"), QStringLiteral("250-mx\r\n250 SMTPUTF8\r\n"));
    SmtpSession plain(&ascii);
    options.recipients = {Recipient {QStringLiteral("user@test.example"), {}, {}}};
    plain.setOptions(options);
    QSignalSpy plainFinished(&plain, &SmtpSession::finished);
    plain.startNewTest();
    plain.runTo(options.stopAfter);
    QVERIFY(plainFinished.wait(5000));
    QVERIFY(ascii.writtenLines().contains("MAIL FROM:<helpdesk@test.example>"));
}

void TestSmtpSession::smtpUtf8NotOfferedOffersAceForm()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    server.reply(QStringLiteral("EHLO"), QStringLiteral("250-mx\r\n250 8BITMIME\r\n"));
    server.reply(QStringLiteral("RCPT"), QStringLiteral("553 5.6.7 Must declare SMTPUTF8 to send unicode address\r\n"));
    server.reply(QStringLiteral("RCPT"), QStringLiteral("553 5.6.7 Must declare SMTPUTF8 to send unicode address\r\n"));
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.recipients = {Recipient {QStringLiteral("user@bücher.example"), {}, {}},
                          Recipient {QStringLiteral("jürgen@example.com"), {}, {}}};
    options.stopAfter = StopPoint::Rcpt;
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(options.stopAfter);
    QVERIFY(finished.wait(5000));
    const QList<QByteArray> sent = transport.writtenLines();
    const QByteArray mail = sent.value(sent.indexOf(QByteArray("EHLO client.test")) + 1);
    QVERIFY2(mail.startsWith("MAIL FROM:<helpdesk@test.example>") && !mail.contains("SMTPUTF8"), mail.constData());
    const Transcript &t = *session.transcript();
    QVERIFY(transcriptHas(t, TranscriptEntry::Direction::Warning, QStringLiteral("user@xn--bcher-kva.example")));
    QVERIFY(transcriptHas(t, TranscriptEntry::Direction::Warning,
                          QStringLiteral("jürgen@example.com cannot go through it")));
    const Milestone *rcpt = nullptr;
    for (const Milestone &m : session.checklist()->milestones()) {
        if (m.kind == MilestoneKind::Rcpt && m.subject == u"user@bücher.example")
            rcpt = &m;
    }
    QVERIFY(rcpt);
    QCOMPARE(rcpt->state, MilestoneState::Failed);
    QVERIFY2(rcpt->diagnosis.meaning.contains(QStringLiteral("SMTPUTF8")), qPrintable(rcpt->diagnosis.meaning));
}

void TestSmtpSession::pipeliningSendsOneBatch()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    server.reply(QStringLiteral("EHLO"), pipeliningEhlo);
    server.reply(QStringLiteral("RCPT"), QStringLiteral("550 5.1.1 <nobody@test.example> unknown\r\n"));
    QSignalSpy writes(&transport, &FakeTransport::wrote);
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.pipelining = true;
    options.recipients = {Recipient {QStringLiteral("nobody@test.example"), {}, {}},
                          Recipient {QStringLiteral("user@test.example"), {}, {}}};
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QVERIFY(finished.wait(5000));
    QByteArray batch;
    for (const QList<QVariant> &write : std::as_const(writes)) {
        if (write.at(0).toByteArray().startsWith("MAIL"))
            batch = write.at(0).toByteArray();
    }
    QCOMPARE(batch,
             QByteArray("MAIL FROM:<helpdesk@test.example>\r\nRCPT TO:<nobody@test.example>\r\n"
                        "RCPT TO:<user@test.example>\r\nDATA\r\n"));
    QStringList shown;
    for (const TranscriptEntry &e : session.transcript()->entries())
        shown << e.text;
    QVERIFY2(states(*session.checklist())
                 == QStringLiteral("connect=passed ehlo=passed mail=passed rcpt=failed rcpt=passed data=passed "
                                   "end-of-data=passed quit=passed"),
             qPrintable(states(*session.checklist()) + u'\n' + shown.join(u'\n')));
    QVERIFY(server.body().contains("Hello"));
    // The transcript shows the batch as sent, then the replies in order.
    const QStringList client = clientLines(*session.transcript());
    const qsizetype mail = client.indexOf(QStringLiteral("MAIL FROM:<helpdesk@test.example>"));
    QVERIFY(mail > 0);
    QCOMPARE(client.mid(mail, 4),
             (QStringList {QStringLiteral("MAIL FROM:<helpdesk@test.example>"),
                           QStringLiteral("RCPT TO:<nobody@test.example>"),
                           QStringLiteral("RCPT TO:<user@test.example>"), QStringLiteral("DATA")}));
    QVERIFY(transcriptHas(*session.transcript(), TranscriptEntry::Direction::Info, QStringLiteral("PIPELINING")));
    const Milestone &refused = session.checklist()->at(3);
    QCOMPARE(refused.subject, QStringLiteral("nobody@test.example"));
    QCOMPARE(refused.reply.code, 550);
}

void TestSmtpSession::pipeliningNotOfferedGoesOneByOne()
{
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    QSignalSpy writes(&transport, &FakeTransport::wrote);
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.pipelining = true;
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint::Quit);
    QVERIFY(finished.wait(5000));
    for (const QList<QVariant> &write : std::as_const(writes))
        QVERIFY(!write.at(0).toByteArray().startsWith("MAIL") || !write.at(0).toByteArray().contains("RCPT"));
    QVERIFY(states(*session.checklist()).endsWith(QStringLiteral("end-of-data=passed quit=passed")));
}

void TestSmtpSession::pipeliningRepliesThatDoNotFit_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("reply");
    QTest::addColumn<int>("stop");
    QTest::addColumn<QString>("failed");
    QTest::addColumn<QString>("why");
    QTest::newRow("354 to MAIL") << QStringLiteral("MAIL") << QStringLiteral("354 go ahead\r\n") << int(StopPoint::Quit)
                                 << QStringLiteral("mail") << QStringLiteral("out of order");
    QTest::newRow("250 to DATA") << QStringLiteral("DATA") << QStringLiteral("250 2.1.5 Ok\r\n") << int(StopPoint::Quit)
                                 << QStringLiteral("data") << QStringLiteral("out of order");
    QTest::newRow("one reply too many") << QStringLiteral("RCPT") << QStringLiteral("250 2.1.5 Ok\r\n250 2.1.5 Ok\r\n")
                                        << int(StopPoint::Rcpt) << QStringLiteral("rcpt")
                                        << QStringLiteral("more replies");
    // The 354 meant for DATA arrives where the RCPT reply should be.
    QTest::newRow("no reply to RCPT") << QStringLiteral("RCPT") << QString() << int(StopPoint::Quit)
                                      << QStringLiteral("rcpt") << QStringLiteral("out of order");
    QTest::newRow("one reply too few") << QStringLiteral("RCPT") << QString() << int(StopPoint::Rcpt)
                                       << QStringLiteral("rcpt") << QStringLiteral("answered 1 of the 2");
}

void TestSmtpSession::pipeliningRepliesThatDoNotFit()
{
    QFETCH(QString, verb);
    QFETCH(QString, reply);
    QFETCH(int, stop);
    QFETCH(QString, failed);
    QFETCH(QString, why);
    FakeTransport transport;
    ScriptedReplies server(&transport, QStringLiteral("220 mx ESMTP\r\n"));
    server.reply(QStringLiteral("EHLO"), pipeliningEhlo);
    server.reply(verb, reply);
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options = basicOptions();
    options.pipelining = true;
    options.timeouts = Timeouts::uniform(300);
    session.setOptions(options);
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(StopPoint(stop));
    QVERIFY(finished.wait(5000));
    const Milestone *broken = nullptr;
    for (const Milestone &m : session.checklist()->milestones()) {
        if (m.state == MilestoneState::Failed && !broken)
            broken = &m;
    }
    QVERIFY2(broken, qPrintable(states(*session.checklist())));
    QCOMPARE(Checklist::kindKey(broken->kind), failed);
    QVERIFY2(broken->summary.contains(why), qPrintable(broken->summary));
    QCOMPARE(broken->failure,
             QTest::currentDataTag() == QByteArray("one reply too few") ? FailureKind::Timeout
                                                                        : FailureKind::ProtocolError);
    QVERIFY(transcriptHas(*session.transcript(), TranscriptEntry::Direction::Error, why));
}
