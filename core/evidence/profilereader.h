#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mailflow {

/** Walks a profile object, remembering the JSON path so every message says where. The first error wins;
 *  unknown keys become warnings. Used by the profile format only. */
class ProfileReader
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::Profile)
public:
    ProfileReader(const QString &source, QStringList *warnings)
        : m_source(source)
        , m_warnings(warnings)
    { }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }
    QString source() const { return m_source; }

    void fail(const QString &path, const QString &what);
    void checkKeys(const QJsonObject &o, const QString &prefix, const QStringList &known);
    void check(const QString &path, const QString &problem);

    QString string(const QJsonObject &o, const QString &name, const QString &path, const QString &fallback = {});
    qint64 integer(const QJsonObject &o, const QString &name, const QString &path, qint64 fallback, qint64 min,
                   qint64 max);
    bool boolean(const QJsonObject &o, const QString &name, const QString &path, bool fallback);
    QJsonObject object(const QJsonObject &o, const QString &name, const QString &path);
    QJsonArray array(const QJsonObject &o, const QString &name, const QString &path);

    /** A key read with parse (an xxxKey()/parseXxx() pair); fails with expected when it is not one. */
    template<typename T, typename Parse>
    void key(const QJsonObject &o, const QString &name, const QString &path, T *value, Parse parse,
             const QString &expected)
    {
        const QJsonValue v = o.value(name);
        if (v.isUndefined() || v.isNull())
            return;
        if (!v.isString() || !parse(v.toString(), value))
            fail(path, expected);
    }

private:
    QString m_source;
    QStringList *m_warnings;
    QString m_error;
};

} // namespace mailflow
