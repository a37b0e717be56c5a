#include "evidence/profilereader.h"

#include <cmath>

namespace mailflow {

void ProfileReader::fail(const QString &path, const QString &what)
{
    if (m_error.isEmpty())
        m_error = tr("%1: key \"%2\": %3").arg(m_source, path, what);
}

void ProfileReader::checkKeys(const QJsonObject &o, const QString &prefix, const QStringList &known)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (known.contains(it.key()))
            continue;
        const QString path = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
        if (it.key().contains(QStringLiteral("password"), Qt::CaseInsensitive))
            m_warnings->append(tr("%1: key \"%2\" ignored: profiles never keep a password.").arg(m_source, path));
        else
            m_warnings->append(tr("%1: unknown key \"%2\" ignored.").arg(m_source, path));
    }
}

void ProfileReader::check(const QString &path, const QString &problem)
{
    if (!problem.isEmpty())
        fail(path, problem);
}

QString ProfileReader::string(const QJsonObject &o, const QString &name, const QString &path, const QString &fallback)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isString()) {
        fail(path, tr("must be a string."));
        return fallback;
    }
    return v.toString();
}

qint64 ProfileReader::integer(const QJsonObject &o, const QString &name, const QString &path, qint64 fallback,
                              qint64 min, qint64 max)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return fallback;
    // Checked as a double before the cast: converting a double outside qint64's range is undefined.
    // Above 2^53 a double is not an exact whole number anyway.
    constexpr double exactLimit = 9007199254740992.0;
    const double d = v.toDouble();
    const bool whole = v.isDouble() && std::isfinite(d) && std::abs(d) <= exactLimit && d == std::trunc(d);
    const qint64 n = whole ? qint64(d) : 0;
    if (!whole || n < min || n > max) {
        fail(path, tr("must be a whole number from %1 to %2.").arg(min).arg(max));
        return fallback;
    }
    return n;
}

bool ProfileReader::boolean(const QJsonObject &o, const QString &name, const QString &path, bool fallback)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(path, tr("must be true or false."));
        return fallback;
    }
    return v.toBool();
}

QJsonObject ProfileReader::object(const QJsonObject &o, const QString &name, const QString &path)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject()) {
        fail(path, tr("must be an object."));
        return {};
    }
    return v.toObject();
}

QJsonArray ProfileReader::array(const QJsonObject &o, const QString &name, const QString &path)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isArray()) {
        fail(path, tr("must be a list."));
        return {};
    }
    return v.toArray();
}

} // namespace mailflow
