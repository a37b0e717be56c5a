#pragma once

#include "diagnosis/testdiagnosis.h"

namespace mailflow {

struct MxLookupResult;
struct ReverseDnsResult;

/** The DNS results as the whole-test diagnosis reads them; either may be null (not looked up). */
DnsFacts dnsFacts(const MxLookupResult *lookup, const ReverseDnsResult *reverse);

} // namespace mailflow
