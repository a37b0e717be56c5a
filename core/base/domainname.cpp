#include "base/domainname.h"

#include <QUrl>

namespace mailflow {

namespace {

QString withoutTrailingDot(QString name)
{
    if (name.endsWith(u'.') && name.size() > 1)
        name.chop(1);
    return name;
}

} // namespace

QString DomainName::domainPart(const QString &domainOrAddress)
{
    QString text = domainOrAddress.trimmed();
    const qsizetype open = text.lastIndexOf(u'<');
    const qsizetype close = text.lastIndexOf(u'>');
    if (open >= 0 && close > open)
        text = text.mid(open + 1, close - open - 1).trimmed();
    const qsizetype at = text.lastIndexOf(u'@');
    if (at >= 0)
        text = text.mid(at + 1).trimmed();
    return withoutTrailingDot(text);
}

QString DomainName::toAce(const QString &domain)
{
    const QString name = withoutTrailingDot(domain.trimmed());
    if (name.isEmpty())
        return {};
    return QString::fromLatin1(QUrl::toAce(name)).toLower();
}

QString DomainName::toUnicode(const QString &domain)
{
    QString name = withoutTrailingDot(domain.trimmed());
    const QString ace = toAce(name);
    if (ace.isEmpty())
        return name;
    return QUrl::fromAce(ace.toLatin1(), QUrl::IgnoreIDNWhitelist);
}

QString DomainName::display(const QString &domain)
{
    const QString ace = toAce(domain);
    QString unicode = toUnicode(domain);
    if (ace.isEmpty() || ace == unicode)
        return unicode;
    return QStringLiteral("%1 (%2)").arg(unicode, ace);
}

bool DomainName::isIpLiteral(const QString &name, QHostAddress *address)
{
    QString text = withoutTrailingDot(name.trimmed());
    if (text.startsWith(u'[') && text.endsWith(u']')) {
        text = text.mid(1, text.size() - 2);
        if (text.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
            text = text.mid(5);
    }
    QHostAddress parsed;
    if (text.isEmpty() || !parsed.setAddress(text))
        return false;
    // QHostAddress also takes "127.1" and "2130706433"; only the dotted quad and IPv6 forms count here.
    if (parsed.protocol() == QAbstractSocket::IPv4Protocol && text.count(u'.') != 3)
        return false;
    if (address)
        *address = parsed;
    return true;
}

QString DomainName::problem(const QString &domain)
{
    if (domain.isEmpty())
        return tr("Type a domain (example.com) or an e-mail address (user@example.com).");
    if (isIpLiteral(domain))
        return tr("%1 is an IP address, not a domain: it has no MX records. Connect to it directly instead.")
            .arg(domain);
    const QStringList typedLabels = domain.split(u'.');
    for (const QString &label : typedLabels) {
        if (label.isEmpty())
            return tr("“%1” has an empty part between two dots.").arg(domain);
        if (label.size() > 63)
            return tr("“%1” has a part longer than 63 characters.").arg(domain);
    }
    const QString ace = toAce(domain);
    if (ace.isEmpty())
        return tr("“%1” is not a valid domain name.").arg(domain);
    if (ace.size() > 253)
        return tr("“%1” is too long for a domain name (more than 253 characters).").arg(domain);
    const QStringList labels = ace.split(u'.');
    for (const QString &label : labels) {
        if (label.size() > 63)
            return tr("“%1” has a part longer than 63 characters.").arg(domain);
        for (const QChar c : label) {
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != u'-' && c != u'_')
                return tr("“%1” contains “%2”, which a domain name cannot contain.").arg(domain, QString(c));
        }
    }
    return {};
}

QString DomainName::reverseName(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        return QStringLiteral("%1.%2.%3.%4.in-addr.arpa")
            .arg(v4 & 0xff)
            .arg((v4 >> 8) & 0xff)
            .arg((v4 >> 16) & 0xff)
            .arg(v4 >> 24);
    }
    if (address.protocol() != QAbstractSocket::IPv6Protocol)
        return {};
    const Q_IPV6ADDR v6 = address.toIPv6Address();
    QString name;
    for (int i = 15; i >= 0; --i) {
        name += QString::number(v6[i] & 0x0f, 16) + u'.';
        name += QString::number(v6[i] >> 4, 16) + u'.';
    }
    return name + QLatin1String("ip6.arpa");
}

bool DomainName::sameName(const QString &a, const QString &b)
{
    const QString aceA = toAce(a);
    const QString aceB = toAce(b);
    if (aceA.isEmpty() || aceB.isEmpty())
        return withoutTrailingDot(a).compare(withoutTrailingDot(b), Qt::CaseInsensitive) == 0;
    return aceA == aceB;
}

} // namespace mailflow
