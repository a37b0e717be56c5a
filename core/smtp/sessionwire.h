#pragma once

#include "smtp/replyparser.h"
#include "smtp/transcript.h"
#include "smtp/transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace mailflow {

/**
 * The wire under a session: sends command lines, feeds what arrives to the ReplyParser, writes both
 * to the transcript and runs the one timer of the stage in progress. It knows nothing of what a
 * command means; replies, parse errors, time-outs and the transport's own events come out as signals.
 */
class SessionWire : public QObject
{
    Q_OBJECT
public:
    SessionWire(Transport *transport, Transcript *transcript, QObject *parent = nullptr);

    /** A server has nothing to say while the client holds (before its EHLO); more than this ends the
     *  connection rather than growing without bound while a person decides about a certificate. */
    static constexpr qsizetype MaxHeldBytes = 64 * 1024;

    /** "192.0.2.1:25", "[2001:db8::1]:25" */
    static QString endpoint(const QHostAddress &address, quint16 port);

    Transport *transport() const { return m_transport; }
    Transcript *transcript() const { return m_transcript; }

    /** A new connection: forgets partial replies and held bytes; replies are reported again. */
    void open();
    /** The connection is over: nothing more is reported, held bytes are dropped, the timer stops. */
    void close();

    /** Logs shown (never the wire bytes: they may hold a secret), then sends command + CRLF. */
    void send(const QByteArray &command, const QString &shown);
    /** Bytes as they are (a message chunk, the final dot); nothing is logged. */
    void write(const QByteArray &bytes);
    void log(TranscriptEntry::Direction direction, const QString &text);
    void logClient(const QString &line) { log(TranscriptEntry::Direction::Client, line); }

    /** Starts the stage timer; 0 or less waits without one. */
    void arm(int timeoutMs);
    void disarm();
    /** Progress of our own (a drained block): the same stage, a fresh timeout. */
    void restartTimer();
    int timeoutMs() const { return m_timeoutMs; }
    /** A slow multiline reply refreshes the idle timeout, but one reply never takes longer than this many
     *  stage timeouts: a server dripping lines cannot hold the test for ever. */
    static constexpr int ReplyDeadlineFactor = 2;
    /** The timer fired at that deadline, not for want of any byte. */
    bool deadlinePassed() const { return m_deadlineCapped; }

    /** While on, received bytes are kept rather than parsed (TLS handshake, certificate decision). */
    void setHolding(bool holding) { m_holding = holding; }
    /** Ends holding and parses what was held. */
    void releaseHeld();
    /** Ends holding and forgets what was held. */
    void dropHeld();
    /** Parsed lines or a partial reply are waiting: something came before the client spoke. */
    bool hasUnreadInput() const { return m_parser.hasEvents() || m_parser.isInsideReply(); }
    /** Logs the complete lines that arrived but were not read yet (they are what the server said,
     *  even when they answer nothing), and forgets them with any partial reply. */
    void logUnread();
    /** Forgets any partial line or reply (what came before a TLS handshake must not be trusted). */
    void resetParser() { m_parser.reset(); }

Q_SIGNALS:
    void replyReceived(const mailflow::SmtpReply &reply);
    void protocolError(const QString &why);
    void timedOut();
    void connected();
    void encrypted();
    void bytesWritten();
    void disconnected();
    void transportError(mailflow::Transport::Error error, const QString &message);

private:
    void onData(const QByteArray &data);
    void extendForReply();

    Transport *m_transport;
    Transcript *m_transcript;
    ReplyParser m_parser;
    QTimer m_timer;
    QElapsedTimer m_stageClock;
    bool m_deadlineCapped = false;
    int m_timeoutMs = 0;
    bool m_armed = false;
    bool m_open = false;
    bool m_holding = false;
    QByteArray m_held;
};

} // namespace mailflow
