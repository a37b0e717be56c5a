#pragma once

#include "smtp/checklist.h"
#include "smtp/diagnosisdata.h"
#include "smtp/smtpreply.h"

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
    /**
     * Explains a failure that is not a reply (timeout, refused connection …). At Connect it
     * describes the TCP connection; see explainGreetingFailure() for the wait for 220.
     */
    static Diagnosis explainFailure(FailureKind failure, MilestoneKind stage);
    /**
     * Explains a failure while waiting for the 220 greeting, once the TCP connection is up
     * (a timeout there is a tarpit or an overloaded server, not a firewall).
     */
    static Diagnosis explainGreetingFailure(FailureKind failure);
    /**
     * "Mailbox does not exist …" for 5.1.1 etc.; the subject's title ("Security or policy
     * problem") for an unregistered detail; empty for an unknown subject or an invalid status.
     */
    static QString enhancedStatusTitle(const EnhancedStatus &status);
    /**
     * One sentence for the basic reply code alone; the class's sentence for an unlisted code;
     * empty outside 2xx-5xx.
     */
    static QString basicCodeTitle(int code);
    /**
     * The id under which the server queued an accepted message ("queued as 4F3A2B", Exim's
     * "id=1qAbCd-000123-Xy" …), the thing to quote to its administrator; empty when not found.
     */
    static QString queueId(const SmtpReply &reply);
};

} // namespace mailflow
