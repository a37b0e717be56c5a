#pragma once

#include "evidence/profile.h"
#include "evidence/reportdata.h"

namespace mailflow::test {

/** A finished test as it would come out of a session: RCPT refused with 550 5.1.1, an AUTH PLAIN line
 *  carrying the secret "s3cret-Pass" (base64 in the transcript), addresses and host names to mask. */
ReportData sampleReport();

/** A verified TLS 1.3 handshake with a two-certificate chain (mx1.example.com and its CA). */
TlsReport sampleTlsReport();

/** A submission test on 127.0.0.1:port: STARTTLS required (trusting caFile), AUTH PLAIN as "helpdesk",
 *  sender@test.example to rcpt@test.example, 10 s timeouts. */
Profile starttlsAuthProfile(const QString &name, quint16 port, const QString &caFile);

/** A milestone with a reply, for hand-built checklists. */
Milestone sampleMilestone(MilestoneKind kind, MilestoneState state, int code, const QString &text, qint64 durationMs,
                          const QString &subject = {});

} // namespace mailflow::test
