#include "clirun.h"
#include "diagnosis/exitcodes.h"
#include "diagnosis/testdiagnosis.h"
#include "practice/deliveryreport.h"
#include "practice/practiceclient.h"
#include "practice/practiceconnection.h"
#include "practicerun.h"
#include "smtplineclient.h"
#include "testpaths.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {

// The diagnosis causes (and "unknown") a scenario may name; the diagnosis of the whole test is to say the same.
const QStringList causeKeys {QStringLiteral("unknown-recipient"),
                             QStringLiteral("disabled-account"),
                             QStringLiteral("mailbox-full"),
                             QStringLiteral("message-too-big"),
                             QStringLiteral("rate-limited"),
                             QStringLiteral("sender-blocklisted"),
                             QStringLiteral("poor-reputation"),
                             QStringLiteral("sender-authentication"),
                             QStringLiteral("relay-denied"),
                             QStringLiteral("content-rejected"),
                             QStringLiteral("tls-required"),
                             QStringLiteral("reverse-dns"),
                             QStringLiteral("greylisting"),
                             QStringLiteral("bad-syntax"),
                             QStringLiteral("server-busy"),
                             QStringLiteral("local-policy"),
                             QStringLiteral("connection-timed-out"),
                             QStringLiteral("connection-refused"),
                             QStringLiteral("host-not-found"),
                             QStringLiteral("no-mail-server"),
                             QStringLiteral("client-refused"),
                             QStringLiteral("service-closing"),
                             QStringLiteral("tarpit"),
                             QStringLiteral("ehlo-not-supported"),
                             QStringLiteral("not-smtp"),
                             QStringLiteral("auth-required"),
                             QStringLiteral("wrong-credentials"),
                             QStringLiteral("basic-auth-disabled"),
                             QStringLiteral("connection-dropped"),
                             QStringLiteral("tls-handshake-failed"),
                             QStringLiteral("certificate-problem"),
                             QStringLiteral("dsn-not-supported"),
                             QStringLiteral("none"),
                             QStringLiteral("unknown")};

const PracticeScenario &scenario(const char *key)
{
    const PracticeScenario *found = findPracticeScenario(QString::fromLatin1(key));
    Q_ASSERT(found);
    return *found;
}

/** The checklist row the scenario teaches, as the CLI prints it: "  FAILED   RCPT TO …". */
bool printsRow(const QByteArray &out, MilestoneKind kind, const QString &stateKey)
{
    const QString prefix = QStringLiteral("  ") + stateKey.toUpper() + u' ';
    for (const QString &line : QString::fromUtf8(out).split(u'\n'))
        if (line.startsWith(prefix) && line.mid(prefix.size()).trimmed().startsWith(Checklist::kindTitle(kind)))
            return true;
    return false;
}

/** A DSN's message/delivery-status fields, with the report's own structure checked. */
void checkDeliveryReport(const QByteArray &report, const QString &recipient)
{
    QVERIFY2(report.contains("Content-Type: multipart/report; report-type=delivery-status;"), report.constData());
    QVERIFY(report.contains("Content-Type: message/delivery-status\r\n"));
    QVERIFY(report.contains("Reporting-MTA: dns; practice.mailflow.test\r\n"));
    QVERIFY(report.contains("Final-Recipient: rfc822; " + recipient.toUtf8() + "\r\n"));
    QVERIFY(report.contains("Action: delivered\r\n"));
    QVERIFY(report.contains("Status: 2.0.0\r\n"));
    const qsizetype boundaryAt = report.indexOf("boundary=\"") + 10;
    const QByteArray boundary = report.mid(boundaryAt, report.indexOf('"', boundaryAt) - boundaryAt);
    QVERIFY(!boundary.isEmpty());
    QCOMPARE(report.count("\r\n--" + boundary + "\r\n"), 3);
    QVERIFY(report.endsWith("\r\n--" + boundary + "--\r\n"));
}

