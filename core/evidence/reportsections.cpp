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
    using T = ReportSections;
    Lines lines;
    lines.append({T::tr("Encrypted"), tls.handshakeDone ? T::tr("yes") : T::tr("no")});
    if (!tls.protocol.isEmpty())
        lines.append({T::tr("Protocol"), tls.protocol});
    if (!tls.cipher.isEmpty())
        lines.append({T::tr("Cipher"), T::tr("%1 (%2 bits)").arg(tls.cipher).arg(tls.cipherBits)});
    lines.append({T::tr("Server name (SNI)"), tls.sniName.isEmpty() ? T::tr("(none sent)") : tls.sniName});
    lines.append({T::tr("Verification"), tls.isVerified() ? T::tr("verified") : T::tr("failed")});
    for (const QString &reason : tls.problemLines())
        lines.append({T::tr("Reason"), reason});
    for (int i = 0; i < tls.chain.size(); ++i) {
        const CertificateSummary &c = tls.chain.at(i);
        const QString prefix = T::tr("Certificate %1").arg(i + 1);
        lines.append({prefix + T::tr(" subject"), c.subject});
        lines.append({prefix + T::tr(" issuer"), c.issuer});
        lines.append({prefix + T::tr(" valid"), validity(c)});
        lines.append({prefix + T::tr(" SHA-256"), c.sha256Fingerprint});
    }
    return {QStringLiteral("tls"), T::tr("TLS"), lines};
}

ReportSection dnsSection(const DnsSummary &dns)
{
    using T = ReportSections;
    Lines lines;
    if (dns.hasMx()) {
        lines.append({T::tr("MX lookup of"), dns.domain});
        lines.append({T::tr("Result"), dns.message.isEmpty() ? dns.outcome : dns.message});
        for (const DnsHostRow &host : dns.hosts) {
            const QString what = host.addresses.isEmpty() ? host.error : host.addresses.join(QStringLiteral(", "));
            lines.append({T::tr("MX %1 %2").arg(host.preference).arg(host.name), what});
        }
        if (!dns.nameserver.isEmpty())
            lines.append({T::tr("Asked"), dns.nameserver});
    }
    if (dns.hasReverse()) {
        lines.append({T::tr("Reverse DNS of"), dns.address});
        lines.append(
            {T::tr("PTR names"), dns.ptrNames.isEmpty() ? T::tr("(none)") : dns.ptrNames.join(QStringLiteral(", "))});
        for (const QString &message : dns.reverseMessages)
            lines.append({T::tr("Finding"), message});
    }
    return {QStringLiteral("dns"), T::tr("DNS"), lines};
}

ReportSection diagnosisSection(const TestDiagnosis &d)
{
    using T = ReportSections;
    Lines lines;
    lines.append({T::tr("Cause"), T::tr("%1 (%2)").arg(causeTitle(d.cause), d.causeKey())});
    lines.append({T::tr("Who must act"), actorTitle(d.who)});
    lines.append({T::tr("What happened"), d.sentence});
    if (d.deferred)
        lines.append({T::tr("Deferred"),
                      d.retryAfterSeconds > 0 ? T::tr("not failed: retry after %n s", nullptr, d.retryAfterSeconds)
                                              : T::tr("not failed: retry later")});
    if (d.thinEvidence)
        lines.append({T::tr("Evidence"), T::tr("thin: the server gives no reason, this rests on the code alone")});
    for (const QString &step : d.nextSteps)
        lines.append({T::tr("Next step"), step});
    if (!d.evidenceLines.isEmpty()) {
        QStringList numbers;
        for (int line : d.evidenceLines)
            numbers << QString::number(line);
        lines.append({T::tr("Transcript lines"), numbers.join(QStringLiteral(", "))});
    }
    for (const QString &tag : d.providerTags)
        lines.append({T::tr("Provider tag"), tag});
    for (const QString &note : d.notes)
        lines.append({T::tr("Note"), note});
    lines.append({T::tr("Rule"), d.ruleId});
    return {QStringLiteral("diagnosis"), T::tr("Diagnosis"), lines};
}

ReportSection environmentSection(const EnvironmentInfo &env)
{
    using T = ReportSections;
    return {QStringLiteral("environment"),
            T::tr("Environment"),
            {
                {T::tr("Program"), env.program},
                {T::tr("Operating system"), env.os},
                {T::tr("Computer"), env.hostName},
                {T::tr("Local address"), env.localAddress.isEmpty() ? T::tr("(not connected)") : env.localAddress},
                {T::tr("DNS server"), env.dnsServer.isEmpty() ? T::tr("(system default)") : env.dnsServer},
                {T::tr("Report date"), env.dateTime.toString(Qt::ISODate)},
                {T::tr("Time zone"), env.timeZone},
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
