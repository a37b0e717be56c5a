#pragma once

#include "smtp/transport.h"

#include <QList>
#include <QSslConfiguration>
#include <QSslError>

class QSslSocket;
class QHostInfo;

namespace mailflow {

/** Transport over a real QSslSocket: resolves the host, tries each address in turn. */
class SocketTransport : public Transport
{
    Q_OBJECT
public:
    explicit SocketTransport(QObject *parent = nullptr);
    ~SocketTransport() override;

    void connectToHost(const QString &host, quint16 port) override;
    void write(const QByteArray &data) override;
    qint64 bytesToWrite() const override;
    void startTls() override;
    void connectToHostEncrypted(const QString &host, quint16 port) override;
    void setSslConfiguration(const QSslConfiguration &configuration) override;
    TlsReport tlsReport() const override;
    void disconnectFromHost() override;
    void abort() override;

    bool isConnected() const override;
    bool isEncrypted() const override;
    QHostAddress peerAddress() const override;
    quint16 peerPort() const override;
    QHostAddress localAddress() const override;
    quint16 localPort() const override;

    QSslSocket *socket() const { return m_socket; }

private:
    void onHostLookedUp(const QHostInfo &info);
    void tryNextAddress();
    void onSocketError();
    void onDisconnected();

    QSslSocket *m_socket = nullptr;
    QSslConfiguration m_sslConfiguration = QSslConfiguration::defaultConfiguration();
    QList<QSslError> m_sslErrors;
    bool m_implicitTls = false;
    QString m_host;
    quint16 m_port = 0;
    QList<QHostAddress> m_addresses;
    QHostAddress m_current;
    int m_lookupId = -1;
    bool m_connected = false;
    Error m_lastError = Error::Other;
    QString m_lastMessage;
};

} // namespace mailflow
