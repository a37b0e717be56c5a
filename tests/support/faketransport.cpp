#include "faketransport.h"

#include <QTimer>

#include <utility>

namespace mailflow::test {

FakeTransport::FakeTransport(QObject *parent)
    : Transport(parent)
{ }

void FakeTransport::setConnectSucceeds(const QHostAddress &peer)
{
    m_connectOutcome = Outcome::Succeed;
    m_connectPeer = peer;
}

void FakeTransport::setConnectFails(Transport::Error error, const QString &message,
                                    const QList<QHostAddress> &triedAddresses)
{
    m_connectOutcome = Outcome::Fail;
    m_connectError = error;
    m_connectMessage = message;
    m_connectTried = triedAddresses;
}

void FakeTransport::setConnectHangs(const QHostAddress &peer)
{
    m_connectOutcome = Outcome::Hang;
    m_connectPeer = peer;
}

void FakeTransport::setTlsOutcome(Outcome outcome, const QString &failMessage)
{
    m_tlsOutcome = outcome;
    m_tlsMessage = failMessage;
}

void FakeTransport::setAutoDrain(bool on)
{
    m_autoDrain = on;
    if (on && m_pending > 0)
        scheduleDrain();
}

void FakeTransport::setLocalEndpoint(const QHostAddress &address, quint16 port)
{
    m_localAddress = address;
    m_localPort = port;
}

void FakeTransport::connectToHost(const QString &host, quint16 port)
{
    ++m_connectCalls;
    if (m_connected || m_connecting) {
        qWarning("FakeTransport::connectToHost: already connected or connecting");
        return;
    }
    m_lastHost = host;
    m_lastPort = port;
    m_connecting = true;
    const quint64 generation = m_generation;
    // Name resolution and the TCP handshake happen later, from the event loop, as with a real socket.
    QTimer::singleShot(0, this, [this, generation, port] {
        if (generation != m_generation || !m_connecting)
            return;
        switch (m_connectOutcome) {
        case Outcome::Succeed:
            Q_EMIT trying(m_connectPeer, port);
            QTimer::singleShot(0, this, [this, generation] {
                if (generation == m_generation && m_connecting)
                    completeConnect();
            });
            break;
        case Outcome::Fail:
            for (const QHostAddress &address : std::as_const(m_connectTried)) {
                Q_EMIT trying(address, port);
                if (generation != m_generation || !m_connecting)
                    return;
                Q_EMIT attemptFailed(address, port, m_connectMessage);
                if (generation != m_generation || !m_connecting)
                    return;
            }
            failConnect(m_connectError, m_connectMessage);
            break;
        case Outcome::Hang:
            if (!m_connectPeer.isNull())
                Q_EMIT trying(m_connectPeer, port);
            break;
        }
    });
}

void FakeTransport::completeConnect()
{
    if (!m_connecting) {
        qWarning("FakeTransport::completeConnect: no connect in progress");
        return;
    }
    m_connecting = false;
    m_connected = true;
    m_peer = m_connectPeer.isNull() ? QHostAddress(QHostAddress::LocalHost) : m_connectPeer;
    Q_EMIT connected();
}

void FakeTransport::failConnect(Transport::Error error, const QString &message)
{
    if (!m_connecting) {
        qWarning("FakeTransport::failConnect: no connect in progress");
        return;
    }
    m_connecting = false;
    ++m_generation;
    Q_EMIT errorOccurred(error, message);
}

void FakeTransport::write(const QByteArray &data)
{
    if (!m_connected || m_closing) {
        ++m_rejectedWrites;
        qWarning("FakeTransport::write: not connected, %lld bytes dropped", static_cast<long long>(data.size()));
        return;
    }
    m_writes.append(data);
    m_pending += data.size();
    Q_EMIT wrote(data);
    if (m_autoDrain)
        scheduleDrain();
}

void FakeTransport::scheduleDrain()
{
    if (m_drainScheduled)
        return;
    m_drainScheduled = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        m_drainScheduled = false;
        if (generation == m_generation && m_autoDrain)
            drain();
    });
}

qint64 FakeTransport::drain(qint64 n)
{
    if (n < 0 || n > m_pending)
        n = m_pending;
    if (n == 0 || !m_connected)
        return 0;
    m_pending -= n;
    const quint64 generation = m_generation;
    Q_EMIT bytesWritten(n);
    if (generation == m_generation && m_closing && m_pending == 0)
        finishClose();
    return n;
}

