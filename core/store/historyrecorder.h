#pragma once

#include "evidence/redactor.h"
#include "store/historystore.h"

#include <QFile>
#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace mailflow {

class SmtpSession;

/**
 * Writes every run of a session to the history as it happens: one line per transcript entry
 * and per milestone change, each written through to the operating system at once (and synced
 * to disk when syncEachLine is on), so a crash or a power cut loses at most the last line.
 * A new run file starts with each startNewTest(); credentials given as secrets are masked
 * before anything is written.
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
    void addSecret(const QString &secret) { m_redactor.addSecret(secret); }
    void setLimits(const HistoryLimits &limits) { m_limits = limits; }
    void setSyncEachLine(bool sync) { m_sync = sync; }
    void setEnabled(bool enabled) { m_enabled = enabled; }

    QString currentRunId() const { return m_runId; }
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void runStarted(const QString &id);
    void runFinished(const QString &id);
    /** A line could not be written (folder read-only, disk full); the test itself goes on. */
    void writeFailed(const QString &error);

private:
    void onCleared();
    void onEntry(int index);
    void onMilestone(int index);
    void onStateChanged();
    void onFinished();
    bool ensureRun();
    void closeRun();
    void writeLine(const QJsonObject &object);

    QPointer<SmtpSession> m_session;
    QString m_directory;
    QString m_profileName;
    Redactor m_redactor;
    HistoryLimits m_limits;
    QFile m_file;
    QString m_runId;
    QString m_error;
    bool m_sync = true;
    bool m_enabled = true;
    bool m_localWritten = false;
    bool m_failed = false;
};

} // namespace mailflow
