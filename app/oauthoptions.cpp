#include "oauthoptions.h"

#include "clioptions.h"
#include "clisecurity.h"

#include <QCommandLineParser>

namespace mailflow {

OAuthCliOptions::OAuthCliOptions()
    : m_tokenFile(QStringLiteral("auth-token-file"),
                  tr("Log in with the OAuth 2.0 access token in the first line of this file (XOAUTH2 or "
                     "OAUTHBEARER). Otherwise it comes from $MAILFLOW_TOKEN or a prompt; never from the "
                     "command line."),
                  tr("file"))
    , m_loginInitialResponse(QStringLiteral("auth-login-initial-response"),
                             tr("With --auth login, send the user name with the command (AUTH LOGIN dXNlcg==)."))
{ }

void OAuthCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_tokenFile, m_loginInitialResponse});
}

bool OAuthCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    options->tokenFile = parser.value(m_tokenFile);
    if (options->runsProfiles())
        return true;
    AuthOptions &auth = options->session.auth;
    if ((parser.isSet(m_tokenFile) || parser.isSet(m_loginInitialResponse)) && !auth.isEnabled()) {
        *error = tr("--auth-token-file and --auth-login-initial-response need --auth-user.");
        return false;
    }
    if (parser.isSet(m_tokenFile) && !options->passwordFile.isEmpty()) {
        *error = tr("Give --auth-token-file or --auth-password-file, not both.");
        return false;
    }
    if (parser.isSet(m_tokenFile) && auth.mechanism != AuthMechanism::Auto && !isTokenMechanism(auth.mechanism)) {
        *error = tr("--auth-token-file needs --auth auto, xoauth2 or oauthbearer.");
        return false;
    }
    if (parser.isSet(m_loginInitialResponse) && auth.mechanism != AuthMechanism::Login) {
        *error = tr("--auth-login-initial-response needs --auth login.");
        return false;
    }
    auth.loginInitialResponse = parser.isSet(m_loginInitialResponse);
    return true;
}

bool cliUsesToken(const CliOptions &options)
{
    const AuthMechanism mechanism = options.session.auth.mechanism;
    if (!options.tokenFile.isEmpty() || isTokenMechanism(mechanism))
        return true;
    return mechanism == AuthMechanism::Auto && options.passwordFile.isEmpty()
        && qEnvironmentVariableIsEmpty("MAILFLOW_PASSWORD") && !qEnvironmentVariableIsEmpty("MAILFLOW_TOKEN");
}

bool readCliToken(const CliOptions &options, Credentials *credentials, QString *error)
{
    credentials->isToken = true;
    if (readCliSecret(options.tokenFile, QStringLiteral("--auth-token-file"), "MAILFLOW_TOKEN",
                      OAuthCliOptions::tr("Access token for %1: ").arg(options.session.auth.user),
                      !options.bodyFromStdin, &credentials->password, error)) {
        credentials->password = credentials->password.trimmed();
        return true;
    }
    if (error->isEmpty())
        *error = OAuthCliOptions::tr(
            "The OAuth login needs an access token: give --auth-token-file FILE or set MAILFLOW_TOKEN, or run "
            "on a terminal to be asked (it is never taken from the command line).");
    return false;
}

} // namespace mailflow
