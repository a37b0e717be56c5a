#pragma once

#include "dns/dnsquery.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <functional>

namespace mailflow {

/** What a query answered, untranslated: "example.com TXT \"v=spf1 -all\"", "x.example A NXDOMAIN". */
QStringList dnsEvidence(const DnsQuery &query);
/** A name as a query takes it: ACE form, lower case, no trailing dot. */
QString dnsName(const QString &name);

/**
 * The DNS queries of one asynchronous job: all through one server with one timeout, their answers
 * delivered only to the run that asked (clear() starts a new run and drops the queries still out).
 */
class QueryPool
{
public:
    explicit QueryPool(QObject *owner)
        : m_owner(owner)
    { }
    ~QueryPool() { clear(); }
    QueryPool(const QueryPool &) = delete;
    QueryPool &operator=(const QueryPool &) = delete;

    void setServer(const QHostAddress &nameserver, int timeoutMs);
    /** done runs with the answer unless clear() was called meanwhile. */
    void ask(QDnsLookup::Type type, const QString &name, std::function<void(const DnsQuery &)> done);
    void clear();
    /** step from the event loop, unless clear() was called meanwhile. */
    template<typename Step> void later(Step step)
    {
        QTimer::singleShot(0, m_owner, [this, generation = m_generation, step = std::move(step)] {
            if (generation == m_generation)
                step();
        });
    }
    int pending() const { return int(m_queries.size()); }

private:
    QObject *m_owner;
    QHostAddress m_nameserver;
    int m_timeoutMs = 5000;
    quint64 m_generation = 0;
    QList<DnsQuery *> m_queries;
};

} // namespace mailflow
