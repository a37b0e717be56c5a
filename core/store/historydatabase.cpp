#include "store/historydatabase.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSqlDriver>
#include <QSqlError>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>
#include <utility>

namespace mailflow {

namespace {

QAtomicInt connectionCounter;
int busyTimeoutMs = 5000;

// SQLite's primary result codes, as the QSQLITE driver puts them in nativeErrorCode().
const QString kBusy = QStringLiteral("5");
const QString kLocked = QStringLiteral("6");
const QString kCorrupt = QStringLiteral("11");
const QString kNotADatabase = QStringLiteral("26");

bool isStuckOrDamaged(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == kBusy || code == kLocked || code == kCorrupt || code == kNotADatabase;
}

/** Each entry brings the schema from the version before it to its own number (index + 1). */
const QList<QStringList> &migrations()
{
    static const QList<QStringList> steps {
        {
            QStringLiteral("CREATE TABLE runs ("
                           " id TEXT PRIMARY KEY,"
                           " started_ms INTEGER NOT NULL,"
                           " ended_ms INTEGER,"
                           " profile TEXT NOT NULL DEFAULT '',"
                           " host TEXT NOT NULL DEFAULT '',"
                           " port INTEGER NOT NULL DEFAULT 0,"
                           " mx_domain TEXT NOT NULL DEFAULT '',"
                           " recipients TEXT NOT NULL DEFAULT '',"
                           " tls TEXT NOT NULL DEFAULT '',"
                           " verdict TEXT NOT NULL DEFAULT 'incomplete',"
                           " sentence TEXT NOT NULL DEFAULT '',"
                           " failed_index INTEGER NOT NULL DEFAULT -1,"
                           " failed_step TEXT NOT NULL DEFAULT '',"
                           " exit_code INTEGER NOT NULL DEFAULT -1,"
                           " cause TEXT NOT NULL DEFAULT '',"
                           " duration_ms INTEGER NOT NULL DEFAULT 0,"
                           " options TEXT NOT NULL DEFAULT '{}',"
                           " environment TEXT NOT NULL DEFAULT '{}',"
                           " local_address TEXT NOT NULL DEFAULT '',"
                           " fingerprint TEXT NOT NULL DEFAULT '',"
                           " report TEXT NOT NULL DEFAULT '',"
                           " size_bytes INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE INDEX runs_by_start ON runs(started_ms DESC, id DESC)"),
            QStringLiteral("CREATE INDEX runs_by_profile ON runs(profile, started_ms DESC)"),
            QStringLiteral("CREATE TABLE entries ("
                           " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " data TEXT NOT NULL,"
                           " PRIMARY KEY (run_id, seq)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE milestones ("
                           " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " idx INTEGER NOT NULL,"
                           " data TEXT NOT NULL,"
                           " PRIMARY KEY (run_id, seq)) WITHOUT ROWID"),
            QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        },
        // The findings of the checks around the conversation, one JSON object each (as the report's "checks").
        {
            QStringLiteral("CREATE TABLE findings ("
                           " run_id TEXT NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
                           " seq INTEGER NOT NULL,"
                           " check_id TEXT NOT NULL,"
                           " data TEXT NOT NULL,"
                           " PRIMARY KEY (run_id, seq)) WITHOUT ROWID"),
        },
    };
    return steps;
}

} // namespace

HistoryDatabase::HistoryDatabase(const QString &directory)
    : m_directory(directory)
    , m_path(QDir(directory).filePath(fileName()))
    , m_connection(QStringLiteral("mailflow-history-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{ }

HistoryDatabase::~HistoryDatabase()
{
    close();
}

int HistoryDatabase::schemaVersion()
{
    return int(migrations().size());
}

void HistoryDatabase::setBusyTimeoutMs(int ms)
{
    busyTimeoutMs = ms;
}

void HistoryDatabase::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

void HistoryDatabase::fail(const QString &what, const QString &detail)
{
    m_error = detail.isEmpty() ? what : tr("%1: %2").arg(what, detail);
}

void HistoryDatabase::failSql(const QSqlError &error)
{
    fail(tr("History database error in %1").arg(QDir::toNativeSeparators(m_path)), error.text());
}

bool HistoryDatabase::open()
{
    if (m_db.isOpen())
        return true;
    if (m_tried)
        return false; // said once; every later call gives the same answer without touching the file
    m_tried = true;
    if (!QDir().mkpath(m_directory)) {
        m_error = tr("Cannot create the history folder %1.").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const OpenResult first = tryOpen();
    if (first != OpenResult::Unusable || !QFile::exists(m_path) || !moveAside(m_error))
        return first == OpenResult::Ok;
    m_error.clear();
    return tryOpen() == OpenResult::Ok;
}

HistoryDatabase::OpenResult HistoryDatabase::tryOpen()
{
    m_logExisted = QFile::exists(m_path + QStringLiteral("-wal"));
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs));
    auto unusable = [this](const QSqlError &error) {
        const QString file = QDir::toNativeSeparators(m_path);
        const QString code = error.nativeErrorCode();
        if (code == kBusy || code == kLocked)
            m_error = tr("The history database %1 is locked by another program and stayed locked").arg(file);
        else if (code == kCorrupt || code == kNotADatabase)
            m_error = tr("The history database %1 is damaged (%2)").arg(file, error.databaseText());
        else
            fail(tr("Cannot open the history database %1").arg(file), error.text());
        const bool damaged = isStuckOrDamaged(error);
        close();
        return damaged ? OpenResult::Unusable : OpenResult::Refused;
    };
    if (!m_db.open())
        return unusable(m_db.lastError());
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return unusable(q.lastError());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > schemaVersion()) {
        m_error = tr("The history database %1 was written by a newer Mailflow (schema %2; this version knows "
                     "schema %3). It is left untouched; runs are not kept until it is moved away.")
                      .arg(QDir::toNativeSeparators(m_path))
                      .arg(version)
                      .arg(schemaVersion());
        close();
        return OpenResult::Refused;
    }
    // WAL: a reader never blocks the writer, and a commit is one append to the log, synced only when asked.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next())
        return unusable(q.lastError());
    q.finish();
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")) || !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return unusable(q.lastError());
    keepLogOnClose();
    if (version < schemaVersion() && !migrate())
        return unusable(m_db.lastError());
    // Reads every page of the smallest index: a damaged file shows here, not halfway through a run.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM runs")) || !q.next())
        return unusable(q.lastError());
    m_runCountAtOpen = q.value(0).toLongLong();
    return OpenResult::Ok;
}

bool HistoryDatabase::migrate()
{
    QSqlQuery q(m_db);
    // IMMEDIATE takes the write lock first, so two programs starting at once migrate once.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return false;
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        rollback();
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    for (int step = version; step < schemaVersion(); ++step) {
        for (const QString &sql : migrations().at(step)) {
            if (!q.exec(sql)) {
                rollback();
                return false;
            }
        }
    }
    if (version == 0)
        importJsonLinesHistory(*this);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(schemaVersion())) || !m_db.commit()) {
        rollback();
        return false;
    }
    return true;
}

