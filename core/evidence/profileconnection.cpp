#include "evidence/profileconnection.h"

#include "base/addressvalidation.h"
#include "evidence/profile.h"
#include "evidence/profilereader.h"

#include <QHostAddress>

namespace mailflow {

namespace {
QString k(const char *text)
{
    return QString::fromLatin1(text);
}

void writeEndpoint(QJsonObject &o, const char *name, const QString &address, quint16 port)
{
    if (address.isEmpty())
        return;
    o[k(name) + QStringLiteral("Address")] = address;
    o[k(name) + QStringLiteral("Port")] = int(port);
}

void readEndpoint(ProfileReader &r, const QJsonObject &o, const char *name, QString *address, quint16 *port)
{
    const QString key = k(name) + QStringLiteral("Address");
    const QString path = QStringLiteral("connection.") + key;
    *address = r.string(o, key, path);
    if (!address->isEmpty() && QHostAddress(*address).isNull())
        r.fail(path, Profile::tr("must be an IP address."));
    const QString portKey = k(name) + QStringLiteral("Port");
    *port = quint16(r.integer(o, portKey, QStringLiteral("connection.") + portKey, 0, 0, 65535));
}
} // namespace

QJsonObject connectionToJson(const ConnectionOptions &c)
{
    QJsonObject o;
    if (c.family != AddressFamily::Any)
        o[k("family")] = addressFamilyKey(c.family);
    if (!c.localAddress.isEmpty())
        o[k("localAddress")] = c.localAddress;
    if (c.localPort != 0)
        o[k("localPort")] = int(c.localPort);
    if (c.usesProxy()) {
        o[k("socks5Host")] = c.proxyHost;
        o[k("socks5Port")] = int(c.proxyPort);
    }
    if (!c.proxyUser.isEmpty())
        o[k("socks5User")] = c.proxyUser;
    const ProxyHeaderOptions &p = c.proxyHeader;
    if (p.isEnabled()) {
        o[k("proxyProtocol")] = proxyVersionKey(p.version);
        writeEndpoint(o, "proxySource", p.sourceAddress, p.sourcePort);
        writeEndpoint(o, "proxyDest", p.destAddress, p.destPort);
    }
    return o;
}

void readConnection(ProfileReader &r, const QJsonObject &root, ConnectionOptions *c)
{
    const QJsonObject o = r.object(root, k("connection"), k("connection"));
    r.checkKeys(o, k("connection"),
                {k("family"), k("localAddress"), k("localPort"), k("socks5Host"), k("socks5Port"), k("socks5User"),
                 k("proxyProtocol"), k("proxySourceAddress"), k("proxySourcePort"), k("proxyDestAddress"),
                 k("proxyDestPort")});
    r.key(o, k("family"), k("connection.family"), &c->family, parseAddressFamily,
          Profile::tr("must be one of any, ipv4, ipv6."));
    c->localAddress = r.string(o, k("localAddress"), k("connection.localAddress"));
    if (!c->localAddress.isEmpty() && QHostAddress(c->localAddress).isNull())
        r.fail(k("connection.localAddress"), Profile::tr("must be an IP address."));
    c->localPort = quint16(r.integer(o, k("localPort"), k("connection.localPort"), 0, 0, 65535));
    c->proxyHost = r.string(o, k("socks5Host"), k("connection.socks5Host"));
    if (!c->proxyHost.isEmpty())
        r.check(k("connection.socks5Host"), validateServerHost(c->proxyHost));
    c->proxyPort = quint16(r.integer(o, k("socks5Port"), k("connection.socks5Port"), 1080, 1, 65535));
    c->proxyUser = r.string(o, k("socks5User"), k("connection.socks5User"));
    ProxyHeaderOptions &p = c->proxyHeader;
    r.key(o, k("proxyProtocol"), k("connection.proxyProtocol"), &p.version, parseProxyVersion,
          Profile::tr("must be v1 or v2."));
    readEndpoint(r, o, "proxySource", &p.sourceAddress, &p.sourcePort);
    readEndpoint(r, o, "proxyDest", &p.destAddress, &p.destPort);
}

} // namespace mailflow
