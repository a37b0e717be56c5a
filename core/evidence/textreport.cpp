#include "evidence/textreport.h"

#include "base/printable.h"
#include "evidence/reportdata.h"

#include <QCoreApplication>

namespace mailflow {

namespace {
/** The translation context of the TextReport texts. */
struct TextReport
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::TextReport)
};

QString underline(const QString &title, QChar c)
{
    return title + u'\n' + QString(title.size(), c) + u'\n';
}
} // namespace

QString reportToText(const ReportData &source)
{
    const ReportData d = source.redacted();
    QString out;
    out += underline(TextReport::tr("Mailflow SMTP test report"), u'=');
    out += TextReport::tr("Verdict:    %1 (exit code %2)")
               .arg(verdictTitle(d.outcome.verdict).toUpper())
               .arg(d.exitCode)
        + u'\n';
    out += TextReport::tr("Summary:    %1").arg(d.outcome.sentence) + u'\n';
    out += TextReport::tr("Server:     %1").arg(d.serverLabel()) + u'\n';
    if (!d.profileName.isEmpty())
        out += TextReport::tr("Profile:    %1").arg(d.profileName) + u'\n';
    out += TextReport::tr("Started:    %1").arg(d.startedAt.toString(Qt::ISODateWithMs)) + u'\n';

    out += u'\n' + underline(TextReport::tr("Transcript"), u'-');
    for (const TranscriptEntry &e : d.transcript) {
        out += QStringLiteral("[%1] %2 %3 %4\n")
                   .arg(QStringLiteral("%1").arg(e.elapsedMs / 1000.0, 8, 'f', 3), e.clockTime(),
                        Transcript::marker(e.direction), printableString(e.text));
    }

    out += u'\n' + underline(TextReport::tr("Checklist"), u'-');
    const int stateWidth = Checklist::stateColumnWidth();
    const QString indent(2 + stateWidth + 1, u' ');
    for (const Milestone &m : d.milestones) {
        QString line = Checklist::stateName(m.state).toUpper().leftJustified(stateWidth) + u' '
            + m.title().leftJustified(34) + u' '
            + (m.expected.isEmpty() ? QStringLiteral("   ") : m.expected).leftJustified(4) + u' ' + m.summary;
        if (m.durationMs >= 0)
            line += QStringLiteral("  (%1)").arg(TextReport::tr("%1 ms").arg(m.durationMs));
        out += line.trimmed().prepend(QStringLiteral("  ")) + u'\n';
        if (m.state == MilestoneState::Failed || m.state == MilestoneState::Warning) {
            if (!m.diagnosis.meaning.isEmpty())
                out += indent + m.diagnosis.meaning + u'\n';
            if (!m.diagnosis.nextStep.isEmpty())
                out += indent + TextReport::tr("Next:") + u' ' + m.diagnosis.nextStep + u'\n';
        }
    }

    if (!d.certificateFingerprint.isEmpty())
        out += u'\n' + TextReport::tr("Certificate SHA-256: %1").arg(d.certificateFingerprint) + u'\n';
    for (const ReportSection &section : reportSections(d)) {
        out += u'\n' + underline(section.title, u'-');
        for (const auto &line : section.lines)
            out += QStringLiteral("  %1: %2\n").arg(line.first, line.second);
    }
    if (d.redaction.maskAddresses || d.redaction.maskHosts)
        out += u'\n' + TextReport::tr("Addresses and host names in this report were replaced by pseudonyms.") + u'\n';
    return out;
}

QString redactionPreview(const ReportData &data)
{
    return reportToText(data);
}

} // namespace mailflow