/** Connects and reads the 220 greeting. */
bool connectGreeted(SmtpLineClient &client, quint16 port)
{
    return client.connectTo(QStringLiteral("127.0.0.1"), port) && client.readReply().startsWith("220 ");
}

/** EHLO, MAIL FROM and RCPT TO accepted, then DATA with its 354. */
bool openData(SmtpLineClient &client, const QByteArray &sender = "a@example.org")
{
    return client.command("EHLO me").startsWith("250-")
        && client.command("MAIL FROM:<" + sender + ">").startsWith("250 ")
        && client.command("RCPT TO:<b@example.net>").startsWith("250 ") && client.command("DATA").startsWith("354 ");
}

/** Starts mailflow-cli --serve-practice on a free loopback port with the extra arguments; 0 on failure. */
quint16 startServing(QProcess &process, const QString &scenario, const QStringList &extra = {})
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    process.setProgram(cliPath());
    process.setArguments(QStringList {QStringLiteral("--serve-practice"), scenario, QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:%1").arg(port)}
                         + extra);
    process.start();
    if (!process.waitForStarted(10'000))
        return 0;
    QByteArray banner;
    QElapsedTimer clock;
    clock.start();
    while (!banner.contains("listening on") && clock.elapsed() < 10'000 && process.waitForReadyRead(10'000))
        banner += process.readAllStandardOutput();
    return banner.contains(QStringLiteral("127.0.0.1:%1").arg(port).toUtf8()) ? port : 0;
}

} // namespace

class TestPractice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scenarioTable();
    void everyScenario_data();
    void everyScenario();
    void greylistingAcceptsTheRetry();
    void rateLimitAtMessageNPlusOne();
    void cliServeRateLimitWithSmtplib();
    void cliPracticeLimitBadInput();
    void deliveryReceipt();
    void cliDeliveryReceipt();
    void cliListAndUnknown();
    void cliServe();
    void cliServeRefusesOtherAddresses();
    void portInUse();
    void pipelinedCommandsInOrder();
    void dotUnstuffingAndEnvelope();
    void boundsDisconnectWith5xx();
    void storedMessagesAreBounded();
    void swaksCompletesHealthy();
    void pythonSmtplibCompletesHealthy();
};

void TestPractice::scenarioTable()
{
    QStringList keys;
    for (const PracticeScenario &s : practiceScenarios()) {
        const QString key = s.name();
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$")).match(key).hasMatch(), s.key);
        QVERIFY2(!keys.contains(key), s.key);
        keys << key;
        QVERIFY(!s.descriptionText().isEmpty() && !s.lessonText().isEmpty());
        MilestoneKind kind;
        MilestoneState state;
        QVERIFY2(expectedMilestone(s, &kind, &state), s.key);
        QVERIFY2(causeKeys.contains(QLatin1StringView(s.cause)), s.key);
        // A message limit belongs to a fault that counts messages, and the other way round.
        QVERIFY2((s.server.fault.when == PracticeWhen::OverLimit) == (s.server.messageLimit > 0), s.key);
    }
    for (const char *wanted : {"healthy", "relay-denied", "unknown-user", "greylisting", "delivery-receipt"})
        QVERIFY(keys.contains(QLatin1StringView(wanted)));
    QCOMPARE(keys.size(), 20);
}

void TestPractice::everyScenario_data()
{
    QTest::addColumn<QString>("key");
    for (const PracticeScenario &s : practiceScenarios())
        QTest::newRow(s.key) << s.name();
}

