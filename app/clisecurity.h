#pragma once

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;

namespace mailflow {

struct CliOptions;
struct Credentials;

/** mailflow-cli's TLS and AUTH options: --tls, --no-tls-verify, --ca-file, --client-cert/-key, --auth…. */
class CliSecurityOptions
{
public:
    CliSecurityOptions();

    void addTo(QCommandLineParser *parser) const;
    /** Reads the options into options->session.tls/auth; false with error on a bad value. */
    bool apply(const QCommandLineParser &parser, CliOptions *options, QString *error) const;

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

/**
 * The AUTH password, from --auth-password-file, else $MAILFLOW_PASSWORD, else a prompt on the
 * terminal with echo off. Never from the command line. False with error when there is none.
 */
bool readCliPassword(const CliOptions &options, Credentials *credentials, QString *error);

} // namespace mailflow
