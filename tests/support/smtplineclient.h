#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslSocket>

namespace mailflow::test {

/**
 * A bare SMTP client for tests that talk to a fixture directly (not through the session engine):
 * send a line, read a whole (multiline) reply.
 *
 *   SmtpLineClient c;
 *   QVERIFY(c.connectTo(sink.host(), sink.port()));
 *   QCOMPARE(c.replyCode(c.readReply()), 220);
 *   QVERIFY(c.command("EHLO me").startsWith("250-"));
 */
class SmtpLineClient : public QObject
{
    Q_OBJECT
public:
    explicit SmtpLineClient(QObject *parent = nullptr);

    bool connectTo(const QString &host, quint16 port, int timeoutMs = 5000);
    /** Sends line + CRLF. */
    void send(const QByteArray &line);
    /** Sends raw bytes as they are. */
    void sendRaw(const QByteArray &bytes);
    /** The next complete reply (all its lines, with CRLF), or empty after timeoutMs or when the peer closed. */
    QByteArray readReply(int timeoutMs = 5000);
    /** send(line), then readReply(). */
    QByteArray command(const QByteArray &line, int timeoutMs = 5000);
    /** Waits until the peer closes; returns what it sent meanwhile. */
    QByteArray readUntilClosed(int timeoutMs = 5000);
    bool isConnected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    /** Starts TLS (after a 220 to STARTTLS) accepting any certificate; true once encrypted. */
    bool startTls(int timeoutMs = 5000);
    bool isEncrypted() const { return m_socket.isEncrypted(); }
    QSslSocket &socket() { return m_socket; }

    /** The code of a reply's last line, 0 when there is none. */
    static int replyCode(const QByteArray &reply);

private:
    qsizetype completeReplyLength() const;

    QSslSocket m_socket;
    QByteArray m_buffer;
};

} // namespace mailflow::test
