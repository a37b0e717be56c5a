#include "mxoptions.h"

#include "base/domainname.h"
#include "dns/mxresolver.h"

#include <QCommandLineParser>

namespace mailflow {

MxCliParser::MxCliParser()
    : m_mx(QStringLiteral("mx"),
           tr("Look up the MX records of DOMAIN (or of an address's domain) and test the most preferred mail "
              "server. Without --server, the domain of the first --to is used."),
           tr("domain"))
    , m_allMx(QStringLiteral("all-mx"),
              tr("Test every MX host and each of its addresses (up to RCPT TO unless --quit-after says otherwise), "
                 "print the matrix and where a real sender would deliver."))
    , m_dnsServer(QStringLiteral("dns-server"),
                  tr("Ask this DNS server (an IPv4 address, port 53) instead of the system resolver."), tr("address"))
    , m_dnsTimeout(QStringLiteral("dns-timeout"), tr("Seconds to wait for each DNS answer (default 10)."),
                   tr("seconds"))
{ }

void MxCliParser::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_mx, m_allMx, m_dnsServer, m_dnsTimeout});
}

bool MxCliParser::wanted(const QCommandLineParser &parser) const
{
    return parser.isSet(m_mx) || parser.isSet(m_allMx)
        || (!parser.isSet(QStringLiteral("server")) && !parser.isSet(QStringLiteral("socket"))
            && !parser.values(QStringLiteral("to")).isEmpty());
}

bool MxCliParser::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    MxCliOptions *mx = &options->mx;
    if (options->runsProfiles()) {
        // The profile says whether an MX lookup is done; the DNS server to ask applies to every profile.
        if (parser.isSet(m_mx) || parser.isSet(m_allMx)) {
            *error = tr("--profile runs the test saved in the profile: leave out --mx and --all-mx.");
            return false;
        }
        return readDnsServer(parser, mx, error);
    }
    const SessionOptions &session = options->session;
    // --socket (LMTP on a UNIX socket) names the server as --server does.
    const bool hasServer = parser.isSet(QStringLiteral("server")) || parser.isSet(QStringLiteral("socket"));
    if (hasServer && (parser.isSet(m_mx) || parser.isSet(m_allMx))) {
        *error = tr("--mx and --all-mx find the server in DNS: leave --server out.");
        return false;
    }
    mx->enabled = !hasServer && !options->practice.enabled() && wanted(parser);
    mx->allMx = parser.isSet(m_allMx);
    mx->stopGiven = parser.isSet(QStringLiteral("quit-after")) || parser.isSet(QStringLiteral("drop-after"));
    if (mx->enabled) {
        const QString typed = parser.isSet(m_mx) ? parser.value(m_mx)
            : session.recipients.isEmpty()       ? QString()
                                                 : session.recipients.first().address;
        mx->domain = DomainName::domainPart(typed);
        if (mx->domain.isEmpty()) {
            *error = tr("--mx: give a domain (example.com) or an address (user@example.com), or a --to address.");
            return false;
        }
        const QString problem = DomainName::problem(mx->domain);
        if (!problem.isEmpty()) {
            *error = tr("--mx: %1").arg(problem);
            return false;
        }
    }
    if (!readDnsServer(parser, mx, error))
        return false;
    mx->reverseDns = mx->enabled || parser.isSet(m_dnsServer);
    return true;
}

bool MxCliParser::readDnsServer(const QCommandLineParser &parser, MxCliOptions *mx, QString *error) const
{
    if (parser.isSet(m_dnsServer)) {
        QString why;
        if (!MxResolver::parseNameserver(parser.value(m_dnsServer), &mx->nameserver, &why)) {
            *error = tr("--dns-server: %1").arg(why);
            return false;
        }
    }
    if (parser.isSet(m_dnsTimeout)) {
        bool ok = false;
        const double seconds = parser.value(m_dnsTimeout).toDouble(&ok);
        if (!ok || seconds < 0.1 || seconds > 600) {
            *error = tr("--dns-timeout: give seconds, from 0.1 to 600.");
            return false;
        }
        mx->dnsTimeoutMs = int(seconds * 1000);
    }
    return true;
}

} // namespace mailflow
