#include "historyfill.h"

#include "store/historydatabase.h"
#include "store/historywriter.h"

namespace mailflow::test {

bool fillHistory(const QString &directory, int count, QString *error, const QDateTime &newest)
{
    HistoryDatabase db(directory);
    if (!db.open() || !db.transaction()) {
        *error = db.errorString();
        return false;
    }
    HistoryWriter writer(db);
    static const char *const verdicts[] = {"passed", "failed", "warning", "failed"};
    static const char *const causes[] = {"none", "unknown-recipient", "greylisting", "relay-denied"};
    static const char *const steps[] = {"", "rcpt", "", "mail"};
    for (int i = 0; i < count; ++i) {
        HistoryRunStart run;
        run.id = QStringLiteral("fill-%1").arg(i, 6, 10, QLatin1Char('0'));
        run.started = newest.addSecs(-60LL * i);
        run.profile = QStringLiteral("Customer %1").arg(i % 20);
        run.host = QStringLiteral("mx%1.example").arg(i % 50);
        run.port = 25;
        run.recipients = QStringLiteral("user%1@domain%2.example").arg(i).arg(i % 100);
        run.tls = QStringLiteral("auto");
        run.options = "{}";
        run.environment = "{}";
        bool ok = writer.startRun(run, 400);
        for (int e = 0; ok && e < 4; ++e)
            ok = writer.addEntry(
                run.id, e,
                QStringLiteral("{\"direction\":\"server\",\"elapsedMs\":%1,\"text\":\"250 line %1\"}").arg(e).toUtf8());
        HistoryRunEnd end;
        end.ended = run.started.addMSecs(120);
        end.verdict = QString::fromLatin1(verdicts[i % 4]);
        end.failedStep = QString::fromLatin1(steps[i % 4]);
        end.cause = QString::fromLatin1(causes[i % 4]);
        end.exitCode = i % 2 ? 24 : 0;
        ok = ok && writer.endRun(run.id, end);
        if (!ok) {
            *error = db.errorString();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.errorString();
        return false;
    }
    return true;
}

} // namespace mailflow::test
