#include "evidence/reportwriter.h"

#include "evidence/htmlreport.h"
#include "evidence/jsonreport.h"
#include "base/datafiles.h"
#include "evidence/reportdata.h"
#include "evidence/textreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace mailflow {

ReportFormat reportFormatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"txt" || suffix == u"log" || suffix == u"text")
        return ReportFormat::Text;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return ReportFormat::Html;
    if (suffix == u"json")
        return ReportFormat::Json;
    if (suffix == u"pdf")
        return ReportFormat::Pdf;
    return ReportFormat::Unknown;
}

QString reportFormatExtension(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text:
        return QStringLiteral("txt");
    case ReportFormat::Html:
        return QStringLiteral("html");
    case ReportFormat::Json:
        return QStringLiteral("json");
    case ReportFormat::Pdf:
        return QStringLiteral("pdf");
    case ReportFormat::Unknown:
        break;
    }
    return QStringLiteral("txt");
}

QByteArray renderReport(const ReportData &data, ReportFormat format)
{
    switch (format) {
    case ReportFormat::Text:
    case ReportFormat::Unknown:
        return reportToText(data).toUtf8();
    case ReportFormat::Html:
        return reportToHtml(data).toUtf8();
    case ReportFormat::Json:
        return QJsonDocument(reportDataToJson(data)).toJson(QJsonDocument::Indented);
    case ReportFormat::Pdf:
        break;
    }
    return {};
}

bool saveReport(const QString &path, const ReportData &data, ReportFormat format, QString *error)
{
    if (format == ReportFormat::Pdf || format == ReportFormat::Unknown) {
        *error = QCoreApplication::translate("mailflow::ReportWriter",
                                             "Cannot write %1: use .txt, .html or .json (PDF needs the PDF writer).")
                     .arg(path);
        return false;
    }
    return writeFileAtomically(path, renderReport(data, format), error);
}

QString defaultReportFileName(const ReportData &data, ReportFormat format)
{
    const QDateTime when = data.startedAt.isValid() ? data.startedAt : QDateTime::currentDateTime();
    QString host = data.options.host.isEmpty() ? QStringLiteral("no-server") : data.options.host;
    if (data.redaction.maskHosts)
        host = data.redacted().options.host;
    QString safeHost;
    for (const QChar c : std::as_const(host)) {
        if (c.isLetterOrNumber() || c == u'.' || c == u'-')
            safeHost += c;
        else if (c == u':')
            safeHost += u'-';
        else
            safeHost += u'_';
    }
    QString result;
    switch (data.outcome.verdict) {
    case SessionOutcome::Verdict::Passed:
        result = QStringLiteral("passed");
        break;
    case SessionOutcome::Verdict::NotRun:
        result = QStringLiteral("not-run");
        break;
    case SessionOutcome::Verdict::Warning:
    case SessionOutcome::Verdict::Failed: {
        const bool failed = data.outcome.verdict == SessionOutcome::Verdict::Failed;
        const MilestoneState wanted = failed ? MilestoneState::Failed : MilestoneState::Warning;
        QString step;
        for (const Milestone &m : data.milestones) {
            if (m.state == wanted) {
                step = Checklist::kindKey(m.kind).toUpper();
                break;
            }
        }
        result = (step.isEmpty() ? QString() : step + u'-')
            + (failed ? QStringLiteral("failed") : QStringLiteral("warning"));
        break;
    }
    }
    return QStringLiteral("%1_%2_%3.%4")
        .arg(when.toString(QStringLiteral("yyyy-MM-dd_HHmm")), safeHost, result, reportFormatExtension(format));
}

} // namespace mailflow
