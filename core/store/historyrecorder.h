#pragma once

#include "checks/checkfinding.h"
#include "evidence/redactor.h"
#include "store/historystore.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

namespace mailflow {

class HistoryDatabase;
class HistoryWriter;
class SmtpSession;

/**
 * Writes every run of a session to the history database as it happens. Entries are gathered and
 * committed together: at once when a milestone changes, else at most flushIntervalMs() later. A commit
 * reaches the operating system (a killed program keeps it) but not the disk; the end of a run is synced
 * once. A new run starts with each startNewTest(); credentials given as secrets are masked before
 * anything is written. The first run of a recorder prunes the history by its limits when a prune is due
 * (historyPruneDue()) unless told not to (the window prunes at start-up on a worker thread instead).
 */
class HistoryRecorder : public QObject
{
    Q_OBJECT
public:
    explicit HistoryRecorder(const QString &directory = HistoryStore::defaultDirectory(), QObject *parent = nullptr);
    ~HistoryRecorder() override;

    void attach(SmtpSession *session);
    void detach();
    /** The profile the next runs belong to (empty for an ad-hoc test). */
    void setProfileName(const QString &name) { m_profileName = name; }
    /** The domain whose MX records chose the server, when they did. */
    void setMxDomain(const QString &domain) { m_mxDomain = domain; }
    void addSecret(const QString &secret) { m_redactor.addSecret(secret); }
    void setLimits(const HistoryLimits &limits) { m_limits = limits; }
    HistoryLimits limits() const { return m_limits; }
    void setPruneOnFirstRun(bool prune) { m_pruneOnFirstRun = prune; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    static int flushIntervalMs() { return 100; }

    QString currentRunId() const { return m_runId; }
    QString lastError() const { return m_error; }
    /** Commits what is gathered now. */
    void flush();
    /** Keeps the findings of the checks around the conversation with the last run (they end after it). */
    void recordFindings(const CheckFindings &findings);

Q_SIGNALS:
    void runStarted(const QString &id);
    void runFinished(const QString &id);
    /** The history could not be written (folder read-only, disk full, newer schema); the test itself goes on. */
    void writeFailed(const QString &error);
    /** Something to tell the user that did not stop the history (a damaged database moved aside). */
    void notice(const QString &text);

private:
    void onCleared();
    void onEntry(int index);
    void onMilestone(int index);
    void onStateChanged();
    void onFinished();
    bool ensureRun();
    void closeRun();
    bool openDatabase();
    QByteArray masked(const QJsonObject &object);
    void queue(std::function<bool(HistoryWriter &)> write, qint64 bytes);
    void reportFailure();

    QPointer<SmtpSession> m_session;
    QString m_directory;
    QString m_profileName;
    QString m_mxDomain;
    Redactor m_redactor;
    HistoryLimits m_limits;
    std::unique_ptr<HistoryDatabase> m_db;
    std::unique_ptr<HistoryWriter> m_writer;
    QList<std::function<bool(HistoryWriter &)>> m_pending;
    qint64 m_pendingBytes = 0;
    QTimer m_flushTimer;
    QString m_runId;
    QString m_error;
    int m_entrySeq = 0;
    int m_milestoneSeq = 0;
    bool m_enabled = true;
    bool m_pruneOnFirstRun = true;
    bool m_localWritten = false;
    bool m_failed = false;
};

} // namespace mailflow
