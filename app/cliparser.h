#pragma once

#include "clioptions.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mailflow {

/** Parses mailflow-cli's arguments. Returns false with a one-line error; help and version exit early. */
class CliParser
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    enum class Result { Run, Exit, Error };

    Result parse(const QStringList &arguments, CliOptions *options);
    QString error() const { return m_error; }
    /** What --help or --version printed go to standard output. */
    QString output() const { return m_output; }

private:
    Result fail(const QString &error);

    QString m_error;
    QString m_output;
};

} // namespace mailflow
