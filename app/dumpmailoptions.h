#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

struct SessionOptions;

/** swaks' --dump-mail: print the message as it would go after DATA (tokens filled, no dot-stuffing) and exit. */
class DumpMailCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    DumpMailCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

    /** Writes the message to standard output; the exit code (0, or 1 with the reason on standard error). */
    static int dump(const SessionOptions &options);

private:
    QCommandLineOption m_dumpMail;
};

} // namespace mailflow
