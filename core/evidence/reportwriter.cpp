#include "evidence/reportwriter.h"

#include "base/datafiles.h"
#include "base/enumtable.h"
#include "evidence/htmlreport.h"
#include "evidence/jsonreport.h"
#include "evidence/reportdata.h"
#include "evidence/textreport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace mailflow {

namespace {
/** The first extension of a format is the one it is saved with; the others are also read as it. */
constexpr EnumName<ReportFormat> extensions[]
    = {{ReportFormat::Text, "txt"}, {ReportFormat::Html, "html"}, {ReportFormat::Json, "json"},
       {ReportFormat::Pdf, "pdf"},  {ReportFormat::Text, "log"},  {ReportFormat::Text, "text"},
       {ReportFormat::Html, "htm"}, {ReportFormat::Html, "xhtml"}};
} // namespace

ReportFormat reportFormatForPath(const QString &path)
{
    ReportFormat format = ReportFormat::Unknown;
    parseEnumKey(extensions, QFileInfo(path).suffix(), &format);
    return format;
}

QString reportFormatExtension(ReportFormat format)
{
    const QString extension = enumKey(extensions, format);
    return extension.isEmpty() ? enumKey(extensions, ReportFormat::Text) : extension;
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
    case SessionOutcome::Verdict::NotRun:
        result = verdictKey(data.outcome.verdict);
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
        result = (step.isEmpty() ? QString() : step + u'-') + verdictKey(data.outcome.verdict);
        break;
    }
    }
    return QStringLiteral("%1_%2_%3.%4")
        .arg(when.toString(QStringLiteral("yyyy-MM-dd_HHmm")), safeHost, result, reportFormatExtension(format));
}

} // namespace mailflow
