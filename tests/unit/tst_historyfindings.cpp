// The findings of the checks around the conversation in the history database: schema 2 adds their table;
// a database of schema 1, made here with that schema's own statements, migrates on opening and keeps its runs.
#include "checks/checkfinding.h"
#include "checks/checkfindingtext.h"
#include "store/historydatabase.h"
#include "store/historystore.h"
#include "store/historywriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

namespace {

/** Schema 1 as mailflow wrote it before the findings' table. */
const QStringList schemaOne {
    u"CREATE TABLE runs (id TEXT PRIMARY KEY, started_ms INTEGER NOT NULL, ended_ms INTEGER,"
    " profile TEXT NOT NULL DEFAULT '', host TEXT NOT NULL DEFAULT '', port INTEGER NOT NULL DEFAULT 0,"
    " mx_domain TEXT NOT NULL DEFAULT '', recipients TEXT NOT NULL DEFAULT '', tls TEXT NOT NULL DEFAULT '',"
    " verdict TEXT NOT NULL DEFAULT 'incomplete', sentence TEXT NOT NULL DEFAULT '',"
    " failed_index INTEGER NOT NULL DEFAULT -1, failed_step TEXT NOT NULL DEFAULT '',"
    " exit_code INTEGER NOT NULL DEFAULT -1, cause TEXT NOT NULL DEFAULT '', duration_ms INTEGER NOT NULL DEFAULT 0,"
    " options TEXT NOT NULL DEFAULT '{}', environment TEXT NOT NULL DEFAULT '{}',"
    " local_address TEXT NOT NULL DEFAULT '', fingerprint TEXT NOT NULL DEFAULT '', report TEXT NOT NULL DEFAULT '',"
    " size_bytes INTEGER NOT NULL DEFAULT 0)"_s,
    u"CREATE INDEX runs_by_start ON runs(started_ms DESC, id DESC)"_s,
    u"CREATE INDEX runs_by_profile ON runs(profile, started_ms DESC)"_s,
    u"CREATE TABLE entries (run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE, seq INTEGER NOT NULL,"
    " data TEXT NOT NULL, PRIMARY KEY (run_id, seq)) WITHOUT ROWID"_s,
    u"CREATE TABLE milestones (run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE, seq INTEGER NOT NULL,"
    " idx INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY (run_id, seq)) WITHOUT ROWID"_s,
    u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"_s,
};

/** Runs sql on the database file of dir through a connection of the test's own; the last query's first value. */
QVariant raw(const QString &dir, const QStringList &sql)
{
    QVariant last;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(QDir(dir).filePath(HistoryDatabase::fileName()));
        if (db.open()) {
            QSqlQuery q(db);
            for (const QString &statement : sql) {
                if (!q.exec(statement))
                    qWarning("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
            }
            if (q.next())
                last = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    return last;
}

CheckFindings someFindings()
{
    CheckFinding listed;
    listed.checkId = u"blocklist"_s;
    listed.severity = CheckSeverity::Failure;
    listed.title = u"Spamhaus ZEN"_s;
    listed.sentence = u"203.0.113.5 is listed (SBL)."_s;
    listed.who = Actor::You;
    listed.steps = {u"Ask your mail provider."_s};
    listed.evidence = {u"5.113.0.203.zen.spamhaus.org A 127.0.0.2"_s};
    listed.durationMs = 12;
    CheckFinding record;
    record.checkId = u"tls-rpt"_s;
    record.severity = CheckSeverity::Information;
    record.title = u"TLS-RPT"_s;
    record.sentence = u"Reports go to tls@rcpt.test."_s;
    record.durationMs = 3;
    return {listed, record};
}
} // namespace

class TestHistoryFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void schemaOneDatabaseMigrates()
    {
        QTemporaryDir dir;
        QStringList old = schemaOne;
        old << u"INSERT INTO runs (id, started_ms, ended_ms, host, port, verdict, sentence, exit_code)"
               " VALUES ('old1', 1764000000000, 1764000001000, 'mx.test', 25, 'passed', 'Delivered.', 0)"_s
            << u"INSERT INTO entries (run_id, seq, data) VALUES ('old1', 0, '{\"dir\":\"S\",\"text\":\"220 hi\"}')"_s
            << u"PRAGMA user_version = 1"_s;
        raw(dir.path(), old);
        QCOMPARE(raw(dir.path(), {u"PRAGMA user_version"_s}).toInt(), 1);

        const HistoryStore store(dir.path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QCOMPARE(store.list().size(), 1);
        ReportData data;
        QString error;
        QVERIFY2(store.loadReport(u"old1"_s, &data, &error), qPrintable(error));
        QCOMPARE(data.outcome.sentence, u"Delivered."_s);
        QVERIFY(data.checks.isEmpty());
        QCOMPARE(raw(dir.path(), {u"PRAGMA user_version"_s}).toInt(), HistoryDatabase::schemaVersion());
        QCOMPARE(HistoryDatabase::schemaVersion(), 2);
        QCOMPARE(raw(dir.path(), {u"SELECT count(*) FROM findings"_s}).toInt(), 0);
    }

    void findingsAreStoredAndLoaded()
    {
        QTemporaryDir dir;
        {
            HistoryDatabase db(dir.path());
            QVERIFY2(db.open(), qPrintable(db.errorString()));
            HistoryWriter writer(db);
            HistoryRunStart run;
            run.id = u"run1"_s;
            run.started = QDateTime::currentDateTime();
            run.host = u"mx.test"_s;
            QVERIFY(db.transaction());
            QVERIFY(writer.startRun(run, 0));
            QList<QPair<QString, QByteArray>> rows {{u"blocklist"_s, "{\"check\":\"blocklist\"}"}};
            QVERIFY(writer.setFindings(run.id, rows)); // replaced by the next call, not added to
            rows.clear();
            const CheckFindings findings = someFindings();
            const QJsonArray json = checkFindingsToJson(findings);
            for (const auto &v : json)
                rows << qMakePair(v.toObject().value(u"check"_s).toString(),
                                  QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            QVERIFY(writer.setFindings(run.id, rows));
            QVERIFY(db.commit());
        }
        const HistoryStore store(dir.path());
        ReportData data;
        QString error;
        QVERIFY2(store.loadReport(u"run1"_s, &data, &error), qPrintable(error));
        QCOMPARE(data.checks, someFindings());
        // They go with their run.
        QVERIFY(HistoryStore(dir.path()).remove(u"run1"_s));
        QCOMPARE(raw(dir.path(), {u"SELECT count(*) FROM findings"_s}).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHistoryFindings)
#include "tst_historyfindings.moc"
