#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailflow::test {

/** What one run of mailflow-cli left: whether it ended in time, its exit code and its output. */
struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs mailflow-cli and waits with the event loop running (scripted servers live on this thread). */
CliResult runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60'000);
/** The exit code and the end of both outputs, for a failed check's message. */
QString describe(const CliResult &result);

} // namespace mailflow::test
