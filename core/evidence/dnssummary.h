#pragma once

#include "evidence/reportdata.h"

namespace mailflow {

struct MxLookupResult;
struct ReverseDnsResult;

/** The MX lookup as report values: the domain, the outcome and every host with its addresses. */
void setDnsLookup(DnsSummary *summary, const MxLookupResult &lookup);
/** Reverse DNS of the connected address as report values; a result without an address is left out. */
void setReverseDns(DnsSummary *summary, const ReverseDnsResult &result);

} // namespace mailflow
