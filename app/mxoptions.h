#pragma once

#include "clioptiongroup.h"
#include "clioptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** mailflow-cli's MX options: --mx, --all-mx, --dns-server, --dns-timeout; read after the session options. */
class MxCliParser : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::MxCliParser)

public:
    MxCliParser();

    void addTo(QCommandLineParser *parser) const override;
    /** Fills options->mx; options->session must already hold the recipients. */
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;
    /** MX mode is asked for, so --server is not required. */
    bool wanted(const QCommandLineParser &parser) const;

private:
    bool readDnsServer(const QCommandLineParser &parser, MxCliOptions *mx, QString *error) const;

    QCommandLineOption m_mx;
    QCommandLineOption m_allMx;
    QCommandLineOption m_dnsServer;
    QCommandLineOption m_dnsTimeout;
};

} // namespace mailflow
