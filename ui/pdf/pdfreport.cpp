#include "pdfreport.h"

#include "evidence/htmlreport.h"
#include "evidence/reportdata.h"
#include "store/profilestore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace mailflow {

QPageSize defaultPdfPageSize()
{
    return QPageSize(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                        : QPageSize::A4);
}

QByteArray renderPdfReport(const ReportData &data, const QPageSize &pageSize)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(pageSize);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setTitle(QCoreApplication::translate("mailflow::PdfReport", "Mailflow report: %1")
                            .arg(data.redacted().serverLabel()));
        writer.setCreator(QStringLiteral("Mailflow " MAILFLOW_VERSION));
        QTextDocument document;
        HtmlReportOptions options;
        options.forRichText = true;
        document.setHtml(reportToHtml(data, options));
        document.print(&writer);
    }
    return buffer.data();
}

bool savePdfReport(const QString &path, const ReportData &data, QString *error, const QPageSize &pageSize)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        *error = QCoreApplication::translate("mailflow::PdfReport", "Cannot write %1: PDF needs a QGuiApplication.")
                     .arg(path);
        return false;
    }
    return writeFileAtomically(path, renderPdfReport(data, pageSize), error);
}

} // namespace mailflow
