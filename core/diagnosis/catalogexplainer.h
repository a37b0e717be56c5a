#pragma once

#include "smtp/milestoneexplainer.h"

namespace mailflow {

/** Explains milestones with the reply catalogue: the reply's code and words, or how the step failed. */
class CatalogExplainer final : public MilestoneExplainer
{
public:
    Diagnosis explain(const Milestone &milestone, bool tcpConnected) const override;
};

/** The one stateless explainer every session can share. */
const MilestoneExplainer *catalogExplainer();

} // namespace mailflow
