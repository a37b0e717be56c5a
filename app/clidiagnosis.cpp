#include "clidiagnosis.h"

#include "diagnosis/exitcodes.h"

namespace mailflow {

void CliDiagnosisText::print(QTextStream &out, const TestDiagnosis &d, const QString &indent)
{
    const auto line = [&out, &indent](const QString &label, const QString &text) {
        out << indent << QStringLiteral("  %1 %2\n").arg(label, -14).arg(text);
    };
    out << u'\n' << indent << tr("Diagnosis:") << u'\n';
    line(tr("Cause:"), QStringLiteral("%1 (%2)").arg(causeTitle(d.cause), d.causeKey()));
    line(tr("Who must act:"), actorTitle(d.who));
    line(tr("What:"), d.sentence);
    if (d.deferred)
        line(tr("Deferred:"),
             d.retryAfterSeconds > 0
                 ? tr("not failed; the server asks to retry after %n s", nullptr, d.retryAfterSeconds)
                 : tr("not failed; retry later"));
    if (d.thinEvidence)
        line(tr("Evidence:"), tr("thin: the server gives no reason; this rests on the reply code alone"));
    QStringList lines;
    for (int number : d.evidenceLines)
        lines << QString::number(number);
    if (!lines.isEmpty())
        line(tr("Transcript:"), tr("lines %1").arg(lines.join(u", ")));
    for (const QString &tag : d.providerTags)
        line(tr("Provider tag:"), tag);
    for (const QString &note : d.notes)
        line(tr("Note:"), note);
    for (int i = 0; i < d.nextSteps.size(); ++i)
        line(i == 0 ? tr("Next steps:") : QString(), d.nextSteps.at(i));
    line(tr("Rule:"), d.ruleId);
}

QString CliDiagnosisText::attemptWord(int exitCode)
{
    return exitCode == ExitOk ? tr("PASSED") : exitCode == ExitDeferred ? tr("DEFERRED") : tr("FAILED");
}

} // namespace mailflow
