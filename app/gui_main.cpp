#include "mainwindow.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Mailflow"));
    QApplication::setOrganizationName(QStringLiteral("Mailflow"));
    QApplication::setApplicationVersion(QStringLiteral(MAILFLOW_VERSION));
    mailflow::MainWindow window;
    window.resize(1200, 800);
    window.show();
    return QApplication::exec();
}
