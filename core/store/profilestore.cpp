#include "store/profilestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mailflow {

namespace {

QString safeFileName(const QString &name)
{
    QString out;
    for (const QChar c : name.trimmed()) {
        if (c.isLetterOrNumber() || c == u' ' || c == u'-' || c == u'_' || c == u'.' || c == u'(' || c == u')')
            out += c;
        else
            out += u'_';
    }
    while (out.startsWith(u'.'))
        out.remove(0, 1);
    if (out.isEmpty())
        out = QStringLiteral("profile");
    return out.left(120);
}
} // namespace

ProfileStore::ProfileStore(const QString &directory)
    : m_directory(directory)
{ }

QString ProfileStore::defaultDirectory()
{
    return mailflowDataDirectory() + QStringLiteral("/profiles");
}

bool ProfileStore::fail(const QString &error) const
{
    m_error = error;
    return false;
}

bool ProfileStore::ensureDirectory() const
{
    if (QDir().mkpath(m_directory))
        return true;
    return fail(ProfileStore::tr("Cannot create the profiles folder %1.").arg(QDir::toNativeSeparators(m_directory)));
}

QString ProfileStore::filePathFor(const QString &name) const
{
    return QDir(m_directory).filePath(safeFileName(name) + QStringLiteral(".json"));
}

QList<ProfileInfo> ProfileStore::list() const
{
    QList<ProfileInfo> out;
    const QFileInfoList files
        = QDir(m_directory).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::IgnoreCase);
    for (const QFileInfo &info : files) {
        ProfileInfo p;
        p.filePath = info.absoluteFilePath();
        p.modified = info.lastModified();
        const ProfileParseResult r = loadFile(p.filePath);
        p.name = r.ok && !r.profile.name.isEmpty() ? r.profile.name : info.completeBaseName();
        p.error = r.error;
        out.append(p);
    }
    m_error.clear();
    return out;
}

bool ProfileStore::contains(const QString &name) const
{
    return QFileInfo::exists(filePathFor(name));
}

ProfileParseResult ProfileStore::loadFile(const QString &path) const
{
    m_error.clear();
    m_warnings.clear();
    ProfileParseResult result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = ProfileStore::tr("Cannot read the profile %1: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        m_error = result.error;
        return result;
    }
    // One byte more than a profile may hold is enough to refuse a huge file without reading it all.
    result = parseProfile(file.read(MaxProfileBytes + 1), path);
    if (result.ok && result.profile.name.isEmpty())
        result.profile.name = QFileInfo(path).completeBaseName();
    m_error = result.error;
    m_warnings = result.warnings;
    return result;
}

ProfileParseResult ProfileStore::load(const QString &nameOrFile) const
{
    const QString stored = filePathFor(nameOrFile);
    if (QFileInfo::exists(stored))
        return loadFile(stored);
    if (QFileInfo(nameOrFile).isFile())
        return loadFile(nameOrFile);
    ProfileParseResult result;
    result.error = ProfileStore::tr("No profile named \"%1\" in %2, and no such file.")
                       .arg(nameOrFile, QDir::toNativeSeparators(m_directory));
    m_error = result.error;
    return result;
}

bool ProfileStore::saveToFile(Profile &profile, const QString &path)
{
    m_error.clear();
    QString error;
    if (!writeFileAtomically(path, profileToBytes(profile), &error))
        return fail(error);
    profile.filePath = path;
    return true;
}

bool ProfileStore::save(Profile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return fail(ProfileStore::tr("Give the profile a name before saving it."));
    if (!ensureDirectory())
        return false;
    const QString path = filePathFor(profile.name);
    if (QFileInfo::exists(path)) {
        QFile existing(path);
        if (existing.open(QIODevice::ReadOnly)) {
            const ProfileParseResult other = parseProfile(existing.readAll(), path);
            if (other.ok && !other.profile.name.isEmpty()
                && other.profile.name.compare(profile.name, Qt::CaseInsensitive) != 0)
                return fail(ProfileStore::tr("The profile \"%1\" already uses the file %2; choose another name.")
                                .arg(other.profile.name, QDir::toNativeSeparators(path)));
        }
    }
    return saveToFile(profile, path);
}

bool ProfileStore::saveAs(Profile &profile, const QString &newName, bool overwrite)
{
    if (!overwrite && contains(newName))
        return fail(ProfileStore::tr("A profile named \"%1\" already exists.").arg(newName));
    Profile copy = profile;
    copy.name = newName;
    if (!save(copy))
        return false;
    profile = copy;
    return true;
}

bool ProfileStore::rename(const QString &oldName, const QString &newName)
{
    if (newName.trimmed().isEmpty())
        return fail(ProfileStore::tr("The new name is empty."));
    const QString oldPath = filePathFor(oldName);
    if (!QFileInfo::exists(oldPath))
        return fail(ProfileStore::tr("No profile named \"%1\".").arg(oldName));
    const QString newPath = filePathFor(newName);
    if (newPath != oldPath && QFileInfo::exists(newPath))
        return fail(ProfileStore::tr("A profile named \"%1\" already exists.").arg(newName));
    ProfileParseResult r = loadFile(oldPath);
    if (!r.ok)
        return fail(ProfileStore::tr("Cannot rename: %1").arg(r.error));
    r.profile.name = newName;
    if (!saveToFile(r.profile, newPath))
        return false;
    if (newPath != oldPath && !QFile::remove(oldPath))
        return fail(ProfileStore::tr("Saved as \"%1\" but could not remove the old file %2.")
                        .arg(newName, QDir::toNativeSeparators(oldPath)));
    return true;
}

bool ProfileStore::duplicate(const QString &name, const QString &newName)
{
    ProfileParseResult r = load(name);
    if (!r.ok)
        return fail(r.error);
    return saveAs(r.profile, newName, false);
}

bool ProfileStore::remove(const QString &name)
{
    const QString path = filePathFor(name);
    if (!QFileInfo::exists(path))
        return fail(ProfileStore::tr("No profile named \"%1\".").arg(name));
    QFile file(path);
    if (!file.remove())
        return fail(ProfileStore::tr("Cannot delete %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

bool ProfileStore::importFile(const QString &path, QString *importedName)
{
    ProfileParseResult r = loadFile(path);
    if (!r.ok)
        return fail(r.error);
    const QStringList warnings = r.warnings;
    QString name = r.profile.name.trimmed().isEmpty() ? QFileInfo(path).completeBaseName() : r.profile.name;
    const QString base = name;
    for (int n = 2; contains(name); ++n)
        name = QStringLiteral("%1 (%2)").arg(base).arg(n);
    r.profile.name = name;
    if (!save(r.profile))
        return false;
    m_warnings = warnings;
    if (importedName)
        *importedName = name;
    return true;
}

bool ProfileStore::exportTo(const QString &name, const QString &path)
{
    QFile file(filePathFor(name));
    if (!file.open(QIODevice::ReadOnly))
        return fail(ProfileStore::tr("Cannot read the profile \"%1\": %2").arg(name, file.errorString()));
    QString error;
    if (!writeFileAtomically(path, file.readAll(), &error))
        return fail(error);
    return true;
}

} // namespace mailflow
