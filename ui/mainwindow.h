#pragma once

#include <QMainWindow>

namespace mailflow {

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace mailflow
