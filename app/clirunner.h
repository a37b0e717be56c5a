#pragma once

#include "cliparser.h"

#include <QHostAddress>
#include <QObject>
#include <QTextStream>

#include <functional>

namespace mailflow {

class ReverseDnsReporter;
class SmtpSession;
class SocketTransport;

/** Runs one test headlessly, printing the transcript as it happens and the checklist at the end. */
class CliRunner : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr);

    void start();

    // MX mode (mxcli.h)
    /** Runs in start() between startNewTest() and the plan: MX mode records the DNS lookup there. */
    void setPrepare(std::function<void(SmtpSession *)> prepare) { m_prepare = std::move(prepare); }
    /** Checks reverse DNS of the connected address; the summary waits for it. */
    void enableReverseDns(const QHostAddress &nameserver, int timeoutMs);

Q_SIGNALS:
    void done(int exitCode);

private:
    void printEntry(int index);
    void printSummary();

    CliOptions m_options;
    SocketTransport *m_transport;
    SmtpSession *m_session;
    QTextStream m_out;

    // MX mode
    void finishRun();
    std::function<void(SmtpSession *)> m_prepare;
    ReverseDnsReporter *m_reverse = nullptr;
    bool m_sessionFinished = false;
};

} // namespace mailflow
