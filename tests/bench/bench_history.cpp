// Listing and searching 10,000 runs of the history, as the History window and --history do: fills a
// temporary database, then prints "history_list_ms N" and "history_search_ms N", each the median of
// several runs. Not part of ctest; tests/bench/bench.sh reads the two lines. Target: under 200 ms.
//   build/tests/bench_history [runs] [repeats]

#include "historyfill.h"
#include "store/historystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace mailflow;

namespace {
qint64 medianMs(int repeats, const std::function<void()> &work)
{
    QList<qint64> times;
    for (int i = 0; i < repeats; ++i) {
        QElapsedTimer clock;
        clock.start();
        work();
        times << clock.nsecsElapsed();
    }
    std::sort(times.begin(), times.end());
    return (times.at(times.size() / 2) + 500'000) / 1'000'000;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int runs = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int repeats = args.size() > 2 ? args.at(2).toInt() : 7;
    QTextStream out(stdout);
    QTemporaryDir dir;
    QString error;
    if (!dir.isValid() || !test::fillHistory(dir.path(), runs, &error)) {
        QTextStream(stderr) << "bench_history: " << error << '\n';
        return 1;
    }
    qsizetype rows = 0;
    // Each measurement opens the database as a new window or CLI would, then reads every matching run.
    const qint64 list = medianMs(repeats, [&] {
        const HistoryStore store(dir.path());
        rows = store.list().size();
    });
    if (rows != runs) {
        QTextStream(stderr) << "bench_history: listed " << rows << " of " << runs << " runs\n";
        return 1;
    }
    const qint64 search = medianMs(repeats, [&] {
        const HistoryStore store(dir.path());
        HistoryQuery query;
        query.text = QStringLiteral("domain42.example");
        rows = store.query(query).size();
    });
    out << "history_list_ms " << list << '\n' << "history_search_ms " << search << '\n';
    return rows > 0 ? 0 : 1;
}
