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
 */
class PostfixFixture
{
public:
    PostfixFixture();
    ~PostfixFixture();

    /** Why the fixture cannot run here (not root, no postfix), empty when it can. */
    static QString unavailableReason();

    bool start(const QString &certificatePem, const QString &keyPem);
    /** Before start(): offer SMTPUTF8 (smtputf8_enable = yes; off by default). */
    void setSmtpUtf8(bool on) { m_smtpUtf8 = on; }
    void stop();
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    /** postfix's own log (maillog_file). */
    QString log() const;

private:
    bool postfix(const QStringList &arguments);
    bool waitForGreeting(int timeoutMs);

    std::unique_ptr<QTemporaryDir> m_dir;
    quint16 m_port = 0;
    bool m_running = false;
    bool m_smtpUtf8 = false;
    QString m_error;
};

} // namespace mailflow::test