void TestPractice::everyScenario()
{
    QFETCH(QString, key);
    const PracticeScenario &s = *findPracticeScenario(key);
    MilestoneKind kind;
    MilestoneState state;
    QVERIFY(expectedMilestone(s, &kind, &state));
    const QString stateKey = Checklist::stateKey(state);

    // In core: the session against the practice server.
    PracticeRun run(s);
    QString why;
    QVERIFY2(run.prepare(&why), qPrintable(why));
    QVERIFY(run.run());
    const Milestone *taught = findMilestone(run.harness.session, kind);
    QVERIFY2(taught, s.expectStage);
    QVERIFY2(Checklist::stateKey(taught->state) == stateKey,
             qPrintable(Checklist::stateKey(taught->state) + u'\n' + transcriptText(run.harness.session)));
    QVERIFY(lessonSeen(s, *run.harness.session.checklist()));
    const TestDiagnosis diagnosis = diagnoseTest(run.harness.session);
    QVERIFY2(causeKey(diagnosis.cause) == QLatin1StringView(s.cause),
             qPrintable(causeKey(diagnosis.cause) + QStringLiteral(" (rule ") + diagnosis.ruleId + QStringLiteral(")\n")
                        + transcriptText(run.harness.session)));
    const int exitCode = exitCodeFor(*run.harness.session.checklist(), diagnosis);
    // 0 exactly when nothing failed and nothing was deferred (a HELO fall-back is only a warning).
    const bool deferred = taught->reply.code >= 400 && taught->reply.code < 500;
    QCOMPARE(exitCode == ExitOk, stateKey == u"passed" || (stateKey == u"warning" && !deferred));

    // Through the CLI: the same row, the same exit code.
    const CliResult cli = runCli({QStringLiteral("--practice"), key});
    QVERIFY2(cli.finished, qPrintable(describe(cli)));
    QVERIFY2(cli.exitCode == exitCode, qPrintable(describe(cli)));
    QVERIFY2(printsRow(cli.out, kind, stateKey), qPrintable(describe(cli)));
    QVERIFY(cli.err.contains(s.name().toUtf8()));
}

