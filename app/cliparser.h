#pragma once

#include "evidenceoptions.h"
#include "mxoptions.h"
#include "smtp/sessionoptions.h"

#include <QString>
#include <QStringList>

namespace mailflow {

struct CliOptions
{
    enum class Format { Text, Json };

    SessionOptions session;
    Format format = Format::Text;
    /** A temporary copy of standard input when --body - was given. */
    bool bodyFromStdin = false;

    // Evidence (issue 6): --save, --profile, --redact, --no-history.
    EvidenceOptions evidence;
    /** --mx, --all-mx, --dns-server, --dns-timeout (mxoptions.h). */
    MxCliOptions mx;
    // --- TLS and AUTH (clisecurity.cpp) ---
    /** --auth-password-file; the password itself is read later, into Credentials, never kept here. */
    QString passwordFile;
};

/** Parses mailflow-cli's arguments. Returns false with a one-line error; help and version exit early. */
class CliParser
{
public:
    enum class Result { Run, Exit, Error };

    Result parse(const QStringList &arguments, CliOptions *options);
    QString error() const { return m_error; }
    /** What --help or --version printed go to standard output. */
    QString output() const { return m_output; }

private:
    Result fail(const QString &error);

    QString m_error;
    QString m_output;
};

/** Splits "host", "host:port", "[v6]:port", "v6" into host and port; false with error when malformed. */
bool splitServer(const QString &text, QString *host, int *port, QString *error);

} // namespace mailflow
