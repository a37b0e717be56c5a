// The PDF writer as a module mailflow-cli loads only when a PDF is asked for, so that a plain run
// never maps QtGui and the font, X11 and ICU libraries behind it (see app/clipdf.cpp).
#include "pdfreport.h"

#include <QGuiApplication>

extern "C" {

Q_DECL_EXPORT QCoreApplication *mailflowCreatePdfApplication(int *argc, char **argv)
{
    return new QGuiApplication(*argc, argv);
}

Q_DECL_EXPORT bool mailflowSavePdfReport(const QString *path, const mailflow::ReportData *data, QString *error)
{
    return mailflow::savePdfReport(*path, *data, error);
}
}
