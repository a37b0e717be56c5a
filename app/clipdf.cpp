#include "clipdf.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

namespace mailflow {

namespace {
using CreateApplication = QCoreApplication *(*)(int *, char **);
using SavePdf = bool (*)(const QString *, const ReportData *, QString *);

/** Loaded once, never unloaded: the application object it made lives until exit. */
QLibrary *pdfModule(QString *error)
{
    static QLibrary *module = nullptr;
    if (module)
        return module;
    // The module sits beside the program in the build, in the library folder once installed. The
    // application object may not exist yet, so the program's folder comes from /proc.
    const QDir programDir = QFileInfo(QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath()).dir();
    const QStringList candidates {programDir.filePath(QStringLiteral("mailflow-cli-pdf.so")),
                                  programDir.filePath(QStringLiteral(MAILFLOW_PDF_MODULE_RELATIVE))};
    QString reasons;
    for (const QString &candidate : candidates) {
        if (!QFileInfo::exists(candidate))
            continue;
        auto library = std::make_unique<QLibrary>(candidate);
        if (library->load()) {
            module = library.release();
            return module;
        }
        reasons = library->errorString();
    }
    *error = QCoreApplication::translate("mailflow::CliPdf", "cannot load the PDF writer (%1): %2")
                 .arg(candidates.join(QStringLiteral(", ")),
                      reasons.isEmpty() ? QCoreApplication::translate("mailflow::CliPdf", "not found") : reasons);
    return nullptr;
}

/** The module's function name as type F, null with error when the module or the name is missing. */
template<typename F> F resolved(const char *name, QString *error)
{
    QLibrary *module = pdfModule(error);
    if (!module)
        return nullptr;
    const auto function = reinterpret_cast<F>(module->resolve(name));
    if (!function)
        *error = module->errorString();
    return function;
}
} // namespace

std::unique_ptr<QCoreApplication> createPdfApplication(int &argc, char **argv, QString *error)
{
    const auto create = resolved<CreateApplication>("mailflowCreatePdfApplication", error);
    if (!create)
        return nullptr;
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::unique_ptr<QCoreApplication>(create(&argc, argv));
}

bool savePdfThroughModule(const QString &path, const ReportData &data, QString *error)
{
    const auto save = resolved<SavePdf>("mailflowSavePdfReport", error);
    return save && save(&path, &data, error);
}

} // namespace mailflow
