#include "smtp/proxyheader.h"

#include "base/enumtable.h"

#include <QtEndian>

#include <array>

namespace mailflow {

namespace {

constexpr EnumName<ProxyVersion> proxyVersions[]
    = {{ProxyVersion::Off, "off"}, {ProxyVersion::V1, "v1"}, {ProxyVersion::V2, "v2"}};

/** The v2 signature (proxy-protocol.txt 2.2): it cannot begin an SMTP command or a TLS record. */
constexpr std::array<char, 12> Signature {'\r', '\n', '\r', '\n', '\0', '\r', '\n', 'Q', 'U', 'I', 'T', '\n'};

void appendPort(QByteArray *out, quint16 port)
{
    char bytes[2];
    qToBigEndian(port, bytes);
    out->append(bytes, 2);
}

QString endpoint(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
        : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

/** An IPv4 address mapped into IPv6 (::ffff:a.b.c.d, as a dual-stack socket reports it) as IPv4. */
QHostAddress plain(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : address;
}

} // namespace

QString proxyVersionKey(ProxyVersion version)
{
    return enumKey(proxyVersions, version);
}

bool parseProxyVersion(const QString &key, ProxyVersion *version)
{
    return parseEnumKey(proxyVersions, key, version);
}

ProxyHeader ProxyHeader::build(const ProxyHeaderOptions &options, const QHostAddress &local, quint16 localPort,
                               const QHostAddress &peer, quint16 peerPort, QString *why)
{
    const QHostAddress source = plain(options.sourceAddress.isEmpty() ? local : QHostAddress(options.sourceAddress));
    const QHostAddress dest = plain(options.destAddress.isEmpty() ? peer : QHostAddress(options.destAddress));
    const quint16 sport = options.sourceAddress.isEmpty() ? localPort : options.sourcePort;
    const quint16 dport = options.destAddress.isEmpty() ? peerPort : options.destPort;
    ProxyHeader h;
    if (source.isNull() || dest.isNull() || source.protocol() != dest.protocol()) {
        *why = tr("The PROXY header needs a source and a destination address of one family (IPv4 or IPv6), not %1 "
                  "and %2.")
                   .arg(endpoint(source, sport), endpoint(dest, dport));
        return h;
    }
    const bool v6 = source.protocol() == QAbstractSocket::IPv6Protocol;
    const QString family = v6 ? QStringLiteral("TCP6") : QStringLiteral("TCP4");
    if (options.version == ProxyVersion::V1) {
        h.shown = QStringLiteral("PROXY %1 %2 %3 %4 %5")
                      .arg(family, source.toString(), dest.toString())
                      .arg(sport)
                      .arg(dport);
        h.bytes = h.shown.toLatin1() + "\r\n";
        return h;
    }
    QByteArray addresses;
    if (v6) {
        const Q_IPV6ADDR s = source.toIPv6Address();
        const Q_IPV6ADDR d = dest.toIPv6Address();
        addresses.append(reinterpret_cast<const char *>(s.c), 16);
        addresses.append(reinterpret_cast<const char *>(d.c), 16);
    } else {
        char bytes[4];
        qToBigEndian(source.toIPv4Address(), bytes);
        addresses.append(bytes, 4);
        qToBigEndian(dest.toIPv4Address(), bytes);
        addresses.append(bytes, 4);
    }
    appendPort(&addresses, sport);
    appendPort(&addresses, dport);
    h.bytes = QByteArray(Signature.data(), Signature.size());
    h.bytes += char(0x21); // version 2, PROXY (a relayed connection)
    h.bytes += char(v6 ? 0x21 : 0x11); // AF_INET6 or AF_INET, over STREAM (TCP)
    appendPort(&h.bytes, quint16(addresses.size()));
    h.bytes += addresses;
    h.shown = tr("PROXY v2 (binary, %1 bytes): PROXY %2 %3 -> %4")
                  .arg(h.bytes.size())
                  .arg(family, endpoint(source, sport), endpoint(dest, dport));
    return h;
}

} // namespace mailflow
