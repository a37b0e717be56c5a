#pragma once

// Inside the store only: the statements that put one run into the history database. The caller
// groups them into transactions (the recorder per milestone or per 100 ms, the import per folder).

#include "store/historydatabase.h"
#include "store/historystore.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>

namespace mailflow {

/** What is known when a run starts; the JSON texts are already masked. */
struct HistoryRunStart
{
    QString id;
    QDateTime started;
    QString profile;
    QString host;
    int port = 0;
    QString mxDomain;
    /** Comma-separated envelope recipients. */
    QString recipients;
    QString tls;
    QByteArray options;
    QByteArray environment;
};

/** What is known when it ends. */
struct HistoryRunEnd
{
    QDateTime ended;
    QString verdict;
    QString sentence;
    int failedIndex = -1;
    /** The failed milestone's kind key ("rcpt"), empty when none failed. */
    QString failedStep;
    int exitCode = -1;
    /** The diagnosed cause key ("unknown-recipient", "none"); empty until a diagnosis gives one. */
    QString cause;
    QString fingerprint;
    QByteArray report;
};

class HistoryWriter
{
public:
    explicit HistoryWriter(HistoryDatabase &database)
        : m_db(database)
    { }

    bool startRun(const HistoryRunStart &run, qint64 sizeBytes);
    bool addEntry(const QString &runId, int seq, const QByteArray &json);
    bool addMilestone(const QString &runId, int seq, int index, const QByteArray &json);
    bool setLocalAddress(const QString &runId, const QString &address);
    bool endRun(const QString &runId, const HistoryRunEnd &end);
    bool addSize(const QString &runId, qint64 bytes);
    /** Replaces the run's findings by these (each a finding as JSON, with its check id). */
    bool setFindings(const QString &runId, const QList<QPair<QString, QByteArray>> &findings);

private:
    HistoryDatabase &m_db;
};

/** How long after a prune the same limits are not applied again (unless the runs outnumber them). */
constexpr qint64 historyPruneIntervalMs()
{
    return 10 * 60 * 1000;
}
/** Whether a prune could remove anything: never pruned, other limits, more runs than allowed, or the last
 *  prune is historyPruneIntervalMs() old. Costs one small read, where a prune scans every run. */
bool historyPruneDue(HistoryDatabase &database, const HistoryLimits &limits, const QDateTime &now);
/** pruneHistory() when historyPruneDue(); how many runs went. */
int pruneHistoryIfDue(HistoryDatabase &database, const HistoryLimits &limits, const QDateTime &now);
/** Removes runs past the limits, oldest first, never keepId, in one transaction; how many went. */
int pruneHistory(HistoryDatabase &database, const HistoryLimits &limits, const QString &keepId, const QDateTime &now);

} // namespace mailflow
