#include "smtpsink.h"

#include <QDeadlineTimer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <unistd.h>

namespace mailflow::test {

SmtpSink::~SmtpSink()
{
    stop();
}

QString SmtpSink::program()
{
    return QStringLiteral("/usr/sbin/smtp-sink");
}

quint16 SmtpSink::commonFreePort(const QList<QHostAddress> &addresses)
{
    for (int attempt = 0; attempt < 50 && !addresses.isEmpty(); ++attempt) {
        QTcpServer first;
        if (!first.listen(addresses.first(), 0))
            return 0;
        const quint16 port = first.serverPort();
        bool free = true;
        for (qsizetype i = 1; i < addresses.size() && free; ++i) {
            QTcpServer other;
            free = other.listen(addresses.at(i), port);
        }
        if (free)
            return port;
    }
    return 0;
}

bool SmtpSink::start(const QHostAddress &address, quint16 port, const QStringList &extraArguments, int timeoutMs)
{
    stop();
    m_error.clear();
    QStringList arguments;
    if (::geteuid() == 0)
        arguments << QStringLiteral("-u") << QStringLiteral("nobody");
    arguments << extraArguments << QStringLiteral("%1:%2").arg(address.toString()).arg(port) << QStringLiteral("100");
    m_process.setProgram(program());
    m_process.setArguments(arguments);
    m_process.start();
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(program(), m_process.errorString());
        return false;
    }
    // smtp-sink says nothing when ready: wait until a connection is accepted.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("smtp-sink on %1:%2 exited: %3")
                          .arg(address.toString())
                          .arg(port)
                          .arg(QString::fromLocal8Bit(m_process.readAllStandardError()).trimmed());
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(address, port);
        if (probe.waitForConnected(500)) {
            probe.abort();
            return true;
        }
        QThread::msleep(20);
    }
    m_error = QStringLiteral("smtp-sink on %1:%2 did not accept connections").arg(address.toString()).arg(port);
    stop();
    return false;
}

void SmtpSink::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5'000)) {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }
}

} // namespace mailflow::test
