#include "checks/blocklistcheck.h"

#include "checks/ownaddresscheck.h"

#include <QRegularExpression>

namespace mailflow {

BlocklistCheck::BlocklistCheck(const QStringList &zones, QObject *parent)
    : TimedCheck(parent)
    , m_zones(zones.isEmpty() ? defaultBlocklistZones() : zones)
{ }

bool BlocklistCheck::serverLookupWanted(const CheckContext &context)
{
    static const QRegularExpression re(
        QStringLiteral(R"(\b(?:block ?list(?:ed)?|black ?list(?:ed)?|dnsbl|rbl|spamhaus|spamcop|barracuda)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    for (const QString &line : context.serverReplyLines)
        if (line.contains(re))
            return true;
    return false;
}

void BlocklistCheck::run()
{
    m_lookups.clear();
    m_preface.clear();
    m_pending = 0;
    const OwnAddress own = findOwnAddress(context());
    if (own.isPublic()) {
        lookUp(own.address, true);
    } else {
        CheckFinding f = OwnAddressCheck::describe(own);
        f.checkId = id();
        f.title = tr("Block lists: your address");
        f.sentence = tr("Your address is not looked up on the block lists: %1").arg(f.sentence);
        m_preface.append(f);
    }
    if (serverLookupWanted(context()))
        for (const QHostAddress &address : context().serverAddresses)
            if (isPublicAddress(address))
                lookUp(address, false);
    if (m_pending == 0)
        finish(collect());
}

void BlocklistCheck::lookUp(const QHostAddress &address, bool ours)
{
    for (const QString &zone : std::as_const(m_zones)) {
        const int index = int(m_lookups.size());
        m_lookups.append({address, zone, ours, false, {}});
        ++m_pending;
        query(QDnsLookup::A, blocklistQueryName(address, zone),
              [this, index](const DnsQuery &query) { onAnswer(index, query); });
    }
}

void BlocklistCheck::onAnswer(int index, const DnsQuery &query)
{
    Lookup &lookup = m_lookups[index];
    BlocklistReading reading;
    switch (query.status()) {
    case DnsQuery::Status::NxDomain:
    case DnsQuery::Status::NoData:
        reading.verdict = BlocklistReading::Verdict::NotListed;
        break;
    case DnsQuery::Status::Ok:
        // Several codes at once: the worst is shown (a listing before an error code).
        for (const QList<QDnsHostAddressRecord> hostAddressRecords = query.hostAddressRecords();
             const QDnsHostAddressRecord &record : hostAddressRecords) {
            const BlocklistReading r = BlocklistReading::ofCode(lookup.zone, record.value());
            if (reading.code.isNull() || r.verdict == BlocklistReading::Verdict::Listed)
                reading = r;
            if (r.verdict == BlocklistReading::Verdict::Listed)
                break;
        }
        break;
    default:
        reading.meaning = tr("not answered: the name %1").arg(query.describe());
        break;
    }
    lookup.finding = findingOf(lookup, reading, evidenceOf(query));
    lookup.done = true;
    if (--m_pending == 0)
        finish(collect());
}

CheckFinding BlocklistCheck::findingOf(const Lookup &lookup, const BlocklistReading &reading,
                                       const QStringList &evidence) const
{
    const QString list = blocklistName(lookup.zone);
    const QString address = lookup.address.toString();
    const QString title = lookup.ours ? tr("%1: your address %2").arg(list, address)
                                      : tr("%1: the server's address %2").arg(list, address);
    switch (reading.verdict) {
    case BlocklistReading::Verdict::NotListed:
        return finding(CheckSeverity::Passed, title, tr("%1 is not listed on %2.").arg(address, list), Actor::Nobody,
                       {}, evidence);
    case BlocklistReading::Verdict::NotAnswered:
        return finding(
            CheckSeverity::NotAnswered, title,
            tr("%1 did not answer for %2 (%3); this says nothing about a listing.").arg(list, address, reading.meaning),
            Actor::Nobody, {}, evidence);
    case BlocklistReading::Verdict::Listed:
        break;
    }
    QStringList steps;
    const QString removal = blocklistRemovalPage(lookup.zone);
    if (lookup.ours) {
        steps.append(tr("Find out why the address sent mail the list objects to (an infected computer, a "
                        "compromised account, a misconfigured server) and stop it."));
        steps.append(removal.isEmpty() ? tr("Ask the list's operator for removal.")
                                       : tr("Ask for removal at %1.").arg(removal));
        steps.append(tr("If the address belongs to your mail or internet provider, send through the provider's "
                        "mail servers and ask the provider to act."));
        return finding(CheckSeverity::Failure, title,
                       tr("Your address %1 is listed on %2: %3. Servers that use this list refuse your mail.")
                           .arg(address, list, reading.meaning),
                       Actor::You, steps, evidence);
    }
    steps.append(tr("Tell the administrator of the server; its own outgoing mail may be refused elsewhere."));
    return finding(CheckSeverity::Warning, title,
                   tr("The server's address %1 is listed on %2: %3.").arg(address, list, reading.meaning),
                   Actor::RecipientAdministrator, steps, evidence);
}

CheckFindings BlocklistCheck::collect() const
{
    CheckFindings findings = m_preface;
    for (const Lookup &lookup : m_lookups)
        if (lookup.done)
            findings.append(lookup.finding);
    return findings;
}

CheckFindings BlocklistCheck::timedOut()
{
    CheckFindings findings = collect();
    for (const Lookup &lookup : std::as_const(m_lookups)) {
        if (lookup.done)
            continue;
        BlocklistReading reading;
        reading.meaning = tr("not answered within the check's time limit");
        findings.append(findingOf(lookup, reading,
                                  {blocklistQueryName(lookup.address, lookup.zone) + QStringLiteral(" A TIMEOUT")}));
    }
    return findings;
}

} // namespace mailflow
