#pragma once

#include <QHostAddress>
#include <QProcess>
#include <QString>

namespace mailflow::test {

/**
 * Runs tests/support/dns_responder.py (python3-dnslib) on UDP and TCP port 53 of a loopback
 * address, serving a JSON zone file. Qt 6.4's QDnsLookup cannot use another port, so each test
 * executable takes its own address to run in parallel with the others:
 *   127.0.53.1 tst_mxresolver, 127.0.53.2 tst_reversednscheck, 127.0.53.3 tst_allmx, 127.0.53.4 tst_climx,
 *   127.0.53.41 tst_dnschecks, 127.0.53.42 tst_spfevaluator, 127.0.53.43 tst_mtastscheck,
 *   127.0.53.44 tst_clichecks, 127.0.53.45 tst_windowchecks, 127.0.53.250 none (idleLoopbackDnsServer());
 *   take the next free one for a new test.
 */
class DnsResponder
{
public:
    DnsResponder() = default;
    ~DnsResponder();
    DnsResponder(const DnsResponder &) = delete;
    DnsResponder &operator=(const DnsResponder &) = delete;

    /** Starts the responder and waits until it says "ready"; false (see errorString()) when it could not. */
    bool start(const QString &zoneFile, const QHostAddress &address, int timeoutMs = 10'000);
    /** Stops the responder; any answer it was holding back is sent first. */
    void stop();
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    QHostAddress address() const { return m_address; }
    QString errorString() const { return m_error; }

    static QString scriptPath();
    /** tests/data/dns/<name> */
    static QString zonePath(const QString &name);

private:
    QProcess m_process;
    QHostAddress m_address;
    QString m_error;
};

} // namespace mailflow::test
