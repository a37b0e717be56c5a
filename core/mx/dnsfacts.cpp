#include "mx/dnsfacts.h"

#include "dns/mxresolver.h"
#include "dns/reversednscheck.h"

#include <utility>

namespace mailflow {

namespace {

using Outcome = MxLookupResult::Outcome;
using Status = ReverseDnsResult::Status;

constexpr std::pair<Outcome, DnsFacts::Mx> mxOutcomes[] = {
    {Outcome::Ok, DnsFacts::Mx::Found},
    {Outcome::ImplicitMx, DnsFacts::Mx::ImplicitMx},
    {Outcome::NullMx, DnsFacts::Mx::NullMx},
    {Outcome::NxDomain, DnsFacts::Mx::NxDomain},
    {Outcome::NoRecords, DnsFacts::Mx::NoRecords},
    {Outcome::ServFail, DnsFacts::Mx::Failed},
    {Outcome::Timeout, DnsFacts::Mx::Failed},
    {Outcome::InvalidInput, DnsFacts::Mx::Failed},
    {Outcome::OtherError, DnsFacts::Mx::Failed},
};

constexpr std::pair<Status, DnsFacts::Reverse> reverseStatuses[] = {
    {Status::Confirmed, DnsFacts::Reverse::Confirmed},
    {Status::NotConfirmed, DnsFacts::Reverse::NotConfirmed},
    {Status::NoPtr, DnsFacts::Reverse::NoPtr},
    {Status::LookupFailed, DnsFacts::Reverse::Failed},
};

template<typename From, typename To, std::size_t N>
To mapped(const std::pair<From, To> (&table)[N], From value, To fallback)
{
    for (const auto &[from, to] : table) {
        if (from == value)
            return to;
    }
    return fallback;
}

} // namespace

DnsFacts dnsFacts(const MxLookupResult *lookup, const ReverseDnsResult *reverse)
{
    DnsFacts facts;
    if (lookup)
        facts.mx = mapped(mxOutcomes, lookup->outcome, DnsFacts::Mx::Failed);
    if (reverse && !reverse->address.isNull()) {
        facts.reverse = mapped(reverseStatuses, reverse->status, DnsFacts::Reverse::Failed);
        facts.ptrNames = reverse->ptrNames;
        if (reverse->bannerMatch == ReverseDnsResult::BannerMatch::Differs)
            facts.bannerNameDiffering = reverse->bannerName;
    }
    return facts;
}

} // namespace mailflow
