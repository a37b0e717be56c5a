#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QString>

namespace mailflow {

/**
 * The byte stream under an SMTP session. The production implementation is a QSslSocket;
 * unit tests use a fake that records writes and injects reads.
 */
class Transport : public QObject
{
    Q_OBJECT
public:
    enum class Error { HostNotFound, ConnectionRefused, NetworkUnreachable, RemoteClosed, TlsFailed, Other };
    Q_ENUM(Error)

    using QObject::QObject;

    /** Resolves host (a name or an IPv4/IPv6 literal) and connects to the first address that answers. */
    virtual void connectToHost(const QString &host, quint16 port) = 0;
    virtual void write(const QByteArray &data) = 0;
    /** Bytes handed to write() and not yet sent. */
    virtual qint64 bytesToWrite() const = 0;
    /** Starts TLS on the open connection (STARTTLS); emits encrypted() or errorOccurred(TlsFailed). */
    virtual void startTls() = 0;
    /** Closes after pending data is sent. */
    virtual void disconnectFromHost() = 0;
    /** Drops the connection at once. */
    virtual void abort() = 0;

    virtual bool isConnected() const = 0;
    virtual bool isEncrypted() const = 0;
    virtual QHostAddress peerAddress() const = 0;
    virtual quint16 peerPort() const = 0;
    virtual QHostAddress localAddress() const = 0;
    virtual quint16 localPort() const = 0;

Q_SIGNALS:
    /** About to try one address of the host. */
    void trying(const QHostAddress &address, quint16 port);
    /** One address failed; another may be tried next. */
    void attemptFailed(const QHostAddress &address, quint16 port, const QString &reason);
    void connected();
    void encrypted();
    void dataReceived(const QByteArray &data);
    void bytesWritten(qint64 bytes);
    void disconnected();
    void errorOccurred(mailflow::Transport::Error error, const QString &message);
};

} // namespace mailflow
