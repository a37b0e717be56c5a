#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace mailflow {

/** The PROXY protocol (haproxy's proxy-protocol.txt) a load balancer puts before the client's bytes. */
enum class ProxyVersion { Off, V1, V2 };
QString proxyVersionKey(ProxyVersion version);
bool parseProxyVersion(const QString &key, ProxyVersion *version);

/** The header to send right after connecting: version, and the client and server it names (empty: the real ones). */
struct ProxyHeaderOptions
{
    ProxyVersion version = ProxyVersion::Off;
    QString sourceAddress;
    quint16 sourcePort = 0;
    QString destAddress;
    quint16 destPort = 0;

    bool isEnabled() const { return version != ProxyVersion::Off; }

    friend bool operator==(const ProxyHeaderOptions &, const ProxyHeaderOptions &) = default;
};

/** One PROXY header: the bytes and how the transcript shows them. */
class ProxyHeader
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::ProxyHeader)
public:
    /**
     * The header for options, where a source or destination not given is the connection's own (local, peer).
     * Empty, with why, when the two addresses are not of one family.
     */
    static ProxyHeader build(const ProxyHeaderOptions &options, const QHostAddress &local, quint16 localPort,
                             const QHostAddress &peer, quint16 peerPort, QString *why);

    QByteArray bytes;
    /** v1: the line itself; v2: "PROXY v2 (binary, 28 bytes): TCP4 192.0.2.1:1234 -> 192.0.2.2:25". */
    QString shown;
};

} // namespace mailflow
