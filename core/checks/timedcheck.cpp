#include "checks/timedcheck.h"

namespace mailflow {

TimedCheck::TimedCheck(QObject *parent)
    : Check(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // the only timer of the check: a coarse one may fire early
    connect(&m_timer, &QTimer::timeout, this, &TimedCheck::onTimeout);
}

TimedCheck::~TimedCheck() = default;

void TimedCheck::start(const CheckContext &context)
{
    m_queries.clear();
    m_queries.setServer(context.dnsServer, context.timeoutMs);
    ++m_generation;
    m_context = context;
    m_running = true;
    m_clock.start();
    m_timer.start(qMax(1, context.timeoutMs));
    // Deferred so that finished() never comes from inside start(), even for a check that needs no query.
    QTimer::singleShot(0, this, [this, generation = m_generation] {
        if (m_running && generation == m_generation)
            run();
    });
}

void TimedCheck::finish(CheckFindings findings)
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    m_timer.stop();
    m_queries.clear();
    const qint64 elapsed = m_clock.elapsed();
    for (CheckFinding &f : findings)
        if (f.durationMs < 0)
            f.durationMs = elapsed;
    QTimer::singleShot(0, this, [this, findings] { Q_EMIT finished(findings); });
}

void TimedCheck::onTimeout()
{
    if (m_running)
        finish(timedOut());
}

void TimedCheck::query(QDnsLookup::Type type, const QString &name, std::function<void(const DnsQuery &)> done)
{
    m_queries.ask(type, aceName(name), std::move(done));
}

CheckFinding TimedCheck::finding(CheckSeverity severity, const QString &title, const QString &sentence, Actor who,
                                 const QStringList &steps, const QStringList &evidence) const
{
    CheckFinding f;
    f.checkId = id();
    f.severity = severity;
    f.title = title;
    f.sentence = sentence;
    f.who = who;
    f.steps = steps;
    f.evidence = evidence;
    return f;
}

} // namespace mailflow
