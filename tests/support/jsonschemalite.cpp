#include "jsonschemalite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace mailflow::test {

namespace {
QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return v.toDouble() == double(qint64(v.toDouble())) ? QStringLiteral("integer") : QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

bool typeMatches(const QString &actual, const QString &wanted)
{
    return actual == wanted || (wanted == u"number" && actual == u"integer");
}

void check(const QJsonValue &value, const QJsonObject &schema, const QJsonObject &root, const QString &path,
           QStringList *errors)
{
    static const QStringList known = {
        QStringLiteral("$schema"),     QStringLiteral("$id"),        QStringLiteral("title"),
        QStringLiteral("description"), QStringLiteral("type"),       QStringLiteral("enum"),
        QStringLiteral("required"),    QStringLiteral("properties"), QStringLiteral("additionalProperties"),
        QStringLiteral("items"),       QStringLiteral("minimum"),    QStringLiteral("maximum"),
        QStringLiteral("$ref"),        QStringLiteral("$defs"),
    };
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        if (!known.contains(it.key()))
            errors->append(
                QStringLiteral("%1: schema keyword %2 is not supported by the validator").arg(path, it.key()));
    }
    if (schema.contains(QStringLiteral("$ref"))) {
        const QString ref = schema.value(QStringLiteral("$ref")).toString();
        const QString prefix = QStringLiteral("#/$defs/");
        if (!ref.startsWith(prefix)) {
            errors->append(QStringLiteral("%1: unsupported $ref %2").arg(path, ref));
            return;
        }
        const QJsonObject target
            = root.value(QStringLiteral("$defs")).toObject().value(ref.mid(prefix.size())).toObject();
        if (target.isEmpty()) {
            errors->append(QStringLiteral("%1: $ref %2 not found").arg(path, ref));
            return;
        }
        check(value, target, root, path, errors);
        return;
    }
    const QString actual = typeOf(value);
    if (schema.contains(QStringLiteral("type"))) {
        const QJsonValue type = schema.value(QStringLiteral("type"));
        QStringList wanted;
        if (type.isArray()) {
            for (const QJsonValue &t : type.toArray())
                wanted << t.toString();
        } else {
            wanted << type.toString();
        }
        bool ok = false;
        for (const QString &w : std::as_const(wanted))
            ok = ok || typeMatches(actual, w);
        if (!ok) {
            errors->append(QStringLiteral("%1: is %2, expected %3").arg(path, actual, wanted.join(u'|')));
            return;
        }
    }
    if (schema.contains(QStringLiteral("enum")) && !schema.value(QStringLiteral("enum")).toArray().contains(value))
        errors->append(
            QStringLiteral("%1: value %2 is not in the enum")
                .arg(path, QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))));
    if (value.isDouble()) {
        if (schema.contains(QStringLiteral("minimum"))
            && value.toDouble() < schema.value(QStringLiteral("minimum")).toDouble())
            errors->append(QStringLiteral("%1: below the minimum").arg(path));
        if (schema.contains(QStringLiteral("maximum"))
            && value.toDouble() > schema.value(QStringLiteral("maximum")).toDouble())
            errors->append(QStringLiteral("%1: above the maximum").arg(path));
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray()) {
            if (!object.contains(r.toString()))
                errors->append(QStringLiteral("%1: required member %2 is missing").arg(path, r.toString()));
        }
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        const bool closed = schema.value(QStringLiteral("additionalProperties")) == QJsonValue(false);
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString childPath = path + u'.' + it.key();
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), root, childPath, errors);
            else if (closed)
                errors->append(QStringLiteral("%1: member not allowed by the schema").arg(childPath));
        }
    }
    if (value.isArray() && schema.contains(QStringLiteral("items"))) {
        const QJsonArray array = value.toArray();
        const QJsonObject items = schema.value(QStringLiteral("items")).toObject();
        for (int i = 0; i < array.size(); ++i)
            check(array.at(i), items, root, QStringLiteral("%1[%2]").arg(path).arg(i), errors);
    }
}
} // namespace

QStringList validateJson(const QJsonValue &value, const QJsonObject &schema)
{
    QStringList errors;
    check(value, schema, schema, QStringLiteral("$"), &errors);
    return errors;
}

QJsonObject loadJsonFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace mailflow::test
