#include "base/languages.h"
#include "base/processmemory.h"
#include "mainwindow.h"
#include "practicemode.h"
#include "preferencesdialog.h"
#include "statusicons.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {
/** Milliseconds since MAILFLOW_BENCH_START_NS (CLOCK_REALTIME, set by the benchmark just before it
 *  starts the program), else since main() began. */
double msSinceStart(const QElapsedTimer &sinceMain)
{
    const qint64 startNs = qgetenv("MAILFLOW_BENCH_START_NS").toLongLong();
    if (startNs <= 0)
        return sinceMain.nsecsElapsed() / 1e6;
    timespec now {};
    clock_gettime(CLOCK_REALTIME, &now);
    return (qint64(now.tv_sec) * 1000000000 + now.tv_nsec - startNs) / 1e6;
}
} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailflow"));
    QApplication::setOrganizationName(QStringLiteral("Mailflow"));
    QApplication::setApplicationVersion(QStringLiteral(MAILFLOW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.mailflow.Mailflow"));
    QApplication::setWindowIcon(mailflow::StatusIcons::applicationIcon());
    QString language = mailflow::languageFromArguments(argc, argv);
    if (language.isEmpty())
        language = mailflow::loadLanguageSetting(QSettings());
    mailflow::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tests an SMTP server step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption practice(
        QStringLiteral("practice"),
        QApplication::translate("main", "Open the window on the built-in practice server with SCENARIO."),
        QApplication::translate("main", "scenario"));
    parser.addOption(practice);
    const QCommandLineOption languageOption(
        QStringLiteral("lang"),
        QApplication::translate("main", "The language of the window: %1 (default: the setting, else the system's).")
            .arg(mailflow::availableLanguages().join(u", ")),
        QApplication::translate("main", "code"));
    parser.addOption(languageOption);
    parser.process(app);

    mailflow::MainWindow window;
    window.resize(1200, 800);
    window.restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    window.show();
    // The benchmark's hook: once the window is shown and the event loop has drawn it, print the
    // time since start and the memory, then let the loop idle a moment for the idle figure, and quit.
    if (qEnvironmentVariableIsSet("MAILFLOW_BENCH_SHOWN")) {
        QTimer::singleShot(0, &app, [&sinceMain] {
            std::printf("window_shown_ms %.1f\nwindow_shown_rss_kb %lld\n", msSinceStart(sinceMain),
                        mailflow::residentMemoryKb());
            QTimer::singleShot(500, qApp, [] {
                std::printf("window_idle_rss_kb %lld\n", mailflow::residentMemoryKb());
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        });
    } else if (parser.isSet(practice)) {
        if (!window.practice()->start(parser.value(practice)))
            return 1;
    } else {
        window.practice()->offerTourIfFirstStart();
    }
    return QApplication::exec();
}
