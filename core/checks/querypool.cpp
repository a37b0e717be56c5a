#include "checks/querypool.h"

#include "base/domainname.h"
#include "dns/dnsrun.h"

#include <QMetaEnum>

namespace mailflow {

void QueryPool::setServer(const QHostAddress &nameserver, int timeoutMs)
{
    m_nameserver = nameserver;
    m_timeoutMs = qMax(1, timeoutMs);
}

void QueryPool::ask(QDnsLookup::Type type, const QString &name, std::function<void(const DnsQuery &)> done)
{
    auto *q = new DnsQuery(type, name, m_nameserver, m_timeoutMs, m_owner);
    m_queries.append(q);
    QObject::connect(q, &DnsQuery::finished, m_owner, [this, q, done = std::move(done), generation = m_generation] {
        m_queries.removeOne(q);
        q->deleteLater();
        if (generation == m_generation)
            done(*q);
    });
    q->start();
}

void QueryPool::clear()
{
    ++m_generation;
    dropDnsJobs(m_owner, &m_queries);
}

QStringList dnsEvidence(const DnsQuery &query)
{
    const QString head = query.name() + u' ' + DnsQuery::typeName(query.type());
    QStringList lines;
    if (query.status() == DnsQuery::Status::Ok) {
        for (const QList<QDnsHostAddressRecord> hostAddressRecords = query.hostAddressRecords();
             const QDnsHostAddressRecord &r : hostAddressRecords)
            lines.append(head + u' ' + r.value().toString());
        for (const QList<QDnsMailExchangeRecord> mailExchangeRecords = query.mailExchangeRecords();
             const QDnsMailExchangeRecord &r : mailExchangeRecords)
            lines.append(head + u' ' + QString::number(r.preference()) + u' ' + r.exchange());
        for (const QList<QDnsDomainNameRecord> pointerRecords = query.pointerRecords();
             const QDnsDomainNameRecord &r : pointerRecords)
            lines.append(head + u' ' + r.value());
        for (const QStringList textRecords = query.textRecords(); const QString &text : textRecords)
            lines.append(head + QStringLiteral(" \"") + text + u'"');
    }
    if (lines.isEmpty()) {
        const char *status = QMetaEnum::fromType<DnsQuery::Status>().valueToKey(int(query.status()));
        lines.append(head + u' ' + QString::fromLatin1(status ? status : "?"));
    }
    return lines;
}

QString dnsName(const QString &name)
{
    const QString ace = DomainName::toAce(name.trimmed());
    return ace.isEmpty() ? name.trimmed().toLower() : ace;
}

} // namespace mailflow
