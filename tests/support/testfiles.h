#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

namespace mailflow::test {

/** Writes content to path (replacing it); false when it could not be written whole. */
inline bool writeTestFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

} // namespace mailflow::test
