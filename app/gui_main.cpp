#include "mainwindow.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailflow"));
    QApplication::setOrganizationName(QStringLiteral("Mailflow"));
    QApplication::setApplicationVersion(QStringLiteral(MAILFLOW_VERSION));
    mailflow::MainWindow window;
    window.resize(1200, 800);
    window.restoreGeometry(QSettings().value(QStringLiteral("window/geometry")).toByteArray());
    window.show();
    return QApplication::exec();
}
