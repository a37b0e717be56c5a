#pragma once

#include "smtp/sessionoptions.h"
#include "tls/tlsreport.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
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
    /**
     * Connects and starts TLS at once (implicit TLS, port 465); the host as typed is the SNI and the name
     * the certificate is checked against. Emits connected(), then encrypted() or errorOccurred(TlsFailed).
     */
    virtual void connectToHostEncrypted(const QString &host, quint16 port)
    {
        Q_UNUSED(host)
        Q_UNUSED(port)
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT errorOccurred(Error::TlsFailed, QStringLiteral("implicit TLS is not supported")); },
            Qt::QueuedConnection);
    }
    /**
     * How the next connections are made: family, local address, SOCKS5 proxy. A transport that cannot
     * (a test fake) ignores them.
     */
    virtual void setConnectionOptions(const ConnectionOptions &options, const QString &proxyPassword)
    {
        Q_UNUSED(options)
        Q_UNUSED(proxyPassword)
    }
    /** TLS settings (extra CA certificates, client certificate and key) for the next handshake. */
    virtual void setSslConfiguration(const QSslConfiguration &configuration) { Q_UNUSED(configuration) }
    /** The name sent as SNI and checked against the certificate; empty: the host connected to. */
    virtual void setTlsPeerName(const QString &name) { Q_UNUSED(name) }
    /**
     * What the last handshake showed. Verification errors are recorded here and never acted on by the
     * transport (the handshake completes): the session decides, before anything is sent over it.
     */
    virtual TlsReport tlsReport() const { return {}; }
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
    /** A step on the way that is not SMTP (the SOCKS5 handshake), for the transcript. */
    void progress(const QString &text);
    /** The transport sent bytes of its own before the conversation (the PROXY header), shown as the client's. */
    void sentPreamble(const QString &shown);
    void connected();
    void encrypted();
    void dataReceived(const QByteArray &data);
    void bytesWritten(qint64 bytes);
    void disconnected();
    void errorOccurred(mailflow::Transport::Error error, const QString &message);
};

} // namespace mailflow
