#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QStringList>

namespace mailflow {

struct Credentials;

/** mailflow-cli's TLS and AUTH options: --tls, --no-tls-verify, --ca-file, --client-cert/-key, --auth…. */
class CliSecurityOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    CliSecurityOptions();

    void addTo(QCommandLineParser *parser) const override;
    /** Reads the options into options->session.tls/auth after the session options (port, --quit-after). */
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

    /** "--auth" without a TYPE after it becomes "--auth=auto" (QCommandLineParser has no optional values). */
    static QStringList normalizeArguments(const QStringList &arguments);
    static QString exitCodeHelp();

private:
    QCommandLineOption m_tls;
    QCommandLineOption m_noVerify;
    QCommandLineOption m_caFile;
    QCommandLineOption m_clientCert;
    QCommandLineOption m_clientKey;
    QCommandLineOption m_auth;
    QCommandLineOption m_authUser;
    QCommandLineOption m_passwordFile;
    QCommandLineOption m_allowPlaintext;
};

/** Reads one line from the terminal with echo off; false when standard input is not a terminal. */
bool promptOnTerminal(const QString &prompt, QString *secret);
/**
 * A secret from the first line of file (named option in errors), else the environment variable, else a prompt
 * when mayPrompt. False with error for an unreadable or empty file, false with an empty error when none came.
 */
bool readCliSecret(const QString &file, const QString &option, const char *variable, const QString &prompt,
                   bool mayPrompt, QString *secret, QString *error);

/**
 * The AUTH secret: the access token when the login uses one (readCliToken), else the password, from
 * --auth-password-file, else $MAILFLOW_PASSWORD, else a prompt on the terminal with echo off. Never from the command
 * line. False with error when there is none.
 */
bool readCliPassword(const CliOptions &options, Credentials *credentials, QString *error);

} // namespace mailflow
