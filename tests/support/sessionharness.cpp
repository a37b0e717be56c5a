#include "sessionharness.h"

#include "diagnosis/catalogexplainer.h"
#include "diagnosis/verdict.h"
#include "evidence/jsonreport.h"

#include <QJsonDocument>
#include <QSignalSpy>

namespace mailflow::test {

SessionHarness::SessionHarness()
{
    session.setExplainer(catalogExplainer());
}

bool runSession(SmtpSession &session, int timeoutMs)
{
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    session.runTo(session.options().stopAfter);
    return finished.count() > 0 || finished.wait(timeoutMs);
}

const Milestone *findMilestone(const SmtpSession &session, MilestoneKind kind, const QString &subject)
{
    const int index = session.checklist()->indexOf(kind, subject);
    return index < 0 ? nullptr : &session.checklist()->at(index);
}

MilestoneState milestoneState(const SmtpSession &session, MilestoneKind kind, const QString &subject)
{
    for (const Milestone &m : session.checklist()->milestones()) {
        if (m.kind == kind && m.subject == subject)
            return m.state;
    }
    return MilestoneState::Pending;
}

QString transcriptText(const SmtpSession &session)
{
    QStringList lines;
    for (const TranscriptEntry &e : session.transcript()->entries())
        lines << Transcript::marker(e.direction) + u' ' + e.text;
    return lines.join(u'\n');
}

QString everythingWritten(const SmtpSession &session)
{
    QStringList lines;
    for (const TranscriptEntry &e : session.transcript()->entries())
        lines << e.text;
    QJsonObject report
        = reportToJson(*session.transcript(), *session.checklist(), evaluateOutcome(session), session.options());
    report[QStringLiteral("tls")] = session.tlsReport().toJson();
    lines << QString::fromUtf8(QJsonDocument(report).toJson());
    for (const Milestone &m : session.checklist()->milestones())
        lines << m.summary << m.diagnosis.meaning << m.diagnosis.nextStep;
    return lines.join(u'\n');
}

} // namespace mailflow::test
