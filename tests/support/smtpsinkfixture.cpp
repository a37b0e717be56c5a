#include "smtpsinkfixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <unistd.h>

namespace mailflow::test {

namespace {
constexpr int MaxAttempts = 5;
constexpr int ProbeRetryMs = 20;

/**
 * Whether process pid holds a listening TCP socket on port (Linux /proc). A connect probe alone could
 * reach another program that took the port first. Without a readable /proc this cannot tell: true.
 */
bool ownsListeningSocket(qint64 pid, quint16 port)
{
    QSet<QByteArray> inodes;
    bool readable = false;
    for (const QString &table : {QStringLiteral("/proc/net/tcp"), QStringLiteral("/proc/net/tcp6")}) {
        QFile file(table);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        readable = true;
        file.readLine(); // header
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().simplified().split(' ');
            // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
            if (fields.size() < 10 || fields.at(3) != "0A")
                continue;
            bool ok = false;
            const uint localPort = fields.at(1).mid(fields.at(1).lastIndexOf(':') + 1).toUInt(&ok, 16);
            if (ok && localPort == port)
                inodes.insert("socket:[" + fields.at(9) + ']');
        }
    }
    if (!readable)
        return true;
    const QString fdDir = QStringLiteral("/proc/%1/fd").arg(pid);
    const QStringList fds = QDir(fdDir).entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot);
    for (const QString &fd : fds) {
        if (inodes.contains(QFile::symLinkTarget(fdDir + u'/' + fd).section(u'/', -1).toUtf8()))
            return true;
    }
    return false;
}
} // namespace

SmtpSinkFixture::SmtpSinkFixture(const QStringList &extraArguments, const QHostAddress &address, QObject *parent)
    : QObject(parent)
    , m_extra(extraArguments)
    , m_address(address)
{ }

SmtpSinkFixture::~SmtpSinkFixture()
{
    stop();
}

