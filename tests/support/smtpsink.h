#pragma once

#include <QHostAddress>
#include <QList>
#include <QProcess>
#include <QStringList>

namespace mailflow::test {

/**
 * Runs postfix's smtp-sink on a loopback address and port (with -u nobody when running as root)
 * and waits until it accepts connections. Extra arguments select faults: {"-r", "RCPT"} answers
 * RCPT with a 4xx, {"-f", "RCPT"} with a 5xx; {"-h", name} sets the greeting's host name.
 */
class SmtpSink
{
public:
    SmtpSink() = default;
    ~SmtpSink();
    SmtpSink(const SmtpSink &) = delete;
    SmtpSink &operator=(const SmtpSink &) = delete;

    bool start(const QHostAddress &address, quint16 port, const QStringList &extraArguments = {},
               int timeoutMs = 10'000);
    void stop();
    QString errorString() const { return m_error; }

    /** A port number nothing listens on at any of addresses (0 when none was found). */
    static quint16 commonFreePort(const QList<QHostAddress> &addresses);
    static QString program();

private:
    QProcess m_process;
    QString m_error;
};

} // namespace mailflow::test
