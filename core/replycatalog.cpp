#include "replycatalog.h"

namespace mailflow {

// Placeholder: the full catalogue replaces this file.
Diagnosis ReplyCatalog::explain(const SmtpReply &reply, MilestoneKind)
{
    return {basicCodeTitle(reply.code), {}};
}

Diagnosis ReplyCatalog::explainFailure(FailureKind, MilestoneKind)
{
    return {};
}

QString ReplyCatalog::enhancedStatusTitle(const EnhancedStatus &)
{
    return {};
}

QString ReplyCatalog::basicCodeTitle(int)
{
    return {};
}

} // namespace mailflow