void TestPractice::greylistingAcceptsTheRetry()
{
    PracticeRun run(scenario("greylisting"));
    QString why;
    QVERIFY2(run.prepare(&why), qPrintable(why));
    QVERIFY(run.run());
    QCOMPARE(milestoneState(run.harness.session, MilestoneKind::Rcpt, PracticeAccount::recipient()),
             MilestoneState::Warning);
    QVERIFY(transcriptText(run.harness.session).contains(u"450 4.2.0"));
    // Too early: still deferred.
    PracticeRun early(scenario("greylisting"), {60'000, 1200});
    QVERIFY2(early.prepare(&why), qPrintable(why));
    QVERIFY(early.run());
    QVERIFY(early.run());
    QCOMPARE(milestoneState(early.harness.session, MilestoneKind::Rcpt, PracticeAccount::recipient()),
             MilestoneState::Warning);
    QVERIFY(early.server.messages().isEmpty());
    // After the retry interval the same sender and recipient pass.
    QTRY_VERIFY_WITH_TIMEOUT(run.server.greylistPasses(PracticeAccount::sender(), PracticeAccount::recipient()), 5000);
    QVERIFY(run.run());
    QCOMPARE(milestoneState(run.harness.session, MilestoneKind::Rcpt, PracticeAccount::recipient()),
             MilestoneState::Passed);
    QCOMPARE(exitCodeFor(*run.harness.session.checklist()), int(ExitOk));
    QCOMPARE(run.server.messages().size(), 1);
}

void TestPractice::rateLimitAtMessageNPlusOne()
{
    // The server alone, as a trainer's client meets it: N messages pass, the next MAIL FROM gets the 421.
    const PracticeScenario &limited = scenario("rate-limited");
    const int n = limited.server.messageLimit;
    QVERIFY(n > 1);
    PracticeServer server(limited);
    QVERIFY(server.start());
    SmtpLineClient client;
    QVERIFY(connectGreeted(client, server.serverPort()));
    for (int i = 1; i <= n; ++i) {
        QVERIFY2(openData(client, "m" + QByteArray::number(i) + "@example.org"), qPrintable(QString::number(i)));
        QVERIFY(client.command("Subject: " + QByteArray::number(i) + "\r\n.").startsWith("250 2.0.0 Ok: queued"));
    }
    QVERIFY(client.command("EHLO me").startsWith("250-"));
    client.send("MAIL FROM:<over@example.org>");
    const QByteArray refused = client.readUntilClosed();
    QVERIFY2(refused.startsWith("421-4.7.28 "), refused.constData());
    QVERIFY(refused.contains("\r\n421 4.7.28 "));
    QVERIFY(refused.contains("temporarily rate limited"));
    QVERIFY(!client.isConnected());
    QCOMPARE(server.messages().size(), n);
    // The limit is the session's, not one connection's: a new connection is refused at once.
    SmtpLineClient again;
    QVERIFY(connectGreeted(again, server.serverPort()));
    QVERIFY(again.command("EHLO me").startsWith("250-"));
    again.send("MAIL FROM:<a@example.org>");
    QVERIFY(again.readUntilClosed().startsWith("421-4.7.28 "));

    // The learner's one test (the window, --practice) is message N+1: the first N count as sent before.
    PracticeRun run(limited);
    QString why;
    QVERIFY2(run.prepare(&why), qPrintable(why));
    QCOMPARE(run.server.sessionMessageCount(), n);
    QVERIFY(run.run());
    const Milestone *mail = findMilestone(run.harness.session, MilestoneKind::Mail);
    QVERIFY(mail);
    QCOMPARE(mail->state, MilestoneState::Warning);
    QCOMPARE(mail->reply.code, 421);
    QVERIFY(run.server.messages().isEmpty());
}

void TestPractice::cliServeRateLimitWithSmtplib()
{
    QProcess serving;
    const quint16 port = startServing(serving, QStringLiteral("rate-limited"),
                                      {QStringLiteral("--practice-limit"), QStringLiteral("2")});
    QVERIFY2(port, serving.readAllStandardError().constData());
    const QString script = QStringLiteral(
        "import smtplib, sys\n"
        "s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), timeout=20)\n"
        "s.ehlo('python')\n"
        "for i in range(1, 5):\n"
        "    try:\n"
        "        s.sendmail('a@example.org', ['b@example.net'], 'Subject: %d\\r\\n\\r\\nbody\\r\\n' % i)\n"
        "        print('accepted', i)\n"
        "    except smtplib.SMTPSenderRefused as e:\n"
        "        print('refused', i, e.smtp_code, e.smtp_error.split()[0].decode())\n"
        "        break\n");
    QProcess python;
    QSignalSpy finished(&python, &QProcess::finished);
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), script, QString::number(port)});
    QVERIFY(finished.wait(30'000));
    const QByteArray out = python.readAllStandardOutput();
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QCOMPARE(out, QByteArray("accepted 1\naccepted 2\nrefused 3 421 4.7.28\n"));
    // The server said what it accepted, and nothing after the limit.
    QByteArray log;
    QTRY_VERIFY_WITH_TIMEOUT((log += serving.readAllStandardOutput()).count("accepted ") == 2, 10'000);
    QCOMPARE(serving.state(), QProcess::Running);
    serving.terminate();
    QVERIFY(serving.waitForFinished(10'000));
    QCOMPARE((log + serving.readAllStandardOutput()).count("accepted "), 2);
}

void TestPractice::cliPracticeLimitBadInput()
{
    const CliResult negative = runCli({QStringLiteral("--serve-practice"), QStringLiteral("rate-limited"),
                                       QStringLiteral("--practice-limit"), QStringLiteral("-1")});
    QCOMPARE(negative.exitCode, int(ExitBadInput));
    QVERIFY2(negative.err.contains("--practice-limit"), negative.err.constData());
    const CliResult word = runCli({QStringLiteral("--serve-practice"), QStringLiteral("rate-limited"),
                                   QStringLiteral("--practice-limit"), QStringLiteral("many")});
    QCOMPARE(word.exitCode, int(ExitBadInput));
    const CliResult alone = runCli({QStringLiteral("--practice"), QStringLiteral("rate-limited"),
                                    QStringLiteral("--practice-limit"), QStringLiteral("2")});
    QCOMPARE(alone.exitCode, int(ExitBadInput));
    QVERIFY(alone.err.contains("--serve-practice"));
}

void TestPractice::deliveryReceipt()
{
    PracticeRun run(scenario("delivery-receipt"));
    QString why;
    QVERIFY2(run.prepare(&why), qPrintable(why));
    QVERIFY(run.run());
    QCOMPARE(run.server.messages().size(), 1);
    const PracticeMessage &message = run.server.messages().first();
    QCOMPARE(message.sender, PracticeAccount::sender());
    QCOMPARE(message.recipients.first().notify, QStringLiteral("SUCCESS,FAILURE"));
    QVERIFY(message.tls);
    checkDeliveryReport(message.deliveryReport, PracticeAccount::recipient());
    QVERIFY(message.deliveryReport.contains("Content-Type: text/rfc822-headers"));
    QVERIFY(message.deliveryReport.contains("Subject: Mailflow test message"));

    // No NOTIFY=SUCCESS, no report; RET=FULL returns the whole message; ORCPT and ENVID are reported.
    PracticeMessage quiet = message;
    quiet.recipients.first().notify = QStringLiteral("FAILURE");
    QVERIFY(deliveryReport(quiet, PracticeServer::hostName()).isEmpty());
    PracticeMessage full = message;
    full.ret = QStringLiteral("FULL");
    full.envelopeId = QStringLiteral("QQ314159");
    full.recipients.first().orcpt = QStringLiteral("rfc822;boss@example.net");
    const QByteArray report = deliveryReport(full, PracticeServer::hostName());
    QVERIFY(report.contains("Content-Type: message/rfc822\r\n"));
    QVERIFY(report.contains("This is a test message sent by Mailflow"));
    QVERIFY(report.contains("Original-Envelope-Id: QQ314159\r\n"));
    QVERIFY(report.contains("Original-Recipient: rfc822; boss@example.net\r\n"));
}

void TestPractice::cliDeliveryReceipt()
{
    const CliResult cli = runCli({QStringLiteral("--practice"), QStringLiteral("delivery-receipt"),
                                  QStringLiteral("--to"), QStringLiteral("someone@example.org")});
    QVERIFY2(cli.exitCode == ExitOk, qPrintable(describe(cli)));
    QVERIFY(cli.out.contains("RCPT TO:<someone@example.org> NOTIFY=SUCCESS,FAILURE"));
    QVERIFY(cli.out.contains("The delivery status notification the server sends back"));
    QVERIFY(cli.out.contains("Reporting-MTA: dns; practice.mailflow.test\n"));
    QVERIFY(cli.out.contains("Final-Recipient: rfc822; someone@example.org\n"));
    QVERIFY(cli.out.contains("Action: delivered\nStatus: 2.0.0\n"));
    // Without NOTIFY=SUCCESS nothing is sent back.
    const CliResult healthy = runCli({QStringLiteral("--practice"), QStringLiteral("healthy")});
    QVERIFY2(healthy.exitCode == ExitOk, qPrintable(describe(healthy)));
    QVERIFY(!healthy.out.contains("Reporting-MTA"));
}

void TestPractice::cliListAndUnknown()
{
    const CliResult list = runCli({QStringLiteral("--practice"), QStringLiteral("list")});
    QCOMPARE(list.exitCode, int(ExitOk));
    const QStringList lines = QString::fromUtf8(list.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), practiceScenarios().size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const PracticeScenario &s = practiceScenarios().at(i);
        QVERIFY(lines.at(i).startsWith(s.name() + u' '));
        QVERIFY(lines.at(i).endsWith(s.descriptionText()));
    }

    const CliResult unknown = runCli({QStringLiteral("--practice"), QStringLiteral("no-such-thing")});
    QCOMPARE(unknown.exitCode, int(ExitBadInput));
    QVERIFY(unknown.err.contains("no-such-thing"));
    for (const PracticeScenario &s : practiceScenarios())
        QVERIFY(unknown.err.contains("\n" + s.name().toUtf8() + " "));
    QVERIFY(unknown.out.isEmpty());

    const CliResult withServer = runCli({QStringLiteral("--practice"), QStringLiteral("healthy"),
                                         QStringLiteral("--server"), QStringLiteral("127.0.0.1")});
    QCOMPARE(withServer.exitCode, int(ExitBadInput));
    QVERIFY(withServer.err.contains("--server"));
}

void TestPractice::cliServe()
{
    // A free port, then the server on it, saying where it listens.
    QProcess process;
    const quint16 port = startServing(process, QStringLiteral("unknown-user"));
    QVERIFY2(port, process.readAllStandardError().constData());

    SmtpLineClient client;
    QVERIFY(client.connectTo(QStringLiteral("127.0.0.1"), port));
    QVERIFY(client.readReply().startsWith("220 practice.mailflow.test"));
    QVERIFY(client.command("EHLO trainer").startsWith("250-"));
    QVERIFY(client.command("MAIL FROM:<a@example.org>").startsWith("250 "));
    QVERIFY(client.command("RCPT TO:<nobody@example.net>")
                .startsWith("550 5.1.1 <nobody@example.net>: Recipient address rejected: User unknown"));
    QVERIFY(client.command("QUIT").startsWith("221 "));

    // Until interrupted.
    QCOMPARE(process.state(), QProcess::Running);
    process.terminate();
    QVERIFY(process.waitForFinished(10'000));
}

void TestPractice::cliServeRefusesOtherAddresses()
{
    const CliResult outside = runCli({QStringLiteral("--serve-practice"), QStringLiteral("healthy"),
                                      QStringLiteral("--listen"), QStringLiteral("192.0.2.1:2525")});
    QCOMPARE(outside.exitCode, int(ExitBadInput));
    QVERIFY2(outside.err.contains("loopback"), outside.err.constData());
    const CliResult any = runCli({QStringLiteral("--serve-practice"), QStringLiteral("healthy"),
                                  QStringLiteral("--listen"), QStringLiteral("0.0.0.0:2525")});
    QCOMPARE(any.exitCode, int(ExitBadInput));
    QVERIFY(any.err.contains("loopback"));

    PracticeServer server(scenario("healthy"));
    QString why;
    QVERIFY(!server.start(QHostAddress(QStringLiteral("192.0.2.1")), 0, &why));
    QVERIFY(why.contains(u"loopback"));
    QVERIFY(!server.isListening());
}

void TestPractice::portInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost));
    PracticeServer server(scenario("healthy"));
    QString why;
    QVERIFY(!server.start(QHostAddress(QHostAddress::LocalHost), taken.serverPort(), &why));
    QVERIFY2(why.contains(u"already in use"), qPrintable(why));

    const CliResult cli = runCli({QStringLiteral("--serve-practice"), QStringLiteral("healthy"),
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(taken.serverPort())});
    QCOMPARE(cli.exitCode, int(ExitBadInput));
    QVERIFY2(cli.err.contains("already in use"), cli.err.constData());
}

void TestPractice::pipelinedCommandsInOrder()
{
    PracticeServer server(scenario("unknown-user"));
    QVERIFY(server.start());
    SmtpLineClient client;
    QVERIFY(connectGreeted(client, server.serverPort()));
    QVERIFY(client.command("EHLO pipeliner").contains("250-PIPELINING\r\n"));
    client.sendRaw("MAIL FROM:<a@example.org>\r\nRCPT TO:<b@example.net>\r\nDATA\r\nNOOP\r\n");
    QVERIFY(client.readReply().startsWith("250 2.1.0"));
    QVERIFY(client.readReply().startsWith("550 5.1.1"));
    QVERIFY(client.readReply().startsWith("554 5.5.1 Error: no valid recipients"));
    QVERIFY(client.readReply().startsWith("250 2.0.0 Ok"));
}

void TestPractice::dotUnstuffingAndEnvelope()
{
    PracticeServer server(scenario("healthy"));
    QVERIFY(server.start());
    QSignalSpy accepted(&server, &PracticeServer::messageAccepted);
    SmtpLineClient client;
    QVERIFY(connectGreeted(client, server.serverPort()));
    QVERIFY(client.command("EHLO me").contains("250 DSN\r\n"));
    QVERIFY(client.command("MAIL FROM:<a@example.org> SIZE=100 BODY=8BITMIME RET=HDRS ENVID=X1").startsWith("250 "));
    QVERIFY(client.command("RCPT TO:<b@example.net> NOTIFY=NEVER ORCPT=rfc822;c@example.net").startsWith("250 "));
    QVERIFY(client.command("RCPT TO:<d@example.net>").startsWith("250 "));
    QVERIFY(client.command("DATA").startsWith("354 "));
    QVERIFY(client.command("Subject: dots\r\n\r\n..leading dot\r\n...two\r\nend\r\n.")
                .startsWith("250 2.0.0 Ok: queued as "));
    QCOMPARE(accepted.count(), 1);
    const PracticeMessage &m = server.messages().first();
    QCOMPARE(m.content, QByteArray("Subject: dots\r\n\r\n.leading dot\r\n..two\r\nend\r\n"));
    QCOMPARE(m.sender, QStringLiteral("a@example.org"));
    QCOMPARE(m.heloName, QStringLiteral("me"));
    QCOMPARE(m.ret, QStringLiteral("HDRS"));
    QCOMPARE(m.envelopeId, QStringLiteral("X1"));
    QCOMPARE(m.recipients.size(), 2);
    QCOMPARE(m.recipients.at(0).notify, QStringLiteral("NEVER"));
    QCOMPARE(m.recipients.at(0).orcpt, QStringLiteral("rfc822;c@example.net"));
    QVERIFY(m.deliveryReport.isEmpty());
    QVERIFY(!m.tls);
}

void TestPractice::boundsDisconnectWith5xx()
{
    PracticeServer server(scenario("healthy"));
    QVERIFY(server.start());
    {
        SmtpLineClient client;
        QVERIFY(connectGreeted(client, server.serverPort()));
        client.sendRaw(QByteArray(5000, 'A'));
        QVERIFY(client.readUntilClosed().startsWith("500 5.5.0 Error: command line too long"));
        QVERIFY(!client.isConnected());
    }
    {
        SmtpLineClient client;
        QVERIFY(connectGreeted(client, server.serverPort()));
        for (int i = 0; i < PracticeConnection::MaxErrors - 1; ++i)
            QVERIFY(client.command("BOGUS").startsWith("502 5.5.2"));
        client.send("BOGUS");
        QVERIFY(client.readUntilClosed().startsWith("421 4.7.0"));
    }
    {
        SmtpLineClient client;
        QVERIFY(connectGreeted(client, server.serverPort()));
        QVERIFY(openData(client));
        client.sendRaw(QByteArray(PracticeConnection::MaxDataLine + 10, 'x'));
        QVERIFY(client.readUntilClosed().startsWith("500 5.5.0 Error: message line too long"));
    }
    // A message over SIZE is read to the dot, then refused; the connection stays usable.
    PracticeServer small(scenario("message-too-big"));
    QVERIFY(small.start());
    SmtpLineClient client;
    QVERIFY(connectGreeted(client, small.serverPort()));
    QVERIFY(client.command("EHLO me").contains("250-SIZE 200\r\n"));
    QVERIFY(client.command("MAIL FROM:<a@example.org> SIZE=201").startsWith("552 5.3.4"));
    QVERIFY(client.command("MAIL FROM:<a@example.org>").startsWith("250 "));
    QVERIFY(client.command("RCPT TO:<b@example.net>").startsWith("250 "));
    QVERIFY(client.command("DATA").startsWith("354 "));
    QVERIFY(client.command(QByteArray(150, 'y') + "\r\n" + QByteArray(150, 'z') + "\r\n.").startsWith("552 5.3.4"));
    QVERIFY(client.command("NOOP").startsWith("250 "));
    QVERIFY(small.messages().isEmpty());
}

void TestPractice::storedMessagesAreBounded()
{
    PracticeServer server(scenario("healthy"));
    server.setMaxStoredMessages(2);
    QVERIFY(server.start());
    SmtpLineClient client;
    QVERIFY(connectGreeted(client, server.serverPort()));
    for (int i = 0; i < 3; ++i) {
        QVERIFY(openData(client, "m" + QByteArray::number(i) + "@example.org"));
        QVERIFY(client.command("Subject: " + QByteArray::number(i) + "\r\n.").startsWith("250 "));
    }
    QCOMPARE(server.acceptedCount(), 3);
    QCOMPARE(server.messages().size(), 2);
    QCOMPARE(server.messages().first().sender, QStringLiteral("m1@example.org"));
}

void TestPractice::swaksCompletesHealthy()
{
    const QString swaks = QStandardPaths::findExecutable(QStringLiteral("swaks"));
    QVERIFY2(!swaks.isEmpty(), "swaks is installed by tools/setup.sh");
    PracticeServer server(scenario("healthy"));
    QVERIFY(server.start());
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(swaks,
                  {QStringLiteral("--server"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                   QString::number(server.serverPort()), QStringLiteral("--from"), PracticeAccount::sender(),
                   QStringLiteral("--to"), PracticeAccount::recipient(), QStringLiteral("--tls"),
                   QStringLiteral("--auth"), QStringLiteral("LOGIN"), QStringLiteral("--auth-user"),
                   PracticeAccount::user(), QStringLiteral("--auth-password"), PracticeAccount::password()});
    QVERIFY(finished.wait(30'000));
    const QByteArray out = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, out.constData());
    QVERIFY(out.contains("235 2.7.0 Authentication successful"));
    QCOMPARE(server.messages().size(), 1);
    QVERIFY(server.messages().first().tls);
    QCOMPARE(server.messages().first().authUser, PracticeAccount::user());
}

void TestPractice::pythonSmtplibCompletesHealthy()
{
    PracticeServer server(scenario("healthy"));
    QVERIFY(server.start());
    const QString script = QStringLiteral(
        "import smtplib, ssl, sys\n"
        "s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), timeout=20)\n"
        "s.ehlo('python')\n"
        "s.starttls(context=ssl._create_unverified_context())\n"
        "s.ehlo('python')\n"
        "s.login('learner', 'practice')\n"
        "r = s.sendmail('a@example.org', ['b@example.net'], 'Subject: hi\\r\\n\\r\\n.dot line\\r\\n',\n"
        "               mail_options=['BODY=8BITMIME'], rcpt_options=['NOTIFY=SUCCESS'])\n"
        "assert r == {}, r\n"
        "s.quit()\n");
    QProcess process;
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral("-c"), script, QString::number(server.serverPort())});
    QVERIFY(finished.wait(30'000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(server.messages().size(), 1);
    const PracticeMessage &m = server.messages().first();
    QVERIFY(m.content.endsWith("\r\n.dot line\r\n"));
    QVERIFY(m.tls);
    checkDeliveryReport(m.deliveryReport, QStringLiteral("b@example.net"));
}

QTEST_GUILESS_MAIN(TestPractice)
#include "tst_practice.moc"
