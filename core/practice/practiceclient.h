#pragma once

#include "practice/practiceserver.h"
#include "smtp/checklist.h"
#include "smtp/sessionoptions.h"

#include <QTemporaryFile>

namespace mailflow {

/** Writes the practice certificate to file (kept open, removed with it): the caFile a trusting client uses. */
bool writeCertificateFile(const PracticeServer &server, QTemporaryFile *file, QString *error);

/**
 * Points session at the practice server and sets the client up as the scenario says, over what the user
 * left open: the practice account's addresses when none were given, the TLS mode (unless keepTlsMode),
 * the practice certificate as caFile when the scenario trusts it, AUTH with the practice account, DSN.
 * When the scenario's client has sent up to the server's message limit, the server counts those messages.
 */

void applyPracticeClient(const PracticeScenario &scenario, PracticeServer &server, const QString &caFile,
                         bool keepTlsMode, SessionOptions *session, Credentials *credentials);

/** The checklist row the scenario teaches (its expectStage and expectState); false for a bad table row. */
bool expectedMilestone(const PracticeScenario &scenario, MilestoneKind *kind, MilestoneState *state);
/** Whether the finished checklist shows the row the scenario teaches in the state it should have. */
bool lessonSeen(const PracticeScenario &scenario, const Checklist &checklist);

} // namespace mailflow
