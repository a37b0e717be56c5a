#include "checks/ownaddresscheck.h"

#include <QRegularExpression>

namespace mailflow {

namespace {

// Only four-part IPv4 (QHostAddress would read "5.7.1", an enhanced status code, as an address) and
// IPv6 with at least two colons.
const QString ipv4 = QStringLiteral(R"((?:\d{1,3}\.){3}\d{1,3})");
const QString ipv6 = QStringLiteral(R"([0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?::(?:\d{1,3}\.){3}\d{1,3})?)");

const QRegularExpression &bracketed()
{
    // "[203.0.113.5]", "[IPv6:2001:db8::5]", Gmail's "[203.0.113.5      15]" (address and a counter).
    static const QRegularExpression re(QStringLiteral(R"(\[(?:IPv6:)?(%1|%2)(?:\s+\d+)?\])").arg(ipv4, ipv6),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &introduced()
{
    // Unbracketed, after the words that name the client: "from 203.0.113.5", "client 203.0.113.5",
    // "IP 203.0.113.5", "address 2001:db8::5", "(203.0.113.5)".
    static const QRegularExpression re(
        QStringLiteral(R"((?:\b(?:from|client|host|ip|address)[:=]?\s+|\()(%1|%2)\b)").arg(ipv4, ipv6),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &helloPhrase()
{
    static const QRegularExpression re(QStringLiteral(R"(\b(?:hello|at your service|pleased to meet you|hi)\b)"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re;
}

QHostAddress firstMatch(const QRegularExpression &re, const QString &line, const QList<QHostAddress> &exclude)
{
    auto it = re.globalMatch(line);
    while (it.hasNext()) {
        const QHostAddress address(it.next().captured(1));
        if (!address.isNull() && !exclude.contains(address))
            return address;
    }
    return {};
}

bool inAny(const QHostAddress &address, std::initializer_list<const char *> subnets)
{
    for (const char *subnet : subnets)
        if (address.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet))))
            return true;
    return false;
}

} // namespace

bool isPublicAddress(const QHostAddress &address)
{
    if (address.isNull() || address.isLoopback() || address.isMulticast() || address.isLinkLocal()
        || address.isUniqueLocalUnicast() || address.isBroadcast() || address.isSiteLocal())
        return false;
    bool mapped = false;
    const QHostAddress v4(address.toIPv4Address(&mapped));
    const QHostAddress &a = mapped ? v4 : address;
    return !inAny(a,
                  {"0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
                   "192.168.0.0/16", "::/128", "::1/128", "fc00::/7", "fe80::/10"});
}

bool OwnAddress::isPublic() const
{
    return isPublicAddress(address);
}

QHostAddress addressInReplyLine(const QString &line, const QList<QHostAddress> &exclude)
{
    const QHostAddress address = firstMatch(bracketed(), line, exclude);
    return address.isNull() ? firstMatch(introduced(), line, exclude) : address;
}

OwnAddress findOwnAddress(const QStringList &replyLines, const QHostAddress &localAddress,
                          const QList<QHostAddress> &serverAddresses)
{
    OwnAddress own;
    for (const QString &line : replyLines) {
        if (!line.startsWith(u"250") || !line.contains(helloPhrase()))
            continue;
        own.address = addressInReplyLine(line, serverAddresses);
        if (!own.address.isNull()) {
            own.source = OwnAddress::Source::EhloReply;
            own.line = line;
            return own;
        }
    }
    for (const QString &line : replyLines) {
        // The greeting and positive replies name the server, not us, unless they greet us.
        if (line.startsWith(u'2') && !line.contains(helloPhrase()))
            continue;
        own.address = addressInReplyLine(line, serverAddresses);
        if (!own.address.isNull()) {
            own.source = OwnAddress::Source::ServerReply;
            own.line = line;
            return own;
        }
    }
    if (!localAddress.isNull()) {
        own.address = localAddress;
        own.source = OwnAddress::Source::LocalSocket;
    }
    return own;
}

OwnAddress findOwnAddress(const CheckContext &context)
{
    return findOwnAddress(context.serverReplyLines, context.localAddress, context.serverAddresses);
}

CheckFinding OwnAddressCheck::describe(const OwnAddress &own)
{
    CheckFinding f;
    f.checkId = QStringLiteral("own-address");
    f.title = tr("Your address as the server sees it");
    const QString address = own.address.toString();
    if (!own.line.isEmpty())
        f.evidence.append(own.line);
    else if (!own.address.isNull())
        f.evidence.append(QStringLiteral("local socket address %1").arg(address));
    if (own.source == OwnAddress::Source::Unknown) {
        f.sentence = tr("Your public address is unknown: the server did not name it and no connection was made.");
        return f;
    }
    if (!own.isPublic()) {
        f.sentence = own.source == OwnAddress::Source::LocalSocket
            ? tr("This computer's address %1 is private and the server did not name the address it sees, so your "
                 "public address is unknown; your reverse DNS and block lists are not checked.")
                  .arg(address)
            : tr("The server sees you as %1, a private address: it is inside your network or behind the same NAT, "
                 "so your public address is unknown.")
                  .arg(address);
        return f;
    }
    f.sentence = own.source == OwnAddress::Source::LocalSocket
        ? tr("Your public address is %1 (this computer's own address; the server did not name it).").arg(address)
        : tr("The server sees you as %1.").arg(address);
    return f;
}

void OwnAddressCheck::run()
{
    finish({describe(findOwnAddress(context()))});
}

CheckFindings OwnAddressCheck::timedOut()
{
    return {describe(findOwnAddress(context()))};
}

} // namespace mailflow
