#include "mainwindow.h"

#include <QLabel>

namespace mailflow {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Mailflow"));
    setCentralWidget(new QLabel(tr("Mailflow"), this));
}

} // namespace mailflow
