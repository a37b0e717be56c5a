#include "profilemanager.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailflow {

ProfileManager::ProfileManager(const QString &directory, QWidget *parent)
    : QDialog(parent)
    , m_store(directory)
    , m_list(new QListWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_rerun(new QPushButton(tr("&Rerun"), this))
    , m_rename(new QPushButton(tr("Re&name…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_import(new QPushButton(tr("&Import…"), this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("profileManager"));
    setWindowTitle(tr("Profiles"));
    m_list->setObjectName(QStringLiteral("profileList"));
    m_open->setToolTip(tr("Fill the wizard with this profile's values, to step through it"));
    m_rerun->setToolTip(tr("Run this profile to its stop point in one go and show what changed"));

    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {m_open, m_rerun, m_rename, m_duplicate, m_delete, m_import, m_export})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(false); });
    connect(m_rerun, &QPushButton::clicked, this, [this] { openSelected(true); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { openSelected(false); });
    connect(m_rename, &QPushButton::clicked, this, &ProfileManager::askRename);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManager::askDuplicate);
    connect(m_delete, &QPushButton::clicked, this, &ProfileManager::askDelete);
    connect(m_import, &QPushButton::clicked, this, &ProfileManager::askImport);
    connect(m_export, &QPushButton::clicked, this, &ProfileManager::askExport);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &ProfileManager::updateButtons);
    resize(520, 360);
    refresh();
}

void ProfileManager::refresh()
{
    const QString keep = selectedName();
    m_list->clear();
    const QList<ProfileInfo> profiles = m_store.list();
    for (const ProfileInfo &info : profiles) {
        auto *item = new QListWidgetItem(info.error.isEmpty() ? info.name : tr("%1 (damaged)").arg(info.name), m_list);
        item->setData(Qt::UserRole, info.name);
        item->setToolTip(info.error.isEmpty() ? QDir::toNativeSeparators(info.filePath) : info.error);
    }
    selectProfile(keep);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

QString ProfileManager::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfileManager::selectProfile(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(i);
    }
}

void ProfileManager::updateButtons()
{
    const bool any = !selectedName().isEmpty();
    for (QPushButton *b : {m_open, m_rerun, m_rename, m_duplicate, m_delete, m_export})
        b->setEnabled(any);
}

bool ProfileManager::check(bool ok)
{
    m_error = ok ? QString() : m_store.lastError();
    if (!ok) {
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), m_error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    refresh();
    return ok;
}

bool ProfileManager::renameProfile(const QString &oldName, const QString &newName)
{
    const bool ok = check(m_store.rename(oldName, newName));
    if (ok)
        selectProfile(newName);
    return ok;
}

bool ProfileManager::duplicateProfile(const QString &name, const QString &newName)
{
    const bool ok = check(m_store.duplicate(name, newName));
    if (ok)
        selectProfile(newName);
    return ok;
}

bool ProfileManager::deleteProfile(const QString &name)
{
    return check(m_store.remove(name));
}

bool ProfileManager::importProfile(const QString &path)
{
    QString name;
    const bool ok = check(m_store.importFile(path, &name));
    if (ok)
        selectProfile(name);
    return ok;
}

bool ProfileManager::exportProfile(const QString &name, const QString &path)
{
    return check(m_store.exportTo(name, path));
}

bool ProfileManager::loadProfile(const QString &name, Profile *profile)
{
    const ProfileParseResult result = m_store.load(name);
    if (!result.ok) {
        m_error = result.error;
        auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), m_error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    *profile = result.profile;
    return true;
}

void ProfileManager::openSelected(bool rerun)
{
    Profile profile;
    if (selectedName().isEmpty() || !loadProfile(selectedName(), &profile))
        return;
    const QStringList problems = profileRunProblems(profile);
    if (rerun && !problems.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), problems.join(u'\n'));
        return;
    }
    if (rerun)
        Q_EMIT rerunRequested(profile);
    else
        Q_EMIT openRequested(profile);
    accept();
}

void ProfileManager::askRename()
{
    const QString name = selectedName();
    bool ok = false;
    const QString newName
        = QInputDialog::getText(this, tr("Rename profile"), tr("New name:"), QLineEdit::Normal, name, &ok);
    if (ok && !newName.trimmed().isEmpty() && newName != name)
        renameProfile(name, newName.trimmed());
}

void ProfileManager::askDuplicate()
{
    const QString name = selectedName();
    bool ok = false;
    const QString newName = QInputDialog::getText(this, tr("Duplicate profile"), tr("Name of the copy:"),
                                                  QLineEdit::Normal, tr("%1 (copy)").arg(name), &ok);
    if (ok && !newName.trimmed().isEmpty())
        duplicateProfile(name, newName.trimmed());
}

void ProfileManager::askDelete()
{
    const QString name = selectedName();
    if (QMessageBox::question(this, windowTitle(), tr("Delete the profile \"%1\"?").arg(name)) == QMessageBox::Yes)
        deleteProfile(name);
}

void ProfileManager::askImport()
{
    const QString path
        = QFileDialog::getOpenFileName(this, tr("Import profile"), QDir::homePath(), tr("Mailflow profiles (*.json)"));
    if (!path.isEmpty())
        importProfile(path);
}

void ProfileManager::askExport()
{
    const QString name = selectedName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export profile"), QDir(QDir::homePath()).filePath(QFileInfo(m_store.filePathFor(name)).fileName()),
        tr("Mailflow profiles (*.json)"));
    if (!path.isEmpty())
        exportProfile(name, path);
}

} // namespace mailflow
