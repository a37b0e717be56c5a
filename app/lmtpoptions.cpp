#include "lmtpoptions.h"

#include "base/addressvalidation.h"
#include "clioptions.h"
#include "profileconflict.h"

#include <QCommandLineParser>

namespace mailflow {

LmtpCliOptions::LmtpCliOptions()
    : m_lmtp(QStringLiteral("lmtp"),
             tr("Speak LMTP to a delivery agent (Dovecot, Cyrus): LHLO instead of EHLO, and after the message one "
                "reply for each accepted recipient, each judged on its own."))
    , m_socket(QStringLiteral("socket"),
               tr("Connect to this UNIX socket instead of a host and port (the same as --server unix:PATH)."),
               tr("PATH"))
{ }

void LmtpCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOption(m_lmtp);
    parser->addOption(m_socket);
}

bool LmtpCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (!noTestOptionWithProfiles(parser, *options, {&m_lmtp, &m_socket}, error))
        return false;
    if (options->runsProfiles())
        return true;
    SessionOptions &s = options->session;
    s.lmtp = parser.isSet(m_lmtp);
    if (!parser.isSet(m_socket))
        return true;
    if (parser.isSet(QStringLiteral("server"))) {
        *error = tr("--socket and --server both say where to connect: give one of them.");
        return false;
    }
    s.host = QStringLiteral("unix:") + parser.value(m_socket);
    if (const QString why = validateServerHost(s.host); !why.isEmpty()) {
        *error = tr("--socket: %1").arg(why);
        return false;
    }
    return true;
}

} // namespace mailflow
