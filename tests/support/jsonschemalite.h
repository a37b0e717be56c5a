#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

namespace mailflow::test {

/**
 * Validates JSON against the subset of JSON Schema (2020-12) that resources/report.schema.json
 * uses: type (one or a list), enum, required, properties, additionalProperties (false),
 * items, minimum, maximum and local "$ref": "#/$defs/name". Returns one message per problem,
 * each with its JSON path; an empty list means valid. Unknown keywords are reported too,
 * so the schema cannot silently use something this validator ignores.
 */
QStringList validateJson(const QJsonValue &value, const QJsonObject &schema);

QJsonObject loadJsonFile(const QString &path);

} // namespace mailflow::test
