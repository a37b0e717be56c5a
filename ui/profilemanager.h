#pragma once

#include "evidence/profile.h"
#include "store/profilestore.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace mailflow {

/** The saved profiles: open (fill the wizard), rerun, rename, duplicate, delete, import, export. */
class ProfileManager : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileManager(const QString &directory, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QString selectedName() const;
    void selectProfile(const QString &name);
    void refresh();

    /** Each returns false and shows the store's message when it fails. */
    bool renameProfile(const QString &oldName, const QString &newName);
    bool duplicateProfile(const QString &name, const QString &newName);
    bool deleteProfile(const QString &name);
    bool importProfile(const QString &path);
    bool exportProfile(const QString &name, const QString &path);
    /** Loads a profile by name; false and a message when it is damaged. */
    bool loadProfile(const QString &name, Profile *profile);
    QString lastError() const { return m_error; }

Q_SIGNALS:
    void openRequested(const mailflow::Profile &profile);
    void rerunRequested(const mailflow::Profile &profile);

private:
    bool check(bool ok);
    void openSelected(bool rerun);
    void askRename();
    void askDuplicate();
    void askDelete();
    void askImport();
    void askExport();
    void updateButtons();

    ProfileStore m_store;
    QListWidget *m_list;
    QPushButton *m_open;
    QPushButton *m_rerun;
    QPushButton *m_rename;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QPushButton *m_import;
    QPushButton *m_export;
    QString m_error;
};

} // namespace mailflow
