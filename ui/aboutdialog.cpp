#include "aboutdialog.h"

#include "statusicons.h"
#include "store/historystore.h"
#include "store/profilestore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace mailflow {

namespace {
QLabel *pathLabel(const QString &path, QWidget *parent)
{
    auto *label = new QLabel(QDir::toNativeSeparators(path), parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Mailflow"));

    auto *icon = new QLabel(this);
    icon->setPixmap(StatusIcons::applicationIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Mailflow icon"));
    auto *title = new QLabel(tr("<h2>Mailflow %1</h2>").arg(QApplication::applicationVersion()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto *summary = new QLabel(tr("Finds out why mail does not flow: tests an SMTP server step by step, like "
                                  "\"telnet host 25\", and says what each reply means and what to do next."),
                               this);
    summary->setWordWrap(true);
    auto *header = new QHBoxLayout;
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *headerText = new QVBoxLayout;
    headerText->addWidget(title);
    headerText->addWidget(summary);
    header->addLayout(headerText, 1);

    auto *facts = new QFormLayout;
    facts->addRow(
        tr("Qt:"),
        new QLabel(tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                   this));
    facts->addRow(tr("Licence:"), new QLabel(tr("GNU General Public License, version 3 or later"), this));
    facts->addRow(tr("Profiles:"), pathLabel(ProfileStore::defaultDirectory(), this));
    facts->addRow(tr("History:"), pathLabel(HistoryStore().databasePath(), this));
    facts->addRow(tr("Settings:"), pathLabel(QSettings().fileName(), this));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addLayout(facts);
    layout->addWidget(buttons);
}

} // namespace mailflow
