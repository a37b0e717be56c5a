#include "base/addressvalidation.h"

#include "base/domainname.h"
#include "base/printable.h"
#include "base/unixsocket.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace mailflow {

namespace {
/** The translation context of this file's messages. */
struct AddressText
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::AddressValidation)
};
} // namespace

QString validateMailbox(const QString &address, bool allowNullSender)
{
    if (address.isEmpty())
        return allowNullSender ? QString() : AddressText::tr("Enter a full address, like user@example.com.");
    // A tab is fine in a header but not in an address on a command line.
    if (hasControlCharacters(address) || address.contains(u'\t'))
        return AddressText::tr("The address contains a line break or a control character.");
    if (address.size() > 254)
        return AddressText::tr("The address is longer than 254 characters.");
    if (address.contains(u'<') || address.contains(u'>'))
        return AddressText::tr("Enter the address without angle brackets.");
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0)
        return AddressText::tr("The address has no @: enter a full address, like user@example.com.");
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.isEmpty())
        return AddressText::tr("The address has nothing before the @.");
    if (domain.isEmpty())
        return AddressText::tr("The address has no domain after the @.");
    if (local.toUtf8().size() > 64)
        return AddressText::tr("The part before the @ is longer than 64 characters.");
    const bool quoted = local.startsWith(u'"') && local.endsWith(u'"') && local.size() >= 2;
    if (!quoted && local.contains(u' '))
        return AddressText::tr("The address contains a space.");
    if (domain.contains(u' '))
        return AddressText::tr("The domain contains a space.");
    if (domain.startsWith(u'[') && domain.endsWith(u']')) {
        QString literal = domain.mid(1, domain.size() - 2);
        if (literal.startsWith(QStringLiteral("IPv6:"), Qt::CaseInsensitive))
            literal = literal.mid(5);
        if (QHostAddress(literal).isNull())
            return AddressText::tr("The address literal after the @ is not an IP address.");
        return {};
    }
    if (domain.startsWith(u'.') || domain.endsWith(u'.') || domain.contains(QStringLiteral("..")))
        return AddressText::tr("The domain has an empty label (two dots, or a dot at the start or end).");
    if (QUrl::toAce(domain).isEmpty())
        return AddressText::tr("The domain is not a valid domain name.");
    return {};
}

bool needsSmtpUtf8(const QString &address)
{
    for (QChar c : address) {
        if (c.unicode() > 127)
            return true;
    }
    return false;
}

QString asciiDomainAddress(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    if (at < 0 || needsSmtpUtf8(address.left(at)))
        return {};
    const QString domain = address.mid(at + 1);
    if (domain.startsWith(u'['))
        return address;
    const QString ace = DomainName::toAce(domain);
    return ace.isEmpty() ? QString() : address.left(at + 1) + ace;
}

QString validateServerHost(const QString &host)
{
    if (isUnixSocketHost(host)) {
        const QString path = unixSocketPath(host);
        if (!path.startsWith(u'/') || hasControlCharacters(path))
            return AddressText::tr("A UNIX socket is written with its full path: unix:/run/dovecot/lmtp.");
        // sun_path holds 108 bytes, the terminating zero included.
        if (path.toLocal8Bit().size() > 107)
            return AddressText::tr("The UNIX socket path is longer than 107 bytes.");
        return {};
    }
    if (host.isEmpty())
        return AddressText::tr("Enter a server name or an IP address.");
    if (hasControlCharacters(host))
        return AddressText::tr("The server name contains a line break or a control character.");
    if (host.contains(u' '))
        return AddressText::tr("The server name contains a space.");
    if (host.size() > 253)
        return AddressText::tr("The server name is longer than 253 characters.");
    if (!QHostAddress(host).isNull())
        return {};
    if (QUrl::toAce(host).isEmpty())
        return AddressText::tr("The server name is not a valid host name.");
    return {};
}

QString validateSingleLine(const QString &value, const QString &what)
{
    if (hasControlCharacters(value))
        return AddressText::tr("%1 contains a line break or a control character.").arg(what);
    if (value.size() > 998)
        return AddressText::tr("%1 is longer than 998 characters.").arg(what);
    return {};
}

QString validateHeaderName(const QString &name)
{
    if (name.isEmpty())
        return AddressText::tr("A header needs a name.");
    for (QChar c : name) {
        if (c.unicode() < 33 || c.unicode() > 126 || c == u':')
            return AddressText::tr(
                       "The header name \"%1\" may only contain printable ASCII letters without spaces or colons.")
                .arg(printableText(name.toUtf8()));
    }
    return {};
}

} // namespace mailflow
