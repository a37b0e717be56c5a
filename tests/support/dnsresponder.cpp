#include "dnsresponder.h"

#include "testpaths.h"

#include <QDeadlineTimer>

namespace mailflow::test {

DnsResponder::~DnsResponder()
{
    stop();
}

QString DnsResponder::scriptPath()
{
    return testsDir() + QLatin1String("/support/dns_responder.py");
}

QString DnsResponder::zonePath(const QString &name)
{
    return testsDir() + QLatin1String("/data/dns/") + name;
}

bool DnsResponder::start(const QString &zoneFile, const QHostAddress &address, int timeoutMs)
{
    stop();
    m_error.clear();
    m_address = address;
    m_process.setProgram(QStringLiteral("/usr/bin/python3"));
    m_process.setArguments({scriptPath(), zoneFile, address.toString()});
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start /usr/bin/python3: %1").arg(m_process.errorString());
        return false;
    }
    QByteArray output;
    const QDeadlineTimer deadline(timeoutMs);
    while (!output.contains("ready\n")) {
        if (m_process.state() != QProcess::Running || deadline.hasExpired()
            || !m_process.waitForReadyRead(int(deadline.remainingTime()))) {
            m_process.waitForFinished(1000);
            m_error = QStringLiteral("the DNS responder did not get ready on %1 port 53: %2")
                          .arg(address.toString(), QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
            stop();
            return false;
        }
        output += m_process.readAllStandardOutput();
    }
    return true;
}

void DnsResponder::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    // Closing stdin asks the responder to send held-back answers and exit.
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(10'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

} // namespace mailflow::test
