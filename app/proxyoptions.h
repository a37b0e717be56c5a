#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** The PROXY protocol header, as a load balancer sends it: --proxy-protocol v1|v2, --proxy-source, --proxy-dest. */
class ProxyCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    ProxyCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    QCommandLineOption m_version;
    QCommandLineOption m_source;
    QCommandLineOption m_dest;
};

} // namespace mailflow
