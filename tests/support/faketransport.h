#pragma once

#include "smtp/transport.h"

#include <QByteArray>
#include <QList>

namespace mailflow::test {

/**
 * A socket-free Transport for unit tests. It records every write, lets the test inject server bytes and
 * decide how connecting, STARTTLS and draining behave. Signals a real socket delivers from the event loop
 * (connected, encrypted, connect/TLS failures, auto-drained bytesWritten) are queued, never emitted
 * inside the call that caused them. Calls made by the test (injectRead, drain, simulate...) emit at once,
 * as a socket notifier would.
 */
class FakeTransport : public Transport
{
    Q_OBJECT
public:
    enum class Outcome { Succeed, Fail, Hang };
    Q_ENUM(Outcome)

    explicit FakeTransport(QObject *parent = nullptr);

    /** The write log entry startTls() appends (also to written()). */
    static QByteArray startTlsMarker() { return QByteArrayLiteral("<STARTTLS>"); }

    // --- behaviour (set before the session acts) -------------------------------------------------
    /** Default: connect succeeds with peer 127.0.0.1 (trying(peer, port), then connected()). */
    void setConnectSucceeds(const QHostAddress &peer = QHostAddress(QHostAddress::LocalHost));
    /** Connect fails: trying/attemptFailed for each of triedAddresses, then errorOccurred(error, message). */
    void setConnectFails(Transport::Error error, const QString &message,
                         const QList<QHostAddress> &triedAddresses = {});
    /** Connect never completes; trying(peer) is still emitted unless peer is null. See completeConnect(). */
    void setConnectHangs(const QHostAddress &peer = QHostAddress(QHostAddress::LocalHost));
    /** Default: STARTTLS succeeds (encrypted()). Fail: errorOccurred(TlsFailed, message). */
    void setTlsOutcome(Outcome outcome, const QString &failMessage = QStringLiteral("TLS handshake failed"));
    /** On (default): written bytes are "sent" from the event loop. Off: they stay in bytesToWrite() until drain(). */
    void setAutoDrain(bool on);
    void setLocalEndpoint(const QHostAddress &address, quint16 port);
    /** What tlsReport() returns after a handshake (e.g. with a certificate problem to decide on). */
    void setTlsReport(const TlsReport &report) { m_tlsReport = report; }

    // --- driving the fake from the test ----------------------------------------------------------
    /** Delivers server bytes (emits dataReceived at once). Returns false, and drops them, when not connected. */
    bool injectRead(const QByteArray &data);
    /** Finishes a hanging connect: connected() now. */
    void completeConnect();
    /** Fails a hanging connect now. */
    void failConnect(Transport::Error error, const QString &message);
    /** Finishes a hanging STARTTLS (setTlsOutcome(Hang)): encrypted() now. */
    void completeTls();
    /** Sends n of the pending bytes (all when n < 0): bytesToWrite() shrinks, bytesWritten(sent) is emitted. */
    qint64 drain(qint64 n = -1);
    /** The server closed: errorOccurred(RemoteClosed, message) when withError, then disconnected(). */
    void simulateRemoteClose(bool withError = true,
                             const QString &message = QStringLiteral("The remote host closed the connection"));
    /** A network error mid-session: errorOccurred(error, message), then disconnected(). */
    void simulateError(Transport::Error error, const QString &message);

    // --- what the session did ---------------------------------------------------------------------
    QList<QByteArray> writes() const { return m_writes; }
    QByteArray written() const;
    /** written() split at CRLF (terminators removed, a trailing partial line kept); the STARTTLS marker is a line of
     * its own. */
    QList<QByteArray> writtenLines() const;
    /** Returns written() and clears the write log. */
    QByteArray takeWritten();
    void clearWrites() { m_writes.clear(); }
    /** Writes attempted while not connected (dropped, not in writes()). */
    int rejectedWrites() const { return m_rejectedWrites; }
    int connectCalls() const { return m_connectCalls; }
    QString lastHost() const { return m_lastHost; }
    quint16 lastPort() const { return m_lastPort; }
    int startTlsCalls() const { return m_startTlsCalls; }
    int disconnectCalls() const { return m_disconnectCalls; }
    int abortCalls() const { return m_abortCalls; }
    bool isConnecting() const { return m_connecting; }

    // --- Transport --------------------------------------------------------------------------------
    void connectToHost(const QString &host, quint16 port) override;
    void write(const QByteArray &data) override;
    qint64 bytesToWrite() const override { return m_pending; }
    void startTls() override;
    void disconnectFromHost() override;
    void abort() override;
    bool isConnected() const override { return m_connected; }
    bool isEncrypted() const override { return m_encrypted; }
    QHostAddress peerAddress() const override { return m_connected ? m_peer : QHostAddress(); }
    quint16 peerPort() const override { return m_connected ? m_lastPort : 0; }
    QHostAddress localAddress() const override { return m_connected ? m_localAddress : QHostAddress(); }
    quint16 localPort() const override { return m_connected ? m_localPort : 0; }
    TlsReport tlsReport() const override { return m_encrypted ? m_tlsReport : TlsReport {}; }

Q_SIGNALS:
    /** Emitted for every recorded write (and for the STARTTLS marker), so a test can await one. */
    void wrote(const QByteArray &data);

private:
    void scheduleDrain();
    void finishClose();
    void dropConnection();

    Outcome m_connectOutcome = Outcome::Succeed;
    QHostAddress m_connectPeer {QHostAddress::LocalHost};
    Transport::Error m_connectError = Transport::Error::ConnectionRefused;
    QString m_connectMessage;
    QList<QHostAddress> m_connectTried;
    Outcome m_tlsOutcome = Outcome::Succeed;
    QString m_tlsMessage;
    TlsReport m_tlsReport;
    bool m_autoDrain = true;
    bool m_drainScheduled = false;

    QHostAddress m_peer;
    QHostAddress m_localAddress {QHostAddress::LocalHost};
    quint16 m_localPort = 54321;
    bool m_connecting = false;
    bool m_connected = false;
    bool m_encrypted = false;
    bool m_tlsPending = false;
    bool m_closing = false;
    /** Bumped whenever a connection ends, so queued events of an old connection are ignored. */
    quint64 m_generation = 0;
    qint64 m_pending = 0;

    QList<QByteArray> m_writes;
    int m_rejectedWrites = 0;
    int m_connectCalls = 0;
    QString m_lastHost;
    quint16 m_lastPort = 0;
    int m_startTlsCalls = 0;
    int m_disconnectCalls = 0;
    int m_abortCalls = 0;
};

} // namespace mailflow::test
