#include "smtp/sockettransport.h"

#include "base/unixsocket.h"
#include "smtp/proxyheader.h"
#include "smtp/sessionwire.h"
#include "smtp/socks5handshake.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostInfo>
#include <QSslSocket>

#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace mailflow {

namespace {
Transport::Error mapError(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        return Transport::Error::ConnectionRefused;
    case QAbstractSocket::HostNotFoundError:
        return Transport::Error::HostNotFound;
    case QAbstractSocket::NetworkError:
        return Transport::Error::NetworkUnreachable;
    case QAbstractSocket::RemoteHostClosedError:
        return Transport::Error::RemoteClosed;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        return Transport::Error::TlsFailed;
    default:
        return Transport::Error::Other;
    }
}
} // namespace

SocketTransport::SocketTransport(QObject *parent)
    : Transport(parent)
{
    adopt(new QTcpSocket(this));
}

void SocketTransport::adopt(QTcpSocket *socket)
{
    m_socket = socket;
    m_ssl = qobject_cast<QSslSocket *>(socket);
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        if (m_route.usesProxy()) {
            startProxyHandshake();
            return;
        }
        finishConnecting({});
    });
    connect(m_socket, &QIODevice::readyRead, this, [this] {
        if (m_socks)
            onProxyData(m_socket->readAll());
        else
            Q_EMIT dataReceived(m_socket->readAll());
    });
    connect(m_socket, &QIODevice::bytesWritten, this, [this](qint64 n) {
        if (!isEncrypted())
            Q_EMIT bytesWritten(n);
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this] { onSocketError(); });
    connect(m_socket, &QAbstractSocket::disconnected, this, [this] { onDisconnected(); });
    if (!m_ssl)
        return;
    connect(m_ssl, &QSslSocket::encryptedBytesWritten, this, [this](qint64 n) { Q_EMIT bytesWritten(n); });
    connect(m_ssl, &QSslSocket::encrypted, this, [this] { Q_EMIT encrypted(); });
    connect(m_ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Recorded for the report; the session decides whether to go on before anything is sent.
        m_sslErrors += errors;
        m_ssl->ignoreSslErrors();
    });
}

void SocketTransport::useSslSocket()
{
    if (m_ssl)
        return;
    m_socket->disconnect(this);
    m_socket->deleteLater();
    adopt(new QSslSocket(this));
}

bool SocketTransport::upgradeToSsl()
{
    if (m_ssl)
        return true;
    // The plain socket hands its connection to a QSslSocket: the new one takes a duplicate of the
    // descriptor, then the plain one closes its own (a close, not a shutdown: the connection stays).
    const int descriptor = ::dup(int(m_socket->socketDescriptor()));
    if (descriptor < 0)
        return false;
    QTcpSocket *plain = m_socket;
    plain->disconnect(this);
    adopt(new QSslSocket(this));
    m_ssl->setSslConfiguration(m_sslConfiguration.value_or(QSslConfiguration::defaultConfiguration()));
    // deleteLater: this runs inside the plain socket's readyRead (the 220 to STARTTLS).
    plain->abort();
    plain->deleteLater();
    if (!m_ssl->setSocketDescriptor(descriptor)) {
        ::close(descriptor);
        return false;
    }
    return true;
}

SocketTransport::~SocketTransport()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

void SocketTransport::connectToHostEncrypted(const QString &host, quint16 port)
{
    connectToHost(host, port);
    m_implicitTls = true;
}

void SocketTransport::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_sslConfiguration = configuration;
}

TlsReport SocketTransport::tlsReport() const
{
    const QString name = verifyName();
    const bool literal = !QHostAddress(name).isNull();
    if (!m_ssl)
        return {};
    return TlsReport::fromSocket(*m_ssl, m_sslErrors, name, literal ? QString() : name);
}

void SocketTransport::setConnectionOptions(const ConnectionOptions &options, const QString &proxyPassword)
{
    m_route = options;
    m_proxyPassword = proxyPassword;
}

QString SocketTransport::dialedHost() const
{
    return m_route.usesProxy() ? m_route.proxyHost : m_host;
}

void SocketTransport::connectToHost(const QString &host, quint16 port)
{
    m_implicitTls = false;
    m_host = host;
    m_port = port;
    m_connected = false;
    m_addresses.clear();
    m_socks.reset();
    if (isUnixSocketHost(host)) {
        QMetaObject::invokeMethod(
            this, [this, path = unixSocketPath(host)] { connectUnixSocket(path); }, Qt::QueuedConnection);
        return;
    }
    const QHostAddress literal(dialedHost());
    if (!literal.isNull()) {
        QMetaObject::invokeMethod(
            this, [this, literal] { useAddresses({literal}); }, Qt::QueuedConnection);
        return;
    }
    m_lookupId = QHostInfo::lookupHost(dialedHost(), this, [this](const QHostInfo &info) { onHostLookedUp(info); });
}

