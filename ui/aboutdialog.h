#pragma once

#include <QDialog>

namespace mailflow {

/** Help > About Mailflow: the version, the Qt it runs on, the licence and where its data is kept. */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace mailflow
