#include "diagnosis/exitcodes.h"

#include "base/enumtable.h"

namespace mailflow {

namespace {
struct StageExit
{
    MilestoneKind value;
    int code;
};

constexpr StageExit stageExits[] = {
    {MilestoneKind::Dns, ExitDns},
    {MilestoneKind::Connect, ExitConnect},
    {MilestoneKind::Ehlo, ExitEhlo},
    {MilestoneKind::StartTls, ExitTls},
    {MilestoneKind::Tls, ExitTls},
    {MilestoneKind::Auth, ExitAuth},
    {MilestoneKind::XClient, ExitXclient},
    {MilestoneKind::Mail, ExitMail},
    {MilestoneKind::Rcpt, ExitRcpt},
    {MilestoneKind::Data, ExitData},
    {MilestoneKind::EndOfData, ExitEndOfData},
    {MilestoneKind::Quit, ExitQuit},
};
} // namespace

int exitCodeForStage(MilestoneKind kind)
{
    const StageExit *row = findEnum(stageExits, kind);
    return row ? row->code : ExitBadInput;
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

int exitCodeFor(const Checklist &checklist, const TestDiagnosis &diagnosis)
{
    const int code = exitCodeFor(checklist);
    const bool greylisted = diagnosis.cause == Cause::Greylisting && diagnosis.milestone >= 0
        && diagnosis.milestone < checklist.count()
        && checklist.at(diagnosis.milestone).state == MilestoneState::Warning;
    return code != ExitOk && greylisted ? int(ExitDeferred) : code;
}

} // namespace mailflow
