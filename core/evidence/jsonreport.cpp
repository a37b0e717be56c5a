#include "evidence/jsonreport.h"

#include "evidence/evidencejson.h"
#include "evidence/profile.h"
#include "evidence/reportdata.h"

#include <QJsonArray>

namespace mailflow {

namespace {
QString k(const char *text)
{
    return QString::fromLatin1(text);
}
} // namespace

QJsonObject reportToJson(const Transcript &transcript, const Checklist &checklist, const SessionOutcome &outcome,
                         const SessionOptions &options)
{
    return reportDataToJson(ReportData::fromParts(transcript, checklist, outcome, options));
}

QJsonObject reportDataToJson(const ReportData &source)
{
    const ReportData d = source.redacted();
    QJsonObject root;
    root[k("format")] = k("mailflow-report");
    root[k("version")] = 1;
    root[k("program")] = QStringLiteral("Mailflow " MAILFLOW_VERSION);
    root[k("started")] = d.startedAt.toString(Qt::ISODateWithMs);
    QJsonObject server;
    server[k("host")] = d.options.host;
    server[k("port")] = d.options.port;
    root[k("server")] = server;
    if (!d.profileName.isEmpty())
        root[k("profile")] = d.profileName;
    root[k("verdict")] = verdictKey(d.outcome.verdict);
    root[k("sentence")] = d.outcome.sentence;
    root[k("exitCode")] = d.exitCode;

    QJsonArray milestones;
    QJsonArray timings;
    for (const Milestone &m : d.milestones) {
        milestones.append(milestoneToJson(m));
        if (m.durationMs >= 0)
            timings.append(QJsonObject {
                {k("kind"), Checklist::kindKey(m.kind)}, {k("title"), m.title()}, {k("durationMs"), m.durationMs}});
    }
    root[k("checklist")] = milestones;
    root[k("timings")] = timings;

    QJsonArray entries;
    for (const TranscriptEntry &e : d.transcript)
        entries.append(entryToJson(e));
    root[k("transcript")] = entries;

    Profile profile;
    profile.name = d.profileName;
    profile.session = d.options;
    root[k("options")] = profileToJson(profile);
    root[k("environment")] = environmentToJson(d.environment);

    QJsonArray sections;
    for (const ReportSection &section : d.sections) {
        QJsonArray lines;
        for (const auto &line : section.lines)
            lines.append(QJsonObject {{k("key"), line.first}, {k("value"), line.second}});
        sections.append(QJsonObject {{k("id"), section.id}, {k("title"), section.title}, {k("lines"), lines}});
    }
    root[k("sections")] = sections;
    if (!d.certificateFingerprint.isEmpty())
        root[k("certificateFingerprint")] = d.certificateFingerprint;
    root[k("redaction")] = QJsonObject {{k("secretsMasked"), !d.secrets.isEmpty()},
                                        {k("addresses"), d.redaction.maskAddresses},
                                        {k("hosts"), d.redaction.maskHosts}};
    return root;
}

} // namespace mailflow
