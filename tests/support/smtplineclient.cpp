#include "smtplineclient.h"

#include <QTest>

#include <utility>

namespace mailflow::test {

SmtpLineClient::SmtpLineClient(QObject *parent)
    : QObject(parent)
{
    connect(&m_socket, &QSslSocket::readyRead, this, [this] { m_buffer += m_socket.readAll(); });
}

bool SmtpLineClient::connectTo(const QString &host, quint16 port, int timeoutMs)
{
    m_buffer.clear();
    m_socket.connectToHost(host, port);
    return m_socket.waitForConnected(timeoutMs);
}

void SmtpLineClient::send(const QByteArray &line)
{
    sendRaw(line + "\r\n");
}

void SmtpLineClient::sendRaw(const QByteArray &bytes)
{
    m_socket.write(bytes);
}

qsizetype SmtpLineClient::completeReplyLength() const
{
    qsizetype start = 0;
    for (qsizetype end; (end = m_buffer.indexOf('\n', start)) >= 0; start = end + 1) {
        const QByteArray line = m_buffer.mid(start, end - start);
        // "250-..." continues; "250 ...", "250" or anything malformed ends the reply.
        if (line.size() < 4 || line.at(3) != '-')
            return end + 1;
    }
    return -1;
}

QByteArray SmtpLineClient::readReply(int timeoutMs)
{
    (void)QTest::qWaitFor(
        [this] { return completeReplyLength() >= 0 || m_socket.state() == QAbstractSocket::UnconnectedState; },
        timeoutMs);
    m_buffer += m_socket.readAll();
    const qsizetype length = completeReplyLength();
    if (length < 0)
        return {};
    QByteArray reply = m_buffer.left(length);
    m_buffer.remove(0, length);
    return reply;
}

QByteArray SmtpLineClient::command(const QByteArray &line, int timeoutMs)
{
    send(line);
    return readReply(timeoutMs);
}

QByteArray SmtpLineClient::readUntilClosed(int timeoutMs)
{
    (void)QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::UnconnectedState; }, timeoutMs);
    m_buffer += m_socket.readAll();
    return std::exchange(m_buffer, {});
}

bool SmtpLineClient::startTls(int timeoutMs)
{
    m_socket.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket.startClientEncryption();
    return m_socket.waitForEncrypted(timeoutMs);
}

int SmtpLineClient::replyCode(const QByteArray &reply)
{
    const QByteArray trimmed = reply.trimmed();
    const qsizetype lastLine = trimmed.lastIndexOf('\n') + 1;
    bool ok = false;
    const int code = trimmed.mid(lastLine, 3).toInt(&ok);
    return ok ? code : 0;
}

} // namespace mailflow::test
