#pragma once

#include "clioptiongroup.h"
#include "clioptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** What a run prints and leaves behind: --format, --save, --profile, --save-profile, --redact, --no-history. */
class EvidenceCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    EvidenceCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

    static QString help();

private:
    QCommandLineOption m_format;
    QCommandLineOption m_save;
    QCommandLineOption m_profile;
    QCommandLineOption m_saveProfile;
    QCommandLineOption m_redact;
    QCommandLineOption m_noHistory;
};

/**
 * --save-profile: stores the test of the command line (target, every session option, the AUTH user
 * but never the password) in the profiles folder under options.evidence.saveProfile. The previous
 * profile of that name is replaced only once the new file is written. False with error otherwise.
 */
bool saveCliProfile(const CliOptions &options, QString *savedFile, QString *error);

/** True when the raw arguments ask for a PDF (decided before any QCoreApplication exists). */
bool argumentsWantPdf(int argc, char *argv[]);

} // namespace mailflow
