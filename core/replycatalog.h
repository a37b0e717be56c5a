#pragma once

#include "checklist.h"
#include "diagnosis.h"
#include "smtpreply.h"

namespace mailflow {

/**
 * Plain-language meanings and next steps for SMTP replies (RFC 5321 basic codes,
 * RFC 3463 enhanced codes) and for failures that are not replies. The server's own
 * words are kept by the caller; this only explains.
 */
class ReplyCatalog
{
public:
    /** Explains a reply received at a stage of the conversation. */
    static Diagnosis explain(const SmtpReply &reply, MilestoneKind stage);
    /** Explains a failure that is not a reply (timeout, refused connection …). */
    static Diagnosis explainFailure(FailureKind failure, MilestoneKind stage);
    /** "Mailbox unavailable" for 5.1.1 etc.; empty when unknown. */
    static QString enhancedStatusTitle(const EnhancedStatus &status);
    /** One sentence for the basic reply code alone; empty when unknown. */
    static QString basicCodeTitle(int code);
};

} // namespace mailflow
