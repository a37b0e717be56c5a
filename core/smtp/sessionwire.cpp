#include "smtp/sessionwire.h"

#include <algorithm>

namespace mailflow {

QString SessionWire::endpoint(const QHostAddress &address, quint16 port)
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

SessionWire::SessionWire(Transport *transport, Transcript *transcript, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_transcript(transcript)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SessionWire::timedOut);
    connect(m_transport, &Transport::trying, this, [this](const QHostAddress &address, quint16 port) {
        log(TranscriptEntry::Direction::Info, tr("Trying %1…").arg(endpoint(address, port)));
    });
    connect(m_transport, &Transport::attemptFailed, this,
            [this](const QHostAddress &address, quint16 port, const QString &reason) {
                log(TranscriptEntry::Direction::Warning, tr("%1: %2").arg(endpoint(address, port), reason));
            });
    connect(m_transport, &Transport::progress, this,
            [this](const QString &text) { log(TranscriptEntry::Direction::Info, text); });
    connect(m_transport, &Transport::sentPreamble, this, [this](const QString &shown) { logClient(shown); });
    connect(m_transport, &Transport::connected, this, &SessionWire::connected);
    connect(m_transport, &Transport::encrypted, this, &SessionWire::encrypted);
    connect(m_transport, &Transport::bytesWritten, this, &SessionWire::bytesWritten);
    connect(m_transport, &Transport::disconnected, this, &SessionWire::disconnected);
    connect(m_transport, &Transport::errorOccurred, this, &SessionWire::transportError);
    connect(m_transport, &Transport::dataReceived, this, &SessionWire::onData);
}

void SessionWire::open()
{
    m_parser.reset();
    m_held.clear();
    m_holding = false;
    m_open = true;
}

void SessionWire::close()
{
    m_open = false;
    m_held.clear();
    m_holding = false;
    disarm();
}

void SessionWire::send(const QByteArray &command, const QString &shown)
{
    logClient(shown);
    m_transport->write(command + "\r\n");
}

void SessionWire::write(const QByteArray &bytes)
{
    m_transport->write(bytes);
}

void SessionWire::log(TranscriptEntry::Direction direction, const QString &text)
{
    m_transcript->append(direction, text);
}

void SessionWire::arm(int timeoutMs)
{
    m_timeoutMs = timeoutMs;
    m_armed = timeoutMs > 0;
    m_deadlineCapped = false;
    m_stageClock.start();
    if (m_armed)
        m_timer.start(timeoutMs);
    else
        m_timer.stop();
}

void SessionWire::disarm()
{
    m_armed = false;
    m_timer.stop();
}

void SessionWire::restartTimer()
{
    if (!m_armed)
        return;
    m_deadlineCapped = false;
    m_stageClock.start();
    m_timer.start(m_timeoutMs);
}

void SessionWire::extendForReply()
{
    if (!m_armed)
        return;
    const qint64 left = qint64(m_timeoutMs) * ReplyDeadlineFactor - m_stageClock.elapsed();
    m_deadlineCapped = left <= m_timeoutMs;
    m_timer.start(int(std::clamp<qint64>(left, 0, m_timeoutMs)));
}

void SessionWire::releaseHeld()
{
    m_holding = false;
    if (!m_held.isEmpty())
        onData(std::exchange(m_held, {}));
}

void SessionWire::dropHeld()
{
    m_holding = false;
    m_held.clear();
}

void SessionWire::logUnread()
{
    while (m_parser.hasEvents()) {
        const ParserEvent event = m_parser.takeEvent();
        if (event.kind == ParserEvent::Kind::Line)
            log(TranscriptEntry::Direction::Server, event.lineText());
        else if (event.kind == ParserEvent::Kind::Violation)
            log(TranscriptEntry::Direction::Warning, event.text);
    }
    m_parser.reset();
}

void SessionWire::onData(const QByteArray &data)
{
    if (m_holding) {
        if (m_held.size() + data.size() > MaxHeldBytes) {
            dropHeld();
            Q_EMIT protocolError(tr("The server sent more than %1 KiB before the client spoke again (during the "
                                    "TLS handshake or the certificate decision); the connection was closed.")
                                     .arg(MaxHeldBytes / 1024));
            return;
        }
        m_held += data;
        return;
    }
    m_parser.feed(data);
    while (m_parser.hasEvents() && m_open) {
        const ParserEvent event = m_parser.takeEvent();
        switch (event.kind) {
        case ParserEvent::Kind::Line:
            log(TranscriptEntry::Direction::Server, event.lineText());
            break;
        case ParserEvent::Kind::Violation:
            log(TranscriptEntry::Direction::Warning, event.text);
            break;
        case ParserEvent::Kind::Error:
            Q_EMIT protocolError(event.text);
            break;
        case ParserEvent::Kind::Reply:
            Q_EMIT replyReceived(event.reply);
            break;
        }
    }
    if (m_parser.isInsideReply())
        extendForReply(); // a slow multiline reply is still progress, up to the deadline
}

} // namespace mailflow
