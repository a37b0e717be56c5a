#include "dns/reversednscheck.h"

#include "base/domainname.h"
#include "dns/dnsquery.h"
#include "dns/hostaddresslookup.h"
#include "dns/mxresolver.h"

#include <QMetaEnum>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <utility>

namespace mailflow {

using Status = ReverseDnsResult::Status;
using BannerMatch = ReverseDnsResult::BannerMatch;

namespace {

QHostAddress plain(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}

} // namespace

QString ReverseDnsResult::statusKey(Status status)
{
    return QString::fromLatin1(QMetaEnum::fromType<Status>().valueToKey(int(status)));
}

QString ReverseDnsResult::bannerMatchKey(BannerMatch match)
{
    return QString::fromLatin1(QMetaEnum::fromType<BannerMatch>().valueToKey(int(match)));
}

QString ReverseDnsResult::bannerHostName(const QString &bannerText)
{
    QString line = bannerText.section(u'\n', 0, 0).trimmed();
    if (line.size() >= 3 && line.at(0).isDigit() && line.at(1).isDigit() && line.at(2).isDigit()
        && (line.size() == 3 || line.at(3) == u' ' || line.at(3) == u'-'))
        line = line.mid(4).trimmed();
    const QString word = line.section(u' ', 0, 0, QString::SectionSkipEmpty);
    // RFC 5321 §4.3.1: the greeting starts with the server's domain or an address literal.
    if (word.contains(u'.') || DomainName::isIpLiteral(word))
        return word.endsWith(u'.') ? word.chopped(1) : word;
    return {};
}

ReverseDnsCheck::ReverseDnsCheck(QObject *parent)
    : QObject(parent)
    , m_timeoutMs(MxResolver::DefaultTimeoutMs)
{
    qRegisterMetaType<mailflow::ReverseDnsResult>();
}

ReverseDnsCheck::~ReverseDnsCheck()
{
    clearJobs();
}

bool ReverseDnsCheck::setNameserver(const QHostAddress &address, QString *error)
{
    const QHostAddress candidate = plain(address);
    if (!MxResolver::checkNameserver(candidate, error))
        return false;
    m_nameserver = candidate;
    return true;
}

void ReverseDnsCheck::setTimeout(int ms)
{
    m_timeoutMs = ms > 0 ? ms : MxResolver::DefaultTimeoutMs;
}

void ReverseDnsCheck::check(const QHostAddress &address, const QString &bannerText)
{
    abort();
    m_run.start();
    m_clock.start();
    m_banner = bannerText;
    m_result = ReverseDnsResult();
    m_result.address = plain(address);
    m_result.nameserver = m_nameserver;
    m_result.reverseName = DomainName::reverseName(m_result.address);
    if (m_result.reverseName.isEmpty()) {
        // Always asynchronous, so callers see the same order of events for every input.
        m_run.later(this, [this] { finish(Status::LookupFailed, tr("there is no address to look up")); });
        return;
    }
    m_ptrQuery = new DnsQuery(QDnsLookup::PTR, m_result.reverseName, m_nameserver, m_timeoutMs, this);
    connect(m_ptrQuery, &DnsQuery::finished, this, &ReverseDnsCheck::onPtrFinished);
    m_ptrQuery->start();
}

void ReverseDnsCheck::abort()
{
    m_run.stop();
    clearJobs();
}

void ReverseDnsCheck::clearJobs()
{
    dropDnsJobs(this, m_ptrQuery);
    dropDnsJobs(this, &m_forward);
    m_pending = 0;
}

void ReverseDnsCheck::onPtrFinished()
{
    const DnsQuery &query = *m_ptrQuery;
    if (query.status() == DnsQuery::Status::NxDomain || query.status() == DnsQuery::Status::NoData) {
        finish(Status::NoPtr);
        return;
    }
    if (query.status() != DnsQuery::Status::Ok) {
        finish(Status::LookupFailed, QStringLiteral("%1 %2").arg(query.name(), query.describe()));
        return;
    }
    for (const QDnsDomainNameRecord &record : query.pointerRecords()) {
        const QString name = QString::fromLatin1(QUrl::toAce(record.value()));
        if (!name.isEmpty() && !m_result.ptrNames.contains(name))
            m_result.ptrNames << (name.endsWith(u'.') ? name.chopped(1) : name);
    }
    for (const QString &name : m_result.ptrNames.mid(0, MaxPtrNames)) {
        auto *lookup = new HostAddressLookup(name, m_nameserver, m_timeoutMs, this);
        connect(lookup, &HostAddressLookup::finished, this, &ReverseDnsCheck::onForwardFinished);
        m_forward << lookup;
    }
    m_pending = int(m_forward.size());
    if (m_pending == 0) {
        finish(Status::NoPtr);
        return;
    }
    for (HostAddressLookup *lookup : std::as_const(m_forward))
        lookup->start();
}

void ReverseDnsCheck::onForwardFinished()
{
    if (--m_pending > 0)
        return;
    for (const HostAddressLookup *lookup : std::as_const(m_forward)) {
        for (const QHostAddress &address : lookup->addresses()) {
            if (plain(address) == m_result.address) {
                m_result.confirmedName = lookup->name();
                finish(Status::Confirmed);
                return;
            }
        }
    }
    finish(Status::NotConfirmed);
}

void ReverseDnsCheck::finish(Status status, const QString &problem)
{
    ReverseDnsResult result = m_result;
    result.status = status;
    const QString address = result.address.toString();
    const QString names = result.ptrNames.join(QLatin1String(", "));
    switch (status) {
    case Status::Confirmed:
        result.messages << tr("Reverse DNS: %1 is named %2, and %2 points back to %1 (forward-confirmed).")
                               .arg(address, DomainName::display(result.confirmedName));
        break;
    case Status::NotConfirmed:
        result.messages << tr("Reverse DNS: %1 is named %2, but that name does not point back to %1 (not "
                              "forward-confirmed). This matters when the server also sends mail: many receivers "
                              "distrust senders without matching reverse DNS.")
                               .arg(address, names);
        break;
    case Status::NoPtr:
        result.messages << tr("Reverse DNS: %1 has no PTR record (no name). Harmless for receiving mail; a server "
                              "that also sends mail should have one.")
                               .arg(address);
        break;
    case Status::LookupFailed:
        result.messages << tr("Reverse DNS of %1 could not be checked: %2.").arg(address, problem);
        break;
    }

    result.bannerName = ReverseDnsResult::bannerHostName(m_banner);
    if (m_banner.trimmed().isEmpty() || (result.ptrNames.isEmpty() && !result.bannerName.isEmpty())) {
        result.bannerMatch = BannerMatch::NotChecked;
    } else if (result.bannerName.isEmpty()) {
        result.bannerMatch = BannerMatch::NoName;
        result.messages << tr("The 220 banner does not start with the server's host name, as RFC 5321 §4.3.1 "
                              "expects. Harmless, but it makes the server harder to identify.");
    } else {
        const bool matches = std::any_of(result.ptrNames.cbegin(), result.ptrNames.cend(), [&](const QString &name) {
            return DomainName::sameName(name, result.bannerName);
        });
        result.bannerMatch = matches ? BannerMatch::Matches : BannerMatch::Differs;
        if (matches) {
            result.messages << tr("The 220 banner names %1, which matches the reverse DNS.").arg(result.bannerName);
        } else {
            result.messages << tr("The 220 banner names %1, but reverse DNS names %2. Many healthy servers differ "
                                  "(load balancers, hosted mail); this is for information.")
                                   .arg(result.bannerName, names);
        }
    }
    // The banner comparison stays information: many healthy servers greet with another name.
    result.isWarning = status != Status::Confirmed;
    result.elapsedMs = m_clock.elapsed();
    abort();
    Q_EMIT finished(result);
}

} // namespace mailflow