void SocketTransport::connectUnixSocket(const QString &path)
{
    // QTcpSocket takes any connected stream socket: the rest (reads, writes, even STARTTLS) is the same.
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (size_t(name.size()) >= sizeof address.sun_path) {
        Q_EMIT errorOccurred(Error::Other, tr("The UNIX socket path %1 is too long.").arg(path));
        return;
    }
    memcpy(address.sun_path, name.constData(), size_t(name.size()));
    const int descriptor = ::socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (descriptor < 0 || ::connect(descriptor, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        if (descriptor >= 0)
            ::close(descriptor);
        const bool refused = error == ECONNREFUSED || error == ENOENT;
        Q_EMIT errorOccurred(
            refused ? Error::ConnectionRefused : Error::Other,
            tr("Cannot connect to the UNIX socket %1: %2").arg(path, QString::fromLocal8Bit(strerror(error))));
        return;
    }
    if (!m_socket->setSocketDescriptor(descriptor)) {
        ::close(descriptor);
        Q_EMIT errorOccurred(Error::Other, m_socket->errorString());
        return;
    }
    m_connected = true;
    Q_EMIT connected();
}

void SocketTransport::onHostLookedUp(const QHostInfo &info)
{
    m_lookupId = -1;
    if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
        Q_EMIT errorOccurred(Error::HostNotFound,
                             tr("The name %1 could not be resolved: %2").arg(dialedHost(), info.errorString()));
        return;
    }
    useAddresses(info.addresses());
}

void SocketTransport::useAddresses(const QList<QHostAddress> &addresses)
{
    // The family asked for, and the one a local address can reach.
    AddressFamily family = m_route.family;
    const QHostAddress local(m_route.localAddress);
    if (!local.isNull())
        family = local.protocol() == QAbstractSocket::IPv6Protocol ? AddressFamily::IPv6 : AddressFamily::IPv4;
    m_addresses = filterAddresses(addresses, family);
    if (m_addresses.isEmpty()) {
        Q_EMIT errorOccurred(Error::HostNotFound,
                             family == AddressFamily::IPv6 ? tr("%1 has no IPv6 address.").arg(dialedHost())
                                                           : tr("%1 has no IPv4 address.").arg(dialedHost()));
        return;
    }
    tryNextAddress();
}

QList<QHostAddress> SocketTransport::filterAddresses(const QList<QHostAddress> &addresses, AddressFamily family)
{
    if (family == AddressFamily::Any)
        return addresses;
    const auto wanted = family == AddressFamily::IPv6 ? QAbstractSocket::IPv6Protocol : QAbstractSocket::IPv4Protocol;
    QList<QHostAddress> kept;
    for (const QHostAddress &address : addresses) {
        if (address.protocol() == wanted)
            kept << address;
    }
    return kept;
}

void SocketTransport::startProxyHandshake()
{
    m_socks = std::make_unique<Socks5Handshake>(m_host, m_port, m_route.proxyUser, m_proxyPassword);
    Q_EMIT progress(tr("Connected to the SOCKS5 proxy %1.").arg(m_current.toString()));
    m_socket->write(m_socks->start());
}

void SocketTransport::onProxyData(const QByteArray &data)
{
    const QByteArray answer = m_socks->feed(data);
    for (const QString &note : m_socks->takeNotes())
        Q_EMIT progress(note);
    if (!answer.isEmpty())
        m_socket->write(answer);
    if (m_socks->state() == Socks5Handshake::State::Failed) {
        const auto kind = m_socks->errorKind();
        const QString why = m_socks->error();
        m_socks.reset();
        m_addresses.clear();
        m_socket->abort();
        Q_EMIT errorOccurred(kind, why);
        return;
    }
    if (m_socks->state() != Socks5Handshake::State::Done)
        return;
    const QByteArray rest = m_socks->leftover();
    m_socks.reset();
    finishConnecting(rest);
}

