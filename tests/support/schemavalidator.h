#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace mailflow::test {

/** resources/report.schema.json in the source tree. */
QString reportSchemaPath();

/**
 * Validates JSON against a JSON Schema file with Debian's python3-jsonschema (tests/support/validate_json.py,
 * the draft the schema declares). Returns one message per problem, each with its JSON path; an empty list
 * means valid. When the check cannot run (no python3, no python3-jsonschema) the list says so: never empty.
 */
QStringList validateJson(const QJsonValue &value, const QString &schemaPath = reportSchemaPath());

QJsonObject loadJsonFile(const QString &path);

} // namespace mailflow::test
