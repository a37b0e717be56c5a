#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** How profiles are run: --jobs (several at a time), --watch and --until (again on a schedule). */
class RunCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    RunCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    /** After the evidence group: --watch needs exactly one --profile. */
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

    static QString exitCodeHelp();

private:
    QCommandLineOption m_jobs;
    QCommandLineOption m_watch;
    QCommandLineOption m_until;
};

} // namespace mailflow
