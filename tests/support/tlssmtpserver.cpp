#include "tlssmtpserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QSslKey>
#include <QSslSocket>

namespace mailflow::test {

namespace {
/** The index-th space-separated word; with rest, everything from it on. */
QByteArray word(const QByteArray &line, int index, bool rest = false)
{
    const QList<QByteArray> words = line.split(' ');
    if (index >= words.size())
        return {};
    return rest ? words.mid(index).join(' ') : words.at(index);
}
} // namespace

struct TlsSmtpServer::Client
{
    QSslSocket *socket = nullptr;
    QByteArray buffer;
    bool inData = false;
    enum class Auth { None, PlainResponse, LoginUser, LoginPassword, CramResponse } auth = Auth::None;
    QString loginUser;
    QByteArray cramChallenge;
};

TlsSmtpServer::TlsSmtpServer(Mode mode, QObject *parent)
    : QSslServer(parent)
    , m_mode(mode)
{
    m_config = QSslConfiguration::defaultConfiguration();
    m_config.setPeerVerifyMode(QSslSocket::VerifyNone);
    connect(this, &QSslServer::pendingConnectionAvailable, this, &TlsSmtpServer::onIncoming);
    connect(this, &QSslServer::sslErrors, this, [](QSslSocket *, const QList<QSslError> &) {});
}

bool TlsSmtpServer::setCertificate(const QString &certificatePem, const QString &keyPem)
{
    QFile cert(certificatePem);
    QFile key(keyPem);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
        return false;
    const QByteArray keyData = key.readAll();
    QSslKey privateKey(keyData, QSsl::Ec);
    if (privateKey.isNull())
        privateKey = QSslKey(keyData, QSsl::Rsa);
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cert.readAll());
    if (privateKey.isNull() || chain.isEmpty())
        return false;
    m_config.setLocalCertificateChain(chain);
    m_config.setPrivateKey(privateKey);
    return true;
}

bool TlsSmtpServer::setClientCa(const QString &caPem, bool required)
{
    const QList<QSslCertificate> cas = QSslCertificate::fromPath(caPem);
    if (cas.isEmpty())
        return false;
    m_config.setCaCertificates(cas);
    m_config.setPeerVerifyMode(required ? QSslSocket::VerifyPeer : QSslSocket::QueryPeer);
    return true;
}

void TlsSmtpServer::setAuth(const QString &user, const QString &password, bool beforeTls)
{
    m_user = user;
    m_password = password;
    m_authBeforeTls = beforeTls;
}

bool TlsSmtpServer::listenOnLoopback()
{
    setSslConfiguration(m_config);
    return listen(QHostAddress::LocalHost, 0);
}

bool TlsSmtpServer::sawCommand(const QByteArray &verb) const
{
    for (const QByteArray &line : m_received) {
        if (line.toUpper().startsWith(verb.toUpper()))
            return true;
    }
    return false;
}

void TlsSmtpServer::onIncoming()
{
    while (QTcpSocket *plain = nextPendingConnection()) {
        auto *socket = qobject_cast<QSslSocket *>(plain);
        auto *client = new Client;
        client->socket = socket;
        connect(socket, &QObject::destroyed, this, [client] { delete client; });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QSslSocket::readyRead, this, [this, client] { readLines(client); });
        auto onEncrypted = [this, client] {
            ++m_handshakes;
            const QSslCertificate peer = client->socket->peerCertificate();
            if (!peer.isNull())
                m_clientSubject = peer.subjectInfo(QSslCertificate::CommonName).join(u',');
        };
        connect(socket, &QSslSocket::encrypted, this, onEncrypted);
        if (m_mode == Mode::Implicit) {
            // QSslServer hands the socket over once the handshake is done.
            onEncrypted();
            reply(client, QStringLiteral("220 tls.test ESMTP Mailflow TLS test server"));
        }
        if (m_mode == Mode::StartTls)
            reply(client, QStringLiteral("220 tls.test ESMTP Mailflow TLS test server"));
    }
}

void TlsSmtpServer::incomingConnection(qintptr socketDescriptor)
{
    if (m_mode == Mode::Implicit) {
        QSslServer::incomingConnection(socketDescriptor);
        return;
    }
    // STARTTLS: accept in clear text; encryption starts on request.
    auto *socket = new QSslSocket(this);
    if (!socket->setSocketDescriptor(socketDescriptor)) {
        delete socket;
        return;
    }
    socket->setSslConfiguration(m_config);
    addPendingConnection(socket); // emits pendingConnectionAvailable()
}

void TlsSmtpServer::reply(Client *client, const QString &text)
{
    client->socket->write(text.toUtf8().replace('\n', "\r\n") + "\r\n");
}

