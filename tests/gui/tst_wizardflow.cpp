// Clicks through the whole wizard against real loopback servers (smtp-sink, a scripted server).
#include "advancedsection.h"
#include "aiosmtpdfixture.h"
#include "checklistview.h"
#include "connectpage.h"
#include "consolewidget.h"
#include "diagnosis/verdict.h"
#include "envelopepage.h"
#include "finishpage.h"
#include "greetingpage.h"
#include "guihelpers.h"
#include "messagepage.h"
#include "recipientrow.h"
#include "scriptedsmtpserver.h"
#include "serverpage.h"
#include "stepresult.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "windowchecksettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSettings>
#include <QSpinBox>
#include <QtTest>

using namespace mailflow;
using namespace mailflow::test;

class TestWizardFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<MainWindow> m_window;
    WizardPanel *wizard() const { return m_window->wizard(); }
    SmtpSession *session() const { return m_window->session(); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void fillServer(quint16 port)
    {
        QCOMPARE(wizard()->currentPage(), int(WizardPanel::Server));
        ServerPage *page = wizard()->serverPage();
        page->hostField()->setText(QStringLiteral("127.0.0.1"));
        page->portBox()->setEditText(QString::number(port));
        click(wizard()->nextButton());
        QCOMPARE(wizard()->currentPage(), int(WizardPanel::Connect));
    }

    void connectAndGreet()
    {
        click(wizard()->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::Connect), 10000);
        QCOMPARE(stateOf(session(), MilestoneKind::Connect), MilestoneState::Passed);
        QVERIFY(wizard()->connectPage()->result()->isVisible());
        click(wizard()->nextButton());
        click(wizard()->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::Ehlo), 10000);
        click(wizard()->nextButton());
        QCOMPARE(wizard()->currentPage(), int(WizardPanel::Envelope));
    }

    void sendEnvelope(const QString &sender, const QString &recipient)
    {
        EnvelopePage *page = wizard()->envelopePage();
        page->senderField()->setText(sender);
        page->recipientRow(0)->addressField()->setText(recipient);
        QCOMPARE(wizard()->sendButton()->text(), QStringLiteral("&Send MAIL FROM"));
        click(wizard()->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::Mail), 10000);
        QCOMPARE(stateOf(session(), MilestoneKind::Mail), MilestoneState::Passed);
        QTRY_COMPARE(wizard()->sendButton()->text(), QStringLiteral("&Send RCPT TO"));
        click(wizard()->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::Rcpt, recipient), 10000);
    }

    void sendMessageAndQuit()
    {
        click(wizard()->nextButton());
        QCOMPARE(wizard()->currentPage(), int(WizardPanel::Message));
        QTRY_VERIFY(wizard()->sendButton()->isEnabled());
        click(wizard()->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::EndOfData), 10000);
        click(wizard()->nextButton());
        QCOMPARE(wizard()->currentPage(), int(WizardPanel::Finish));
        QTRY_VERIFY(wizard()->sendButton()->isEnabled());
        click(wizard()->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::Quit), 10000);
        QTRY_COMPARE(session()->state(), SmtpSession::State::Disconnected);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_wizardflow"));
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
        if (!SmtpSink::available())
            QSKIP("postfix smtp-sink is not installed (tools/setup.sh installs it)");
    }

    void cleanup() { m_window.reset(); }

    void allPassed()
    {
        SmtpSink sink;
        QVERIFY(sink.isReady());
        openWindow();
        fillServer(sink.port());
        connectAndGreet();
        sendEnvelope(QStringLiteral("helpdesk@example.com"), QStringLiteral("user@example.com"));
        QCOMPARE(stateOf(session(), MilestoneKind::Rcpt, QStringLiteral("user@example.com")), MilestoneState::Passed);
        // Message page pre-filled from the envelope.
        click(wizard()->nextButton());
        QCOMPARE(wizard()->messagePage()->fromField()->text(), QStringLiteral("helpdesk@example.com"));
        QCOMPARE(wizard()->messagePage()->toField()->text(), QStringLiteral("user@example.com"));
        click(wizard()->backButton());
        sendMessageAndQuit();

        for (MilestoneKind kind : {MilestoneKind::Connect, MilestoneKind::Ehlo, MilestoneKind::Mail,
                                   MilestoneKind::Data, MilestoneKind::EndOfData, MilestoneKind::Quit})
            QCOMPARE(stateOf(session(), kind), MilestoneState::Passed);
        const QString transcript = transcriptText(session());
        QVERIFY2(transcript.contains(QStringLiteral("S: 220 ")), qPrintable(transcript));
        QVERIFY(transcript.contains(QStringLiteral("C: EHLO ")));
        QVERIFY(transcript.contains(QStringLiteral("C: MAIL FROM:<helpdesk@example.com>")));
        QVERIFY(transcript.contains(QStringLiteral("C: RCPT TO:<user@example.com>")));
        QVERIFY(transcript.contains(QStringLiteral("C: Subject: Mailflow test message")));
        QVERIFY(transcript.contains(QStringLiteral("S: 221")));
        const QString verdict = wizard()->finishPage()->verdictLabel()->text();
        QVERIFY2(verdict.startsWith(QStringLiteral("Mail to user@example.com was accepted by")), qPrintable(verdict));
        QCOMPARE(evaluateOutcome(*session()).verdict, SessionOutcome::Verdict::Passed);
        QVERIFY(wizard()->finishPage()->summaryLabel()->text().contains(QStringLiteral("RCPT")));
        QVERIFY(!wizard()->reconnectButton()->isVisible());
    }

    void heloFallback()
    {
        SmtpSink sink({QStringLiteral("-e")});
        QVERIFY(sink.isReady());
        openWindow();
        fillServer(sink.port());
        connectAndGreet();
        QCOMPARE(stateOf(session(), MilestoneKind::Ehlo), MilestoneState::Warning);
        const QString transcript = transcriptText(session());
        QVERIFY2(transcript.contains(QStringLiteral("C: HELO ")), qPrintable(transcript));
        // The page shows the result when the step's signal has gone round the event loop.
        QTRY_VERIFY2_WITH_TIMEOUT(
            wizard()->greetingPage()->result()->stateText().startsWith(Checklist::stateName(MilestoneState::Warning)),
            qPrintable(wizard()->greetingPage()->result()->stateText() + u'\n' + transcript), 5000);
        sendEnvelope(QStringLiteral("helpdesk@example.com"), QStringLiteral("user@example.com"));
        // No ESMTP, so no DSN: the page says so.
        QVERIFY(wizard()->envelopePage()->dsnNote()->isVisible());
        QVERIFY(wizard()->envelopePage()->dsnNote()->text().contains(QStringLiteral("did not advertise DSN")));
        sendMessageAndQuit();
        QCOMPARE(evaluateOutcome(*session()).verdict, SessionOutcome::Verdict::Warning);
        QVERIFY(wizard()->finishPage()->verdictLabel()->text().contains(QStringLiteral("Warning at")));
    }

    void refusedRecipientThenCorrected()
    {
        ScriptedServer server(&politeReply);
        openWindow();
        fillServer(server.port());
        connectAndGreet();
        sendEnvelope(QStringLiteral("helpdesk@example.com"), QStringLiteral("nobody@example.com"));
        QCOMPARE(stateOf(session(), MilestoneKind::Rcpt, QStringLiteral("nobody@example.com")), MilestoneState::Failed);
        RecipientRow *row = wizard()->envelopePage()->recipientRow(0);
        QTRY_VERIFY(row->stateLabel()->isVisible());
        QVERIFY(row->stateLabel()->text().contains(QStringLiteral("550 5.1.1")));
        // Same address again is not re-sent by Enter: Send is off until the address changes.
        QVERIFY(!wizard()->sendButton()->isEnabled());
        row->addressField()->setText(QStringLiteral("user@example.com"));
        QTRY_VERIFY(wizard()->sendButton()->isEnabled());
        click(wizard()->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::Rcpt, QStringLiteral("user@example.com")), 10000);
        QCOMPARE(stateOf(session(), MilestoneKind::Rcpt, QStringLiteral("user@example.com")), MilestoneState::Passed);
        QCOMPARE(server.connections(), 1); // no reconnect
        sendMessageAndQuit();
        QCOMPARE(stateOf(session(), MilestoneKind::EndOfData), MilestoneState::Passed);
        const QString verdict = wizard()->finishPage()->verdictLabel()->text();
        // The refusal stays on record; the corrected address was accepted.
        QVERIFY2(verdict.contains(QStringLiteral("RCPT")) && verdict.contains(QStringLiteral("550")),
                 qPrintable(verdict));
        QVERIFY2(verdict.contains(QStringLiteral("Mail to user@example.com was accepted by scripted.test "
                                                 "(queued as SCRIPT1)")),
                 qPrintable(verdict));
    }

    void refusedSenderRsetAndRetry()
    {
        ScriptedServer server([](const QByteArray &line) -> QByteArray {
            if (line.toUpper().startsWith("MAIL") && line.contains("spammer@"))
                return "553 5.7.1 <spammer@example.com>: Sender address rejected: Access denied\r\n";
            return politeReply(line);
        });
        openWindow();
        fillServer(server.port());
        connectAndGreet();
        EnvelopePage *page = wizard()->envelopePage();
        page->senderField()->setText(QStringLiteral("spammer@example.com"));
        page->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
        click(wizard()->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::Mail), 10000);
        QCOMPARE(stateOf(session(), MilestoneKind::Mail), MilestoneState::Failed);
        QVERIFY(page->result()->text().contains(QStringLiteral("553 5.7.1")));
        page->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        QTRY_VERIFY(wizard()->sendButton()->isEnabled());
        click(wizard()->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::Mail, QStringLiteral("helpdesk@example.com")),
                                 10000);
        QCOMPARE(stateOf(session(), MilestoneKind::Mail, QStringLiteral("helpdesk@example.com")),
                 MilestoneState::Passed);
        const QList<QByteArray> commands = server.commands();
        const qsizetype rset = commands.indexOf("RSET");
        QVERIFY2(rset > 0, commands.join(' ').constData());
        QVERIFY(commands.at(rset + 1).startsWith("MAIL FROM:<helpdesk@example.com>"));
        QCOMPARE(server.connections(), 1);
    }

    void connectionDroppedDuringData()
    {
        ScriptedServer server(&politeReply, true, true);
        openWindow();
        fillServer(server.port());
        connectAndGreet();
        sendEnvelope(QStringLiteral("helpdesk@example.com"), QStringLiteral("user@example.com"));
        click(wizard()->nextButton());
        QTRY_VERIFY(wizard()->sendButton()->isEnabled());
        click(wizard()->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::EndOfData), 10000);
        QCOMPARE(stateOf(session(), MilestoneKind::Data), MilestoneState::Passed);
        QCOMPARE(stateOf(session(), MilestoneKind::EndOfData), MilestoneState::Failed);
        const int end = lastOf(session()->checklist(), MilestoneKind::EndOfData);
        QCOMPARE(session()->checklist()->at(end).failure, FailureKind::ConnectionLost);
        QCOMPARE(session()->state(), SmtpSession::State::Disconnected);
        QTRY_VERIFY(wizard()->reconnectButton()->isVisible());
        // Wait for the step result too: under load it was seen to refresh after the reconnect button showed.
        QTRY_VERIFY(
            wizard()->messagePage()->result()->stateText().startsWith(Checklist::stateName(MilestoneState::Failed)));
        const QString transcript = transcriptText(session());
        QVERIFY2(transcript.contains(QStringLiteral("closed the connection")), qPrintable(transcript));
        QCOMPARE(evaluateOutcome(*session()).verdict, SessionOutcome::Verdict::Failed);

        // Reconnect keeps the transcript of what happened.
        const int before = session()->transcript()->count();
        click(wizard()->reconnectButton());
        QCOMPARE(wizard()->currentPage(), int(WizardPanel::Connect));
        QTRY_VERIFY_WITH_TIMEOUT(finished(session(), MilestoneKind::Connect), 10000);
        QCOMPARE(stateOf(session(), MilestoneKind::Connect), MilestoneState::Passed);
        QVERIFY(session()->transcript()->count() > before);
        QVERIFY(transcriptText(session()).contains(QStringLiteral("closed the connection")));
        QCOMPARE(server.connections(), 2);
    }

    void abortWhileServerNeverAnswers()
    {
        QTcpServer silent; // accepts, never says 220
        QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
        openWindow();
        fillServer(silent.serverPort());
        click(wizard()->sendButton());
        QTRY_VERIFY(silent.hasPendingConnections() || silent.isListening());
        QTRY_VERIFY(session()->isBusy());
        QTRY_VERIFY(wizard()->abortButton()->isEnabled());
        QVERIFY(wizard()->progressBar()->isVisible());
        QVERIFY(!wizard()->sendButton()->isEnabled());
        click(wizard()->abortButton());
        QTRY_VERIFY(!session()->isBusy());
        QCOMPARE(session()->state(), SmtpSession::State::Disconnected);
        QCOMPARE(stateOf(session(), MilestoneKind::Connect), MilestoneState::Failed);
        QCOMPARE(session()->checklist()->at(lastOf(session()->checklist(), MilestoneKind::Connect)).failure,
                 FailureKind::Aborted);
        QVERIFY(transcriptText(session()).contains(QStringLiteral("x Aborted by the user.")));
        QVERIFY(!wizard()->abortButton()->isEnabled());
        QVERIFY(!wizard()->progressBar()->isVisible());
        QTRY_VERIFY(wizard()->reconnectButton()->isVisible());
        QVERIFY(evaluateOutcome(*session()).sentence.contains(QStringLiteral("Aborted")));
    }

    void runToEndWithStopPoint()
    {
        SmtpSink sink;
        QVERIFY(sink.isReady());
        openWindow();
        ServerPage *server = wizard()->serverPage();
        server->hostField()->setText(QStringLiteral("127.0.0.1"));
        server->portBox()->setEditText(QString::number(sink.port()));
        wizard()->envelopePage()->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        wizard()->envelopePage()->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
        wizard()->envelopePage()->addRecipient(QStringLiteral("second@example.com"));
        QComboBox *stop = wizard()->stopBox();
        stop->setCurrentIndex(stop->findData(int(StopPoint::Rcpt)));
        click(wizard()->runButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentPage(), int(WizardPanel::Finish), 10000);
        QTRY_VERIFY(!session()->isPlanRunning());
        QCOMPARE(stateOf(session(), MilestoneKind::Rcpt, QStringLiteral("user@example.com")), MilestoneState::Passed);
        QCOMPARE(stateOf(session(), MilestoneKind::Rcpt, QStringLiteral("second@example.com")), MilestoneState::Passed);
        QCOMPARE(session()->checklist()->indexOf(MilestoneKind::Data), -1);
        QCOMPARE(stateOf(session(), MilestoneKind::Quit), MilestoneState::Passed);
        QVERIFY(!transcriptText(session()).contains(QStringLiteral("C: DATA")));
        const QString verdict = wizard()->finishPage()->verdictLabel()->text();
        QVERIFY2(verdict.contains(QStringLiteral("no message was sent")), qPrintable(verdict));
    }

    void pipeliningFromTheEnvelopeAdvancedPart()
    {
        SmtpSink sink; // smtp-sink offers PIPELINING
        QVERIFY(sink.isReady());
        openWindow();
        ServerPage *server = wizard()->serverPage();
        server->hostField()->setText(QStringLiteral("127.0.0.1"));
        server->portBox()->setEditText(QString::number(sink.port()));
        EnvelopePage *envelope = wizard()->envelopePage();
        envelope->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        envelope->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
        envelope->addRecipient(QStringLiteral("second@example.com"));
        QVERIFY(!envelope->advancedSection()->isOpen());
        QVERIFY(!envelope->pipelineBox()->isVisibleTo(envelope));
        envelope->advancedSection()->setOpen(true);
        QVERIFY(envelope->pipelineBox()->isVisibleTo(envelope));
        envelope->pipelineBox()->setChecked(true);
        SessionOptions applied;
        envelope->applyTo(applied);
        QVERIFY(applied.pipelining);
        click(wizard()->runButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentPage(), int(WizardPanel::Finish), 10000);
        QTRY_VERIFY(!session()->isPlanRunning());
        QVERIFY2(
            transcriptText(session()).contains(QStringLiteral("PIPELINING: the next 4 commands go out in one write")),
            qPrintable(transcriptText(session())));
        QCOMPARE(stateOf(session(), MilestoneKind::Rcpt, QStringLiteral("second@example.com")), MilestoneState::Passed);
        QCOMPARE(stateOf(session(), MilestoneKind::EndOfData), MilestoneState::Passed);
    }

    void bdatFromTheMessageAdvancedPart()
    {
        ScriptedSmtpServer fake;
        fake.setScript(QStringLiteral("S: 220 fake.test ESMTP\nC: ~EHLO .*\nS: 250-fake.test\nS: 250 CHUNKING\n"
                                      "C: MAIL FROM:<helpdesk@example.com>\nS: 250 2.1.0 Ok\n"
                                      "C: RCPT TO:<user@example.com>\nS: 250 2.1.5 Ok\n"
                                      "C: BDAT 1024\nB:\nS: 250 2.0.0 chunk ok\n"
                                      "C: ~BDAT \\d+ LAST\nB:\nS: 250 2.0.0 Ok: queued as 7\n"
                                      "C: QUIT\nS: 221 2.0.0 Bye\nX:\n"));
        const quint16 port = fake.start();
        QVERIFY(port);
        openWindow();
        ServerPage *server = wizard()->serverPage();
        server->hostField()->setText(QStringLiteral("127.0.0.1"));
        server->portBox()->setEditText(QString::number(port));
        EnvelopePage *envelope = wizard()->envelopePage();
        envelope->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        envelope->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
        MessagePage *message = wizard()->messagePage();
        message->bodyEdit()->setPlainText(QString(1500, u'b') + u'\n');
        QVERIFY(!message->advancedSection()->isOpen());
        QVERIFY(!message->bdatBox()->isVisibleTo(message));
        message->advancedSection()->setOpen(true);
        QVERIFY(message->bdatBox()->isVisibleTo(message));
        QVERIFY(!message->chunkSizeBox()->isEnabled());
        message->bdatBox()->setCurrentIndex(message->bdatBox()->findData(int(BdatMode::Auto)));
        QVERIFY(message->chunkSizeBox()->isEnabled());
        message->chunkSizeBox()->setValue(1);
        SessionOptions applied;
        message->applyTo(applied);
        QCOMPARE(applied.bdat, BdatMode::Auto);
        QCOMPARE(applied.bdatChunkSize, qint64(1024));
        click(wizard()->runButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentPage(), int(WizardPanel::Finish), 10000);
        QTRY_VERIFY(!session()->isPlanRunning());
        MAILFLOW_VERIFY_SCRIPT(fake);
        QCOMPARE(session()->options().bdat, BdatMode::Auto);
        QCOMPARE(stateOf(session(), MilestoneKind::Data), MilestoneState::Passed);
        QCOMPARE(stateOf(session(), MilestoneKind::EndOfData), MilestoneState::Passed);
        QVERIFY2(transcriptText(session()).contains(QStringLiteral("C: BDAT 1024")),
                 qPrintable(transcriptText(session())));
        // A profile's BDAT settings come back into the page.
        SessionOptions loaded = applied;
        loaded.bdat = BdatMode::Force;
        loaded.bdatChunkSize = 3000;
        message->setBdat(loaded.bdat, loaded.bdatChunkSize);
        message->applyTo(applied);
        QCOMPARE(applied.bdat, BdatMode::Force);
        QCOMPARE(applied.bdatChunkSize, qint64(3072));
    }

    void lmtpFromTheConnectAdvancedPart()
    {
        AiosmtpdFixture lmtp;
        lmtp.setExtraArguments({QStringLiteral("--lmtp")});
        QVERIFY2(lmtp.start(), qPrintable(lmtp.errorString()));
        openWindow();
        ServerPage *server = wizard()->serverPage();
        server->hostField()->setText(lmtp.host());
        server->portBox()->setEditText(QString::number(lmtp.port()));
        ConnectPage *connect = wizard()->connectPage();
        QVERIFY(!connect->lmtpBox()->isVisibleTo(connect));
        connect->connectionSection()->setOpen(true);
        QVERIFY(connect->lmtpBox()->isVisibleTo(connect));
        connect->lmtpBox()->setChecked(true);
        EnvelopePage *envelope = wizard()->envelopePage();
        envelope->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        envelope->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
        envelope->addRecipient(QStringLiteral("second@example.com"));
        click(wizard()->runButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard()->currentPage(), int(WizardPanel::Finish), 10000);
        QTRY_VERIFY(!session()->isPlanRunning());
        QVERIFY(session()->options().lmtp);
        QVERIFY2(transcriptText(session()).contains(QStringLiteral("LHLO ")), qPrintable(transcriptText(session())));
        QCOMPARE(stateOf(session(), MilestoneKind::EndOfData, QStringLiteral("user@example.com")),
                 MilestoneState::Passed);
        QCOMPARE(stateOf(session(), MilestoneKind::EndOfData, QStringLiteral("second@example.com")),
                 MilestoneState::Passed);
    }

    void checklistRowHighlightsTranscript()
    {
        SmtpSink sink;
        QVERIFY(sink.isReady());
        openWindow();
        fillServer(sink.port());
        connectAndGreet();
        const int ehlo = lastOf(session()->checklist(), MilestoneKind::Ehlo);
        const Milestone m = session()->checklist()->at(ehlo);
        QVERIFY(m.firstEntry >= 0 && m.lastEntry >= m.firstEntry);
        m_window->checklistView()->selectRow(ehlo);
        QVERIFY(m_window->checklistView()->detailLabel()->text().contains(QStringLiteral("EHLO")));
        QListView *list = m_window->transcriptView()->listView();
        QTRY_VERIFY(list->selectionModel()->isRowSelected(m.firstEntry, {}));
        QVERIFY(list->selectionModel()->isRowSelected(m.lastEntry, {}));
        QVERIFY(!list->selectionModel()->isRowSelected(m.lastEntry + 1, {})
                || m.lastEntry + 1 >= session()->transcript()->count());
        QVERIFY(m_window->transcriptView()->selectedText().contains(QStringLiteral("C: EHLO")));
        QVERIFY(m_window->transcriptView()
                    ->model()
                    ->data(m_window->transcriptView()->model()->index(m.firstEntry), Qt::BackgroundRole)
                    .isValid());
        // The console feeds the transcript too.
        m_window->console()->lineEdit()->setText(QStringLiteral("NOOP"));
        QVERIFY(m_window->console()->sendLine());
        QTRY_VERIFY(transcriptText(session()).contains(QStringLiteral("C: NOOP")));
        QTRY_VERIFY(!session()->isBusy());
    }
};

QTEST_MAIN(TestWizardFlow)
#include "tst_wizardflow.moc"
