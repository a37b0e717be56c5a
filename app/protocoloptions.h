#pragma once

#include "clioptiongroup.h"
#include "clioptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** How the conversation itself is carried out: --pipeline, --drop-after STAGE (close without QUIT). */
class ProtocolCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    ProtocolCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    /** Read after the session options: --drop-after sets the stop point --quit-after would. */
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    QCommandLineOption m_dropAfter;
    QCommandLineOption m_pipeline;
};

} // namespace mailflow
