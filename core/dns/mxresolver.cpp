#include "dns/mxresolver.h"

#include "base/domainname.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QRandomGenerator>

#include <algorithm>

namespace mailflow {

namespace {

QString addressList(const QList<QHostAddress> &addresses)
{
    QStringList texts;
    for (const QHostAddress &address : addresses)
        texts << address.toString();
    return texts.join(QLatin1String(", "));
}

} // namespace

QString MxHost::displayName() const
{
    return isIpLiteral ? name : DomainName::display(name);
}

QString MxLookupResult::displayDomain() const
{
    if (aceDomain.isEmpty())
        return domain;
    return DomainName::display(aceDomain);
}

QString MxLookupResult::serverDescription() const
{
    return MxResolver::describeNameserver(nameserver);
}

bool MxLookupResult::isUsable() const
{
    if (outcome != Outcome::Ok && outcome != Outcome::ImplicitMx)
        return false;
    return std::any_of(hosts.cbegin(), hosts.cend(), [](const MxHost &host) { return host.hasAddresses(); });
}

bool MxLookupResult::hasWarnings() const
{
    if (outcome == Outcome::ImplicitMx || !warnings.isEmpty())
        return true;
    return std::any_of(hosts.cbegin(), hosts.cend(),
                       [](const MxHost &host) { return !host.warnings.isEmpty() || !host.error.isEmpty(); });
}

QString MxLookupResult::outcomeKey(Outcome outcome)
{
    return QString::fromLatin1(QMetaEnum::fromType<Outcome>().valueToKey(int(outcome)));
}

QString MxLookupResult::outcomeMessage(Outcome outcome, const QString &displayDomain)
{
    switch (outcome) {
    case Outcome::Ok:
        return tr("Mail for %1 goes to the mail servers (MX) below; senders try the lowest preference number first.")
            .arg(displayDomain);
    case Outcome::ImplicitMx:
        return tr("%1 has no MX record, but it has an address: senders deliver to %1 itself (the “implicit MX” "
                  "of RFC 5321). This works, but a domain that receives mail should publish an MX record.")
            .arg(displayDomain);
    case Outcome::NullMx:
        return tr("%1 publishes a “null MX” (RFC 7505): it declares that it accepts no mail at all, so senders "
                  "bounce mail for it at once. This is the domain owner's choice, not a fault.")
            .arg(displayDomain);
    case Outcome::NxDomain:
        return tr("%1 does not exist in DNS (NXDOMAIN). Check the spelling; mail to this domain bounces.")
            .arg(displayDomain);
    case Outcome::NoRecords:
        return tr("%1 exists, but has neither MX nor A/AAAA records: there is no server to deliver its mail "
                  "to, so mail to it bounces.")
            .arg(displayDomain);
    case Outcome::ServFail:
        return tr("The DNS server could not answer for %1 (SERVFAIL). The domain's own DNS servers may be down "
                  "or misconfigured; senders keep the mail and retry later.")
            .arg(displayDomain);
    case Outcome::Timeout:
        return tr("The DNS server gave no answer about %1 in time. It may be unreachable or slow: try again, "
                  "or ask another DNS server.")
            .arg(displayDomain);
    case Outcome::InvalidInput:
        return tr("Nothing to look up: type a domain (example.com) or an e-mail address (user@example.com).");
    case Outcome::OtherError:
        return tr("The DNS lookup for %1 failed.").arg(displayDomain);
    }
    return {};
}

QStringList MxLookupResult::describe() const
{
    QStringList lines;
    lines << tr("MX lookup of %1 asked %2: %3 (%n ms)", nullptr, int(elapsedMs))
                 .arg(displayDomain().isEmpty() ? input : displayDomain(), serverDescription(), outcomeKey(outcome));
    lines << message;
    if (!detail.isEmpty())
        lines << tr("DNS said: %1").arg(detail);
    for (const MxHost &host : hosts) {
        const QString addresses = host.hasAddresses() ? addressList(host.addresses) : tr("no address");
        lines << QStringLiteral("  %1  %2  %3").arg(host.preference, 5).arg(host.displayName(), addresses);
        for (const QString &warning : host.warnings)
            lines << tr("         warning: %1").arg(warning);
        if (!host.error.isEmpty())
            lines << tr("         error: %1").arg(host.error);
    }
    for (const QString &warning : warnings)
        lines << tr("  warning: %1").arg(warning);
    return lines;
}

MxResolver::MxResolver(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<mailflow::MxLookupResult>();
}

bool MxResolver::setNameserver(const QHostAddress &address, QString *error)
{
    QHostAddress candidate = address;
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4)
        candidate = QHostAddress(v4);
    if (!checkNameserver(candidate, error))
        return false;
    m_nameserver = candidate;
    return true;
}

bool MxResolver::checkNameserver(const QHostAddress &address, QString *error)
{
    bool isV4 = false;
    address.toIPv4Address(&isV4);
    if (address.isNull() || isV4) {
        if (error)
            error->clear();
        return true;
    }
    if (error) {
        *error = tr("%1 is an IPv6 address. Mailflow can ask a DNS server only by its IPv4 address (Qt 6.4 would "
                    "silently use the system resolver instead). Type the server's IPv4 address, or leave the "
                    "field empty to use the system resolver.")
                     .arg(address.toString());
    }
    return false;
}

bool MxResolver::parseNameserver(const QString &text, QHostAddress *address, QString *error)
{
    const QString trimmed = text.trimmed();
    QHostAddress parsed;
    if (trimmed.isEmpty() || trimmed.compare(QLatin1String("system"), Qt::CaseInsensitive) == 0) {
        // the null address: the system resolver
    } else if (!parsed.setAddress(trimmed)) {
        const qsizetype colon = trimmed.lastIndexOf(u':');
        QHostAddress host;
        if (colon > 0 && trimmed.count(u':') == 1 && host.setAddress(trimmed.left(colon))) {
            if (trimmed.mid(colon + 1) != QLatin1String("53")) {
                if (error)
                    *error = tr("A DNS server can only be asked on port 53; leave the port out.");
                return false;
            }
            parsed = host;
        } else {
            if (error)
                *error = tr("“%1” is not an IP address. Type the DNS server's IPv4 address, or leave the field "
                            "empty to use the system resolver.")
                             .arg(trimmed);
            return false;
        }
    }
    if (!checkNameserver(parsed, error))
        return false;
    if (address) {
        bool isV4 = false;
        const quint32 v4 = parsed.toIPv4Address(&isV4);
        *address = isV4 ? QHostAddress(v4) : parsed;
    }
    return true;
}

QString MxResolver::describeNameserver(const QHostAddress &address)
{
    if (address.isNull())
        return tr("the system resolver");
    return tr("DNS server %1").arg(address.toString());
}

void MxResolver::sortByPreference(QList<MxHost> &hosts, QRandomGenerator *shuffle)
{
    const auto byPreference = [](const MxHost &a, const MxHost &b) { return a.preference < b.preference; };
    if (!shuffle) {
        std::stable_sort(hosts.begin(), hosts.end(), [](const MxHost &a, const MxHost &b) {
            return a.preference != b.preference ? a.preference < b.preference : a.name < b.name;
        });
        return;
    }
    std::stable_sort(hosts.begin(), hosts.end(), byPreference);
    for (auto first = hosts.begin(); first != hosts.end();) {
        const auto last = std::upper_bound(first, hosts.end(), *first, byPreference);
        std::shuffle(first, last, *shuffle);
        first = last;
    }
}

} // namespace mailflow
