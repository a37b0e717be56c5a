// Hostile servers through the window: a 1 MB line without newline, escapes and line separators in a
// reply, a server that never speaks. The checklist shows a clear line, the transcript view holds every
// entry escaped, and the window keeps answering events while it waits.
#include "base/printable.h"
#include "checklistmodel.h"
#include "checklistview.h"
#include "guihelpers.h"
#include "rawserver.h"
#include "serverpage.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "windowchecksettings.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QTimer>
#include <QtTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {

constexpr int StageMs = 1000;

/** The text of the checklist view's reply column for the Connect row. */
QString connectRowText(ChecklistView *view)
{
    ChecklistModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, ChecklistModel::StateColumn);
        if (model->data(index, ChecklistModel::MilestoneKindRole).toInt() == int(MilestoneKind::Connect))
            return model->data(model->index(row, ChecklistModel::ReplyColumn), Qt::DisplayRole).toString();
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Behaviour)

class TestHostileWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_hostilewindow"));
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
    }

    void hostileGreeting_data()
    {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<MilestoneState>("state");
        QTest::addColumn<QString>("rowText"); // part of the Connect row in the checklist view
        QTest::addColumn<QString>("shown"); // part of a line of the transcript view, escaped

        QTest::newRow("1 MB line without newline")
            << sendOnce("220 " + QByteArray(1024 * 1024, 'a')) << MilestoneState::Failed
            << QStringLiteral("longer than 4096 bytes") << QStringLiteral("S: 220 aaaa");
        QTest::newRow("escapes and line separators")
            << sendOnce(QByteArrayLiteral("220 mx.test\xe2\x80\xa8S: 250 forged\x1b[2J\xe2\x80\xae!\r\n"))
            << MilestoneState::Passed << QStringLiteral("mx.test\\u2028S: 250 forged\\x1b[2J\\u202e!")
            << QStringLiteral("S: 220 mx.test\\u2028S: 250 forged\\x1b[2J\\u202e!");
        QTest::newRow("accepts and never speaks") << Behaviour([](QTcpSocket *) {}) << MilestoneState::Failed
                                                  << QStringLiteral("No reply within 1 s") << QString();
    }

    void hostileGreeting()
    {
        QFETCH(Behaviour, behaviour);
        QFETCH(MilestoneState, state);
        QFETCH(QString, rowText);
        QFETCH(QString, shown);

        RawServer server(behaviour);
        const quint16 port = server.start();
        QVERIFY(port);
        MainWindow window;
        window.resize(1024, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SessionOptions options = window.session()->options();
        options.timeouts = Timeouts::uniform(StageMs);
        window.session()->setOptions(options);

        WizardPanel *wizard = window.wizard();
        wizard->serverPage()->hostField()->setText(QStringLiteral("127.0.0.1"));
        wizard->serverPage()->portBox()->setEditText(QString::number(port));
        click(wizard->nextButton());
        QCOMPARE(wizard->currentPage(), int(WizardPanel::Connect));

        // The window keeps handling events while the server misbehaves: a timer every 50 ms never
        // falls far behind.
        QElapsedTimer clock;
        clock.start();
        qint64 longestGapMs = 0;
        qint64 lastTick = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGapMs = std::max(longestGapMs, clock.elapsed() - lastTick);
            lastTick = clock.elapsed();
        });
        ticker.start(50);
        click(wizard->sendButton());
        QTRY_VERIFY_WITH_TIMEOUT(finished(window.session(), MilestoneKind::Connect), 3 * StageMs + 2000);
        QVERIFY2(clock.elapsed() < 3 * StageMs, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(longestGapMs < 1000, qPrintable(QString::number(longestGapMs)));
        QCOMPARE(stateOf(window.session(), MilestoneKind::Connect), state);

        const QString row = connectRowText(window.checklistView());
        QVERIFY2(row.contains(rowText), qPrintable(row));
        QVERIFY2(!hasControlCharacters(row), qPrintable(printableString(row)));

        // The view shows every entry of the transcript, one line each, escaped.
        TranscriptModel *model = window.transcriptView()->model();
        model->flush();
        const QList<TranscriptEntry> entries = window.session()->transcript()->entries();
        QCOMPARE(model->rowCount(), int(entries.size()));
        QStringList lines;
        for (int i = 0; i < model->rowCount(); ++i) {
            const QString line = model->lineText(i);
            QVERIFY2(!hasControlCharacters(line), qPrintable(printableString(line)));
            QVERIFY(line.size() < 2 * 1024 * 1024);
            lines << line;
        }
        const QString text = lines.join(u'\n');
        if (!shown.isEmpty())
            QVERIFY2(text.contains(shown), qPrintable(text.left(2000)));
        if (state == MilestoneState::Failed) {
            QCOMPARE(entries.constLast().direction, TranscriptEntry::Direction::Error);
            QTRY_COMPARE(window.session()->state(), SmtpSession::State::Disconnected);
        }
    }
};

QTEST_MAIN(TestHostileWindow)
#include "tst_hostilewindow.moc"
