#pragma once

#include "evidence/reportdata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mailflow {

class Transcript;
class Checklist;

/** How much history is kept; a run is removed when any limit is passed (oldest first). */
struct HistoryLimits
{
    int maxAgeDays = 90;
    int maxRuns = 1000;
    qint64 maxTotalBytes = 200LL * 1024 * 1024;
};

/** One line of the history list. */
struct HistoryRunInfo
{
    QString id;
    QString filePath;
    QDateTime started;
    /** "host:port". */
    QString server;
    QString profileName;
    /** "passed", "warning", "failed", "not-run", or "incomplete" when the run never ended (crash, kill). */
    QString verdict;
    int exitCode = -1;
    qint64 sizeBytes = 0;
    bool complete = false;
};

/**
 * Every run as one append-only JSON-lines file ("<id>.jsonl") in the history folder:
 * a "start" line (profile, options, environment), then "entry" and "milestone" lines as
 * they happen, "local" when the local address is known, and "end" with the outcome.
 * A run cut short keeps every line written before the cut.
 */
class HistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::HistoryStore)
public:
    explicit HistoryStore(const QString &directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    /** Newest first. */
    QList<HistoryRunInfo> list() const;
    HistoryRunInfo info(const QString &id) const;
    QString filePathFor(const QString &id) const;

    /** Rebuilds a run; a damaged or cut last line is skipped. False with error when the file is unusable. */
    bool loadReport(const QString &id, ReportData *data, QString *error = nullptr) const;
    /** Loads a run read-only into a transcript and checklist pair (they are cleared first). */
    bool load(const QString &id, Transcript *transcript, Checklist *checklist, ReportData *data = nullptr,
              QString *error = nullptr) const;
    bool remove(const QString &id, QString *error = nullptr);

    /** The newest run of that profile started before the given run (or any, when beforeId is empty). */
    HistoryRunInfo previousRunOf(const QString &profileName, const QString &beforeId = {}) const;

    /** Removes runs past the limits, oldest first, never the run named keepId. Returns how many were removed. */
    int prune(const HistoryLimits &limits, const QString &keepId = {},
              const QDateTime &now = QDateTime::currentDateTime());

    static QString fileSuffix() { return QStringLiteral(".jsonl"); }

private:
    QString m_directory;
};

} // namespace mailflow
