#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

struct CliOptions;
struct Credentials;

/**
 * How the connection is made: -4/-6 (one family of the server's addresses), --local-address ADDR[:PORT]
 * (bound before connecting) and a SOCKS5 proxy (--socks5 HOST:PORT, --socks5-user; its password like
 * the AUTH one, never on the command line).
 */
class ConnectionCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    ConnectionCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    bool readProxy(const QCommandLineParser &parser, CliOptions *options, QString *error) const;

    QCommandLineOption m_ipv4;
    QCommandLineOption m_ipv6;
    QCommandLineOption m_localAddress;
    QCommandLineOption m_socks5;
    QCommandLineOption m_socks5User;
    QCommandLineOption m_socks5PasswordFile;
};

/**
 * The SOCKS5 proxy's password when --socks5-user is given: from --socks5-password-file, else
 * $MAILFLOW_SOCKS5_PASSWORD, else a prompt with echo off. False with error when there is none.
 */
bool readCliProxyPassword(const CliOptions &options, Credentials *credentials, QString *error);

} // namespace mailflow
