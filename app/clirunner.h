#pragma once

#include "cliparser.h"

#include <QObject>
#include <QTextStream>

namespace mailflow {

class SmtpSession;
class SocketTransport;

/** Runs one test headlessly, printing the transcript as it happens and the checklist at the end. */
class CliRunner : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void done(int exitCode);

private:
    void printEntry(int index);
    void printSummary();

    CliOptions m_options;
    SocketTransport *m_transport;
    SmtpSession *m_session;
    QTextStream m_out;
};

} // namespace mailflow
