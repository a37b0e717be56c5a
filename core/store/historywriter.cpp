#include "store/historywriter.h"

namespace mailflow {

bool HistoryWriter::startRun(const HistoryRunStart &run, qint64 sizeBytes)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO runs (id, started_ms, profile, host, port, mx_domain, recipients, tls, "
                       "options, environment, size_bytes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(sqlText(run.id));
    q.addBindValue(run.started.toMSecsSinceEpoch());
    q.addBindValue(sqlText(run.profile));
    q.addBindValue(sqlText(run.host));
    q.addBindValue(run.port);
    q.addBindValue(sqlText(run.mxDomain));
    q.addBindValue(sqlText(run.recipients));
    q.addBindValue(sqlText(run.tls));
    q.addBindValue(sqlText(run.options));
    q.addBindValue(sqlText(run.environment));
    q.addBindValue(sizeBytes);
    return m_db.exec(q);
}

bool HistoryWriter::addEntry(const QString &runId, int seq, const QByteArray &json)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO entries (run_id, seq, data) VALUES (?, ?, ?)"));
    q.addBindValue(sqlText(runId));
    q.addBindValue(seq);
    q.addBindValue(sqlText(json));
    return m_db.exec(q);
}

bool HistoryWriter::addMilestone(const QString &runId, int seq, int index, const QByteArray &json)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("INSERT OR REPLACE INTO milestones (run_id, seq, idx, data) VALUES (?, ?, ?, ?)"));
    q.addBindValue(sqlText(runId));
    q.addBindValue(seq);
    q.addBindValue(index);
    q.addBindValue(sqlText(json));
    return m_db.exec(q);
}

bool HistoryWriter::setFindings(const QString &runId, const QList<QPair<QString, QByteArray>> &findings)
{
    QSqlQuery clear = m_db.prepare(QStringLiteral("DELETE FROM findings WHERE run_id = ?"));
    clear.addBindValue(sqlText(runId));
    if (!m_db.exec(clear))
        return false;
    for (int seq = 0; seq < findings.size(); ++seq) {
        QSqlQuery q
            = m_db.prepare(QStringLiteral("INSERT INTO findings (run_id, seq, check_id, data) VALUES (?, ?, ?, ?)"));
        q.addBindValue(sqlText(runId));
        q.addBindValue(seq);
        q.addBindValue(sqlText(findings.at(seq).first));
        q.addBindValue(sqlText(findings.at(seq).second));
        if (!m_db.exec(q))
            return false;
    }
    return true;
}

bool HistoryWriter::setLocalAddress(const QString &runId, const QString &address)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE runs SET local_address = ? WHERE id = ?"));
    q.addBindValue(sqlText(address));
    q.addBindValue(sqlText(runId));
    return m_db.exec(q);
}

bool HistoryWriter::endRun(const QString &runId, const HistoryRunEnd &end)
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE runs SET ended_ms = ?, duration_ms = max(0, ? - started_ms), verdict = ?, sentence = ?, "
                       "failed_index = ?, failed_step = ?, exit_code = ?, cause = ?, fingerprint = ?, report = ?, "
                       "size_bytes = size_bytes + ? WHERE id = ?"));
    const qint64 ended = end.ended.toMSecsSinceEpoch();
    q.addBindValue(ended);
    q.addBindValue(ended);
    q.addBindValue(sqlText(end.verdict));
    q.addBindValue(sqlText(end.sentence));
    q.addBindValue(end.failedIndex);
    q.addBindValue(sqlText(end.failedStep));
    q.addBindValue(end.exitCode);
    q.addBindValue(sqlText(end.cause));
    q.addBindValue(sqlText(end.fingerprint));
    q.addBindValue(sqlText(end.report));
    q.addBindValue(qint64(end.report.size() + end.sentence.size()));
    q.addBindValue(sqlText(runId));
    return m_db.exec(q);
}

bool HistoryWriter::addSize(const QString &runId, qint64 bytes)
{
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE runs SET size_bytes = size_bytes + ? WHERE id = ?"));
    q.addBindValue(bytes);
    q.addBindValue(sqlText(runId));
    return m_db.exec(q);
}

namespace {
const QString prunedKey = QStringLiteral("pruned");

/** The limits a prune applied, as kept in the meta table after the time it ran: "ms days runs bytes". */
QString limitsText(const HistoryLimits &limits)
{
    return QStringLiteral("%1 %2 %3").arg(limits.maxAgeDays).arg(limits.maxRuns).arg(limits.maxTotalBytes);
}
} // namespace

bool historyPruneDue(HistoryDatabase &d, const HistoryLimits &limits, const QDateTime &now)
{
    if (!d.isOpen())
        return false;
    if (limits.maxRuns > 0 && d.runCountAtOpen() > limits.maxRuns)
        return true;
    QSqlQuery q = d.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.addBindValue(prunedKey);
    if (!d.exec(q) || !q.next())
        return true;
    const QString stamp = q.value(0).toString();
    const qint64 since = now.toMSecsSinceEpoch() - stamp.section(u' ', 0, 0).toLongLong();
    // The same limits applied a moment ago: what came since can pass them by a few runs only.
    return stamp.section(u' ', 1) != limitsText(limits) || since < 0 || since >= historyPruneIntervalMs();
}

int pruneHistoryIfDue(HistoryDatabase &d, const HistoryLimits &limits, const QDateTime &now)
{
    return historyPruneDue(d, limits, now) ? pruneHistory(d, limits, {}, now) : 0;
}

int pruneHistory(HistoryDatabase &d, const HistoryLimits &limits, const QString &keepId, const QDateTime &now)
{
    if (!d.isOpen() || !d.transaction())
        return 0;
    int removed = 0;
    auto run = [&](const QString &sql, const QVariantList &values) {
        QSqlQuery q = d.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (d.exec(q))
            removed += qMax(0, q.numRowsAffected());
    };
    const QVariant keep = sqlText(keepId);
    if (limits.maxAgeDays > 0)
        run(QStringLiteral("DELETE FROM runs WHERE id != ? AND started_ms < ?"),
            {keep, now.addDays(-limits.maxAgeDays).toMSecsSinceEpoch()});
    // The run to keep takes a place only where it falls among the newest.
    if (limits.maxRuns > 0)
        run(QStringLiteral("DELETE FROM runs WHERE id != ? AND id IN (SELECT id FROM runs ORDER BY started_ms DESC, "
                           "id DESC LIMIT -1 OFFSET ?)"),
            {keep, limits.maxRuns});
    // The size counts from the run to keep, then newest first.
    if (limits.maxTotalBytes > 0)
        run(QStringLiteral("DELETE FROM runs WHERE id IN (SELECT id FROM (SELECT id, sum(size_bytes) OVER (ORDER BY "
                           "id = ? DESC, started_ms DESC, id DESC) AS total FROM runs) WHERE id != ? AND total > ?)"),
            {keep, keep, limits.maxTotalBytes});
    QSqlQuery stamp = d.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    stamp.addBindValue(prunedKey);
    stamp.addBindValue(QStringLiteral("%1 %2").arg(now.toMSecsSinceEpoch()).arg(limitsText(limits)));
    d.exec(stamp);
    if (d.commit())
        d.noteRunsRemoved(removed);
    return removed;
}

} // namespace mailflow
