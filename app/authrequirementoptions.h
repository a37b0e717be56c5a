#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** Whether a failed or missing AUTH ends the test: --auth-optional, --auth-optional-strict. */
class AuthRequirementCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    AuthRequirementCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    /** After the security options: both need --auth-user. */
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    QCommandLineOption m_optional;
    QCommandLineOption m_strict;
};

} // namespace mailflow