quint16 SmtpSinkFixture::pickFreePort()
{
    QTcpServer probe;
    if (!probe.listen(m_address, 0))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

quint16 SmtpSinkFixture::commonFreePort(const QList<QHostAddress> &addresses)
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

bool SmtpSinkFixture::start(const QHostAddress &address, quint16 port, const QStringList &extraArguments, int timeoutMs)
{
    m_address = address;
    m_extra = extraArguments;
    setPort(port);
    return start(timeoutMs);
}

bool SmtpSinkFixture::start(int timeoutMs)
{
    stop();
    m_error.clear();
    m_port = 0;
    if (!QFileInfo(program()).isExecutable()) {
        m_error = QStringLiteral("%1 not found: install the postfix package (tools/setup.sh does)").arg(program());
        return false;
    }
    if (m_dump && !m_dumpDir) {
        m_dumpDir = std::make_unique<QTemporaryDir>();
        // smtp-sink drops to "nobody" when started as root; the directory must be writable for it.
        if (!m_dumpDir->isValid()
            || !QFile::setPermissions(m_dumpDir->path(),
                                      QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
                                          | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther)) {
            m_error = QStringLiteral("cannot prepare a dump directory");
            return false;
        }
    }

    const QDeadlineTimer deadline(timeoutMs);
    for (int attempt = 1; attempt <= MaxAttempts; ++attempt) {
        const quint16 port = attempt == 1 && m_fixedPort != 0 ? m_fixedPort : pickFreePort();
        if (port == 0) {
            m_error = QStringLiteral("cannot find a free port on %1").arg(m_address.toString());
            return false;
        }
        switch (tryStart(port, static_cast<int>(deadline.remainingTime()))) {
        case Attempt::Ready:
            m_port = port;
            return true;
        case Attempt::TimedOut:
            m_error = QStringLiteral("smtp-sink did not accept connections on %1:%2 within %3 ms; output: %4")
                          .arg(m_address.toString())
                          .arg(port)
                          .arg(timeoutMs)
                          .arg(QString::fromLocal8Bit(output()));
            stop();
            return false;
        case Attempt::Exited: {
            const QString out = QString::fromLocal8Bit(output());
            m_error
                = QStringLiteral("smtp-sink exited (attempt %1, %2): %3").arg(attempt).arg(m_arguments.join(u' '), out);
            stop();
            // Only a lost race for the port is worth another try; bad switches fail the same way again.
            if (!out.contains(QLatin1String("bind")) || deadline.hasExpired() || (m_fixedPort != 0 && !m_fallBack))
                return false;
            break;
        }
        }
    }
    return false;
}

SmtpSinkFixture::Attempt SmtpSinkFixture::tryStart(quint16 port, int timeoutMs)
{
    QStringList args;
    if (::geteuid() == 0)
        args << QStringLiteral("-u") << QStringLiteral("nobody");
    args << m_extra;
    if (m_dumpDir)
        args << QStringLiteral("-d") << m_dumpDir->filePath(QStringLiteral("msg."));
    const QString host = m_address.protocol() == QAbstractSocket::IPv6Protocol ? u'[' + m_address.toString() + u']'
                                                                               : m_address.toString();
    args << QStringLiteral("inet:%1:%2").arg(host).arg(port) << QStringLiteral("64");
    m_arguments = QStringList {program()} + args;

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_output += m_process->readAllStandardOutput(); });

    Attempt result = Attempt::TimedOut;
    bool decided = false;
    QObject guard; // context of the connections to this function's locals: they end with it
    const auto decide = [&](Attempt a) {
        if (!decided) {
            decided = true;
            result = a;
        }
    };
    connect(m_process, &QProcess::finished, &guard, [&] { decide(Attempt::Exited); });
    connect(m_process, &QProcess::errorOccurred, &guard, [&](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            decide(Attempt::Exited);
    });

    QTcpSocket probe;
    QTimer retry;
    retry.setSingleShot(true);
    connect(&retry, &QTimer::timeout, &guard, [&] { probe.connectToHost(m_address, port); });
    connect(&probe, &QTcpSocket::connected, &guard, [&] {
        probe.abort();
        if (ownsListeningSocket(m_process->processId(), port))
            decide(Attempt::Ready);
        else if (!decided)
            retry.start(ProbeRetryMs); // someone else answers there; smtp-sink will fail to bind and exit
    });
    connect(&probe, &QTcpSocket::errorOccurred, &guard, [&] {
        probe.abort();
        if (!decided)
            retry.start(ProbeRetryMs);
    });

    m_output.clear();
    m_process->start(program(), args);
    if (m_process->waitForStarted(timeoutMs))
        probe.connectToHost(m_address, port);
    (void)QTest::qWaitFor([&] { return decided; }, timeoutMs);
    retry.stop();
    probe.disconnect(&guard);
    probe.abort();
    return result;
}

void SmtpSinkFixture::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(3000);
        }
    }
    m_output += m_process->readAll();
    m_process->disconnect(this);
    delete m_process;
    m_process = nullptr;
}

bool SmtpSinkFixture::isRunning() const
{
    return m_process && m_process->state() == QProcess::Running;
}

QByteArray SmtpSinkFixture::output() const
{
    if (m_process)
        m_output += m_process->readAllStandardOutput();
    return m_output;
}

QString SmtpSinkFixture::dumpDirectory() const
{
    return m_dumpDir ? m_dumpDir->path() : QString();
}

QList<QByteArray> SmtpSinkFixture::dumpedMessages() const
{
    QList<QByteArray> messages;
    if (!m_dumpDir)
        return messages;
    QFileInfoList files = QDir(m_dumpDir->path()).entryInfoList(QDir::Files, QDir::Time | QDir::Reversed);
    for (const QFileInfo &info : std::as_const(files)) {
        QFile file(info.filePath());
        if (file.open(QIODevice::ReadOnly))
            messages.append(file.readAll());
    }
    return messages;
}

} // namespace mailflow::test
