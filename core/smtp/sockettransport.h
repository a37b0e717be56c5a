#pragma once

#include "smtp/transport.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

#include <memory>
#include <optional>

class QSslSocket;
class QTcpSocket;
class QHostInfo;

namespace mailflow {

class Socks5Handshake;

/** Transport over a real socket: resolves the host, tries each address in turn. A plain QTcpSocket
 *  until TLS is asked for (STARTTLS hands the connection to a QSslSocket), so a test that never
 *  encrypts never loads the TLS library. */
class SocketTransport : public Transport
{
    Q_OBJECT
public:
    explicit SocketTransport(QObject *parent = nullptr);
    ~SocketTransport() override;

    void connectToHost(const QString &host, quint16 port) override;
    void setConnectionOptions(const ConnectionOptions &options, const QString &proxyPassword) override;
    void write(const QByteArray &data) override;
    qint64 bytesToWrite() const override;
    void startTls() override;
    void connectToHostEncrypted(const QString &host, quint16 port) override;
    void setSslConfiguration(const QSslConfiguration &configuration) override;
    void setTlsPeerName(const QString &name) override { m_peerName = name; }
    TlsReport tlsReport() const override;
    void disconnectFromHost() override;
    void abort() override;

    bool isConnected() const override;
    bool isEncrypted() const override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    QHostAddress localAddress() const override;
    quint16 localPort() const override;

private:
    QString verifyName() const { return m_peerName.isEmpty() ? m_host : m_peerName; }
    /** Makes socket the current one and connects its signals. */
    void adopt(QTcpSocket *socket);
    /** Implicit TLS: the next connection is made by a QSslSocket from the start. */
    void useSslSocket();
    /** STARTTLS: the open connection moves to a QSslSocket; false when it cannot. */
    bool upgradeToSsl();
    /** host "unix:PATH": a UNIX socket, connected at once (a local connect does not wait). */
    void connectUnixSocket(const QString &path);
    void onHostLookedUp(const QHostInfo &info);
    /** The addresses found, of the family asked for; fails when none is left. */
    void useAddresses(const QList<QHostAddress> &addresses);
    static QList<QHostAddress> filterAddresses(const QList<QHostAddress> &addresses, AddressFamily family);
    /** The proxy when there is one, else the server. */
    QString dialedHost() const;
    void startProxyHandshake();
    /** The connection (or the SOCKS5 tunnel) is up: the PROXY header, then connected() and implicit TLS. */
    void finishConnecting(const QByteArray &rest);
    void onProxyData(const QByteArray &data);
    void tryNextAddress();
    void onSocketError();
    void onDisconnected();

    QTcpSocket *m_socket = nullptr;
    /** m_socket when it is a QSslSocket, else null. */
    QSslSocket *m_ssl = nullptr;
    /** Unset: the default configuration, taken only when TLS is used. */
    std::optional<QSslConfiguration> m_sslConfiguration;
    QList<QSslError> m_sslErrors;
    bool m_implicitTls = false;
    QString m_host;
    QString m_peerName;
    quint16 m_port = 0;
    QList<QHostAddress> m_addresses;
    QHostAddress m_current;
    int m_lookupId = -1;
    bool m_connected = false;
    Error m_lastError = Error::Other;
    QString m_lastMessage;
    ConnectionOptions m_route;
    QString m_proxyPassword;
    /** While the SOCKS5 proxy is being asked to connect. */
    std::unique_ptr<Socks5Handshake> m_socks;
};

} // namespace mailflow
