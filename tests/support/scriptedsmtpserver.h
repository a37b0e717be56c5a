#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QStringList>
#include <QTimer>

QT_BEGIN_NAMESPACE
class QTcpServer;
class QTcpSocket;
QT_END_NAMESPACE

namespace mailflow::test {

/**
 * A loopback SMTP server that plays a script (KSmtp's FakeServer style), one connection at a time.
 * Script lines ("#" comments and blank lines are ignored):
 *   S: text      the server sends text + CRLF
 *   C: text      the client must send exactly this line (compared without its CRLF)
 *   C: ~regex    the client line must match regex completely (EHLO names, Message-IDs ...)
 *   D:           the client sends a DATA body up to CRLF.CRLF; it is recorded raw (dot-stuffed, without the
 *                final ".\r\n") in dataBodies(). "D: discard" only counts its size (big bodies).
 *   B: n         the client sends n bytes as they are (a BDAT chunk, after its command line); recorded in
 *                dataBodies(). "B:" alone takes n from the client's last line ("BDAT n [LAST]")
 *   R: bytes     the server sends bytes as they are, no CRLF added; escapes \r \n \t \0 \\ \xHH
 *   W: ms        wait ms milliseconds (a timer) before the next step
 *   X:           the server closes the connection (after sending what it queued)
 * A client line that does not match, a line ended by a bare LF, a line after the end of the script,
 * an early close by the client or an unexpected connection are recorded in failures(). A mismatch
 * also stops the script and drops the connection.
 * Each script given with setScript()/addScript() serves one connection, in order (reconnect tests).
 */
class ScriptedSmtpServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedSmtpServer(QObject *parent = nullptr);
    ~ScriptedSmtpServer() override;

    /** Listens on address, port 0 (a free port); returns the port, 0 on failure (see failures()). */
    quint16 start(const QHostAddress &address = QHostAddress(QHostAddress::LocalHost));
    quint16 port() const;
    QHostAddress address() const;

    /** Replaces all scripts by this one (for the first connection). */
    void setScript(const QStringList &lines);
    /** Same, from text with one script line per line. */
    void setScript(const QString &text);
    /** Queues a script for the next connection. */
    void addScript(const QStringList &lines);

    /** True when every queued script has been played to its end. */
    bool finishedScript() const;
    QStringList failures() const { return m_failures; }
    /** All bytes received from clients (DATA bodies of "D: discard" steps left out). */
    QByteArray receivedData() const { return m_received; }
    QList<QByteArray> dataBodies() const { return m_bodies; }
    /** Size of each D: body, discarded or not. */
    QList<qint64> dataBodySizes() const { return m_bodySizes; }
    int connectionCount() const { return m_connections; }

    /** finishedScript() and no failures: what a test asserts at the end. */
    bool isComplete() const { return finishedScript() && m_failures.isEmpty(); }
    /** A readable account for QVERIFY2: failures, where the script stopped, the tail of the received data. */
    QString report() const;
    /** Runs the event loop until the scripts are finished or a failure occurs; returns isComplete(). */
    bool waitForFinished(int timeoutMs = 10000);

Q_SIGNALS:
    /** A connection's script was played to its end. */
    void scriptFinished();
    void failureRecorded(const QString &failure);

private:
    struct Step
    {
        enum class Kind { Send, Expect, ExpectRegex, Data, Bytes, Wait, Close };
        Kind kind = Kind::Send;
        QByteArray bytes;
        QRegularExpression regex;
        int waitMs = 0;
        qint64 count = 0;
        bool discard = false;
        int lineNumber = 0;
        QString source;
    };
    using Script = QList<Step>;

    Script parse(const QStringList &lines, int scriptNumber);
    void onNewConnection();
    void acceptNext();
    void onReadyRead();
    void onDisconnected();
    void advance();
    bool takeLine(QByteArray *line);
    bool takeDataBody();
    bool takeBytes(qint64 count);
    void checkExtraLines();
    void fail(const QString &message);
    QString where() const;

    QTcpServer *m_server = nullptr;
    QList<Script> m_scripts;
    int m_nextScript = 0;
    int m_completedScripts = 0;

    QPointer<QTcpSocket> m_socket;
    int m_current = -1;
    int m_step = 0;
    bool m_currentDone = false;
    bool m_peerClosed = false;
    /** A mismatch ended this connection's script. */
    bool m_stopped = false;
    QTimer m_waitTimer;
    QByteArray m_buffer;
    /** The client's last command line, for "B:" without a count. */
    QByteArray m_lastLine;
    qint64 m_dataScanned = 0;
    qint64 m_dataDiscarded = 0;

    int m_connections = 0;
    QStringList m_failures;
    QByteArray m_received;
    QList<QByteArray> m_bodies;
    QList<qint64> m_bodySizes;
};

} // namespace mailflow::test

/** Waits for the server's scripts to finish and fails the test with the server's report otherwise. */
#define MAILFLOW_VERIFY_SCRIPT(server) QVERIFY2((server).waitForFinished(), qPrintable((server).report()))
