#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QProcess;
class QTemporaryDir;
QT_END_NAMESPACE

namespace mailflow::test {

/** One message aiosmtpd accepted (or answered at end of data with a custom reply). */
struct ReceivedMessage
{
    QString mailFrom;
    QStringList mailOptions;
    QStringList rcptTos;
    /** One list per accepted recipient (e.g. NOTIFY=SUCCESS,FAILURE, ORCPT=rfc822;u@x). */
    QList<QStringList> rcptOptions;
    QString helo;
    QString peerAddress;
    bool tls = false;
    /** Empty unless the client authenticated. */
    QString authUser;
    /** The reply aiosmtpd gave to the final ".". */
    QString reply;
    /** The content as received after dot-unstuffing, with CRLF line ends. */
    QByteArray content;
};

/**
 * A scriptable aiosmtpd server (tests/support/aiosmtpd_server.py run by /usr/bin/python3) on a loopback
 * port picked by the server itself, for one test (stopped in the destructor). Configure, then start():
 *
 *   AiosmtpdFixture server;
 *   server.addReply(QStringLiteral("RCPT"), QStringLiteral("550 5.1.1 No such user"), QStringLiteral("nobody@x.test"));
 *   QVERIFY2(server.start(), qPrintable(server.errorString()));
 *   ... QTRY_COMPARE(server.messages().size(), 1);
 */
class AiosmtpdFixture : public QObject
{
    Q_OBJECT
public:
    explicit AiosmtpdFixture(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                             QObject *parent = nullptr);
    ~AiosmtpdFixture() override;

    /**
     * Answers command with reply instead of processing it. command: CONNECT (greeting), EHLO, HELO, MAIL,
     * RCPT, DATA (instead of 354), EOM (after the final "."; the message is still saved), RSET, NOOP, QUIT,
     * STARTTLS, AUTH, VRFY or any other verb. argument: for MAIL/RCPT the address (without <>), else the
     * argument text; empty matches every use. times > 0: only the first times uses (greylisting once).
     * A multiline reply has a newline between its lines ("250-a\n250 b").
     */
    void addReply(const QString &command, const QString &reply, const QString &argument = {}, int times = 0);
    /** Closes the connection right after answering command (e.g. with a 421 reply). */
    void addCloseAfter(const QString &command, const QString &argument = {});
    /** Name in the greeting and EHLO reply; default "aiosmtpd.test". */
    void setHostname(const QString &name) { m_hostname = name; }
    /** Advertises DSN and accepts NOTIFY/ORCPT on RCPT, RET/ENVID on MAIL (aiosmtpd alone refuses them). */
    void setDsn(bool on) { m_dsn = on; }
    void setSmtpUtf8(bool on) { m_smtpUtf8 = on; }
    /** Maximum message size advertised with SIZE and enforced (552); 0 means none. Default 32 MiB. */
    void setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }
    /** An extra EHLO keyword line, e.g. "PIPELINING" or "CHUNKING". */
    void addEhloKeyword(const QString &keyword) { m_ehloExtra << keyword; }
    /** Offers STARTTLS with this certificate (PEM files); implicitTls: TLS from the first byte instead. */
    void setTls(const QString &certificatePem, const QString &keyPem, bool requireStartTls = false,
                bool implicitTls = false);
    /**
     * Offers AUTH PLAIN/LOGIN accepting only user/password. By default aiosmtpd offers AUTH only after
     * STARTTLS; allowWithoutTls offers it in clear text too. required: MAIL needs AUTH first (530).
     */
    void setAuth(const QString &user, const QString &password, bool allowWithoutTls = false, bool required = false);
    /** Passed on to aiosmtpd_server.py as they are. */
    void setExtraArguments(const QStringList &arguments) { m_extraArgs = arguments; }

    /** Starts the server and waits for its "ready <port>" line; false with errorString() otherwise. */
    bool start(int timeoutMs = 15000);
    void stop();
    bool isRunning() const;

    QHostAddress address() const { return m_address; }
    QString host() const { return m_address.toString(); }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    /** stdout and stderr of the server (aiosmtpd logs to stderr). */
    QByteArray output() const;
    QStringList arguments() const { return m_arguments; }

    /** Where messages are saved: NNNN.eml (content) and NNNN.json (envelope), complete once the .json exists. */
    QString messageDirectory() const;
    /** The messages saved so far, oldest first. */
    QList<ReceivedMessage> messages() const;

    static QString scriptPath();
    static QString python() { return QStringLiteral("/usr/bin/python3"); }

private:
    QHostAddress m_address;
    QStringList m_replies;
    QStringList m_closeAfter;
    QString m_hostname;
    bool m_dsn = false;
    bool m_smtpUtf8 = false;
    qint64 m_sizeLimit = -1;
    QStringList m_ehloExtra;
    QString m_tlsCert;
    QString m_tlsKey;
    bool m_requireStartTls = false;
    bool m_implicitTls = false;
    QString m_authUser;
    QString m_authPassword;
    bool m_authWithoutTls = false;
    bool m_authRequired = false;
    QStringList m_extraArgs;

    quint16 m_port = 0;
    QString m_error;
    QStringList m_arguments;
    QProcess *m_process = nullptr;
    mutable QByteArray m_stdout;
    mutable QByteArray m_stderr;
    std::unique_ptr<QTemporaryDir> m_dir;
};

} // namespace mailflow::test
