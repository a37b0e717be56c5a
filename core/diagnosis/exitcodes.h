#pragma once

#include "diagnosis/testdiagnosis.h"
#include "smtp/checklist.h"

namespace mailflow {

/** Process exit codes of mailflow-cli; the stage codes follow swaks where swaks has one. */
enum ExitCode : int {
    ExitOk = 0,
    ExitBadInput = 1,
    ExitConnect = 2,
    ExitGreeting = 21,
    ExitEhlo = 22,
    ExitMail = 23,
    ExitRcpt = 24,
    ExitData = 25,
    ExitEndOfData = 26,
    ExitQuit = 27,
    ExitAuth = 28,
    ExitTls = 29,
    ExitProtocolError = 30,
    ExitTimeout = 31,
    ExitDns = 32,
    ExitAborted = 33,
    /** The server deferred on purpose (greylisting): not a failure, retry later. */
    ExitDeferred = 34,
    ExitXclient = 35, ///< XCLIENT refused or not offered (swaks' 33 and 34 are taken here)
    ExitWatchChanged = 40, ///< --watch: a run's result differs from the one before
};

/** The exit code for a finished test: the first failed milestone, or the first one the server
 *  deferred with a 4xx; 0 when everything passed (a HELO fall-back alone is not a failure). */
int exitCodeFor(const Checklist &checklist);
int exitCodeForStage(MilestoneKind kind);
/** As exitCodeFor(checklist), but a deliberate deferral (greylisting) that decided the test is ExitDeferred. */
int exitCodeFor(const Checklist &checklist, const TestDiagnosis &diagnosis);

} // namespace mailflow
