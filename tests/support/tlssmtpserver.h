#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QSslServer>
#include <QString>
#include <QStringList>

class QSslSocket;

namespace mailflow::test {

/**
 * A small SMTP server on 127.0.0.1 (port 0) that speaks real TLS: STARTTLS or implicit TLS (QSslServer
 * does the handshake on accept), AUTH PLAIN/LOGIN/CRAM-MD5 against one user, an optional client
 * certificate, MAIL/RCPT/DATA/QUIT. It runs on the test thread and records every line it received.
 */
class TlsSmtpServer : public QSslServer
{
    Q_OBJECT
public:
    enum class Mode { StartTls, Implicit };

    explicit TlsSmtpServer(Mode mode, QObject *parent = nullptr);

    /** The server's certificate and key (PEM files); false when they cannot be read. */
    bool setCertificate(const QString &certificatePem, const QString &keyPem);
    /** Ask for a client certificate from this CA; required: the handshake fails without one. */
    bool setClientCa(const QString &caPem, bool required);
    void setOfferStartTls(bool on) { m_offerStartTls = on; }
    /** A reply to STARTTLS instead of 220 (e.g. "454 4.7.0 TLS not available"). */
    void setStartTlsReply(const QString &reply) { m_startTlsReply = reply; }
    /** Accepts only this user and password; AUTH is offered only inside TLS unless beforeTls. */
    void setAuth(const QString &user, const QString &password, bool beforeTls = false);
    void setAuthMechanisms(const QString &mechanisms) { m_mechanisms = mechanisms; }
    /** The reply to a refused login (default "535 5.7.8 Authentication credentials invalid"). */
    void setAuthFailureReply(const QString &reply) { m_authFailure = reply; }
    /** MAIL without TLS gets "530 5.7.0 Must issue a STARTTLS command first". */
    void setRequireTlsForMail(bool on) { m_requireTlsForMail = on; }

    bool listenOnLoopback();
    quint16 port() const { return serverPort(); }

    /** Every command line received (decrypted), in order, on every connection. */
    QList<QByteArray> received() const { return m_received; }
    /** Every byte received, joined, for "does the secret appear" checks. */
    QByteArray receivedBytes() const { return m_received.join("\r\n"); }
    bool sawCommand(const QByteArray &verb) const;
    int handshakes() const { return m_handshakes; }
    QString authenticatedUser() const { return m_authenticatedUser; }
    QString clientCertificateSubject() const { return m_clientSubject; }
    int messages() const { return m_messages; }

private:
    struct Client;
    void incomingConnection(qintptr socketDescriptor) override;
    void onIncoming();
    void onLine(Client *client, const QByteArray &line);
    void onAuthLine(Client *client, const QByteArray &line);
    void finishAuth(Client *client, const QString &user, const QString &password);
    void reply(Client *client, const QString &text);
    void readLines(Client *client);

    Mode m_mode;
    QSslConfiguration m_config;
    bool m_offerStartTls = true;
    QString m_startTlsReply;
    QString m_user;
    QString m_password;
    bool m_authBeforeTls = false;
    QString m_mechanisms = QStringLiteral("PLAIN LOGIN CRAM-MD5");
    QString m_authFailure = QStringLiteral("535 5.7.8 Authentication credentials invalid");
    bool m_requireTlsForMail = false;

    QList<QByteArray> m_received;
    int m_handshakes = 0;
    QString m_authenticatedUser;
    QString m_clientSubject;
    int m_messages = 0;
};

} // namespace mailflow::test
