#pragma once

#include "smtp/checklist.h"

namespace mailflow {

/**
 * Gives a finished milestone its plain-language meaning. The session knows what happened, not what
 * it means: the diagnosis module implements this, and whoever creates a session hands one in.
 */
class MilestoneExplainer
{
public:
    virtual ~MilestoneExplainer() = default;
    /** The meaning of how milestone ended; tcpConnected tells a lost greeting from a failed connection. */
    virtual Diagnosis explain(const Milestone &milestone, bool tcpConnected) const = 0;
};

} // namespace mailflow
