#pragma once

#include "clioptions.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QObject>
#include <QTextStream>

namespace mailflow {

class ProfileRunner;

/**
 * mailflow-cli --profile NAME --watch MINUTES [--until passes|changes|HOURS]: runs the profile,
 * then again every interval (counted from the start of each run), printing one line per run, and
 * ends when a run passes, when the result (verdict and exit code) differs from the previous run's,
 * or when the time is up, as the options ask.
 */
class WatchRunner : public QObject
{
    Q_OBJECT
public:
    explicit WatchRunner(const CliOptions &options, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    /** 0 for a pass, ExitWatchChanged for a change, else the last run's code. */
    void done(int exitCode);

private:
    void runOnce();
    void onRunDone();
    void printLine(const QString &verdict, int code, const QString &server, const QString &error, bool changed);

    CliOptions m_options;
    ProfileRunner *m_runner = nullptr;
    /** Each run's transcript and summary, dropped: the watch prints one line per run. */
    QBuffer m_discard;
    QElapsedTimer m_sinceStart;
    qint64 m_runStartedMs = 0;
    int m_runs = 0;
    int m_lastCode = -1;
    QString m_lastVerdict;
    QTextStream m_out;
};

} // namespace mailflow
