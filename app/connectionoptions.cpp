#include "connectionoptions.h"

#include "base/addressvalidation.h"
#include "clioptions.h"
#include "clisecurity.h"
#include "clisessionoptions.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QUdpSocket>

namespace mailflow {

ConnectionCliOptions::ConnectionCliOptions()
    : m_ipv4(QStringList {QStringLiteral("4"), QStringLiteral("ipv4")},
             tr("Connect only to the server's IPv4 addresses."))
    , m_ipv6(QStringList {QStringLiteral("6"), QStringLiteral("ipv6")},
             tr("Connect only to the server's IPv6 addresses."))
    , m_localAddress(QStringLiteral("local-address"),
                     tr("Connect from this address of this computer: ADDR, ADDR:PORT, [IPv6]:PORT."), tr("address"))
    , m_socks5(QStringLiteral("socks5"),
               tr("Connect through this SOCKS5 proxy (HOST:PORT); the proxy resolves the server's name."),
               tr("host:port"))
    , m_socks5User(QStringLiteral("socks5-user"), tr("Log in to the SOCKS5 proxy as this user."), tr("user"))
    , m_socks5PasswordFile(QStringLiteral("socks5-password-file"),
                           tr("The SOCKS5 proxy's password, in the first line of this file. Otherwise it comes from "
                              "$MAILFLOW_SOCKS5_PASSWORD or a prompt; never from the command line."),
                           tr("file"))
{ }

void ConnectionCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_ipv4, m_ipv6, m_localAddress, m_socks5, m_socks5User, m_socks5PasswordFile});
}

bool ConnectionCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    options->proxyPasswordFile = parser.value(m_socks5PasswordFile);
    if (options->runsProfiles()) {
        for (const QCommandLineOption *o : {&m_ipv4, &m_ipv6, &m_localAddress, &m_socks5, &m_socks5User}) {
            if (parser.isSet(*o)) {
                *error
                    = tr("--profile runs the test saved in the profile: leave out --%1.").arg(o->names().constLast());
                return false;
            }
        }
        return true;
    }
    ConnectionOptions &c = options->session.connection;
    if (parser.isSet(m_ipv4) && parser.isSet(m_ipv6)) {
        *error = tr("Give -4 or -6, not both.");
        return false;
    }
    c.family = parser.isSet(m_ipv4) ? AddressFamily::IPv4
        : parser.isSet(m_ipv6)      ? AddressFamily::IPv6
                                    : AddressFamily::Any;
    if (parser.isSet(m_localAddress)) {
        QString host;
        int port = -1;
        const bool split = splitServer(parser.value(m_localAddress), &host, &port, error);
        const QHostAddress address(host);
        if (!split || address.isNull() || port == 0 || port > 65535) {
            *error = tr("--local-address: give an IP address of this computer, optionally with :PORT (1 to 65535).");
            return false;
        }
        // The kernel's answer, as connect() will get it (all of 127.0.0.0/8 is this computer's on Linux).
        QUdpSocket probe;
        if (!probe.bind(address, 0)) {
            *error = tr("--local-address: %1 is not an address of this computer.").arg(host);
            return false;
        }
        const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
        if ((c.family == AddressFamily::IPv4 && v6) || (c.family == AddressFamily::IPv6 && !v6)) {
            *error = tr("--local-address %1 is not of the family -4/-6 asks for.").arg(host);
            return false;
        }
        c.localAddress = address.toString();
        c.localPort = quint16(qMax(port, 0));
    }
    return readProxy(parser, options, error);
}

bool ConnectionCliOptions::readProxy(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    ConnectionOptions &c = options->session.connection;
    if (!parser.isSet(m_socks5)) {
        if (parser.isSet(m_socks5User) || parser.isSet(m_socks5PasswordFile)) {
            *error = tr("--socks5-user and --socks5-password-file need --socks5 HOST:PORT.");
            return false;
        }
        return true;
    }
    if (c.family != AddressFamily::Any) {
        *error = tr("-4 and -6 choose among the server's addresses: with --socks5 the proxy resolves the name.");
        return false;
    }
    QString host;
    int port = -1;
    if (!splitServer(parser.value(m_socks5), &host, &port, error) || port < 1 || port > 65535) {
        *error = tr("--socks5: give HOST:PORT, the port from 1 to 65535.");
        return false;
    }
    const QString why = validateServerHost(host);
    if (!why.isEmpty()) {
        *error = tr("--socks5: %1").arg(why);
        return false;
    }
    c.proxyHost = host;
    c.proxyPort = quint16(port);
    c.proxyUser = parser.value(m_socks5User);
    if (c.proxyUser.size() > 255) {
        *error = tr("--socks5-user: at most 255 bytes.");
        return false;
    }
    if (parser.isSet(m_socks5PasswordFile) && c.proxyUser.isEmpty()) {
        *error = tr("--socks5-password-file needs --socks5-user.");
        return false;
    }
    return true;
}

bool readCliProxyPassword(const CliOptions &options, Credentials *credentials, QString *error)
{
    const ConnectionOptions &c = options.session.connection;
    if (!c.usesProxy() || c.proxyUser.isEmpty())
        return true;
    if (readCliSecret(options.proxyPasswordFile, QStringLiteral("--socks5-password-file"), "MAILFLOW_SOCKS5_PASSWORD",
                      ConnectionCliOptions::tr("SOCKS5 password for %1: ").arg(c.proxyUser), !options.bodyFromStdin,
                      &credentials->proxyPassword, error))
        return true;
    if (error->isEmpty())
        *error = ConnectionCliOptions::tr(
            "The SOCKS5 login needs a password: give --socks5-password-file FILE or set MAILFLOW_SOCKS5_PASSWORD, "
            "or run on a terminal to be asked (it is never taken from the command line).");
    return false;
}

} // namespace mailflow
