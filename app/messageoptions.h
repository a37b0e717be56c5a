#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** What the message carries beyond the text: --attach FILE (repeatable), --data FILE (a complete message). */
class MessageCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    MessageCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    /** Read after the session options: --data takes the place of --body with --raw-message. */
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    QCommandLineOption m_attach;
    QCommandLineOption m_data;
};

} // namespace mailflow