void FakeTransport::startTls()
{
    ++m_startTlsCalls;
    const quint64 generation = m_generation;
    if (!m_connected) {
        QTimer::singleShot(0, this, [this, generation] {
            if (generation == m_generation)
                Q_EMIT errorOccurred(Transport::Error::TlsFailed, QStringLiteral("STARTTLS while not connected"));
        });
        return;
    }
    const QByteArray marker = startTlsMarker();
    m_writes.append(marker);
    Q_EMIT wrote(marker);
    m_tlsPending = true;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation || !m_tlsPending)
            return;
        switch (m_tlsOutcome) {
        case Outcome::Succeed:
            completeTls();
            break;
        case Outcome::Fail:
            m_tlsPending = false;
            Q_EMIT errorOccurred(Transport::Error::TlsFailed, m_tlsMessage);
            if (generation == m_generation && m_connected) {
                dropConnection();
                Q_EMIT disconnected();
            }
            break;
        case Outcome::Hang:
            break;
        }
    });
}

void FakeTransport::completeTls()
{
    if (!m_tlsPending) {
        qWarning("FakeTransport::completeTls: no STARTTLS in progress");
        return;
    }
    m_tlsPending = false;
    m_encrypted = true;
    Q_EMIT encrypted();
}

void FakeTransport::disconnectFromHost()
{
    ++m_disconnectCalls;
    if (m_connecting) {
        m_connecting = false;
        ++m_generation;
        return;
    }
    if (!m_connected || m_closing)
        return;
    m_closing = true;
    // Like QAbstractSocket: closes at once when nothing is pending, else once the data is sent.
    if (m_pending == 0)
        finishClose();
}

void FakeTransport::abort()
{
    ++m_abortCalls;
    if (m_connecting) {
        m_connecting = false;
        ++m_generation;
        return;
    }
    if (!m_connected)
        return;
    finishClose();
}

void FakeTransport::finishClose()
{
    dropConnection();
    Q_EMIT disconnected();
}

void FakeTransport::dropConnection()
{
    m_connected = false;
    m_encrypted = false;
    m_tlsPending = false;
    m_closing = false;
    m_pending = 0;
    ++m_generation;
}

bool FakeTransport::injectRead(const QByteArray &data)
{
    if (!m_connected) {
        qWarning("FakeTransport::injectRead: not connected, data dropped");
        return false;
    }
    Q_EMIT dataReceived(data);
    return true;
}

void FakeTransport::simulateRemoteClose(bool withError, const QString &message)
{
    if (!m_connected) {
        qWarning("FakeTransport::simulateRemoteClose: not connected");
        return;
    }
    const quint64 generation = m_generation;
    if (withError)
        Q_EMIT errorOccurred(Transport::Error::RemoteClosed, message);
    if (generation == m_generation && m_connected)
        finishClose();
}

void FakeTransport::simulateError(Transport::Error error, const QString &message)
{
    if (!m_connected) {
        qWarning("FakeTransport::simulateError: not connected");
        return;
    }
    const quint64 generation = m_generation;
    Q_EMIT errorOccurred(error, message);
    if (generation == m_generation && m_connected)
        finishClose();
}

QByteArray FakeTransport::written() const
{
    QByteArray all;
    for (const QByteArray &chunk : m_writes)
        all += chunk;
    return all;
}

QList<QByteArray> FakeTransport::writtenLines() const
{
    QList<QByteArray> lines;
    QByteArray partial;
    for (const QByteArray &chunk : m_writes) {
        if (chunk == startTlsMarker()) {
            if (!partial.isEmpty())
                lines.append(std::exchange(partial, {}));
            lines.append(chunk);
            continue;
        }
        partial += chunk;
        qsizetype start = 0;
        for (qsizetype end; (end = partial.indexOf("\r\n", start)) >= 0; start = end + 2)
            lines.append(partial.mid(start, end - start));
        partial.remove(0, start);
    }
    if (!partial.isEmpty())
        lines.append(partial);
    return lines;
}

QByteArray FakeTransport::takeWritten()
{
    QByteArray all = written();
    m_writes.clear();
    return all;
}

} // namespace mailflow::test
