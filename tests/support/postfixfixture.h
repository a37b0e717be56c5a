#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace mailflow::test {

/**
 * A private postfix instance (its own config, queue and data directories in a temporary directory)
 * listening on 127.0.0.1 on a free port, with STARTTLS offered (smtpd_tls_cert_file). Mail for
 * postfix.test is accepted and discarded; nothing is relayed. Needs root (CI runs as root) and the
 * postfix user; stopped in the destructor.
 *
 * Policy::Open relays for 127.0.0.0/8 and takes any local user. Policy::Strict is a server as a
 * receiving MX is set up: the client is not in mynetworks, so mail for other domains is refused
 * (reject_unauth_destination, "554 5.7.1 ... Relay access denied"), and of postfix.test only
 * knownUser() exists (local_recipient_maps, "550 5.1.1 ... User unknown in local recipient table").
 */
class PostfixFixture
{
public:
    enum class Policy { Open, Strict };

    explicit PostfixFixture(Policy policy = Policy::Open);
    ~PostfixFixture();

    /** Why the fixture cannot run here (not root, no postfix), empty when it can. */
    static QString unavailableReason();
    /** The one local user Policy::Strict accepts, as a full address. */
    static QString knownUser() { return QStringLiteral("known@postfix.test"); }

    /** main.cf lines added after the fixture's own (a later line wins): {"mynetworks = 127.0.0.2/32"} makes
     *  postfix refuse to relay for 127.0.0.1. Before start(). */
    void setExtraConfig(const QString &mainCfLines) { m_extraConfig = mainCfLines; }
    bool start(const QString &certificatePem, const QString &keyPem);
    /** Before start(): offer SMTPUTF8 (smtputf8_enable = yes; off by default). */
    void setSmtpUtf8(bool on) { m_smtpUtf8 = on; }
    /** Before start(): expect a PROXY protocol header first (smtpd_upstream_proxy_protocol = haproxy). */
    void setUpstreamProxyProtocol(bool on) { m_upstreamProxy = on; }
    void stop();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    /** postfix's own log (maillog_file). */
    QString log() const;

private:
    bool postfix(const QStringList &arguments);
    bool waitForGreeting(int timeoutMs);

    Policy m_policy;
    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_smtpUtf8 = false;
    bool m_upstreamProxy = false;
    QString m_error;
    QString m_extraConfig;
};

} // namespace mailflow::test
