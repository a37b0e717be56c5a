#include "smtp/xclient.h"

#include "base/enumtable.h"

#include <QHostAddress>

namespace mailflow {

namespace {

bool isSpecialValue(const QString &value)
{
    // Postfix's values for "the proxy does not know" and "a lookup failed for now".
    return value.compare(u"[UNAVAILABLE]", Qt::CaseInsensitive) == 0
        || value.compare(u"[TEMPUNAVAIL]", Qt::CaseInsensitive) == 0;
}

bool isAddressName(const QString &name)
{
    return name == u"ADDR" || name == u"DESTADDR";
}

QString wireValue(const XclientAttribute &a)
{
    if (isAddressName(a.name) && !isSpecialValue(a.value)) {
        const QHostAddress address(a.value);
        if (address.protocol() == QAbstractSocket::IPv6Protocol)
            return QStringLiteral("IPV6:") + address.toString();
    }
    return a.value;
}

constexpr EnumName<XclientRequirement> xclientRequirements[]
    = {{XclientRequirement::Required, "required"},
       {XclientRequirement::Optional, "optional"},
       {XclientRequirement::OptionalStrict, "optional-strict"}};

} // namespace

QString xclientRequirementKey(XclientRequirement requirement)
{
    return enumKey(xclientRequirements, requirement);
}

bool parseXclientRequirement(const QString &key, XclientRequirement *requirement)
{
    return parseEnumKey(xclientRequirements, key, requirement);
}

QStringList Xclient::knownNames()
{
    return {QStringLiteral("ADDR"), QStringLiteral("NAME"),  QStringLiteral("PORT"),     QStringLiteral("PROTO"),
            QStringLiteral("HELO"), QStringLiteral("LOGIN"), QStringLiteral("DESTADDR"), QStringLiteral("DESTPORT")};
}

QString Xclient::validate(const QString &name, const QString &value)
{
    if (!knownNames().contains(name))
        return tr("unknown attribute %1; XCLIENT takes %2.").arg(name, knownNames().join(u", "));
    if (value.isEmpty() || isSpecialValue(value))
        return value.isEmpty() ? tr("%1 needs a value (or [UNAVAILABLE]).").arg(name) : QString();
    for (const QChar ch : value) {
        if (ch.category() == QChar::Other_Control)
            return tr("%1: the value has a control character.").arg(name);
    }
    if (isAddressName(name)) {
        QString text = value;
        if (text.startsWith(u"IPV6:", Qt::CaseInsensitive))
            text = text.mid(5);
        if (QHostAddress(text).isNull())
            return tr("%1 must be an IP address, not \"%2\".").arg(name, value);
    } else if (name == u"PORT" || name == u"DESTPORT") {
        bool ok = false;
        const int port = value.toInt(&ok);
        if (!ok || port < 0 || port > 65535)
            return tr("%1 must be a port number from 0 to 65535.").arg(name);
    } else if (name == u"PROTO") {
        if (value.compare(u"SMTP", Qt::CaseInsensitive) != 0 && value.compare(u"ESMTP", Qt::CaseInsensitive) != 0)
            return tr("PROTO must be SMTP or ESMTP.");
    } else if (value.size() > 255) {
        return tr("%1: at most 255 characters.").arg(name);
    }
    return {};
}

bool Xclient::parse(const QString &text, QList<XclientAttribute> *attributes, QString *error)
{
    const QStringList commandTexts = text.split(u';', Qt::SkipEmptyParts);
    int command = attributes->isEmpty() ? 0 : attributes->constLast().command;
    const qsizetype before = attributes->size();
    for (const QString &commandText : commandTexts) {
        const QStringList items = commandText.split(u',', Qt::SkipEmptyParts);
        for (const QString &item : items) {
            const qsizetype eq = item.indexOf(u'=');
            if (eq <= 0) {
                *error = tr("\"%1\" is not NAME=VALUE.").arg(item.trimmed());
                return false;
            }
            const XclientAttribute a {item.left(eq).trimmed().toUpper(), item.mid(eq + 1).trimmed(), command};
            if (const QString why = validate(a.name, a.value); !why.isEmpty()) {
                *error = why;
                return false;
            }
            for (const XclientAttribute &earlier : std::as_const(*attributes)) {
                if (earlier.name == a.name && earlier.command == command) {
                    *error = tr("%1 is given twice.").arg(a.name);
                    return false;
                }
            }
            attributes->append(a);
        }
        if (!attributes->isEmpty() && attributes->constLast().command == command)
            ++command;
    }
    if (attributes->size() == before) {
        *error = tr("give NAME=VALUE, e.g. ADDR=192.0.2.1,NAME=mail.example.com.");
        return false;
    }
    return true;
}

QByteArray Xclient::xtext(const QString &text)
{
    QByteArray out;
    const QByteArray utf8 = text.toUtf8();
    for (const char byte : utf8) {
        const auto b = static_cast<unsigned char>(byte);
        if (b < 33 || b > 126 || b == '+' || b == '=')
            out += '+' + QByteArray::number(b, 16).toUpper().rightJustified(2, '0');
        else
            out += byte;
    }
    return out;
}

QByteArray Xclient::command(const QList<XclientAttribute> &attributes)
{
    QByteArray line = "XCLIENT";
    for (const XclientAttribute &a : attributes)
        line += ' ' + a.name.toLatin1() + '=' + xtext(wireValue(a));
    return line;
}

QList<QByteArray> Xclient::commands(const QList<XclientAttribute> &attributes)
{
    QList<QByteArray> lines;
    QList<XclientAttribute> group;
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        group << attributes.at(i);
        if (i + 1 == attributes.size() || attributes.at(i + 1).command != attributes.at(i).command) {
            lines << command(group);
            group.clear();
        }
    }
    return lines;
}

QStringList Xclient::notOffered(const QList<XclientAttribute> &attributes, const QStringList &offered)
{
    QStringList missing;
    for (const XclientAttribute &a : attributes) {
        if (!offered.contains(a.name, Qt::CaseInsensitive))
            missing << a.name;
    }
    return missing;
}

QString Xclient::toText(const QList<XclientAttribute> &attributes)
{
    QString text;
    for (qsizetype i = 0; i < attributes.size(); ++i) {
        if (i > 0)
            text += attributes.at(i).command == attributes.at(i - 1).command ? u',' : u';';
        text += attributes.at(i).name + u'=' + attributes.at(i).value;
    }
    return text;
}

} // namespace mailflow
