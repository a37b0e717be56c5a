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

/**
 * Runs postfix's /usr/sbin/smtp-sink on a free loopback port for one test (killed in the destructor).
 * Extra switches follow smtp-sink(1), e.g. {"-e"} (no ESMTP: EHLO gets 500), {"-f", "RCPT"} (5xx to RCPT),
 * {"-r", "RCPT"} (4xx), {"-q", "DATA"} (drop the connection after DATA), {"-w", "2"} (wait before the
 * DATA reply). Command lists are comma-separated ("-f", "MAIL,RCPT"); "." is the end of data.
 *
 *   SmtpSinkFixture sink({QStringLiteral("-f"), QStringLiteral("RCPT")});
 *   QVERIFY2(sink.start(), qPrintable(sink.errorString()));
 *   client.connectToHost(sink.host(), sink.port());
 */
class SmtpSinkFixture : public QObject
{
    Q_OBJECT
public:
    explicit SmtpSinkFixture(const QStringList &extraArguments = {},
                             const QHostAddress &address = QHostAddress(QHostAddress::LocalHost),
                             QObject *parent = nullptr);
    ~SmtpSinkFixture() override;

    /** Saves each mail transaction to a file of its own (smtp-sink -d) in a temporary directory. Before start(). */
    void setDumpMessages(bool on) { m_dump = on; }

    /**
     * Listens on this port instead of a free one (e.g. 25 on 127.0.0.2 for MX tests; needs root).
     * When it is taken, start() fails, or with fallBackToFreePort picks a free port instead. Before start().
     */
    void setPort(quint16 port, bool fallBackToFreePort = false)
    {
        m_fixedPort = port;
        m_fallBack = fallBackToFreePort;
    }

    /** Starts smtp-sink and waits until its port accepts connections; false with errorString() otherwise. */
    bool start(int timeoutMs = 10000);
    /** Starts on address and exactly port (see commonFreePort) with these switches instead of the constructor's. */
    bool start(const QHostAddress &address, quint16 port, const QStringList &extraArguments, int timeoutMs = 10000);
    void stop();
    bool isRunning() const;

    QHostAddress address() const { return m_address; }
    /** The address as text, for connectToHost(). */
    QString host() const { return m_address.toString(); }
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }
    /** What smtp-sink printed (stdout and stderr). */
    QByteArray output() const;
    /** The smtp-sink command line used, for messages. */
    QStringList arguments() const { return m_arguments; }

    /** With setDumpMessages(true): the directory of the dump files, else empty. */
    QString dumpDirectory() const;
    /**
     * The dumped transactions, oldest first: smtp-sink's X-Client-Addr, X-Helo-Args, X-Mail-Args, X-Rcpt-Args
     * and Received lines, then the message as received, with LF line ends. smtp-sink writes a file before
     * it answers the final ".", so after the 250 it is complete.
     */
    QList<QByteArray> dumpedMessages() const;

    static QString program() { return QStringLiteral("/usr/sbin/smtp-sink"); }
    /** A port number nothing listens on at any of addresses (0 when none was found), for sinks that share it. */
    static quint16 commonFreePort(const QList<QHostAddress> &addresses);

private:
    enum class Attempt { Ready, Exited, TimedOut };
    Attempt tryStart(quint16 port, int timeoutMs);
    quint16 pickFreePort();

    QStringList m_extra;
    QHostAddress m_address;
    bool m_dump = false;
    quint16 m_fixedPort = 0;
    bool m_fallBack = false;
    quint16 m_port = 0;
    QString m_error;
    QStringList m_arguments;
    QProcess *m_process = nullptr;
    mutable QByteArray m_output;
    std::unique_ptr<QTemporaryDir> m_dumpDir;
};

} // namespace mailflow::test
