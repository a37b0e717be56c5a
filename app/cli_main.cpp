#include "base/languages.h"
#include "clihistoryoptions.h"
#include "clipdf.h"
#include "clipracticeoptions.h"
#include "clirunner.h"
#include "clisecurity.h"
#include "connectionoptions.h"
#include "diagnosis/exitcodes.h"
#include "dumpmailoptions.h"
#include "evidenceoptions.h"
#include "mxcli.h"
#include "profilerunner.h"
#include "watchrunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryFile>
#include <QTextStream>

#include <cstdio>
#include <memory>

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
    // QtGui is loaded only for --save FILE.pdf (QPdfWriter), from a module, on the offscreen platform:
    // never a window, and a plain run maps only Core and Network.
    std::unique_ptr<QCoreApplication> application;
    if (argumentsWantPdf(argc, argv)) {
        QString why;
        application = createPdfApplication(argc, argv, &why);
        if (!application) {
            QTextStream(stderr) << QStringLiteral("mailflow-cli: --save: %1\n").arg(why);
            return ExitBadInput;
        }
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setApplicationName(QStringLiteral("mailflow-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Mailflow"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MAILFLOW_VERSION));
    installTranslations(languageFromArguments(argc, argv));

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

    if (options.history.isRequested())
        return runCliHistory(options);

    if (options.watch.enabled()) {
        WatchRunner watch(options);
        QObject::connect(&watch, &WatchRunner::done, &app, [](int code) { QCoreApplication::exit(code); });
        QMetaObject::invokeMethod(&watch, &WatchRunner::start, Qt::QueuedConnection);
        return QCoreApplication::exec();
    }
    if (!options.evidence.profiles.isEmpty()) {
        ProfileRunner profiles(options);
        QObject::connect(&profiles, &ProfileRunner::done, &app, [](int code) { QCoreApplication::exit(code); });
        QMetaObject::invokeMethod(&profiles, &ProfileRunner::start, Qt::QueuedConnection);
        return QCoreApplication::exec();
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

    if (options.dumpMail)
        return DumpMailCliOptions::dump(options.session);

    if (!options.evidence.saveProfile.isEmpty()) {
        QString savedFile;
        QString why;
        if (!saveCliProfile(options, &savedFile, &why)) {
            err << QStringLiteral("mailflow-cli: %1\n").arg(why);
            return ExitBadInput;
        }
        err << QStringLiteral("mailflow-cli: %1\n")
                   .arg(EvidenceCliOptions::tr("saved the profile \"%1\" as %2")
                            .arg(options.evidence.saveProfile, QDir::toNativeSeparators(savedFile)));
        err.flush();
    }

    if (options.practice.enabled()) {
        PracticeCli practice(options);
        QObject::connect(&practice, &PracticeCli::done, &app, [](int code) { QCoreApplication::exit(code); });
        QMetaObject::invokeMethod(&practice, &PracticeCli::start, Qt::QueuedConnection);
        return QCoreApplication::exec();
    }

    Credentials credentials;
    QString why;
    if ((options.session.auth.isEnabled() && !readCliPassword(options, &credentials, &why))
        || !readCliProxyPassword(options, &credentials, &why)) {
        err << QStringLiteral("mailflow-cli: %1\n").arg(why);
        return ExitBadInput;
    }

    // MX mode: --mx, --all-mx, or --to without --server
    if (options.mx.enabled) {
        MxCli mx(options);
        mx.setCredentials(credentials);
        QObject::connect(&mx, &MxCli::done, &app, [](int code) { QCoreApplication::exit(code); });
        QMetaObject::invokeMethod(&mx, &MxCli::start, Qt::QueuedConnection);
        return QCoreApplication::exec();
    }

    CliRunner runner(options);
    runner.setCredentials(credentials);
    if (options.mx.reverseDns)
        runner.enableReverseDns(options.mx.nameserver, options.mx.dnsTimeoutMs);
    QObject::connect(&runner, &CliRunner::done, &app, [](int code) { QCoreApplication::exit(code); });
    // Queued: a test that ends at once must still find the event loop running to exit it.
    QMetaObject::invokeMethod(&runner, &CliRunner::start, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
