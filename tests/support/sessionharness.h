#pragma once

#include "smtp/smtpsession.h"
#include "smtp/sockettransport.h"

namespace mailflow::test {

/** A session over a real socket, with the catalogue's meanings: what the TLS and AUTH suites test. */
struct SessionHarness
{
    SocketTransport transport;
    SmtpSession session {&transport};

    SessionHarness();
};

/** startNewTest(), then the plan up to options().stopAfter; false when finished() did not come in time. */
bool runSession(SmtpSession &session, int timeoutMs = 20'000);
/** The first milestone of that kind (and subject, when given, case-insensitive), or nullptr. */
const Milestone *findMilestone(const SmtpSession &session, MilestoneKind kind, const QString &subject = {});
/** The state of the milestone of that kind whose subject is exactly subject; Pending when there is none. */
MilestoneState milestoneState(const SmtpSession &session, MilestoneKind kind, const QString &subject = {});
/** The transcript, one entry a line, each after its marker. */
QString transcriptText(const SmtpSession &session);
/**
 * Everything the session wrote or would export: transcript lines, the JSON report (with the TLS report),
 * every summary and diagnosis. A secret must appear nowhere in it.
 */
QString everythingWritten(const SmtpSession &session);

} // namespace mailflow::test
