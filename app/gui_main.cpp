#include "mainwindow.h"
#include "practicemode.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailflow"));
    QApplication::setOrganizationName(QStringLiteral("Mailflow"));
    QApplication::setApplicationVersion(QStringLiteral(MAILFLOW_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Tests an SMTP server step by step."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption practice(
        QStringLiteral("practice"),
        QApplication::translate("main", "Open the window on the built-in practice server with SCENARIO."),
        QApplication::translate("main", "scenario"));
    parser.addOption(practice);
    parser.process(app);

    mailflow::MainWindow window;
    window.resize(1200, 800);
    window.restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    window.show();
    if (parser.isSet(practice)) {
        if (!window.practice()->start(parser.value(practice)))
            return 1;
    } else {
        window.practice()->offerTourIfFirstStart();
    }
    return QApplication::exec();
}