bool HistoryDatabase::moveAside(const QString &why)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString target = m_path + QStringLiteral(".unusable-") + stamp;
    if (!QFile::rename(m_path, target)) {
        m_error = tr("%1. It could not be moved aside either; the history is off for this run.").arg(why);
        return false;
    }
    // The log files belong to the old file: they go with it, or the new file would read them.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        if (QFile::exists(m_path + suffix))
            QFile::rename(m_path + suffix, target + suffix);
    }
    m_notice = tr("%1. It was moved to %2 and a new history started.").arg(why, QDir::toNativeSeparators(target));
    return true;
}

QSqlQuery HistoryDatabase::prepare(const QString &sql)
{
    QSqlQuery q(m_db);
    if (!q.prepare(sql))
        failSql(q.lastError());
    return q;
}

bool HistoryDatabase::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    failSql(query.lastError());
    return false;
}

bool HistoryDatabase::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    if (q.exec(sql))
        return true;
    failSql(q.lastError());
    return false;
}

bool HistoryDatabase::transaction()
{
    if (m_db.transaction())
        return true;
    failSql(m_db.lastError());
    return false;
}

bool HistoryDatabase::commit()
{
    const bool ok = m_db.commit();
    if (!ok) {
        failSql(m_db.lastError());
        m_db.rollback();
    }
    if (std::exchange(m_syncNext, false) && ok)
        syncLog();
    return ok;
}

void HistoryDatabase::rollback()
{
    m_db.rollback();
}

void HistoryDatabase::keepLogOnClose()
{
    // Closing the last connection would checkpoint the log into the database file: two more syncs at
    // the end of every CLI run. The log is checkpointed while writing instead, once it has grown.
    const QVariant handle = m_db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        if (auto *db = *static_cast<sqlite3 *const *>(handle.constData()))
            sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
    }
}

void HistoryDatabase::syncLog()
{
    // The commit's frames are in the log already: one fdatasync of it is what synchronous=FULL would
    // do, without the directory sync SQLite adds to the first sync of every process. The directory
    // is synced only when this connection created the log, so a new log's name is on the disk too.
    const QString log = m_path + QStringLiteral("-wal");
    for (const QString &path : m_logExisted ? QStringList {log} : QStringList {log, m_directory}) {
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd >= 0) {
            ::fdatasync(fd);
            ::close(fd);
        }
    }
    m_logExisted = true;
}

void HistoryDatabase::syncNextCommit()
{
    m_syncNext = true;
}

} // namespace mailflow
