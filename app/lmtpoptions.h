#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/**
 * LMTP (RFC 2033) for testing a delivery agent: --lmtp, and --socket PATH for one on a UNIX socket (the same
 * as --server unix:PATH). Read before the session options, which then take the socket as the server.
 */
class LmtpCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    LmtpCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    QCommandLineOption m_lmtp;
    QCommandLineOption m_socket;
};

} // namespace mailflow
