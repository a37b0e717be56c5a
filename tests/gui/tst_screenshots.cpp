// Grabs the main window in three states (all passed; failed at RCPT; a full mailbox diagnosed) as PNG files.
// They go to the build directory; with MAILFLOW_UPDATE_SCREENSHOTS=1 also to resources/screenshots/.
#include "checklistview.h"
#include "envelopepage.h"
#include "guihelpers.h"
#include "practicemode.h"
#include "recipientrow.h"
#include "serverpage.h"
#include "windowchecksettings.h"

#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QTableView>
#include <QtTest>

using namespace mailflow;
using namespace mailflow::test;

class TestScreenshots : public QObject
{
    Q_OBJECT

    void runAndGrab(const QStringList &sinkArgs, const QString &name, MilestoneKind select)
    {
        SmtpSink sink(sinkArgs);
        QVERIFY(sink.isReady());
        MainWindow window;
        window.resize(1200, 800); // the window's starting size (gui_main.cpp)
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WizardPanel *wizard = window.wizard();
        wizard->serverPage()->hostField()->setText(QStringLiteral("127.0.0.1"));
        wizard->serverPage()->portBox()->setEditText(QString::number(sink.port()));
        wizard->envelopePage()->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        wizard->envelopePage()->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
        click(wizard->runButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(WizardPanel::Finish), 10000);
        QTRY_VERIFY(!window.session()->isPlanRunning() && !window.session()->isBusy());
        window.checklistView()->selectRow(lastOf(window.session()->checklist(), select));
        QCoreApplication::processEvents();

        save(window, name);
    }

    static void save(MainWindow &window, const QString &name)
    {
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        const QString file = name + QStringLiteral(".png");
        QVERIFY(image.save(QDir::current().filePath(file)));
        if (qEnvironmentVariable("MAILFLOW_UPDATE_SCREENSHOTS") == u"1") {
            const QString dir = QStringLiteral(MAILFLOW_TESTS_DIR "/../resources/screenshots");
            QVERIFY(QDir().mkpath(dir));
            QVERIFY(image.save(dir + u'/' + file));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_screenshots"));
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
        if (!SmtpSink::available())
            QSKIP("postfix smtp-sink is not installed (tools/setup.sh installs it)");
    }

    void allPassed() { runAndGrab({}, QStringLiteral("mailflow-passed"), MilestoneKind::EndOfData); }

    void failedAtRcpt()
    {
        runAndGrab({QStringLiteral("-f"), QStringLiteral("RCPT")}, QStringLiteral("mailflow-failed-rcpt"),
                   MilestoneKind::Rcpt);
    }

    /** The Finish page's Diagnosis box for a refusal whose words name the cause. */
    void diagnosisOfAFullMailbox()
    {
        runAndGrab({QStringLiteral("-f"), QStringLiteral("RCPT"), QStringLiteral("-B"),
                    QStringLiteral("552 5.2.2 <user@example.com>: Recipient overquota")},
                   QStringLiteral("mailflow-diagnosis"), MilestoneKind::Rcpt);
    }

    void practiceMode()
    {
        // No smtp-sink needed: the built-in server, a refusal explained beside the checklist.
        MainWindow window;
        window.resize(1200, 800); // the window's starting size (gui_main.cpp)
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.practice()->start(QStringLiteral("unknown-user")));
        click(window.wizard()->runButton());
        QTRY_COMPARE_WITH_TIMEOUT(window.wizard()->currentPage(), int(WizardPanel::Finish), 10000);
        QTRY_VERIFY(!window.session()->isPlanRunning() && !window.session()->isBusy());
        QTRY_VERIFY(window.practice()->outcomeLabel()->isVisible());
        window.checklistView()->selectRow(lastOf(window.session()->checklist(), MilestoneKind::Rcpt));
        // The Finish page scrolled to what the practice says: whether the learner saw the lesson.
        for (QWidget *w = window.practice()->outcomeLabel(); w; w = w->parentWidget())
            if (auto *scroll = qobject_cast<QScrollArea *>(w)) {
                scroll->ensureWidgetVisible(window.practice()->outcomeLabel());
                break;
            }
        QCoreApplication::processEvents();
        save(window, QStringLiteral("mailflow-practice"));
    }
};

QTEST_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
