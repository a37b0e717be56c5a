#include "dns/hostaddresslookup.h"

#include <QUrl>

namespace mailflow {

HostAddressLookup::HostAddressLookup(const QString &name, const QHostAddress &nameserver, int timeoutMs,
                                     QObject *parent)
    : QObject(parent)
    , m_name(name)
    , m_a(new DnsQuery(QDnsLookup::A, name, nameserver, timeoutMs, this))
    , m_aaaa(new DnsQuery(QDnsLookup::AAAA, name, nameserver, timeoutMs, this))
{
    connect(m_a, &DnsQuery::finished, this, &HostAddressLookup::onQueryFinished);
    connect(m_aaaa, &DnsQuery::finished, this, &HostAddressLookup::onQueryFinished);
}

void HostAddressLookup::start()
{
    m_pending = 2;
    m_a->start();
    m_aaaa->start();
}

void HostAddressLookup::abort()
{
    m_pending = 0;
    m_a->abort();
    m_aaaa->abort();
}

void HostAddressLookup::onQueryFinished()
{
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT finished();
}

QList<QHostAddress> HostAddressLookup::addresses() const
{
    QList<QHostAddress> result;
    for (const DnsQuery *query : {m_a, m_aaaa}) {
        for (const QDnsHostAddressRecord &record : query->hostAddressRecords()) {
            if (!result.contains(record.value()))
                result.append(record.value());
        }
    }
    return result;
}

QString HostAddressLookup::canonicalName() const
{
    for (const DnsQuery *query : {m_a, m_aaaa}) {
        const QList<QDnsDomainNameRecord> cnames = query->canonicalNameRecords();
        if (!cnames.isEmpty())
            return QString::fromLatin1(QUrl::toAce(cnames.last().value()));
    }
    return {};
}

bool HostAddressLookup::isNxDomain() const
{
    return m_a->status() == DnsQuery::Status::NxDomain && m_aaaa->status() == DnsQuery::Status::NxDomain;
}

const DnsQuery *HostAddressLookup::failedQuery() const
{
    if (m_a->isFailure())
        return m_a;
    if (m_aaaa->isFailure())
        return m_aaaa;
    return nullptr;
}

QString HostAddressLookup::problem() const
{
    if (!addresses().isEmpty())
        return {};
    if (const DnsQuery *failed = failedQuery())
        return failed->describe();
    if (m_a->status() == DnsQuery::Status::NxDomain || m_aaaa->status() == DnsQuery::Status::NxDomain)
        return tr("does not exist in DNS");
    return tr("has no A or AAAA record (no address)");
}

} // namespace mailflow
