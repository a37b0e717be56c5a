#pragma once

#include "checks/check.h"
#include "checks/querypool.h"

#include <QElapsedTimer>
#include <QTimer>

#include <functional>

namespace mailflow {

/**
 * The common frame of the DNS-based checks: one time limit for the whole check (the context's),
 * DNS queries through the context's server whose answers arrive only while the check runs, and
 * finished() exactly once, never from inside start().
 */
class TimedCheck : public Check
{
    Q_OBJECT
public:
    explicit TimedCheck(QObject *parent = nullptr);
    ~TimedCheck() override;

    void start(const CheckContext &context) final;
    bool keepsItsTimeLimit() const final { return true; }
    bool isRunning() const { return m_running; }

protected:
    virtual void run() = 0;
    /** The findings when the time limit is reached before the check ended by itself. */
    virtual CheckFindings timedOut() = 0;

    const CheckContext &context() const { return m_context; }
    /** Ends the check: stops its queries and emits finished() from the event loop. */
    void finish(CheckFindings findings);
    /** A query of the context's DNS server; done runs only while this run of the check goes on. */
    void query(QDnsLookup::Type type, const QString &name, std::function<void(const DnsQuery &)> done);
    /** A finding of this check. */
    CheckFinding finding(CheckSeverity severity, const QString &title, const QString &sentence,
                         Actor who = Actor::Nobody, const QStringList &steps = {},
                         const QStringList &evidence = {}) const;
    static QStringList evidenceOf(const DnsQuery &query) { return dnsEvidence(query); }
    static QString aceName(const QString &name) { return dnsName(name); }

private:
    void onTimeout();

    CheckContext m_context;
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_running = false;
    quint64 m_generation = 0;
    QueryPool m_queries {this};
};

} // namespace mailflow
