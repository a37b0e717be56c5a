#pragma once

#include "smtp/checklist.h"
#include "smtp/sessionoptions.h"
#include "smtp/smtpreply.h"

namespace mailflow {

/** How a whole test ended. */
struct SessionOutcome
{
    enum class Verdict { NotRun, Passed, Warning, Failed };
    Verdict verdict = Verdict::NotRun;
    /** The first failed milestone, -1 when none failed. */
    int failedMilestone = -1;
    /** One sentence a person can paste into a ticket. */
    QString sentence;
};

class SmtpSession;

/** Judges a finished checklist and says it in one sentence for a ticket. */
SessionOutcome evaluateOutcome(const Checklist &checklist, const SmtpReply &greeting, const SessionOptions &options);
/** The outcome of the test a session ran so far. */
SessionOutcome evaluateOutcome(const SmtpSession &session);

/** The checklist state that shows a verdict (its icon and word): Pending for a test not run. */
MilestoneState verdictState(SessionOutcome::Verdict verdict);

} // namespace mailflow
