#pragma once

#include "clioptiongroup.h"
#include "clioptions.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** --retry-deferred [SECONDS]: when the server defers on purpose (greylisting), wait and run the test once more. */
class RetryCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    RetryCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

    /** "--retry-deferred" without a number becomes "--retry-deferred=auto" (the value is optional). */
    static QStringList normalizeArguments(const QStringList &arguments);

private:
    QCommandLineOption m_retry;
};

} // namespace mailflow
