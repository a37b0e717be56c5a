#include "diagnosis/catalogexplainer.h"

#include "diagnosis/replycatalog.h"

namespace mailflow {

Diagnosis CatalogExplainer::explain(const Milestone &m, bool tcpConnected) const
{
    if (m.reply.isValid())
        return ReplyCatalog::explain(m.reply, m.kind);
    if (m.kind == MilestoneKind::Connect && tcpConnected && m.failure != FailureKind::None)
        return ReplyCatalog::explainGreetingFailure(m.failure);
    if (m.failure != FailureKind::None)
        return ReplyCatalog::explainFailure(m.failure, m.kind);
    return m.diagnosis;
}

const MilestoneExplainer *catalogExplainer()
{
    static const CatalogExplainer explainer;
    return &explainer;
}

} // namespace mailflow
