#include "proxyoptions.h"

#include "base/unixsocket.h"
#include "clioptions.h"
#include "clisessionoptions.h"
#include "profileconflict.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace mailflow {

namespace {

/** ADDR:PORT or [IPv6]:PORT, the address a literal; false with error. */
bool readEndpoint(const QString &option, const QString &text, QString *address, quint16 *port, QString *error)
{
    QString host;
    int number = -1;
    QString ignored;
    const bool split = splitServer(text, &host, &number, &ignored);
    if (!split || QHostAddress(host).isNull() || number < 0 || number > 65535) {
        *error = QCoreApplication::translate("mailflow::CliParser",
                                             "--%1: give an IP address and a port, ADDR:PORT or [IPv6]:PORT.")
                     .arg(option);
        return false;
    }
    *address = QHostAddress(host).toString();
    *port = quint16(number);
    return true;
}

} // namespace

ProxyCliOptions::ProxyCliOptions()
    : m_version(QStringLiteral("proxy-protocol"),
                tr("Send a PROXY protocol header (v1 text or v2 binary, as haproxy does) right after connecting, "
                   "for a server behind a load balancer."),
                tr("v1|v2"))
    , m_source(QStringLiteral("proxy-source"),
               tr("The client the PROXY header names (default: this computer's address and port)."), tr("addr:port"))
    , m_dest(QStringLiteral("proxy-dest"),
             tr("The server address the PROXY header names (default: the address connected to)."), tr("addr:port"))
{ }

void ProxyCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_version, m_source, m_dest});
}

bool ProxyCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    if (!noTestOptionWithProfiles(parser, *options, {&m_version, &m_source, &m_dest}, error))
        return false;
    if (options->runsProfiles())
        return true;
    ProxyHeaderOptions &p = options->session.connection.proxyHeader;
    if (!parser.isSet(m_version)) {
        if (parser.isSet(m_source) || parser.isSet(m_dest)) {
            *error = tr("--proxy-source and --proxy-dest need --proxy-protocol v1 or v2.");
            return false;
        }
        return true;
    }
    if (!parseProxyVersion(parser.value(m_version), &p.version) || p.version == ProxyVersion::Off) {
        *error = tr("--proxy-protocol: use v1 or v2.");
        return false;
    }
    if (parser.isSet(m_source)
        && !readEndpoint(QStringLiteral("proxy-source"), parser.value(m_source), &p.sourceAddress, &p.sourcePort,
                         error))
        return false;
    if (parser.isSet(m_dest)
        && !readEndpoint(QStringLiteral("proxy-dest"), parser.value(m_dest), &p.destAddress, &p.destPort, error))
        return false;
    if (!p.sourceAddress.isEmpty() && !p.destAddress.isEmpty()
        && QHostAddress(p.sourceAddress).protocol() != QHostAddress(p.destAddress).protocol()) {
        *error = tr("--proxy-source and --proxy-dest must be of one family (both IPv4 or both IPv6).");
        return false;
    }
    if (isUnixSocketHost(options->session.host)) {
        *error = tr("--proxy-protocol is for TCP connections, not a UNIX socket.");
        return false;
    }
    return true;
}

} // namespace mailflow
