#pragma once

#include <QByteArray>
#include <QPageSize>
#include <QString>

namespace mailflow {

struct ReportData;

/** Letter where the locale measures in US units, A4 elsewhere. */
QPageSize defaultPdfPageSize();

/** The HTML report laid out by QTextDocument on pages of pageSize. Needs a QGuiApplication (offscreen is fine). */
QByteArray renderPdfReport(const ReportData &data, const QPageSize &pageSize = defaultPdfPageSize());

/** Writes the PDF atomically; false with a message naming the file and the reason. */
bool savePdfReport(const QString &path, const ReportData &data, QString *error,
                   const QPageSize &pageSize = defaultPdfPageSize());

} // namespace mailflow
