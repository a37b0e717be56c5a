#include "checks/checkfindingtext.h"
#include "evidence/reportdata.h"

#include <QCoreApplication>

namespace mailflow {

namespace {
/** The translation context of the report sections, shared by the text, HTML and PDF reports. */
struct ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::ReportSections)
};

using Lines = QList<QPair<QString, QString>>;

QString validity(const CertificateSummary &c)
{
    return ReportSections::tr("%1 to %2 (%n day(s) left)", nullptr, int(c.daysLeft))
        .arg(c.notBefore.toUTC().toString(Qt::ISODate), c.notAfter.toUTC().toString(Qt::ISODate));
}

ReportSection tlsSection(const TlsReport &tls)
{
    Lines lines;
    lines.append(
        {ReportSections::tr("Encrypted"), tls.handshakeDone ? ReportSections::tr("yes") : ReportSections::tr("no")});
    if (!tls.protocol.isEmpty())
        lines.append({ReportSections::tr("Protocol"), tls.protocol});
    if (!tls.cipher.isEmpty())
        lines.append(
            {ReportSections::tr("Cipher"), ReportSections::tr("%1 (%2 bits)").arg(tls.cipher).arg(tls.cipherBits)});
    lines.append({ReportSections::tr("Server name (SNI)"),
                  tls.sniName.isEmpty() ? ReportSections::tr("(none sent)") : tls.sniName});
    lines.append({ReportSections::tr("Verification"),
                  tls.isVerified() ? ReportSections::tr("verified") : ReportSections::tr("failed")});
    for (const QString &reason : tls.problemLines())
        lines.append({ReportSections::tr("Reason"), reason});
    for (int i = 0; i < tls.chain.size(); ++i) {
        const CertificateSummary &c = tls.chain.at(i);
        const QString prefix = ReportSections::tr("Certificate %1").arg(i + 1);
        lines.append({prefix + ReportSections::tr(" subject"), c.subject});
        lines.append({prefix + ReportSections::tr(" issuer"), c.issuer});
        lines.append({prefix + ReportSections::tr(" valid"), validity(c)});
        lines.append({prefix + ReportSections::tr(" SHA-256"), c.sha256Fingerprint});
    }
    return {QStringLiteral("tls"), ReportSections::tr("TLS"), lines};
}

ReportSection dnsSection(const DnsSummary &dns)
{
    Lines lines;
    if (dns.hasMx()) {
        lines.append({ReportSections::tr("MX lookup of"), dns.domain});
        lines.append({ReportSections::tr("Result"), dns.message.isEmpty() ? dns.outcome : dns.message});
        for (const DnsHostRow &host : dns.hosts) {
            const QString what = host.addresses.isEmpty() ? host.error : host.addresses.join(QStringLiteral(", "));
            lines.append({ReportSections::tr("MX %1 %2").arg(host.preference).arg(host.name), what});
        }
        if (!dns.nameserver.isEmpty())
            lines.append({ReportSections::tr("Asked"), dns.nameserver});
    }
    if (dns.hasReverse()) {
        lines.append({ReportSections::tr("Reverse DNS of"), dns.address});
        lines.append({ReportSections::tr("PTR names"),
                      dns.ptrNames.isEmpty() ? ReportSections::tr("(none)") : dns.ptrNames.join(QStringLiteral(", "))});
        for (const QString &message : dns.reverseMessages)
            lines.append({ReportSections::tr("Finding"), message});
    }
    return {QStringLiteral("dns"), ReportSections::tr("DNS"), lines};
}

ReportSection diagnosisSection(const TestDiagnosis &d)
{
    Lines lines;
    lines.append({ReportSections::tr("Cause"), ReportSections::tr("%1 (%2)").arg(causeTitle(d.cause), d.causeKey())});
    lines.append({ReportSections::tr("Who must act"), actorTitle(d.who)});
    lines.append({ReportSections::tr("What happened"), d.sentence});
    if (d.deferred)
        lines.append({ReportSections::tr("Deferred"),
                      d.retryAfterSeconds > 0
                          ? ReportSections::tr("not failed: retry after %n s", nullptr, d.retryAfterSeconds)
                          : ReportSections::tr("not failed: retry later")});
    if (d.thinEvidence)
        lines.append({ReportSections::tr("Evidence"),
                      ReportSections::tr("thin: the server gives no reason, this rests on the code alone")});
    for (const QString &step : d.nextSteps)
        lines.append({ReportSections::tr("Next step"), step});
    if (!d.evidenceLines.isEmpty()) {
        QStringList numbers;
        for (int line : d.evidenceLines)
            numbers << QString::number(line);
        lines.append({ReportSections::tr("Transcript lines"), numbers.join(QStringLiteral(", "))});
    }
    for (const QString &tag : d.providerTags)
        lines.append({ReportSections::tr("Provider tag"), tag});
    for (const QString &note : d.notes)
        lines.append({ReportSections::tr("Note"), note});
    lines.append({ReportSections::tr("Rule"), d.ruleId});
    return {QStringLiteral("diagnosis"), ReportSections::tr("Diagnosis"), lines};
}

ReportSection environmentSection(const EnvironmentInfo &env)
{
    return {QStringLiteral("environment"),
            ReportSections::tr("Environment"),
            {
                {ReportSections::tr("Program"), env.program},
                {ReportSections::tr("Operating system"), env.os},
                {ReportSections::tr("Computer"), env.hostName},
                {ReportSections::tr("Local address"),
                 env.localAddress.isEmpty() ? ReportSections::tr("(not connected)") : env.localAddress},
                {ReportSections::tr("DNS server"),
                 env.dnsServer.isEmpty() ? ReportSections::tr("(system default)") : env.dnsServer},
                {ReportSections::tr("Report date"), env.dateTime.toString(Qt::ISODate)},
                {ReportSections::tr("Time zone"), env.timeZone},
            }};
}
ReportSection checksSection(const CheckFindings &findings)
{
    Lines lines;
    for (const CheckFinding &f : findings)
        lines << checkFindingLines(f);
    return {QStringLiteral("checks"), ReportSections::tr("Around the conversation"), lines};
}
} // namespace

QList<ReportSection> reportSections(const ReportData &data)
{
    QList<ReportSection> sections;
    if (!data.diagnosis.ruleId.isEmpty())
        sections.append(diagnosisSection(data.diagnosis));
    if (data.tls.handshakeDone || !data.tls.chain.isEmpty() || !data.tls.problems.isEmpty())
        sections.append(tlsSection(data.tls));
    if (!data.dns.isEmpty())
        sections.append(dnsSection(data.dns));
    if (!data.checks.isEmpty())
        sections.append(checksSection(data.checks));
    sections.append(environmentSection(data.environment));
    return sections;
}

} // namespace mailflow