void TlsSmtpServer::readLines(Client *client)
{
    client->buffer += client->socket->readAll();
    qsizetype end;
    while ((end = client->buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = client->buffer.left(end);
        client->buffer.remove(0, end + 2);
        onLine(client, line);
        if (!client->socket || client->socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
}

void TlsSmtpServer::onLine(Client *client, const QByteArray &line)
{
    m_received << line;
    if (client->inData) {
        if (line == ".") {
            client->inData = false;
            ++m_messages;
            reply(client, QStringLiteral("250 2.0.0 Ok: queued as TLS0001"));
        }
        return;
    }
    if (client->auth != Client::Auth::None) {
        onAuthLine(client, line);
        return;
    }
    const bool encrypted = client->socket->isEncrypted();
    const QByteArray verb = word(line, 0).split(':').value(0).toUpper();
    if (verb == "EHLO") {
        QStringList lines {QStringLiteral("250-tls.test")};
        if (!encrypted && m_offerStartTls && m_mode == Mode::StartTls)
            lines << QStringLiteral("250-STARTTLS");
        if (!m_user.isEmpty() && (encrypted || m_authBeforeTls))
            lines << QStringLiteral("250-AUTH ") + m_mechanisms;
        lines << QStringLiteral("250-SIZE 10240000") << QStringLiteral("250 ENHANCEDSTATUSCODES");
        reply(client, lines.join(u'\n'));
    } else if (verb == "STARTTLS") {
        if (!m_startTlsReply.isEmpty()) {
            reply(client, m_startTlsReply);
        } else if (encrypted || m_mode != Mode::StartTls) {
            reply(client, QStringLiteral("503 5.5.1 TLS already active"));
        } else {
            reply(client, QStringLiteral("220 2.0.0 Ready to start TLS"));
            client->buffer.clear();
            client->socket->startServerEncryption();
        }
    } else if (verb == "AUTH") {
        const QByteArray mechanism = word(line, 1).toUpper();
        const QByteArray initial = word(line, 2);
        if (m_user.isEmpty() || (!encrypted && !m_authBeforeTls)) {
            reply(client, QStringLiteral("503 5.5.1 Error: authentication not enabled"));
        } else if (mechanism == "PLAIN") {
            if (initial.isEmpty()) {
                client->auth = Client::Auth::PlainResponse;
                reply(client, QStringLiteral("334 "));
            } else {
                onAuthLine((client->auth = Client::Auth::PlainResponse, client), initial);
            }
        } else if (mechanism == "LOGIN") {
            client->auth = Client::Auth::LoginUser;
            reply(client, QStringLiteral("334 VXNlcm5hbWU6"));
        } else if (mechanism == "CRAM-MD5") {
            client->auth = Client::Auth::CramResponse;
            client->cramChallenge = "<12345.67890@tls.test>";
            reply(client, QStringLiteral("334 ") + QString::fromLatin1(client->cramChallenge.toBase64()));
        } else {
            reply(client, QStringLiteral("504 5.5.4 Unrecognized authentication type"));
        }
    } else if (verb == "MAIL") {
        if (m_requireTlsForMail && !encrypted)
            reply(client, QStringLiteral("530 5.7.0 Must issue a STARTTLS command first"));
        else
            reply(client, QStringLiteral("250 2.1.0 Ok"));
    } else if (verb == "RCPT") {
        reply(client, QStringLiteral("250 2.1.5 Ok"));
    } else if (verb == "DATA") {
        client->inData = true;
        reply(client, QStringLiteral("354 End data with <CR><LF>.<CR><LF>"));
    } else if (verb == "RSET" || verb == "NOOP") {
        reply(client, QStringLiteral("250 2.0.0 Ok"));
    } else if (verb == "QUIT") {
        reply(client, QStringLiteral("221 2.0.0 Bye"));
        client->socket->disconnectFromHost();
    } else {
        reply(client, QStringLiteral("502 5.5.2 Error: command not recognized"));
    }
}

void TlsSmtpServer::onAuthLine(Client *client, const QByteArray &line)
{
    const Client::Auth step = client->auth;
    client->auth = Client::Auth::None;
    if (line == "*") {
        reply(client, QStringLiteral("501 5.7.0 Authentication cancelled"));
        return;
    }
    const QByteArray decoded = QByteArray::fromBase64(line);
    switch (step) {
    case Client::Auth::PlainResponse: {
        const QList<QByteArray> parts = decoded.split('\0');
        if (parts.size() != 3) {
            reply(client, QStringLiteral("501 5.5.2 Bad PLAIN response"));
            return;
        }
        finishAuth(client, QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2)));
        return;
    }
    case Client::Auth::LoginUser:
        client->loginUser = QString::fromUtf8(decoded);
        client->auth = Client::Auth::LoginPassword;
        reply(client, QStringLiteral("334 UGFzc3dvcmQ6"));
        return;
    case Client::Auth::LoginPassword:
        finishAuth(client, client->loginUser, QString::fromUtf8(decoded));
        return;
    case Client::Auth::CramResponse: {
        const QString user = QString::fromUtf8(word(decoded, 0));
        const QByteArray digest = word(decoded, 1, true);
        const QByteArray expected
            = QMessageAuthenticationCode::hash(client->cramChallenge, m_password.toUtf8(), QCryptographicHash::Md5)
                  .toHex();
        // Compare by handing finishAuth the real password only when the digest matches.
        finishAuth(client, user, digest == expected ? m_password : QString());
        return;
    }
    case Client::Auth::None:
        break;
    }
}

void TlsSmtpServer::finishAuth(Client *client, const QString &user, const QString &password)
{
    if (user == m_user && password == m_password && !password.isEmpty()) {
        m_authenticatedUser = user;
        reply(client, QStringLiteral("235 2.7.0 Authentication successful"));
    } else {
        reply(client, m_authFailure);
    }
}

} // namespace mailflow::test
