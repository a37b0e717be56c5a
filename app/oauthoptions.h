#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

struct CliOptions;
struct Credentials;

/**
 * The newer logins: --auth-token-file for XOAUTH2/OAUTHBEARER (the token, like the password, never on
 * the command line) and --auth-login-initial-response. Read after the security group (it needs --auth).
 */
class OAuthCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    OAuthCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    QCommandLineOption m_tokenFile;
    QCommandLineOption m_loginInitialResponse;
};

/**
 * The login uses an access token rather than a password: --auth-token-file, an OAuth mechanism, or auto with
 * only $MAILFLOW_TOKEN set.
 */
bool cliUsesToken(const CliOptions &options);
/**
 * The access token, from --auth-token-file, else $MAILFLOW_TOKEN, else a prompt on the terminal with echo
 * off, into credentials (isToken set). False with error when there is none.
 */
bool readCliToken(const CliOptions &options, Credentials *credentials, QString *error);

} // namespace mailflow
