#include "diagnosis/exitcodes.h"

namespace mailflow {

int exitCodeForStage(MilestoneKind kind)
{
    switch (kind) {
    case MilestoneKind::Dns:
        return ExitDns;
    case MilestoneKind::Connect:
        return ExitConnect;
    case MilestoneKind::Ehlo:
        return ExitEhlo;
    case MilestoneKind::StartTls:
    case MilestoneKind::Tls:
        return ExitTls;
    case MilestoneKind::Auth:
        return ExitAuth;
    case MilestoneKind::Mail:
        return ExitMail;
    case MilestoneKind::Rcpt:
        return ExitRcpt;
    case MilestoneKind::Data:
        return ExitData;
    case MilestoneKind::EndOfData:
        return ExitEndOfData;
    case MilestoneKind::Quit:
        return ExitQuit;
    }
    return ExitBadInput;
}

int exitCodeFor(const Checklist &checklist)
{
    for (const Milestone &m : checklist.milestones()) {
        const bool failed = m.state == MilestoneState::Failed;
        const bool deferred
            = m.state == MilestoneState::Warning && m.reply.isTransientFailure() && m.kind != MilestoneKind::Quit;
        if (!failed && !deferred)
            continue;
        if (m.kind == MilestoneKind::Dns)
            return ExitDns; // a DNS timeout too: the lookup, not the server, failed
        switch (m.failure) {
        case FailureKind::Timeout:
            return ExitTimeout;
        case FailureKind::ProtocolError:
            return ExitProtocolError;
        case FailureKind::Aborted:
            return ExitAborted;
        case FailureKind::LocalError:
            return ExitBadInput;
        case FailureKind::Reply:
            if (m.kind == MilestoneKind::Connect)
                return ExitGreeting;
            return exitCodeForStage(m.kind);
        default:
            return exitCodeForStage(m.kind);
        }
    }
    return ExitOk;
}

} // namespace mailflow
