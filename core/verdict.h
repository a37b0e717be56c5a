#pragma once

#include "checklist.h"
#include "sessionoptions.h"
#include "smtpreply.h"

namespace mailflow {

struct SessionOutcome;

/** Judges a finished checklist and says it in one sentence for a ticket. */
SessionOutcome evaluateOutcome(const Checklist &checklist, const SmtpReply &greeting, const SessionOptions &options);

} // namespace mailflow
