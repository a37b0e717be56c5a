// The checklist's and the transcript's text colours reach WCAG AA (4.5:1) against the background they are
// drawn on, in a light and a dark palette, read from the views' own models.
#include "checklistmodel.h"
#include "checklistview.h"
#include "smtp/checklist.h"
#include "smtp/transcript.h"
#include "statusicons.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QtTest>

using namespace mailflow;

namespace {
QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::WindowText, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    p.setColor(QPalette::AlternateBase, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::Text, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x5a, 0x5d, 0x60));
    p.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xef, 0xf0, 0xf1));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return p;
}
} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ratio()
    {
        QCOMPARE(qRound(StatusIcons::contrastRatio(Qt::black, Qt::white)), 21);
        QCOMPARE(StatusIcons::contrastRatio(Qt::red, Qt::red), 1.0);
        // WCAG's own example: #767676 on white is the lightest grey that passes AA.
        QVERIFY(StatusIcons::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(StatusIcons::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void colours_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void colours()
    {
        QFETCH(bool, dark);
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());

        Checklist checklist;
        const MilestoneState states[] = {MilestoneState::Pending, MilestoneState::Running, MilestoneState::Passed,
                                         MilestoneState::Warning, MilestoneState::Failed,  MilestoneState::Skipped};
        for (MilestoneState state : states) {
            Milestone m;
            m.kind = MilestoneKind::Rcpt;
            m.subject = QStringLiteral("user%1@example.test").arg(int(state));
            m.state = state;
            m.summary = QStringLiteral("summary");
            checklist.add(m);
        }
        ChecklistView checklistView;
        checklistView.setChecklist(&checklist);
        QCOMPARE(StatusIcons::isDark(checklistView.palette()), dark);
        const QColor checklistBase = checklistView.palette().color(QPalette::Base);
        ChecklistModel *model = checklistView.model();
        QCOMPARE(model->rowCount(), int(std::size(states)));
        for (int row = 0; row < model->rowCount(); ++row) {
            for (int column = 0; column < model->columnCount(); ++column) {
                const QVariant fg = model->data(model->index(row, column), Qt::ForegroundRole);
                if (!fg.isValid())
                    continue;
                const double ratio = StatusIcons::contrastRatio(fg.value<QColor>(), checklistBase);
                QVERIFY2(
                    ratio >= 4.5,
                    qPrintable(
                        QStringLiteral("checklist row %1 column %2: %3:1").arg(row).arg(column).arg(ratio, 0, 'f', 2)));
            }
        }

        Transcript transcript;
        const TranscriptEntry::Direction directions[]
            = {TranscriptEntry::Direction::Client, TranscriptEntry::Direction::Server, TranscriptEntry::Direction::Info,
               TranscriptEntry::Direction::Warning, TranscriptEntry::Direction::Error};
        for (auto direction : directions)
            transcript.append(direction, QStringLiteral("250 OK"));
        TranscriptView transcriptView;
        transcriptView.setTranscript(&transcript);
        const QColor transcriptBase = transcriptView.palette().color(QPalette::Base);
        TranscriptModel *lines = transcriptView.model();
        QTRY_COMPARE(lines->rowCount(), int(std::size(directions)));
        for (int row = 0; row < lines->rowCount(); ++row) {
            const QColor fg = lines->data(lines->index(row), Qt::ForegroundRole).value<QColor>();
            QVERIFY(fg.isValid());
            const double ratio = StatusIcons::contrastRatio(fg, transcriptBase);
            QVERIFY2(ratio >= 4.5,
                     qPrintable(QStringLiteral("transcript row %1: %2:1").arg(row).arg(ratio, 0, 'f', 2)));
        }
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
