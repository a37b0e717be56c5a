#pragma once

#include <QByteArray>
#include <QString>

namespace mailflow {

/** The folder shared by the GUI and the CLI for profiles and history:
 *  the AppDataLocation of the "Mailflow/mailflow" application, or the override (tests, portable use). */
QString mailflowDataDirectory();
void setMailflowDataDirectoryOverride(const QString &directory);

/** Writes data with QSaveFile (all or nothing); false with a message naming the file and the reason. */
bool writeFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace mailflow
