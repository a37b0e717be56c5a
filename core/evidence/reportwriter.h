#pragma once

#include <QByteArray>
#include <QString>

namespace mailflow {

struct ReportData;

enum class ReportFormat { Unknown, Text, Html, Json, Pdf };

/** The format a file name asks for by its extension (.txt .log .html .htm .json .pdf, any case). */
ReportFormat reportFormatForPath(const QString &path);
QString reportFormatExtension(ReportFormat format);

/** The report as bytes (UTF-8) for Text, Html and Json; empty for Pdf (see ui/pdf/pdfreport.h). */
QByteArray renderReport(const ReportData &data, ReportFormat format);

/** Writes a Text, Html or Json report atomically (QSaveFile). False with a message naming the file and the
 *  reason; the caller still has data to save elsewhere. Pdf is refused here: core has no QtGui. */
bool saveReport(const QString &path, const ReportData &data, ReportFormat format, QString *error);

/** "2026-11-28_1415_mx1.example.com_RCPT-failed.txt": start time, server, first failing step and verdict. */
QString defaultReportFileName(const ReportData &data, ReportFormat format);

} // namespace mailflow
