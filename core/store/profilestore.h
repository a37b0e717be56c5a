#pragma once

#include "base/datafiles.h"
#include "evidence/profile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow {

struct ProfileInfo
{
    QString name;
    QString filePath;
    QDateTime modified;
    /** Empty when the file reads as a valid profile. */
    QString error;
};

/**
 * The profiles folder: one JSON file per profile, written atomically. Every call that
 * fails returns false and leaves lastError(); files are never changed by a failed call
 * and the caller keeps its Profile in memory to save elsewhere.
 */
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::ProfileStore)
public:
    explicit ProfileStore(const QString &directory = defaultDirectory());
    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    QList<ProfileInfo> list() const;
    bool contains(const QString &name) const;
    /** The file a profile of that name is stored in (name made safe for a file name). */
    QString filePathFor(const QString &name) const;

    /** A profile by name, or any file path (anything with a '/' or ending in .json that exists). */
    ProfileParseResult load(const QString &nameOrFile) const;
    ProfileParseResult loadFile(const QString &path) const;

    /** Saves under profile.name in the folder, replacing the previous version; sets profile.filePath. */
    bool save(Profile &profile);
    /** Saves a copy under a new name; refuses to replace another profile unless overwrite. */
    bool saveAs(Profile &profile, const QString &newName, bool overwrite = false);
    /** Writes the profile to any file (export of an unsaved profile, "save elsewhere" after a failure). */
    bool saveToFile(Profile &profile, const QString &path);
    bool rename(const QString &oldName, const QString &newName);
    bool duplicate(const QString &name, const QString &newName);
    bool remove(const QString &name);
    /** Checks a profile file and copies it into the folder; the name gets " (2)" etc. when taken. */
    bool importFile(const QString &path, QString *importedName = nullptr);
    /** Copies the stored file byte for byte to path. */
    bool exportTo(const QString &name, const QString &path);

    QString lastError() const { return m_error; }
    QStringList lastWarnings() const { return m_warnings; }

private:
    bool fail(const QString &error) const;
    bool ensureDirectory() const;

    QString m_directory;
    mutable QString m_error;
    mutable QStringList m_warnings;
};

} // namespace mailflow
