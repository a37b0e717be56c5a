#include "authrequirementoptions.h"

#include "clioptions.h"

#include <QCommandLineParser>

namespace mailflow {

AuthRequirementCliOptions::AuthRequirementCliOptions()
    : m_optional(QStringLiteral("auth-optional"),
                 tr("Log in when the server offers AUTH; when it does not, or refuses the login, go on without "
                    "logging in."))
    , m_strict(QStringLiteral("auth-optional-strict"),
               tr("Log in when the server offers AUTH (a refused login fails the test); go on without when it "
                  "does not offer it."))
{ }

void AuthRequirementCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_optional, m_strict});
}

bool AuthRequirementCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (options->runsProfiles() || (!parser.isSet(m_optional) && !parser.isSet(m_strict)))
        return true;
    if (parser.isSet(m_optional) && parser.isSet(m_strict)) {
        *error = tr("--auth-optional and --auth-optional-strict exclude each other.");
        return false;
    }
    if (!options->session.auth.isEnabled()) {
        *error = tr("--auth-optional and --auth-optional-strict need --auth-user.");
        return false;
    }
    options->session.auth.requirement
        = parser.isSet(m_optional) ? AuthRequirement::Optional : AuthRequirement::OptionalStrict;
    return true;
}

} // namespace mailflow
