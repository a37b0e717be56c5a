#pragma once

// Inside the store only: the one place that knows the history is an SQLite file (Qt SQL stays out of
// every header the layers above include).

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace mailflow {

/**
 * One connection to the history database in a folder, for the thread that opens it. Opening creates
 * the file and its tables (WAL mode), runs the migrations up to schemaVersion() and imports the
 * JSON-lines files of older versions once. A file that is damaged, or locked past the busy timeout,
 * is renamed aside and a new one started (notice() says where it went); a file written by a newer
 * schema is refused and left untouched (errorString()).
 */
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::HistoryDatabase)
public:
    explicit HistoryDatabase(const QString &directory);
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    static int schemaVersion();
    static QString fileName() { return QStringLiteral("history.sqlite"); }
    /** How long a locked file is waited for before it counts as stuck; tests shorten it. */
    static void setBusyTimeoutMs(int ms);

    /** Opens on first use; false (with errorString()) when the history cannot be used at all. */
    bool open();
    bool isOpen() const { return m_db.isOpen(); }
    QSqlDatabase &db() { return m_db; }
    QString path() const { return m_path; }
    QString directory() const { return m_directory; }
    QString errorString() const { return m_error; }
    QString notice() const { return m_notice; }
    /** How many runs the file had when it was opened (counted anyway to find a damaged file early),
     *  less those pruned through this connection since. */
    qint64 runCountAtOpen() const { return m_runCountAtOpen; }
    void noteRunsRemoved(qint64 count) { m_runCountAtOpen = qMax<qint64>(0, m_runCountAtOpen - count); }

    QSqlQuery prepare(const QString &sql);
    /** Runs a statement; on failure remembers the error and returns false. */
    bool exec(QSqlQuery &query);
    bool exec(const QString &sql);
    bool transaction();
    bool commit();
    void rollback();
    /** The next commit reaches the disk (fsync); the ones after it only the operating system again. */
    void syncNextCommit();

private:
    enum class OpenResult { Ok, Unusable, Refused };
    OpenResult tryOpen();
    bool migrate();
    void keepLogOnClose();
    void syncLog();
    bool moveAside(const QString &why);
    void close();
    void fail(const QString &what, const QString &detail);
    /** A query or transaction failed: says so, naming the file (a full disk, a read-only folder). */
    void failSql(const QSqlError &error);

    QString m_directory;
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    QString m_error;
    QString m_notice;
    bool m_tried = false;
    bool m_syncNext = false;
    bool m_logExisted = false;
    qint64 m_runCountAtOpen = 0;
};

/** A null QString binds as SQL NULL; the text columns are NOT NULL, so a null one is bound as empty. */
inline QVariant sqlText(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}
inline QVariant sqlText(const QByteArray &utf8)
{
    return sqlText(QString::fromUtf8(utf8));
}

/** Reads the legacy JSON-lines files of a folder into the open database, in the caller's transaction. */
int importJsonLinesHistory(HistoryDatabase &database);

} // namespace mailflow
