#include "clirunner.h"
#include "clisecurity.h"
#include "exitcodes.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryFile>
#include <QTextStream>

#include <cstdio>

using namespace mailflow;

namespace {
/** Copies standard input to a temporary file so the body can be measured and streamed. */
bool spoolStdin(QTemporaryFile *file, QString *error)
{
    if (!file->open()) {
        *error = file->errorString();
        return false;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = in.errorString();
        return false;
    }
    while (true) {
        const QByteArray chunk = in.read(256 * 1024);
        if (chunk.isEmpty())
            break;
        if (file->write(chunk) != chunk.size()) {
            *error = file->errorString();
            return false;
        }
    }
    file->flush();
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mailflow-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mailflow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILFLOW_VERSION));

    CliOptions options;
    CliParser parser;
    QTextStream err(stderr);
    switch (parser.parse(QCoreApplication::arguments(), &options)) {
    case CliParser::Result::Exit:
        QTextStream(stdout) << parser.output();
        return ExitOk;
    case CliParser::Result::Error:
        err << QStringLiteral("mailflow-cli: %1\n").arg(parser.error());
        return ExitBadInput;
    case CliParser::Result::Run:
        break;
    }

    QTemporaryFile stdinCopy;
    if (options.bodyFromStdin) {
        QString why;
        if (!spoolStdin(&stdinCopy, &why)) {
            err << QStringLiteral("mailflow-cli: cannot read the body from standard input: %1\n").arg(why);
            return ExitBadInput;
        }
        options.session.message.bodyFile = stdinCopy.fileName();
    }
    if (!options.session.message.bodyFile.isEmpty()) {
        QFile body(options.session.message.bodyFile);
        if (!body.open(QIODevice::ReadOnly)) {
            err << QStringLiteral("mailflow-cli: --body: cannot read %1: %2\n")
                       .arg(options.session.message.bodyFile, body.errorString());
            return ExitBadInput;
        }
    }

    Credentials credentials;
    if (options.session.auth.isEnabled()) {
        QString why;
        if (!readCliPassword(options, &credentials, &why)) {
            err << QStringLiteral("mailflow-cli: %1\n").arg(why);
            return ExitBadInput;
        }
    }

    CliRunner runner(options);
    runner.setCredentials(credentials);
    QObject::connect(&runner, &CliRunner::done, &app, [](int code) { QCoreApplication::exit(code); });
    runner.start();
    return QCoreApplication::exec();
}
