#include "schemavalidator.h"

#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

namespace mailflow::test {

QString reportSchemaPath()
{
    return testsDir() + QStringLiteral("/../resources/report.schema.json");
}

QStringList validateJson(const QJsonValue &value, const QString &schemaPath)
{
    const QByteArray document = value.isObject() ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)
        : value.isArray()                        ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                          : QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(QStringLiteral("/usr/bin/python3"),
                 {testsDir() + QStringLiteral("/support/validate_json.py"), schemaPath, QStringLiteral("-")});
    if (!python.waitForStarted(10'000))
        return {QStringLiteral("cannot start /usr/bin/python3: %1").arg(python.errorString())};
    python.write(document);
    python.closeWriteChannel();
    if (!python.waitForFinished(60'000)) {
        python.kill();
        python.waitForFinished();
        return {QStringLiteral("validate_json.py did not finish")};
    }
    const QStringList lines = QString::fromUtf8(python.readAll()).split(u'\n', Qt::SkipEmptyParts);
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() == 2 || python.exitCode() > 2)
        return QStringList {QStringLiteral("the schema check could not run (exit %1)").arg(python.exitCode())} + lines;
    if (python.exitCode() == 1 && lines.isEmpty())
        return {QStringLiteral("invalid, without a message")};
    return python.exitCode() == 0 ? QStringList() : lines;
}

QJsonObject loadJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace mailflow::test
