#pragma once

#include "clioptiongroup.h"
#include "clioptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** The checks around the conversation: --checks, --no-checks, --skip-checks, --blocklists; the open relay probe:
 *  --relay-check. */
class ChecksCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    ChecksCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    QCommandLineOption m_only;
    QCommandLineOption m_none;
    QCommandLineOption m_skip;
    QCommandLineOption m_blocklists;
    QCommandLineOption m_relay;
    QCommandLineOption m_relayFrom;
    QCommandLineOption m_relayTo;
};

} // namespace mailflow