void SocketTransport::finishConnecting(const QByteArray &rest)
{
    // The PROXY header goes first, before TLS and before the server's greeting is read (through a SOCKS5
    // tunnel once it is up), as a load balancer sends it.
    if (m_route.proxyHeader.isEnabled()) {
        QString why;
        const ProxyHeader header
            = ProxyHeader::build(m_route.proxyHeader, m_socket->localAddress(), m_socket->localPort(),
                                 m_socket->peerAddress(), m_socket->peerPort(), &why);
        if (header.bytes.isEmpty()) {
            m_addresses.clear();
            m_socket->abort();
            Q_EMIT errorOccurred(Error::Other, why);
            return;
        }
        m_socket->write(header.bytes);
        Q_EMIT sentPreamble(header.shown);
    }
    m_connected = true;
    Q_EMIT connected();
    if (m_implicitTls && m_ssl && m_ssl->mode() == QSslSocket::UnencryptedMode) {
        m_ssl->setPeerVerifyName(verifyName());
        m_ssl->startClientEncryption();
    } else if (!rest.isEmpty()) {
        Q_EMIT dataReceived(rest);
    }
}

void SocketTransport::tryNextAddress()
{
    if (m_addresses.isEmpty()) {
        Q_EMIT errorOccurred(m_lastError, m_lastMessage);
        return;
    }
    m_current = m_addresses.takeFirst();
    Q_EMIT trying(m_current, m_route.usesProxy() ? m_route.proxyPort : m_port);
    m_socket->abort();
    m_sslErrors.clear();
    if (m_implicitTls)
        useSslSocket();
    if (m_ssl)
        m_ssl->setSslConfiguration(m_sslConfiguration.value_or(QSslConfiguration::defaultConfiguration()));
    if (!m_route.localAddress.isEmpty() || m_route.localPort != 0) {
        const QHostAddress local
            = m_route.localAddress.isEmpty() ? QHostAddress(QHostAddress::AnyIPv4) : QHostAddress(m_route.localAddress);
        bool bound = false;
        {
            // The failure is reported here, with the address, not as a failed attempt.
            const QSignalBlocker quiet(m_socket);
            bound = m_socket->bind(local, m_route.localPort);
        }
        if (!bound) {
            m_addresses.clear();
            Q_EMIT errorOccurred(Error::Other,
                                 tr("Cannot connect from %1: %2")
                                     .arg(SessionWire::endpoint(local, m_route.localPort), m_socket->errorString()));
            return;
        }
    }
    const quint16 port = m_route.usesProxy() ? m_route.proxyPort : m_port;
    if (m_implicitTls && !m_route.usesProxy() && !m_route.proxyHeader.isEnabled())
        m_ssl->connectToHostEncrypted(m_current.toString(), m_port, verifyName());
    else
        m_socket->connectToHost(m_current, port);
}

void SocketTransport::onSocketError()
{
    const auto error = m_socket->error();
    if (!m_connected) {
        m_lastError = mapError(error);
        m_lastMessage = m_socket->errorString();
        Q_EMIT attemptFailed(m_current, m_port, m_lastMessage);
        QMetaObject::invokeMethod(
            this, [this] { tryNextAddress(); }, Qt::QueuedConnection);
        return;
    }
    if (error == QAbstractSocket::RemoteHostClosedError)
        return; // disconnected() follows
    Q_EMIT errorOccurred(mapError(error), m_socket->errorString());
}

void SocketTransport::onDisconnected()
{
    if (!m_connected)
        return;
    m_connected = false;
    Q_EMIT disconnected();
}

void SocketTransport::write(const QByteArray &data)
{
    m_socket->write(data);
}

qint64 SocketTransport::bytesToWrite() const
{
    return m_socket->bytesToWrite() + (m_ssl ? m_ssl->encryptedBytesToWrite() : 0);
}

void SocketTransport::startTls()
{
    m_sslErrors.clear();
    if (!upgradeToSsl()) {
        Q_EMIT errorOccurred(Error::TlsFailed, tr("The connection could not be handed to the TLS layer."));
        return;
    }
    m_ssl->setPeerVerifyName(verifyName());
    m_ssl->startClientEncryption();
}

void SocketTransport::disconnectFromHost()
{
    m_socket->disconnectFromHost();
}

void SocketTransport::abort()
{
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    m_addresses.clear();
    m_connected = false;
    m_socket->abort();
}

bool SocketTransport::isConnected() const
{
    return m_connected;
}

bool SocketTransport::isEncrypted() const
{
    return m_ssl && m_ssl->isEncrypted();
}

QHostAddress SocketTransport::peerAddress() const
{
    return m_socket->peerAddress();
}

quint16 SocketTransport::peerPort() const
{
    return m_socket->peerPort();
}

QHostAddress SocketTransport::localAddress() const
{
    return m_socket->localAddress();
}

quint16 SocketTransport::localPort() const
{
    return m_socket->localPort();
}

} // namespace mailflow
