#include "evidence/jsonreport.h"

#include "checks/checkfindingtext.h"
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

QJsonObject dnsToJson(const DnsSummary &dns)
{
    QJsonObject o;
    if (dns.hasMx()) {
        QJsonArray hosts;
        for (const DnsHostRow &host : dns.hosts) {
            QJsonObject h {{k("preference"), host.preference},
                           {k("name"), host.name},
                           {k("addresses"), QJsonArray::fromStringList(host.addresses)}};
            if (!host.error.isEmpty())
                h[k("error")] = host.error;
            hosts.append(h);
        }
        o[k("mx")] = QJsonObject {{k("domain"), dns.domain},
                                  {k("outcome"), dns.outcome},
                                  {k("message"), dns.message},
                                  {k("nameserver"), dns.nameserver},
                                  {k("hosts"), hosts}};
    }
    if (dns.hasReverse())
        o[k("reverse")] = QJsonObject {{k("address"), dns.address},
                                       {k("status"), dns.reverseStatus},
                                       {k("ptrNames"), QJsonArray::fromStringList(dns.ptrNames)},
                                       {k("confirmedName"), dns.confirmedName},
                                       {k("messages"), QJsonArray::fromStringList(dns.reverseMessages)}};
    return o;
}

} // namespace

QJsonObject diagnosisToJson(const TestDiagnosis &d)
{
    QJsonArray lines;
    for (int line : d.evidenceLines)
        lines.append(line);
    return {{k("rule"), d.ruleId},
            {k("cause"), d.causeKey()},
            {k("causeTitle"), causeTitle(d.cause)},
            {k("who"), actorKey(d.who)},
            {k("whoTitle"), actorTitle(d.who)},
            {k("sentence"), d.sentence},
            {k("steps"), QJsonArray::fromStringList(d.nextSteps)},
            {k("evidenceLines"), lines},
            {k("providerTags"), QJsonArray::fromStringList(d.providerTags)},
            {k("thinEvidence"), d.thinEvidence},
            {k("deferred"), d.deferred},
            {k("retryAfterSeconds"), d.retryAfterSeconds},
            {k("notes"), QJsonArray::fromStringList(d.notes)}};
}

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
    root[k("version")] = 1; // members were added, none changed: still version 1
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
    if (!d.diagnosis.ruleId.isEmpty())
        root[k("diagnosis")] = diagnosisToJson(d.diagnosis);

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

    if (d.tls.handshakeDone || !d.tls.chain.isEmpty() || !d.tls.problems.isEmpty())
        root[k("tls")] = d.tls.toJson();
    if (!d.dns.isEmpty())
        root[k("dns")] = dnsToJson(d.dns);
    if (!d.checks.isEmpty())
        root[k("checks")] = checkFindingsToJson(d.checks);
    if (!d.certificateFingerprint.isEmpty())
        root[k("certificateFingerprint")] = d.certificateFingerprint;
    root[k("redaction")] = QJsonObject {{k("secretsMasked"), !d.secrets.isEmpty()},
                                        {k("addresses"), d.redaction.maskAddresses},
                                        {k("hosts"), d.redaction.maskHosts}};
    return root;
}

} // namespace mailflow
