#pragma once

#include <QByteArray>
#include <QString>

namespace mailflow {

struct ReportData;

/** The HTML report laid out by QTextDocument on A4 pages. Needs a QGuiApplication (offscreen is fine). */
QByteArray renderPdfReport(const ReportData &data);

/** Writes the PDF atomically; false with a message naming the file and the reason. */
bool savePdfReport(const QString &path, const ReportData &data, QString *error);

} // namespace mailflow
