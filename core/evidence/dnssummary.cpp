#include "evidence/dnssummary.h"

#include "dns/mxresolver.h"
#include "dns/reversednscheck.h"

namespace mailflow {

void setDnsLookup(DnsSummary *summary, const MxLookupResult &lookup)
{
    summary->domain = lookup.domain.isEmpty() ? lookup.input : lookup.domain;
    summary->outcome = MxLookupResult::outcomeKey(lookup.outcome);
    summary->message = lookup.message;
    summary->nameserver = lookup.serverDescription();
    summary->hosts.clear();
    for (const MxHost &host : lookup.hosts) {
        DnsHostRow row;
        row.preference = host.preference;
        row.name = host.displayName();
        for (const QHostAddress &address : host.addresses)
            row.addresses.append(address.toString());
        row.error = host.error;
        summary->hosts.append(row);
    }
}

void setReverseDns(DnsSummary *summary, const ReverseDnsResult &result)
{
    if (result.address.isNull())
        return;
    summary->address = result.address.toString();
    summary->reverseStatus = ReverseDnsResult::statusKey(result.status);
    summary->ptrNames = result.ptrNames;
    summary->confirmedName = result.confirmedName;
    summary->reverseMessages = result.messages;
}

} // namespace mailflow
