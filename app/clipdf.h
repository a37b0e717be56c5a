#pragma once

#include <QString>

#include <memory>

class QCoreApplication;

namespace mailflow {

struct ReportData;

/** The application object for a run that writes a PDF: a QGuiApplication from the PDF module, on
 *  the offscreen platform. Null with error when the module cannot be loaded. */
std::unique_ptr<QCoreApplication> createPdfApplication(int &argc, char **argv, QString *error);

/** Writes the PDF report through the PDF module (loaded by createPdfApplication). */
bool savePdfThroughModule(const QString &path, const ReportData &data, QString *error);

} // namespace mailflow
