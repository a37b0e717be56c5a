#pragma once

#include "clioptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <initializer_list>

namespace mailflow {

/**
 * With --profile the test is the one saved in the profile: an option of the test given as well is an
 * error (false, with why) rather than silently ignored.
 */
inline bool noTestOptionWithProfiles(const QCommandLineParser &parser, const CliOptions &options,
                                     std::initializer_list<const QCommandLineOption *> testOptions, QString *error)
{
    if (!options.runsProfiles())
        return true;
    for (const QCommandLineOption *o : testOptions) {
        if (parser.isSet(*o)) {
            *error = QCoreApplication::translate("mailflow::CliParser",
                                                 "--profile runs the test saved in the profile: leave out --%1.")
                         .arg(o->names().constLast());
            return false;
        }
    }
    return true;
}

} // namespace mailflow
