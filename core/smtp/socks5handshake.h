#pragma once

#include "smtp/transport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace mailflow {

/**
 * The client side of a SOCKS5 CONNECT (RFC 1928) with no authentication or a user name and password
 * (RFC 1929), as bytes in and bytes out, so that the transport only carries them. The target host name
 * goes to the proxy as it is (ATYP 3): the proxy resolves it, as a client behind it would need.
 */
class Socks5Handshake
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::Socks5Handshake)

public:
    enum class State { Greeting, Login, Connect, Done, Failed };

    Socks5Handshake(const QString &host, quint16 port, const QString &user, const QString &password);

    /** The first bytes to send: the greeting with the methods offered. */
    QByteArray start();
    /**
     * Takes what the proxy sent; returns the bytes to send next (possibly none). After Done, leftover()
     * holds what came after the proxy's reply (the server's first bytes); after Failed, error() says why.
     */
    QByteArray feed(const QByteArray &data);

    State state() const { return m_state; }
    QString error() const { return m_error; }
    Transport::Error errorKind() const { return m_errorKind; }
    /** One line for the transcript per step taken, taken away as read. */
    QStringList takeNotes();
    QByteArray leftover() const { return m_buffer; }

    /** The text of a CONNECT reply code (RFC 1928 §6). */
    static QString replyText(int code);

private:
    QByteArray connectRequest() const;
    QByteArray fail(const QString &why, Transport::Error kind = Transport::Error::Other);

    QString m_host;
    quint16 m_port;
    QString m_user;
    QString m_password;
    State m_state = State::Greeting;
    QByteArray m_buffer;
    QString m_error;
    Transport::Error m_errorKind = Transport::Error::Other;
    QStringList m_notes;
};

} // namespace mailflow
