#pragma once

#include "checklist.h"
#include "sessionoptions.h"
#include "smtpreply.h"

namespace mailflow {

struct SessionOutcome;

/** Judges a finished checklist and says it in one sentence for a ticket. */
SessionOutcome evaluateOutcome(const Checklist &checklist, const SmtpReply &greeting, const SessionOptions &options);

/** The queue id in a 250 reply to the final dot ("queued as 4F1B2C", "id=1abc-2def"), or empty. */
QString extractQueueId(const QString &replyText);

} // namespace mailflow
