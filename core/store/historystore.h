#pragma once

#include "evidence/reportdata.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace mailflow {

class Transcript;
class Checklist;
class HistoryDatabase;

/** How much history is kept; a run is removed when any limit is passed (oldest first). */
struct HistoryLimits
{
    int maxAgeDays = 90;
    int maxRuns = 1000;
    qint64 maxTotalBytes = 200LL * 1024 * 1024;

    friend bool operator==(const HistoryLimits &, const HistoryLimits &) = default;
};

/** One line of the history list. */
struct HistoryRunInfo
{
    QString id;
    /** In UTC (toLocalTime() to show it). */
    QDateTime started;
    /** Invalid while the run goes on or when it never ended. */
    QDateTime ended;
    /** "host:port". */
    QString server;
    QString host;
    int port = 0;
    QString mxDomain;
    /** The envelope recipients, comma-separated. */
    QString recipients;
    QString tls;
    QString profileName;
    /** "passed", "warning", "failed", "not-run", or "incomplete" when the run never ended (crash, kill). */
    QString verdict;
    QString sentence;
    int failedIndex = -1;
    /** The kind key of the failed milestone ("rcpt"); empty when none failed. */
    QString failedStep;
    /** The diagnosed cause key (see the diagnosis module), empty when none was recorded. */
    QString cause;
    int exitCode = -1;
    qint64 durationMs = 0;
    qint64 sizeBytes = 0;
    bool complete = false;
};

/** Which runs a list shows and in which order; every filter is optional. */
struct HistoryQuery
{
    enum class Sort { Started, Server, Recipients, Profile, Verdict, Cause };

    /** Found in the server, MX domain, recipients, profile, verdict, failed step, cause or id. */
    QString text;
    QString host;
    /** The MX domain or a recipient's domain. */
    QString domain;
    QString profile;
    QString verdict;
    QString cause;
    QDate from;
    QDate to;
    Sort sort = Sort::Started;
    bool ascending = false;
    /** -1: every match. */
    int limit = -1;
    int offset = 0;
};

/**
 * The run history: an SQLite database ("history.sqlite") in the history folder, with a table of runs
 * and one of transcript entries. The JSON-lines files of earlier versions in the same folder are
 * imported the first time it is opened, and left where they are. A store holds one connection and
 * belongs to the thread that uses it first.
 */
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::HistoryStore)
public:
    explicit HistoryStore(const QString &directory = defaultDirectory());
    ~HistoryStore();
    HistoryStore(const HistoryStore &) = delete;
    HistoryStore &operator=(const HistoryStore &) = delete;

    static QString defaultDirectory();
    QString directory() const { return m_directory; }
    QString databasePath() const;

    /** Opens the database now (it is otherwise opened on first use); false when the history is unusable. */
    bool open() const;
    /** Why the history cannot be used (a newer schema, an unwritable folder); empty when it can. */
    QString errorString() const;
    /** Something the user should know that did not stop the history (a damaged file moved aside). */
    QString notice() const;

    /** Newest first. */
    QList<HistoryRunInfo> list() const;
    QList<HistoryRunInfo> query(const HistoryQuery &query) const;
    int count(const HistoryQuery &query) const;
    /** The values a column has, for filter choices ("profile", "verdict", "cause"). */
    QStringList distinctValues(HistoryQuery::Sort column) const;
    HistoryRunInfo info(const QString &id) const;

    /** Rebuilds a run. False with error when there is no such run or it cannot be read. */
    bool loadReport(const QString &id, ReportData *data, QString *error = nullptr) const;
    /** Loads a run read-only into a transcript and checklist pair (they are cleared first). */
    bool load(const QString &id, Transcript *transcript, Checklist *checklist, ReportData *data = nullptr,
              QString *error = nullptr) const;
    bool remove(const QString &id, QString *error = nullptr);

    /** The newest finished run of that profile started before the given run (or any, when beforeId is empty). */
    HistoryRunInfo previousRunOf(const QString &profileName, const QString &beforeId = {}) const;

    /** Removes runs past the limits, oldest first, never the run named keepId. Returns how many were removed. */
    int prune(const HistoryLimits &limits, const QString &keepId = {},
              const QDateTime &now = QDateTime::currentDateTime());

    /** The suffix of the JSON-lines run files that earlier versions wrote (imported once). */
    static QString fileSuffix() { return QStringLiteral(".jsonl"); }

private:
    HistoryDatabase &db() const;

    QString m_directory;
    mutable std::unique_ptr<HistoryDatabase> m_db;
};

} // namespace mailflow
