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

/**
 * The arguments with the checks around the conversation kept on loopback: the DNS-based checks run by
 * default and would ask the system resolver, which is outside. A run that points them at a loopback DNS
 * server (--dns-server) or names its checks keeps its arguments, with a fatal error for a DNS check named
 * without a loopback server or a --dns-server outside loopback; every other run gets --checks with the
 * checks that ask no DNS server (minus those of --skip-checks).
 * Every test that starts mailflow-cli passes its arguments through here (runCli does).
 */
QStringList loopbackChecks(QStringList arguments);

/** Runs mailflow-cli (its arguments through loopbackChecks) and waits with the event loop running (scripted servers
 * live on this thread). */
CliResult runCli(const QStringList &arguments, const QByteArray &input = {}, int timeoutMs = 60'000);
/** The exit code and the end of both outputs, for a failed check's message. */
QString describe(const CliResult &result);

} // namespace mailflow::test
