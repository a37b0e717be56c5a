// Greylisting end to end through the window: aiosmtpd defers RCPT once, the Finish page says "deferred",
// the Diagnosis box's timed retry runs the envelope again and the second attempt passes.
#include "aiosmtpdfixture.h"
#include "diagnosis/verdict.h"
#include "diagnosisbox.h"
#include "envelopepage.h"
#include "finishpage.h"
#include "guihelpers.h"
#include "recipientrow.h"
#include "serverpage.h"
#include "windowchecksettings.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace mailflow;
using namespace mailflow::test;

class TestGreylistRetry : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_greylistretry"));
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
    }

    void timedRetryPasses_data()
    {
        QTest::addColumn<bool>("clickRetry");
        QTest::newRow("countdown runs out") << false;
        QTest::newRow("retry button") << true;
    }

    void timedRetryPasses()
    {
        QFETCH(bool, clickRetry);
        AiosmtpdFixture server;
        // postgrey's wording; the interval is what the countdown starts from.
        server.addReply(QStringLiteral("RCPT"),
                        QStringLiteral("450 4.2.0 <user@example.com>: Recipient address rejected: Greylisted, see "
                                       "http://postgrey.schweikert.ch/help/example.com.html, please try again in 1 "
                                       "seconds"),
                        {}, 1);
        QVERIFY2(server.start(), qPrintable(server.errorString()));

        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WizardPanel *wizard = window.wizard();
        wizard->serverPage()->hostField()->setText(server.host());
        wizard->serverPage()->portBox()->setEditText(QString::number(server.port()));
        wizard->envelopePage()->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        wizard->envelopePage()->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
        QComboBox *stop = wizard->stopBox();
        stop->setCurrentIndex(stop->findData(int(StopPoint::Rcpt)));

        SmtpSession *session = window.session();
        QSignalSpy finishedRuns(session, &SmtpSession::finished);
        click(wizard->runButton());
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentPage(), int(WizardPanel::Finish), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns.size(), 1, 10000);

        // First attempt: deferred, not failed.
        DiagnosisBox *box = wizard->finishPage()->diagnosisBox();
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->diagnosis().cause, Cause::Greylisting);
        QVERIFY(box->diagnosis().deferred);
        QVERIFY2(box->causeLabel()->text().contains(QStringLiteral("deferred")), qPrintable(box->causeLabel()->text()));
        QVERIFY(box->whatLabel()->text().contains(QStringLiteral("Deferred, not failed")));
        QCOMPARE(stateOf(session, MilestoneKind::Rcpt, QStringLiteral("user@example.com")), MilestoneState::Warning);
        QVERIFY(box->retryButton()->isVisible());
        QCOMPARE(box->retryButton()->text(), QStringLiteral("&Retry after 1 s"));
        QVERIFY(server.messages().isEmpty());

        // The retry: by the countdown, or at once by the button.
        QSignalSpy retry(box, &DiagnosisBox::retryRequested);
        if (clickRetry)
            click(box->retryButton());
        else
            QVERIFY(retry.wait(5000));
        QCOMPARE(retry.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(finishedRuns.size(), 2, 10000);
        QTRY_VERIFY(!session->isPlanRunning() && !session->isBusy());

        // Second attempt: the server takes the recipient.
        QCOMPARE(stateOf(session, MilestoneKind::Rcpt, QStringLiteral("user@example.com")), MilestoneState::Passed);
        QCOMPARE(evaluateOutcome(*session).verdict, SessionOutcome::Verdict::Passed);
        QTRY_COMPARE(box->diagnosis().cause, Cause::None);
        QVERIFY(box->retryButton()->isHidden());
        QCOMPARE(box->secondsLeft(), -1);
        const QString transcript = transcriptText(session);
        QCOMPARE(transcript.count(QStringLiteral("C: RCPT TO:<user@example.com>")), 1);
        QVERIFY2(transcript.contains(QStringLiteral("S: 250")), qPrintable(transcript));
    }
};

QTEST_MAIN(TestGreylistRetry)
#include "tst_greylistretry.moc"
