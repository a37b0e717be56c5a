#pragma once

#include "evidence/profile.h"
#include "evidence/reportdata.h"

#include <QString>

namespace mailflow::test {

/** A finished test as it would come out of a session: RCPT refused with 550 5.1.1, an AUTH PLAIN line
 *  carrying the secret "s3cret-Pass" (base64 in the transcript), addresses and host names to mask. */
ReportData sampleReport();

/** A verified TLS 1.3 handshake with a two-certificate chain (mx1.example.com and its CA). */
TlsReport sampleTlsReport();

/** A plain test on 127.0.0.1:port, sender@test.example to rcpt@test.example, with these timeouts. */
Profile loopbackProfile(const QString &name, quint16 port, int timeoutMs = 10000);

/** A submission test on 127.0.0.1:port: STARTTLS required (trusting caFile), AUTH PLAIN as "helpdesk",
 *  sender@test.example to rcpt@test.example, 10 s timeouts. */
Profile starttlsAuthProfile(const QString &name, quint16 port, const QString &caFile);

class AiosmtpdFixture;
class TestCertificates;
/** The password of starttlsAuthProfile()'s user on a submission server. */
inline QString submissionPassword()
{
    return QStringLiteral("pa55-Word");
}
/** Makes certificates and starts aiosmtpd as the server for starttlsAuthProfile(): STARTTLS required, then
 *  AUTH as helpdesk / submissionPassword() required. False with a message in error. */
bool startSubmissionServer(TestCertificates *certificates, AiosmtpdFixture *server, QString *error);

/** A milestone with a reply, for hand-built checklists. */
Milestone sampleMilestone(MilestoneKind kind, MilestoneState state, int code, const QString &text, qint64 durationMs,
                          const QString &subject = {});

} // namespace mailflow::test
