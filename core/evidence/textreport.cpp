#include "evidence/textreport.h"

#include "evidence/reportdata.h"

#include <QCoreApplication>

namespace mailflow {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::TextReport", text);
}

QString underline(const QString &title, QChar c)
{
    return title + u'\n' + QString(title.size(), c) + u'\n';
}
} // namespace

QString reportToText(const ReportData &source)
{
    const ReportData d = source.redacted();
    QString out;
    out += underline(tr("Mailflow SMTP test report"), u'=');
    out += tr("Verdict:    %1 (exit code %2)").arg(verdictTitle(d.outcome.verdict).toUpper()).arg(d.exitCode) + u'\n';
    out += tr("Summary:    %1").arg(d.outcome.sentence) + u'\n';
    out += tr("Server:     %1").arg(d.serverLabel()) + u'\n';
    if (!d.profileName.isEmpty())
        out += tr("Profile:    %1").arg(d.profileName) + u'\n';
    out += tr("Started:    %1").arg(d.startedAt.toString(Qt::ISODateWithMs)) + u'\n';

    out += u'\n' + underline(tr("Transcript"), u'-');
    for (const TranscriptEntry &e : d.transcript) {
        out += QStringLiteral("[%1] %2 %3 %4\n")
                   .arg(QStringLiteral("%1").arg(e.elapsedMs / 1000.0, 8, 'f', 3),
                        e.wallTime.toString(QStringLiteral("HH:mm:ss.zzz")), Transcript::marker(e.direction), e.text);
    }

    out += u'\n' + underline(tr("Checklist"), u'-');
    for (const Milestone &m : d.milestones) {
        QString line = Checklist::stateName(m.state).toUpper().leftJustified(8) + u' ' + m.title().leftJustified(34)
            + u' ' + (m.expected.isEmpty() ? QStringLiteral("   ") : m.expected).leftJustified(4) + u' ' + m.summary;
        if (m.durationMs >= 0)
            line += QStringLiteral("  (%1)").arg(tr("%1 ms").arg(m.durationMs));
        out += line.trimmed().prepend(QStringLiteral("  ")) + u'\n';
        if (m.state == MilestoneState::Failed || m.state == MilestoneState::Warning) {
            if (!m.diagnosis.meaning.isEmpty())
                out += QStringLiteral("           %1\n").arg(m.diagnosis.meaning);
            if (!m.diagnosis.nextStep.isEmpty())
                out += QStringLiteral("           %1 %2\n").arg(tr("Next:"), m.diagnosis.nextStep);
        }
    }

    for (const ReportSection &section : d.sections) {
        out += u'\n' + underline(section.title, u'-');
        for (const auto &line : section.lines)
            out += QStringLiteral("  %1: %2\n").arg(line.first, line.second);
    }
    if (!d.certificateFingerprint.isEmpty())
        out += u'\n' + tr("Certificate SHA-256: %1").arg(d.certificateFingerprint) + u'\n';

    out += u'\n' + underline(tr("Environment"), u'-');
    const EnvironmentInfo &env = d.environment;
    const QList<QPair<QString, QString>> lines = {
        {tr("Program"), env.program},
        {tr("Operating system"), env.os},
        {tr("Computer"), env.hostName},
        {tr("Local address"), env.localAddress.isEmpty() ? tr("(not connected)") : env.localAddress},
        {tr("DNS server"), env.dnsServer.isEmpty() ? tr("(system default)") : env.dnsServer},
        {tr("Report date"), env.dateTime.toString(Qt::ISODate)},
        {tr("Time zone"), env.timeZone},
    };
    for (const auto &line : lines)
        out += QStringLiteral("  %1: %2\n").arg(line.first, line.second);
    if (d.redaction.maskAddresses || d.redaction.maskHosts)
        out += u'\n' + tr("Addresses and host names in this report were replaced by pseudonyms.") + u'\n';
    return out;
}

QString redactionPreview(const ReportData &data)
{
    return reportToText(data);
}

} // namespace mailflow
