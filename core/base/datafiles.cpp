#include "base/datafiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

namespace mailflow {

namespace {
/** The translation context of this file's messages. */
struct DataFilesText
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::DataFiles)
};

QString &dataOverride()
{
    static QString value;
    return value;
}

} // namespace

QString mailflowDataDirectory()
{
    if (!dataOverride().isEmpty())
        return dataOverride();
    // Fixed organisation and application names, so the GUI ("mailflow") and mailflow-cli share one folder.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Mailflow/mailflow");
}

void setMailflowDataDirectoryOverride(const QString &directory)
{
    dataOverride() = directory;
}

bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = DataFilesText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // flush() before commit(): Qt 6.4's commit() can report success after a short write (EFBIG/ENOSPC
    // while flushing its buffer) and would then replace the old file with a cut one.
    if (file.write(data) != data.size() || !file.flush()) {
        *error = DataFilesText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = DataFilesText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace mailflow
