#include "dns/dnsmxresolver.h"

#include "base/domainname.h"
#include "dns/dnsprobe.h"
#include "dns/dnsquery.h"
#include "dns/hostaddresslookup.h"

#include <QRandomGenerator>
#include <QTimer>
#include <QUrl>

#include <utility>

namespace mailflow {

using Outcome = MxLookupResult::Outcome;

DnsMxResolver::DnsMxResolver(QObject *parent)
    : MxResolver(parent)
{ }

DnsMxResolver::~DnsMxResolver()
{
    clearJobs();
}

void DnsMxResolver::lookup(const QString &domainOrAddress)
{
    abort();
    m_run.start();
    m_clock.start();
    m_result = MxLookupResult();
    m_result.input = domainOrAddress;
    m_result.nameserver = nameserver();
    m_result.domain = DomainName::domainPart(domainOrAddress);

    const QString problem = DomainName::problem(m_result.domain);
    if (!problem.isEmpty()) {
        // Always asynchronous, so callers see the same order of events for every input.
        m_run.later(this, [this, problem] { finish(Outcome::InvalidInput, problem); });
        return;
    }
    m_result.aceDomain = DomainName::toAce(m_result.domain);
    Q_EMIT progress(
        tr("Looking up the MX records of %1 (asking %2)…").arg(m_result.displayDomain(), m_result.serverDescription()));
    m_mxQuery = new DnsQuery(QDnsLookup::MX, m_result.aceDomain, nameserver(), timeout(), this);
    connect(m_mxQuery, &DnsQuery::finished, this, &DnsMxResolver::onMxFinished);
    m_mxQuery->start();
}

void DnsMxResolver::abort()
{
    m_run.stop();
    clearJobs();
}

void DnsMxResolver::clearJobs()
{
    dropDnsJobs(this, m_mxQuery, m_implicit, m_probe);
    dropDnsJobs(this, &m_hostLookups);
    m_pendingHosts = 0;
}

void DnsMxResolver::onMxFinished()
{
    const DnsQuery &query = *m_mxQuery;
    switch (query.status()) {
    case DnsQuery::Status::Ok:
        break;
    case DnsQuery::Status::NoData: {
        Q_EMIT progress(tr("%1 has no MX record; looking for its own A/AAAA addresses…").arg(m_result.displayDomain()));
        m_implicit = new HostAddressLookup(m_result.aceDomain, nameserver(), timeout(), this);
        connect(m_implicit, &HostAddressLookup::finished, this, &DnsMxResolver::onImplicitFinished);
        m_implicit->start();
        return;
    }
    case DnsQuery::Status::NxDomain:
        finish(Outcome::NxDomain);
        return;
    default:
        finishWithQueryFailure(query);
        return;
    }

    QList<MxHost> hosts;
    bool hasNullMx = false;
    for (const QDnsMailExchangeRecord &record : query.mailExchangeRecords()) {
        const QString exchange = record.exchange();
        if (exchange.isEmpty() || exchange == QLatin1String(".")) {
            hasNullMx = true;
            continue;
        }
        MxHost host;
        host.preference = record.preference();
        QHostAddress literal;
        if (DomainName::isIpLiteral(exchange, &literal)) {
            host.name = exchange;
            host.isIpLiteral = true;
            host.addresses << literal;
            host.warnings << tr("The MX record names the IP address %1 instead of a host name, which RFC 5321 "
                                "does not allow: many senders (Postfix, Exim) skip this MX.")
                                 .arg(literal.toString());
        } else {
            host.name = DomainName::toAce(exchange);
        }
        hosts << host;
    }
    if (hosts.isEmpty() && hasNullMx) {
        finish(Outcome::NullMx);
        return;
    }
    if (hasNullMx) {
        m_result.warnings << tr("%1 publishes a null MX (“0 .”) together with other MX records; RFC 7505 does "
                                "not allow this, and senders ignore the null MX.")
                                 .arg(m_result.displayDomain());
    }
    sortByPreference(hosts, shuffleEqualPreferences() ? QRandomGenerator::global() : nullptr);
    m_result.hosts = hosts;
    startHostLookups();
}

void DnsMxResolver::startHostLookups()
{
    m_hostLookups.fill(nullptr, m_result.hosts.size());
    m_pendingHosts = 0;
    for (int i = 0; i < m_result.hosts.size(); ++i) {
        if (m_result.hosts.at(i).isIpLiteral)
            continue;
        auto *lookup = new HostAddressLookup(m_result.hosts.at(i).name, nameserver(), timeout(), this);
        connect(lookup, &HostAddressLookup::finished, this, [this, i] { onHostFinished(i); });
        m_hostLookups[i] = lookup;
        ++m_pendingHosts;
    }
    if (m_pendingHosts == 0) {
        finish(Outcome::Ok);
        return;
    }
    Q_EMIT progress(tr("Looking up the addresses of %n mail server(s)…", nullptr, m_pendingHosts));
    for (HostAddressLookup *lookup : std::as_const(m_hostLookups)) {
        if (lookup)
            lookup->start();
    }
}

void DnsMxResolver::onHostFinished(int index)
{
    const HostAddressLookup &lookup = *m_hostLookups.at(index);
    MxHost &host = m_result.hosts[index];
    host.addresses = lookup.addresses();
    host.canonicalName = lookup.canonicalName();
    if (!host.canonicalName.isEmpty()) {
        host.warnings << tr("%1 is an alias (CNAME) of %2. An MX record must name a host directly "
                            "(RFC 2181 §10.3, RFC 5321 §5.1); most senders cope, some refuse.")
                             .arg(host.displayName(), DomainName::display(host.canonicalName));
    }
    if (host.addresses.isEmpty()) {
        host.error = tr("%1 %2.").arg(host.displayName(), lookup.problem());
    } else if (const DnsQuery *failed = lookup.failedQuery()) {
        host.warnings << tr("%1 %2.").arg(host.displayName(), failed->describe());
    }
    if (--m_pendingHosts == 0)
        finish(Outcome::Ok);
}

void DnsMxResolver::onImplicitFinished()
{
    const HostAddressLookup &lookup = *m_implicit;
    const QList<QHostAddress> addresses = lookup.addresses();
    if (!addresses.isEmpty()) {
        MxHost host;
        host.name = m_result.aceDomain;
        host.isImplicit = true;
        host.addresses = addresses;
        host.canonicalName = lookup.canonicalName();
        host.warnings
            << tr("No MX record: %1 itself is used as the mail server (implicit MX).").arg(m_result.displayDomain());
        if (const DnsQuery *failed = lookup.failedQuery())
            host.warnings << tr("%1 %2.").arg(m_result.displayDomain(), failed->describe());
        m_result.hosts << host;
        finish(Outcome::ImplicitMx);
        return;
    }
    if (const DnsQuery *failed = lookup.failedQuery()) {
        finishWithQueryFailure(*failed);
        return;
    }
    if (lookup.isNxDomain()) {
        finish(Outcome::NxDomain);
        return;
    }
    if (nameserver().isNull()) {
        finish(Outcome::NoRecords);
        return;
    }
    // Qt 6.4 cannot tell "no records" from "no server answered": ask the server something it must answer.
    m_probe = new DnsProbe(nameserver(), timeout(), this);
    connect(m_probe, &DnsProbe::finished, this, &DnsMxResolver::onProbeFinished);
    m_probe->start();
}

void DnsMxResolver::onProbeFinished()
{
    switch (m_probe->result()) {
    case DnsProbe::Result::Answered:
        finish(Outcome::NoRecords);
        break;
    case DnsProbe::Result::Unreachable:
        finish(Outcome::OtherError,
               tr("No DNS server answers at %1 (nothing listens on its port 53). Check the DNS server address, "
                  "or leave it empty to use the system resolver.")
                   .arg(nameserver().toString()));
        break;
    default:
        finish(Outcome::Timeout);
        break;
    }
}

void DnsMxResolver::finishWithQueryFailure(const DnsQuery &query)
{
    switch (query.status()) {
    case DnsQuery::Status::ServFail:
        finish(Outcome::ServFail, {}, query.errorString());
        break;
    case DnsQuery::Status::Timeout:
        finish(Outcome::Timeout, {}, query.errorString());
        break;
    case DnsQuery::Status::Refused:
        finish(Outcome::OtherError,
               tr("%1 refused to answer questions about %2 (REFUSED). It may not serve your network: try the "
                  "system resolver or another DNS server.")
                   .arg(m_result.serverDescription(), m_result.displayDomain()),
               query.errorString());
        break;
    default:
        finish(Outcome::OtherError, {}, query.errorString());
        break;
    }
}

void DnsMxResolver::finish(Outcome outcome, const QString &message, const QString &detail)
{
    MxLookupResult result = m_result;
    result.outcome = outcome;
    result.message = message.isEmpty() ? MxLookupResult::outcomeMessage(outcome, result.displayDomain()) : message;
    if (!detail.isEmpty())
        result.detail = detail;
    if (outcome == Outcome::Ok && !result.isUsable()) {
        result.warnings << tr("None of the mail servers of %1 has an address: mail for it cannot be delivered "
                              "until this is fixed.")
                               .arg(result.displayDomain());
    }
    result.elapsedMs = m_clock.elapsed();
    abort();
    Q_EMIT finished(result);
}

} // namespace mailflow
