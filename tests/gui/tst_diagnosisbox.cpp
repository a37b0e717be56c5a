#include "diagnosisbox.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace mailflow;

namespace {
TestDiagnosis greylisted(int seconds)
{
    TestDiagnosis d;
    d.ruleId = QStringLiteral("text.greylisting");
    d.cause = Cause::Greylisting;
    d.who = Actor::Nobody;
    d.deferred = true;
    d.retryAfterSeconds = seconds;
    d.sentence = QStringLiteral("Deferred, not failed.");
    d.nextSteps = {QStringLiteral("Retry later.")};
    d.evidenceLines = {7, 8};
    return d;
}
} // namespace

class TestDiagnosisBox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsCauseWhoAndSteps()
    {
        DiagnosisBox box;
        TestDiagnosis d = greylisted(30);
        d.cause = Cause::MailboxFull;
        d.who = Actor::Recipient;
        d.deferred = false;
        box.setDiagnosis(d);
        QVERIFY(box.causeLabel()->text().contains(QStringLiteral("mailbox-full")));
        QCOMPARE(box.whoLabel()->text(), actorTitle(Actor::Recipient));
        QVERIFY(box.stepsLabel()->text().contains(QStringLiteral("Retry later.")));
        QVERIFY(box.retryButton()->isHidden());
        QCOMPARE(box.secondsLeft(), -1);
    }

    void notesFollowWhatHappened()
    {
        DiagnosisBox box;
        TestDiagnosis d = greylisted(30);
        d.cause = Cause::None;
        d.deferred = false;
        d.sentence = QStringLiteral("The server answered every step as it should.");
        d.notes = {QStringLiteral("Information only: the greeting names a.example, the PTR gives b.example.")};
        box.setDiagnosis(d);
        QVERIFY(box.whatLabel()->text().startsWith(d.sentence));
        QVERIFY(box.whatLabel()->text().contains(d.notes.first()));
        QVERIFY(box.causeLabel()->text().contains(QStringLiteral("(none)")));
    }

    void evidenceLinkShowsTheLines()
    {
        DiagnosisBox box;
        box.setDiagnosis(greylisted(30));
        QSignalSpy entries(&box, &DiagnosisBox::entriesRequested);
        Q_EMIT box.evidenceLabel()->linkActivated(QStringLiteral("#lines"));
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().at(0).toInt(), 6);
        QCOMPARE(entries.first().at(1).toInt(), 7);
    }

    void countdownRetriesOnItsOwn()
    {
        DiagnosisBox box;
        box.show();
        QSignalSpy retry(&box, &DiagnosisBox::retryRequested);
        box.setDiagnosis(greylisted(2));
        QVERIFY(box.retryButton()->isVisible());
        QCOMPARE(box.retryButton()->text(), QStringLiteral("&Retry after 2 s"));
        QCOMPARE(box.secondsLeft(), 2);
        // A refresh of the same deferral keeps counting.
        box.setDiagnosis(greylisted(2));
        QVERIFY(retry.wait(5000));
        QCOMPARE(retry.size(), 1);
        QVERIFY(box.retryButton()->isHidden());
        QCOMPARE(box.secondsLeft(), -1);
    }

    void buttonRetriesAtOnce()
    {
        DiagnosisBox box;
        box.show();
        QSignalSpy retry(&box, &DiagnosisBox::retryRequested);
        box.setDiagnosis(greylisted(600));
        QTest::mouseClick(box.retryButton(), Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
        QCOMPARE(box.secondsLeft(), -1);
    }
};

QTEST_MAIN(TestDiagnosisBox)
#include "tst_diagnosisbox.moc"
