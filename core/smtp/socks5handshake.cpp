#include "smtp/socks5handshake.h"

#include <QHostAddress>
#include <QtEndian>

#include <array>
#include <utility>

namespace mailflow {

namespace {
constexpr char Version = 5;
constexpr char NoAuthentication = 0;
constexpr char UserPassword = 2;
constexpr unsigned char NoAcceptableMethod = 0xff;
constexpr char LoginVersion = 1;
enum AddressType : char { IPv4 = 1, DomainName = 3, IPv6 = 4 };

struct ReplyCode
{
    int code;
    const char *text;
    Transport::Error kind;
};
// The proxy's answer to CONNECT, by REP value.
constexpr std::array ReplyCodes {
    ReplyCode {1, QT_TRANSLATE_NOOP("mailflow::Socks5Handshake", "general SOCKS server failure"),
               Transport::Error::Other},
    ReplyCode {2, QT_TRANSLATE_NOOP("mailflow::Socks5Handshake", "connection not allowed by the proxy's rules"),
               Transport::Error::Other},
    ReplyCode {3, QT_TRANSLATE_NOOP("mailflow::Socks5Handshake", "network unreachable"),
               Transport::Error::NetworkUnreachable},
    ReplyCode {4, QT_TRANSLATE_NOOP("mailflow::Socks5Handshake", "host unreachable"),
               Transport::Error::NetworkUnreachable},
    ReplyCode {5, QT_TRANSLATE_NOOP("mailflow::Socks5Handshake", "connection refused"),
               Transport::Error::ConnectionRefused},
    ReplyCode {6, QT_TRANSLATE_NOOP("mailflow::Socks5Handshake", "TTL expired"), Transport::Error::Other},
    ReplyCode {7, QT_TRANSLATE_NOOP("mailflow::Socks5Handshake", "command not supported"), Transport::Error::Other},
    ReplyCode {8, QT_TRANSLATE_NOOP("mailflow::Socks5Handshake", "address type not supported"),
               Transport::Error::Other},
};

const ReplyCode *replyCode(int code)
{
    for (const ReplyCode &r : ReplyCodes) {
        if (r.code == code)
            return &r;
    }
    return nullptr;
}

QByteArray withLength(const QByteArray &bytes)
{
    return char(bytes.size()) + bytes;
}
} // namespace

Socks5Handshake::Socks5Handshake(const QString &host, quint16 port, const QString &user, const QString &password)
    : m_host(host)
    , m_port(port)
    , m_user(user)
    , m_password(password)
{ }

QString Socks5Handshake::replyText(int code)
{
    const ReplyCode *r = replyCode(code);
    return r ? tr(r->text) : tr("unknown reply %1").arg(code);
}

QStringList Socks5Handshake::takeNotes()
{
    return std::exchange(m_notes, {});
}

QByteArray Socks5Handshake::start()
{
    m_state = State::Greeting;
    m_buffer.clear();
    QByteArray greeting;
    greeting += Version;
    if (m_user.isEmpty()) {
        greeting += char(1);
        greeting += NoAuthentication;
    } else {
        greeting += char(2);
        greeting += NoAuthentication;
        greeting += UserPassword;
    }
    return greeting;
}

QByteArray Socks5Handshake::fail(const QString &why, Transport::Error kind)
{
    m_state = State::Failed;
    m_error = why;
    m_errorKind = kind;
    return {};
}

QByteArray Socks5Handshake::connectRequest() const
{
    QByteArray request;
    request += Version;
    request += char(1); // CONNECT
    request += char(0);
    const QHostAddress literal(m_host);
    if (literal.protocol() == QAbstractSocket::IPv4Protocol) {
        request += char(IPv4);
        const quint32 v4 = qToBigEndian(literal.toIPv4Address());
        request += QByteArray(reinterpret_cast<const char *>(&v4), 4);
    } else if (literal.protocol() == QAbstractSocket::IPv6Protocol) {
        request += char(IPv6);
        const Q_IPV6ADDR v6 = literal.toIPv6Address();
        request += QByteArray(reinterpret_cast<const char *>(v6.c), 16);
    } else {
        request += char(DomainName) + withLength(m_host.toUtf8());
    }
    const quint16 port = qToBigEndian(m_port);
    request += QByteArray(reinterpret_cast<const char *>(&port), 2);
    return request;
}

QByteArray Socks5Handshake::feed(const QByteArray &data)
{
    m_buffer += data;
    switch (m_state) {
    case State::Greeting: {
        if (m_buffer.size() < 2)
            return {};
        const auto method = static_cast<unsigned char>(m_buffer.at(1));
        const bool versionOk = m_buffer.at(0) == Version;
        m_buffer.remove(0, 2);
        if (!versionOk)
            return fail(tr("The proxy does not speak SOCKS5."));
        if (method == NoAcceptableMethod || (method == UserPassword && m_user.isEmpty())
            || (method != NoAuthentication && method != UserPassword))
            return fail(m_user.isEmpty() ? tr("The SOCKS5 proxy wants a user name and password.")
                                         : tr("The SOCKS5 proxy accepts none of the login methods offered."));
        if (method == UserPassword) {
            m_state = State::Login;
            m_notes << tr("SOCKS5: logging in to the proxy as %1.").arg(m_user);
            return LoginVersion + withLength(m_user.toUtf8()) + withLength(m_password.toUtf8());
        }
        m_state = State::Connect;
        m_notes << tr("SOCKS5: asking the proxy to connect to %1 port %2.").arg(m_host).arg(m_port);
        return connectRequest();
    }
    case State::Login: {
        if (m_buffer.size() < 2)
            return {};
        const bool accepted = m_buffer.at(1) == 0;
        m_buffer.remove(0, 2);
        if (!accepted)
            return fail(tr("The SOCKS5 proxy refused the user name or password."));
        m_state = State::Connect;
        m_notes << tr("SOCKS5: asking the proxy to connect to %1 port %2.").arg(m_host).arg(m_port);
        return connectRequest();
    }
    case State::Connect: {
        if (m_buffer.size() < 5)
            return {};
        if (m_buffer.at(0) != Version)
            return fail(tr("The proxy does not speak SOCKS5."));
        const int code = static_cast<unsigned char>(m_buffer.at(1));
        const char type = m_buffer.at(3);
        const qsizetype addressSize = type == IPv4 ? 4
            : type == IPv6                         ? 16
            : type == DomainName                   ? 1 + static_cast<unsigned char>(m_buffer.at(4))
                                                   : -1;
        if (code != 0) {
            const ReplyCode *r = replyCode(code);
            return fail(
                tr("The SOCKS5 proxy could not connect to %1 port %2: %3").arg(m_host).arg(m_port).arg(replyText(code)),
                r ? r->kind : Transport::Error::Other);
        }
        if (addressSize < 0)
            return fail(tr("The SOCKS5 proxy sent an address of unknown type %1.").arg(int(type)));
        if (m_buffer.size() < 4 + addressSize + 2)
            return {};
        m_buffer.remove(0, 4 + addressSize + 2);
        m_state = State::Done;
        m_notes << tr("SOCKS5: the proxy connected to %1 port %2.").arg(m_host).arg(m_port);
        return {};
    }
    case State::Done:
    case State::Failed:
        return {};
    }
    return {};
}

} // namespace mailflow
