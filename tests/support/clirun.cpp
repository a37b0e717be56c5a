#include "clirun.h"

#include "checks/checkregistry.h"
#include "checks/dnschecks.h"
#include "testpaths.h"

#include <QHostAddress>
#include <QProcess>
#include <QSignalSpy>

namespace mailflow::test {

namespace {
/** The value of option in arguments ("--x V" or "--x=V"); null when it is not there. */
QString optionValue(const QStringList &arguments, const QString &option)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == option)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QStringLiteral("");
        if (arguments.at(i).startsWith(option + u'='))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

bool isLoopbackServer(const QString &value)
{
    // "127.0.53.1", "::1", "[::1]:53", "127.0.53.1:53"
    QString host = value;
    if (host.startsWith(u'[')) {
        host = host.mid(1, host.indexOf(u']') - 1);
    } else if (host.count(u':') == 1) {
        host = host.section(u':', 0, 0);
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
} // namespace

QStringList loopbackChecks(QStringList arguments)
{
    const QString server = optionValue(arguments, QStringLiteral("--dns-server"));
    if (!server.isNull()) {
        if (!isLoopbackServer(server))
            qFatal("mailflow-cli --dns-server %s: tests ask only a DNS server on loopback", qPrintable(server));
        return arguments;
    }
    if (arguments.contains(QStringLiteral("--no-checks")))
        return arguments;
    QStringList dnsIds;
    for (const auto &[id, factory] : dnsCheckFactories())
        dnsIds << id;
    const QString only = optionValue(arguments, QStringLiteral("--checks"));
    if (!only.isNull()) {
        for (const QString &id : only.split(u',', Qt::SkipEmptyParts)) {
            if (dnsIds.contains(id.trimmed()))
                qFatal("mailflow-cli --checks %s without a loopback --dns-server would ask the system resolver",
                       qPrintable(only));
        }
        return arguments;
    }
    // Every check (but those skipped) that is not a DNS one: the checks' default as far as loopback allows.
    const QString skip = optionValue(arguments, QStringLiteral("--skip-checks"));
    QStringList kept;
    for (const QString &id : checkIds()) {
        if (!dnsIds.contains(id) && (skip.isNull() || !skip.split(u',').contains(id)))
            kept << id;
    }
    if (!skip.isNull()) {
        const qsizetype at = arguments.indexOf(QStringLiteral("--skip-checks"));
        if (at >= 0)
            arguments.remove(at, 2);
        else
            arguments.removeAll(QStringLiteral("--skip-checks=") + skip);
    }
    arguments << (kept.isEmpty() ? QStringList {QStringLiteral("--no-checks")}
                                 : QStringList {QStringLiteral("--checks"), kept.join(u',')});
    return arguments;
}

CliResult runCli(const QStringList &arguments, const QByteArray &input, int timeoutMs)
{
    QProcess process;
    process.setProgram(cliPath());
    process.setArguments(loopbackChecks(arguments));
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
