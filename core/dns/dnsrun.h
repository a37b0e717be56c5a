#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <utility>

namespace mailflow {

/**
 * Whether a DNS check made of several jobs runs, and a generation that steps deferred to the event
 * loop compare, so a step queued before an abort or a new check does nothing.
 */
class DnsRun
{
public:
    bool isRunning() const { return m_running; }
    void start() { m_running = true; }
    /** Ends the run; the steps deferred with later() are cancelled. */
    void stop()
    {
        ++m_generation;
        m_running = false;
    }
    /** Runs step from the event loop unless the run stopped or started again meanwhile. */
    template<typename Step> void later(QObject *context, Step step)
    {
        QTimer::singleShot(0, context, [this, generation = m_generation, step = std::move(step)] {
            if (generation == m_generation)
                step();
        });
    }

private:
    bool m_running = false;
    quint64 m_generation = 0;
};

/** Stops a running DNS job for its owner: disconnected and aborted now, deleted later, because the job
 *  may be the sender of the signal being handled. Null jobs are ignored. */
template<typename Job> void dropDnsJob(QObject *owner, Job *job)
{
    if (!job)
        return;
    job->disconnect(owner);
    job->abort();
    job->deleteLater();
}

/** dropDnsJob for each job, leaving the pointers null. */
template<typename... Job> void dropDnsJobs(QObject *owner, Job *&...jobs)
{
    (dropDnsJob(owner, std::exchange(jobs, nullptr)), ...);
}

/** dropDnsJob for every job of the list, leaving it empty. */
template<typename Job> void dropDnsJobs(QObject *owner, QList<Job *> *jobs)
{
    for (Job *job : std::as_const(*jobs))
        dropDnsJob(owner, job);
    jobs->clear();
}

} // namespace mailflow
