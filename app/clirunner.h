#pragma once

#include "certificatepolicy.h"
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
    /** The AUTH password (kept by the session only). */
    void setCredentials(const Credentials &credentials);

Q_SIGNALS:
    void done(int exitCode);

private:
    void printEntry(int index);
    void printSummary();

    CliOptions m_options;
    SocketTransport *m_transport;
    SmtpSession *m_session;
    QTextStream m_out;
    /** --no-tls-verify turns verification off in the options; otherwise a failed certificate stops. */
    FixedCertificatePolicy m_certificatePolicy{CertificatePolicy::Decision::Stop};
};

} // namespace mailflow
