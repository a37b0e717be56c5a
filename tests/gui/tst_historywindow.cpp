// The History window over ten thousand runs: pages of rows from SQL, search, every filter, sort.

#include "historyfill.h"
#include "historymodel.h"
#include "historywindow.h"
#include "store/historystore.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;

class TestHistoryWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    // Today 23:00, then one run a minute back: 1,381 of them today, all 10,000 within seven days.
    const QDateTime m_newest {QDate::currentDate(), QTime(23, 0)};

    static void choose(QComboBox *box, const QString &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data));
        box->setCurrentIndex(index);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QString error;
        QVERIFY2(test::fillHistory(m_dir.path(), 10000, &error, m_newest), qPrintable(error));
    }

    void opensAPageOfTenThousand()
    {
        HistoryWindow window(m_dir.path());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        HistoryModel *model = window.model();
        QCOMPARE(model->totalCount(), 10000);
        QVERIFY(model->rowCount() <= HistoryModel::pageSize() * 2); // a page (and what the view asked for)
        QVERIFY(model->rowCount() >= HistoryModel::pageSize());
        QCOMPARE(window.countLabel()->text(), QStringLiteral("10000 run(s)"));
        QCOMPARE(window.runIds().first(), QStringLiteral("fill-000000"));
        QCOMPARE(window.selectedId(), QStringLiteral("fill-000000"));
        const int before = model->rowCount();
        window.table()->scrollToBottom();
        QTRY_VERIFY(model->rowCount() > before); // scrolling fetches the next page
        QVERIFY(model->rowCount() < 10000);
        QCOMPARE(model->index(1, HistoryModel::Verdict).data().toString(), QStringLiteral("Failed at RCPT TO"));
        QCOMPARE(model->index(1, HistoryModel::Cause).data().toString(), QStringLiteral("unknown-recipient"));
        QCOMPARE(model->index(1, HistoryModel::Recipients).data().toString(), QStringLiteral("user1@domain1.example"));
        QCOMPARE(model->index(1, HistoryModel::Server).data().toString(), QStringLiteral("mx1.example:25"));
        QCOMPARE(model->index(1, HistoryModel::Profile).data().toString(), QStringLiteral("Customer 1"));
        QVERIFY(window.grab().save(
            QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("history-window.png"))));
    }

    void searchesAndFiltersInSql()
    {
        HistoryWindow window(m_dir.path());
        HistoryModel *model = window.model();
        window.searchEdit()->setText(QStringLiteral("domain7.example"));
        window.applyFilters();
        QCOMPARE(model->totalCount(), 100);
        QCOMPARE(model->rowCount(), 100);
        window.searchEdit()->clear();

        window.hostEdit()->setText(QStringLiteral("mx1.example"));
        window.applyFilters();
        QCOMPARE(model->totalCount(), 200);
        choose(window.causeBox(), QStringLiteral("greylisting")); // mx1 runs are odd, greylisting even
        window.applyFilters();
        QCOMPARE(model->totalCount(), 0);
        QVERIFY(window.selectedId().isEmpty());
        QVERIFY(!window.openButton()->isEnabled());
        window.hostEdit()->clear();
        window.applyFilters();
        QCOMPARE(model->totalCount(), 2500);

        window.causeBox()->setCurrentIndex(0);
        choose(window.profileBox(), QStringLiteral("Customer 3"));
        window.applyFilters();
        QCOMPARE(model->totalCount(), 500);
        choose(window.verdictBox(), QStringLiteral("failed")); // i % 20 == 3: i % 4 == 3, failed
        window.applyFilters();
        QCOMPARE(model->totalCount(), 500);
        choose(window.verdictBox(), QStringLiteral("passed"));
        window.applyFilters();
        QCOMPARE(model->totalCount(), 0);
        window.profileBox()->setCurrentIndex(0);
        window.verdictBox()->setCurrentIndex(0);

        window.domainEdit()->setText(QStringLiteral("@domain42.example"));
        window.applyFilters();
        QCOMPARE(model->totalCount(), 100);
        window.domainEdit()->clear();

        window.dateBox()->setCurrentIndex(window.dateBox()->findData(0));
        window.applyFilters();
        QCOMPARE(model->totalCount(), 23 * 60 + 1);
        window.dateBox()->setCurrentIndex(window.dateBox()->findData(7));
        window.applyFilters();
        QCOMPARE(model->totalCount(), 10000);
    }

    void typingWaitsForThePause()
    {
        HistoryWindow window(m_dir.path());
        QTest::keyClicks(window.searchEdit(), QStringLiteral("Customer 19"));
        QCOMPARE(window.model()->totalCount(), 10000); // not yet: one query when the typing stops
        QTRY_COMPARE(window.model()->totalCount(), 500);
    }

    void sortsInSql()
    {
        HistoryWindow window(m_dir.path());
        HistoryModel *model = window.model();
        window.table()->sortByColumn(HistoryModel::Server, Qt::AscendingOrder);
        QCOMPARE(model->index(0, HistoryModel::Server).data().toString(), QStringLiteral("mx0.example:25"));
        // Ties stay newest first.
        QCOMPARE(model->run(0).id, QStringLiteral("fill-000000"));
        QCOMPARE(model->run(1).id, QStringLiteral("fill-000050"));
        window.table()->sortByColumn(HistoryModel::Server, Qt::DescendingOrder);
        QCOMPARE(model->index(0, HistoryModel::Server).data().toString(), QStringLiteral("mx9.example:25"));
        window.table()->sortByColumn(HistoryModel::Date, Qt::AscendingOrder);
        QCOMPARE(model->run(0).id, QStringLiteral("fill-009999"));
        QCOMPARE(model->totalCount(), 10000);
    }
};

QTEST_MAIN(TestHistoryWindow)
#include "tst_historywindow.moc"
