#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailflow::test {

struct CliResult
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/** Runs mailflow-cli and waits with the event loop running (scripted servers live on this thread). */
CliResult runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60'000);
/** The exit code and the ends of both outputs, for a failure message. */
QString describe(const CliResult &r);

} // namespace mailflow::test
