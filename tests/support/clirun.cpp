#include "clirun.h"

#include "testpaths.h"

#include <QProcess>
#include <QSignalSpy>

namespace mailflow::test {

CliResult runCli(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProgram(cliPath());
    process.setArguments(arguments);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    CliResult result;
    if (!process.waitForStarted(10'000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    result.finished = finished.wait(timeoutMs) || !finished.isEmpty();
    if (!result.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString describe(const CliResult &r)
{
    return QStringLiteral("exit %1\n--- stdout:\n%2\n--- stderr:\n%3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out.right(6000)), QString::fromUtf8(r.err.right(2000)));
}

} // namespace mailflow::test
