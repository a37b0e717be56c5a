#pragma once

#include "dns/mxresolver.h"
#include "dns/reversednscheck.h"
#include "smtp/checklist.h"
#include "smtp/transcript.h"

namespace mailflow {

/**
 * Puts DNS findings into a test's record: an MX lookup as transcript lines and a "DNS" milestone,
 * reverse DNS as transcript lines only (information or a warning, never a failure).
 *
 * Use after SmtpSession::startNewTest() (which clears the record) and before runTo():
 *   session->startNewTest();
 *   DnsMilestone::record(result, session->transcript(), session->checklist());
 */
class DnsMilestone
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::DnsMilestone)
public:
    /**
     * The DNS milestone of a lookup. With host >= 0 it judges that MX host only (a row of "test all
     * MX": no address → Failed, host warnings or an implicit MX → Warning); with -1 the whole lookup
     * (Ok without warnings → Passed; implicit MX or warnings → Warning; anything else → Failed).
     */
    static Milestone milestone(const MxLookupResult &result, int host = -1);
    /** The lines of MxLookupResult::describe() appended as Info / Warning / Error entries; returns the first index. */
    static int appendLookup(const MxLookupResult &result, Transcript *transcript);
    /** appendLookup() plus the milestone, placed first in checklist (replacing an earlier DNS milestone). */
    static int record(const MxLookupResult &result, Transcript *transcript, Checklist *checklist, int host = -1);
    /** Reverse DNS lines: Info, or Warning when the result is a warning (the banner comparison stays Info). */
    static void appendReverseDns(const ReverseDnsResult &result, Transcript *transcript);
    /** What to do next about a lookup outcome (empty for Ok). */
    static QString nextStep(MxLookupResult::Outcome outcome);
};

} // namespace mailflow
