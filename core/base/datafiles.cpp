#include "base/datafiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>
#include <QStandardPaths>

namespace mailflow {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("mailflow::DataFiles", text);
}

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
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    // flush() before commit(): Qt 6.4's commit() can report success after a short write (EFBIG/ENOSPC
    // while flushing its buffer) and would then replace the old file with a cut one.
    if (file.write(data) != data.size() || !file.flush()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace mailflow
