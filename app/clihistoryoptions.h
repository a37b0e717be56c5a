#pragma once

#include "clioptiongroup.h"
#include "clioptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** --history [TEXT] and --history-show ID: read the run history instead of running a test. */
class CliHistoryOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    CliHistoryOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;
    /** --history takes the words after the options as its search text. */
    bool takesText(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_history;
    QCommandLineOption m_show;
};

/** Prints the list or the run that options.history asks for; returns the exit code. */
int runCliHistory(const CliOptions &options);

} // namespace mailflow
