#include "pdfreport.h"

#include "evidence/htmlreport.h"
#include "evidence/reportdata.h"
#include "store/profilestore.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
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
        // Laid out on the writer itself: fonts measured at its resolution and the page as wide as the paper
        // between the margins (print() would lay it out for the screen and shrink it to a column).
        document.documentLayout()->setPaintDevice(&writer);
        const QFont font(QStringLiteral("DejaVu Sans"), 9);
        document.setDefaultFont(font);
        const QSizeF paper = writer.pageLayout().paintRectPixels(writer.resolution()).size();
        const qreal footer = QFontMetricsF(font, &writer).height() * 2;
        document.setPageSize(QSizeF(paper.width(), paper.height() - footer));
        document.setDocumentMargin(0);
        HtmlReportOptions options;
        options.forRichText = true;
        document.setHtml(reportToHtml(data, options));

        QPainter painter(&writer);
        painter.setFont(font);
        const qreal height = document.pageSize().height();
        const int pages = document.pageCount();
        for (int page = 0; page < pages; ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -height * page);
            document.drawContents(&painter, QRectF(0, height * page, paper.width(), height));
            painter.restore();
            painter.setPen(Qt::darkGray);
            painter.drawText(
                QRectF(0, paper.height() - footer / 2, paper.width(), footer / 2), Qt::AlignRight,
                QCoreApplication::translate("mailflow::PdfReport", "Page %1 of %2").arg(page + 1).arg(pages));
        }
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
