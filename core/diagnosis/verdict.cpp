#include "diagnosis/verdict.h"

#include "base/enumtable.h"
#include "diagnosis/replycatalog.h"
#include "smtp/smtpsession.h"

#include <QCoreApplication>

namespace mailflow {

namespace {
/** The translation context of this file's messages. */
struct VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::Verdict)
};

struct VerdictState
{
    SessionOutcome::Verdict value;
    MilestoneState state;
};

constexpr VerdictState verdictStates[] = {
    {SessionOutcome::Verdict::NotRun, MilestoneState::Pending},
    {SessionOutcome::Verdict::Passed, MilestoneState::Passed},
    {SessionOutcome::Verdict::Warning, MilestoneState::Warning},
    {SessionOutcome::Verdict::Failed, MilestoneState::Failed},
};

QString serverName(const SmtpReply &greeting, const SessionOptions &options)
{
    QString first = greeting.line(0).section(u' ', 0, 0);
    if (!first.isEmpty() && first.contains(u'.'))
        return first;
    return options.host;
}
} // namespace

SessionOutcome evaluateOutcome(const Checklist &checklist, const SmtpReply &greeting, const SessionOptions &options)
{
    SessionOutcome outcome;
    const QString server = serverName(greeting, options);
    QStringList accepted;
    int lastPassed = -1;
    int firstWarning = -1;
    int endOfData = -1;
    for (int i = 0; i < checklist.count(); ++i) {
        const Milestone &m = checklist.at(i);
        if (m.state == MilestoneState::Passed || m.state == MilestoneState::Warning)
            lastPassed = m.kind == MilestoneKind::Quit ? lastPassed : i;
        if (m.state == MilestoneState::Warning && firstWarning < 0)
            firstWarning = i;
        if (m.kind == MilestoneKind::Rcpt && m.state == MilestoneState::Passed)
            accepted << m.subject;
        if (m.kind == MilestoneKind::EndOfData && m.state == MilestoneState::Passed)
            endOfData = i;
    }
    QString delivered;
    if (endOfData >= 0) {
        const QString id = ReplyCatalog::queueId(checklist.at(endOfData).reply);
        delivered = id.isEmpty()
            ? VerdictText::tr("Mail to %1 was accepted by %2.").arg(accepted.join(QStringLiteral(", ")), server)
            : VerdictText::tr("Mail to %1 was accepted by %2 (queued as %3).")
                  .arg(accepted.join(QStringLiteral(", ")), server, id);
    }

    outcome.failedMilestone = checklist.firstFailure();
    if (outcome.failedMilestone >= 0) {
        const Milestone &m = checklist.at(outcome.failedMilestone);
        outcome.verdict = SessionOutcome::Verdict::Failed;
        const QString what = m.reply.isValid() ? m.reply.summary() : m.summary;
        QString sentence = VerdictText::tr("Failed at %1: %2").arg(m.title(), what);
        if (!m.diagnosis.meaning.isEmpty())
            sentence += QStringLiteral(" — ") + m.diagnosis.meaning;
        if (!delivered.isEmpty())
            sentence += u' ' + delivered;
        outcome.sentence = sentence;
        return outcome;
    }
    if (lastPassed < 0) {
        outcome.verdict = SessionOutcome::Verdict::NotRun;
        outcome.sentence = VerdictText::tr("The test has not run yet.");
        return outcome;
    }
    outcome.verdict = firstWarning >= 0 ? SessionOutcome::Verdict::Warning : SessionOutcome::Verdict::Passed;
    if (!delivered.isEmpty()) {
        outcome.sentence = delivered;
    } else {
        outcome.sentence = VerdictText::tr("%1 answered as expected up to %2; no message was sent.")
                               .arg(server, checklist.at(lastPassed).title());
    }
    if (firstWarning >= 0) {
        const Milestone &w = checklist.at(firstWarning);
        outcome.sentence += u' ' + VerdictText::tr("Warning at %1: %2").arg(w.title(), w.summary);
    }
    return outcome;
}

SessionOutcome evaluateOutcome(const SmtpSession &session)
{
    return evaluateOutcome(*session.checklist(), session.greeting(), session.options());
}

MilestoneState verdictState(SessionOutcome::Verdict verdict)
{
    const VerdictState *row = findEnum(verdictStates, verdict);
    return row ? row->state : MilestoneState::Pending;
}

} // namespace mailflow
