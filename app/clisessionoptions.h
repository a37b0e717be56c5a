#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

class MxCliParser;

/** The test itself: --server, --port, --ehlo, the envelope with DSN, the message, --quit-after, --timeout. */
class SessionCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    /** mx tells whether --server may be left out (the MX lookup finds it). */
    explicit SessionCliOptions(const MxCliParser &mx);

    void addTo(QCommandLineParser *parser) const override;
    /** With --profile only checks that no option the profile replaces was given. */
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    bool readEnvelope(const QCommandLineParser &parser, CliOptions *options, QString *error) const;
    bool readMessage(const QCommandLineParser &parser, CliOptions *options, QString *error) const;

    const MxCliParser &m_mx;
    QCommandLineOption m_server;
    QCommandLineOption m_port;
    QCommandLineOption m_ehlo;
    QCommandLineOption m_from;
    QCommandLineOption m_to;
    QCommandLineOption m_notify;
    QCommandLineOption m_orcpt;
    QCommandLineOption m_ret;
    QCommandLineOption m_envid;
    QCommandLineOption m_dsn;
    QCommandLineOption m_header;
    QCommandLineOption m_subject;
    QCommandLineOption m_body;
    QCommandLineOption m_rawMessage;
    QCommandLineOption m_quitAfter;
    QCommandLineOption m_timeout;
};

/** Splits "host", "host:port", "[v6]:port", "v6" into host and port; false with error when malformed. */
bool splitServer(const QString &text, QString *host, int *port, QString *error);

} // namespace mailflow
