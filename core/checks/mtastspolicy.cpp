#include "checks/mtastspolicy.h"

#include <QRegularExpression>

namespace mailflow {

namespace {

QString plainHost(const QString &host)
{
    QString h = host.trimmed().toLower();
    while (h.endsWith(u'.'))
        h.chop(1);
    return h;
}

// "v=X; a=b; c=d": the tags after v=, or an empty list when v= is not first or not version.
QList<std::pair<QString, QString>> tagsOf(const QString &text, QLatin1String version)
{
    QList<std::pair<QString, QString>> tags;
    const QStringList parts = text.split(u';', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype equals = part.indexOf(u'=');
        if (equals <= 0)
            return {};
        tags.append({part.left(equals).trimmed().toLower(), part.mid(equals + 1).trimmed()});
    }
    if (tags.isEmpty() || tags.first().first != u"v" || tags.first().second != version)
        return {};
    return tags;
}

} // namespace

MtaStsPolicy MtaStsPolicy::parse(const QByteArray &body)
{
    MtaStsPolicy policy;
    const QStringList lines = QString::fromUtf8(body).split(QRegularExpression(QStringLiteral("\r?\n")));
    for (const QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed();
        const QString value = line.mid(colon + 1).trimmed();
        if (key == u"version") {
            policy.version = value;
        } else if (key == u"mode") {
            policy.mode = value;
        } else if (key == u"mx") {
            policy.mx.append(value);
        } else if (key == u"max_age") {
            bool ok = false;
            const qint64 age = value.toLongLong(&ok);
            policy.maxAgeSeconds = ok && age >= 0 && age <= 31557600 ? age : -1;
        }
    }
    static const QStringList modes {QStringLiteral("enforce"), QStringLiteral("testing"), QStringLiteral("none")};
    if (policy.version != u"STSv1")
        policy.error = QStringLiteral("version is not STSv1");
    else if (!modes.contains(policy.mode))
        policy.error = QStringLiteral("mode \"%1\" is not enforce, testing or none").arg(policy.mode);
    else if (policy.maxAgeSeconds < 0)
        policy.error = QStringLiteral("max_age is missing or out of range (0 to 31557600)");
    else if (policy.mx.isEmpty() && policy.mode != u"none")
        policy.error = QStringLiteral("no mx lines");
    return policy;
}

bool MtaStsPolicy::patternMatches(const QString &pattern, const QString &host)
{
    const QString p = plainHost(pattern);
    const QString h = plainHost(host);
    if (!p.startsWith(QLatin1String("*.")))
        return p == h;
    const qsizetype dot = h.indexOf(u'.');
    return dot > 0 && h.mid(dot) == p.mid(1);
}

bool MtaStsPolicy::matches(const QString &host) const
{
    return std::any_of(mx.begin(), mx.end(), [&](const QString &pattern) { return patternMatches(pattern, host); });
}

QString MtaStsPolicy::recordId(const QString &text)
{
    static const QRegularExpression idForm(QStringLiteral("^[A-Za-z0-9]{1,32}$"));
    for (const auto &[name, value] : tagsOf(text, QLatin1String("STSv1")))
        if (name == u"id")
            return idForm.match(value).hasMatch() ? value : QString();
    return {};
}

QStringList tlsRptReportAddresses(const QString &text)
{
    QStringList addresses;
    for (const auto &[name, value] : tagsOf(text, QLatin1String("TLSRPTv1")))
        if (name == u"rua")
            for (const QString &uri : value.split(u',', Qt::SkipEmptyParts))
                if (uri.trimmed().startsWith(QLatin1String("mailto:"))
                    || uri.trimmed().startsWith(QLatin1String("https:")))
                    addresses.append(uri.trimmed());
    return addresses;
}

} // namespace mailflow
