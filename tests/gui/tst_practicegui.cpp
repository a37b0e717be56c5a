// Practice mode in the window: the first-start offer, the tour (a pass, then a refusal), the Practice menu.
#include "checklistmodel.h"
#include "checklistview.h"
#include "connectpage.h"
#include "evidence/profile.h"
#include "finishpage.h"
#include "guihelpers.h"
#include "practice/practiceclient.h"
#include "practicemode.h"
#include "serverpage.h"
#include "smtp/testplan.h"
#include "store/historystore.h"
#include "store/profilestore.h"
#include "windowchecksettings.h"

#include <QComboBox>
#include <QDialog>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace mailflow;
using namespace mailflow::test;

class TestPracticeGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data;

    /** Runs the wizard to its end and waits for the session to finish. */
    static void runToEnd(MainWindow &window)
    {
        click(window.wizard()->runButton());
        QTRY_COMPARE_WITH_TIMEOUT(window.wizard()->currentPage(), int(WizardPanel::Finish), 20'000);
        QTRY_VERIFY(!window.session()->isPlanRunning() && !window.session()->isBusy());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        // The data folders (profiles, history) live under XDG_DATA_HOME: an empty one is a first start.
        qputenv("XDG_DATA_HOME", m_data.path().toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_practicegui"));
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
    }

    void tourOfferedOnFirstStartAndPassesThenFails()
    {
        QVERIFY(ProfileStore().list().isEmpty() && HistoryStore().list().isEmpty());
        QVERIFY(PracticeMode::isFirstStart());
        MainWindow window;
        window.resize(1100, 720);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PracticeMode *practice = window.practice();
        practice->offerTourIfFirstStart();
        QVERIFY(practice->tourOffer());
        QTRY_VERIFY(practice->tourOffer()->isVisible());
        click(practice->tourOffer()->findChild<QPushButton *>(QStringLiteral("practiceTourStart")));

        // 1 of 2: a passing test, the wizard filled with the built-in server.
        QCOMPARE(practice->tourStep(), 0);
        QVERIFY(practice->scenario());
        QCOMPARE(practice->scenario()->name(), QStringLiteral("healthy"));
        WizardPanel *wizard = window.wizard();
        QCOMPARE(wizard->serverPage()->hostField()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(wizard->serverPage()->portBox()->currentText(), QString::number(practice->server()->serverPort()));
        QVERIFY(practice->panel()->isVisible());
        QVERIFY(practice->panel()
                    ->findChild<QLabel *>(QStringLiteral("practiceTitle"))
                    ->text()
                    .contains(practice->scenario()->descriptionText()));
        runToEnd(window);
        QCOMPARE(stateOf(window.session(), MilestoneKind::EndOfData), MilestoneState::Passed);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Quit), MilestoneState::Passed);
        QVERIFY(practice->lessonSeen());
        QTRY_VERIFY(practice->outcomeLabel()->isVisible());
        QVERIFY(practice->outcomeLabel()->text().startsWith(u"You saw what this scenario teaches"));
        QVERIFY(practice->openMessageButton()->isVisible());
        click(practice->openMessageButton());
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("practiceMessageDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QPlainTextEdit *>()->toPlainText().contains(u"Subject: Mailflow test message"));
        dialog->close();

        // 2 of 2: a refusal, explained.
        QVERIFY(practice->tourNextButton()->isVisible());
        click(practice->tourNextButton());
        QCOMPARE(practice->tourStep(), 1);
        QCOMPARE(practice->scenario()->name(), QStringLiteral("relay-denied"));
        QVERIFY(!practice->outcomeLabel()->isVisible());
        runToEnd(window);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Rcpt, PracticeAccount::recipient()), MilestoneState::Failed);
        QVERIFY(transcriptText(window.session()).contains(u"554 5.7.1 <friend@example.net>: Relay access denied"));
        QVERIFY(practice->lessonSeen());
        QTRY_VERIFY(practice->outcomeLabel()->isVisible());
        QVERIFY(practice->outcomeLabel()->text().contains(Checklist::kindTitle(MilestoneKind::Rcpt)));
        QVERIFY(!practice->tourNextButton()->isVisible());
        QVERIFY(!practice->openMessageButton()->isVisible());
    }

    void noOfferOnceThereIsHistoryOrAProfile()
    {
        // The tour's runs are in the history now.
        QVERIFY(!HistoryStore().list().isEmpty());
        QVERIFY(!PracticeMode::isFirstStart());
        {
            MainWindow window;
            window.show();
            window.practice()->offerTourIfFirstStart();
            QVERIFY(!window.practice()->tourOffer());
        }
        for (const HistoryRunInfo &run : HistoryStore().list())
            QVERIFY(HistoryStore().remove(run.id));
        QVERIFY(PracticeMode::isFirstStart());
        Profile profile;
        profile.name = QStringLiteral("office");
        profile.session.host = QStringLiteral("127.0.0.1");
        ProfileStore profiles;
        QVERIFY(profiles.save(profile));
        QVERIFY(!PracticeMode::isFirstStart());
        MainWindow window;
        window.show();
        window.practice()->offerTourIfFirstStart();
        QVERIFY(!window.practice()->tourOffer());
    }

    void menuAndStartPageChoice()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        PracticeMode *practice = window.practice();
        QCOMPARE(practice->menu()->title(), QStringLiteral("P&ractice"));
        auto *choice = window.wizard()->serverPage()->findChild<QPushButton *>(QStringLiteral("practiceChoice"));
        QVERIFY(choice);
        QVERIFY(choice->isVisible());
        QCOMPARE(choice->menu(), practice->menu());
        // Every scenario is one entry of the menu.
        for (const PracticeScenario &s : practiceScenarios())
            QVERIFY(practice->menu()->findChild<QAction *>(QStringLiteral("practice-") + s.name()));

        practice->menu()->findChild<QAction *>(QStringLiteral("practice-delivery-receipt"))->trigger();
        QCOMPARE(practice->scenario()->name(), QStringLiteral("delivery-receipt"));
        QCOMPARE(practice->tourStep(), -1);
        runToEnd(window);
        QVERIFY(practice->lessonSeen());
        QTRY_VERIFY(practice->openMessageButton()->isVisible());
        QVERIFY(practice->openMessageButton()->text().contains(u"delivery receipt"));
        click(practice->openMessageButton());
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("practiceMessageDialog"));
        QVERIFY(dialog);
        const QString text = dialog->findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY(text.contains(u"Action: delivered"));
        QVERIFY(text.contains(u"Status: 2.0.0"));

        practice->stop();
        QVERIFY(!practice->server());
        QVERIFY(!practice->panel()->isVisible());
    }

    void nextRunsTheStepItStandsOn()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.practice()->start(QStringLiteral("healthy")));
        WizardPanel *wizard = window.wizard();
        QCOMPARE(wizard->currentPage(), int(WizardPanel::Server));
        // A page that cannot run yet says so in words.
        wizard->goToPage(WizardPanel::Envelope);
        QVERIFY(wizard->statusLabel()->text().startsWith(u"Not connected yet"));
        wizard->goToPage(WizardPanel::Server);
        click(wizard->nextButton());
        QCOMPARE(wizard->currentPage(), int(WizardPanel::Connect));
        QVERIFY(wizard->statusLabel()->text().isEmpty());
        // Next on Connect connects, then goes on to the greeting.
        click(wizard->nextButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(WizardPanel::Greeting), 10'000);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Connect), MilestoneState::Passed);
        // In practice mode every later page runs its step too: a learner clicks through the test.
        QVERIFY(wizard->nextRunsSteps());
        click(wizard->nextButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(WizardPanel::Envelope), 10'000);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Ehlo), MilestoneState::Passed);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Tls), MilestoneState::Passed);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Ehlo, TestPlan::afterStartTlsSubject()),
                 MilestoneState::Passed);
        // The envelope is MAIL FROM and every RCPT TO: one Next sends them all.
        click(wizard->nextButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(WizardPanel::Message), 10'000);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Mail), MilestoneState::Passed);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Rcpt, PracticeAccount::recipient()), MilestoneState::Passed);
        click(wizard->nextButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(WizardPanel::Finish), 10'000);
        QCOMPARE(stateOf(window.session(), MilestoneKind::EndOfData), MilestoneState::Passed);
        // On the Finish page Next sends QUIT, and then has nothing left to do.
        QTRY_VERIFY(wizard->nextButton()->isEnabled());
        click(wizard->nextButton());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window.session(), MilestoneKind::Quit), MilestoneState::Passed, 10'000);
        QTRY_VERIFY(!wizard->nextButton()->isEnabled());
        QCOMPARE(wizard->currentPage(), int(WizardPanel::Finish));
        QVERIFY(window.practice()->lessonSeen());
        QCOMPARE(window.practice()->server()->messages().size(), 1);
    }

    void nextStopsAtTheFailedStep()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.practice()->start(QStringLiteral("relay-denied")));
        WizardPanel *wizard = window.wizard();
        click(wizard->nextButton()); // Server -> Connect
        click(wizard->nextButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(WizardPanel::Greeting), 10'000);
        click(wizard->nextButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(WizardPanel::Envelope), 10'000);
        click(wizard->nextButton());
        // The refusal stays on its page, with the learner to read it.
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window.session(), MilestoneKind::Rcpt, PracticeAccount::recipient()),
                                  MilestoneState::Failed, 10'000);
        QTRY_VERIFY(!window.session()->isBusy());
        QTest::qWait(0);
        QCOMPARE(wizard->currentPage(), int(WizardPanel::Envelope));
        // Past a failure Next only goes on (DATA would repeat the refusal), and QUIT still ends the test.
        click(wizard->nextButton());
        QCOMPARE(wizard->currentPage(), int(WizardPanel::Message));
        QCOMPARE(stateOf(window.session(), MilestoneKind::Data), MilestoneState::Pending);
        click(wizard->nextButton());
        QCOMPARE(wizard->currentPage(), int(WizardPanel::Finish));
        click(wizard->nextButton());
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(window.session(), MilestoneKind::Quit), MilestoneState::Passed, 10'000);
        QVERIFY(window.practice()->lessonSeen());

        // Outside practice mode Next on a later page only goes on, as tst_wizardflow expects.
        window.practice()->stop();
        QVERIFY(!wizard->nextRunsSteps());
    }

    void nextOutsidePracticeOnlyGoesOn()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.practice()->start(QStringLiteral("healthy")));
        WizardPanel *wizard = window.wizard();
        wizard->setNextRunsSteps(false); // the normal wizard, against the same server
        click(wizard->nextButton());
        click(wizard->nextButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(WizardPanel::Greeting), 10'000);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Connect), MilestoneState::Passed);
        click(wizard->nextButton());
        QCOMPARE(wizard->currentPage(), int(WizardPanel::Envelope));
        QTest::qWait(50);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Ehlo), MilestoneState::Pending);
    }

    void skippedStartTlsRowsFoldIntoOne()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // Healthy offers STARTTLS: every row shows.
        QVERIFY(window.practice()->start(QStringLiteral("healthy")));
        runToEnd(window);
        QAbstractItemModel *shown = window.checklistView()->tableView()->model();
        const Checklist *checklist = window.session()->checklist();
        QCOMPARE(shown->rowCount(), checklist->count());

        // HELO only: no STARTTLS, so the handshake and the EHLO after it are skipped with it.
        QVERIFY(window.practice()->start(QStringLiteral("helo-only")));
        runToEnd(window);
        QCOMPARE(stateOf(window.session(), MilestoneKind::StartTls), MilestoneState::Skipped);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Tls), MilestoneState::Skipped);
        QCOMPARE(stateOf(window.session(), MilestoneKind::Ehlo, TestPlan::afterStartTlsSubject()),
                 MilestoneState::Skipped);
        // The checklist (what reports print) keeps the three rows; the window shows one.
        QTRY_COMPARE(shown->rowCount(), checklist->count() - 2);
        QStringList steps;
        for (int row = 0; row < shown->rowCount(); ++row)
            steps << shown->index(row, ChecklistModel::StepColumn).data().toString();
        const QString folded = Checklist::kindTitle(MilestoneKind::StartTls) + QStringLiteral(", ")
            + Checklist::kindTitle(MilestoneKind::Tls);
        QCOMPARE(steps.filter(folded).size(), 1);
        QVERIFY2(steps.filter(folded).first().contains(TestPlan::afterStartTlsSubject()), qPrintable(steps.join(u'|')));
        QVERIFY(!steps.contains(Checklist::kindTitle(MilestoneKind::Tls)));
        const int startTlsRow = int(steps.indexOf(steps.filter(folded).first()));
        QCOMPARE(shown->index(startTlsRow, ChecklistModel::StateColumn).data().toString(),
                 Checklist::stateName(MilestoneState::Skipped));
    }

    void dnsServerLabelHasItsMnemonic()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        bool found = false;
        for (QLabel *label : window.wizard()->serverPage()->findChildren<QLabel *>()) {
            if (label->text() == u"&DNS server:") {
                found = true;
                QVERIFY(label->buddy());
            }
        }
        QVERIFY(found);
    }
};

QTEST_MAIN(TestPracticeGui)
#include "tst_practicegui.moc"
