#include "jsonreport.h"

#include "checklist.h"
#include "exitcodes.h"
#include "smtpsession.h"
#include "transcript.h"

#include <QJsonArray>

namespace mailflow {

namespace {
QString verdictKey(SessionOutcome::Verdict verdict)
{
    switch (verdict) {
    case SessionOutcome::Verdict::NotRun:
        return QStringLiteral("not-run");
    case SessionOutcome::Verdict::Passed:
        return QStringLiteral("passed");
    case SessionOutcome::Verdict::Warning:
        return QStringLiteral("warning");
    case SessionOutcome::Verdict::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QJsonObject milestoneToJson(const Milestone &m)
{
    QJsonObject o;
    o[QStringLiteral("kind")] = Checklist::kindKey(m.kind);
    o[QStringLiteral("title")] = m.title();
    if (!m.subject.isEmpty())
        o[QStringLiteral("subject")] = m.subject;
    o[QStringLiteral("state")] = Checklist::stateKey(m.state);
    o[QStringLiteral("expected")] = m.expected;
    if (m.reply.isValid()) {
        QJsonObject reply;
        reply[QStringLiteral("code")] = m.reply.code;
        if (m.reply.status.isValid())
            reply[QStringLiteral("enhanced")] = m.reply.status.toString();
        reply[QStringLiteral("lines")] = QJsonArray::fromStringList(m.reply.lines);
        o[QStringLiteral("reply")] = reply;
    }
    o[QStringLiteral("summary")] = m.summary;
    if (!m.diagnosis.meaning.isEmpty())
        o[QStringLiteral("meaning")] = m.diagnosis.meaning;
    if (!m.diagnosis.nextStep.isEmpty())
        o[QStringLiteral("nextStep")] = m.diagnosis.nextStep;
    if (m.durationMs >= 0)
        o[QStringLiteral("durationMs")] = m.durationMs;
    return o;
}
} // namespace

QJsonObject reportToJson(const Transcript &transcript, const Checklist &checklist, const SessionOutcome &outcome,
                         const SessionOptions &options)
{
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("mailflow-report");
    root[QStringLiteral("version")] = 1;
    root[QStringLiteral("program")] = QStringLiteral("Mailflow " MAILFLOW_VERSION);
    root[QStringLiteral("started")] = transcript.startedAt().toString(Qt::ISODateWithMs);
    QJsonObject server;
    server[QStringLiteral("host")] = options.host;
    server[QStringLiteral("port")] = options.port;
    root[QStringLiteral("server")] = server;
    root[QStringLiteral("verdict")] = verdictKey(outcome.verdict);
    root[QStringLiteral("sentence")] = outcome.sentence;
    root[QStringLiteral("exitCode")] = exitCodeFor(checklist);

    QJsonArray milestones;
    for (const Milestone &m : checklist.milestones())
        milestones.append(milestoneToJson(m));
    root[QStringLiteral("checklist")] = milestones;

    QJsonArray entries;
    for (const TranscriptEntry &e : transcript.entries()) {
        QJsonObject o;
        o[QStringLiteral("direction")] = Transcript::directionName(e.direction);
        o[QStringLiteral("elapsedMs")] = e.elapsedMs;
        o[QStringLiteral("time")] = e.wallTime.toString(Qt::ISODateWithMs);
        o[QStringLiteral("text")] = e.text;
        entries.append(o);
    }
    root[QStringLiteral("transcript")] = entries;
    return root;
}

} // namespace mailflow
