#include "checks/checkregistry.h"

#include "checks/openrelaycheck.h"
#include "checks/portprobecheck.h"

namespace mailflow {

namespace {
template<typename T> std::function<Check *()> make()
{
    return [] { return new T; };
}
} // namespace

const QList<CheckRegistration> &checkRegistry()
{
    // One line a check: id, group heading, stage, time limit, factory.
    static const QList<CheckRegistration> registry {
        {QStringLiteral("port-25"), QT_TRANSLATE_NOOP("mailflow::CheckRunner", "Port 25 from this network"),
         CheckStage::AfterSession, 15000, make<PortProbeCheck>()},
        {QStringLiteral("open-relay"), QT_TRANSLATE_NOOP("mailflow::CheckRunner", "Open relay"),
         CheckStage::AfterSession, 1000, make<OpenRelayCheck>()},
    };
    return registry;
}

const CheckRegistration *findCheckRegistration(const QString &id)
{
    for (const CheckRegistration &r : checkRegistry()) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList checkIds()
{
    QStringList ids;
    for (const CheckRegistration &r : checkRegistry())
        ids << r.id;
    // Not a Check object: the all-MX matrix compares its own rows.
    ids << QStringLiteral("address-family");
    return ids;
}

QString checkGroupTitle(const QString &id)
{
    if (const CheckRegistration *r = findCheckRegistration(id))
        return QCoreApplication::translate("mailflow::CheckRunner", r->title);
    if (id == u"address-family")
        return QCoreApplication::translate("mailflow::CheckRunner", "IPv4 and IPv6");
    return id;
}

bool CheckSelection::isEnabled(const QString &id) const
{
    if (none || off.contains(id))
        return false;
    return only.isEmpty() || only.contains(id);
}

QString CheckSelection::toKey() const
{
    if (none)
        return QStringLiteral("none");
    if (!only.isEmpty())
        return QStringLiteral("only:") + only.join(u',');
    if (!off.isEmpty())
        return QStringLiteral("off:") + off.join(u',');
    return QStringLiteral("all");
}

CheckSelection CheckSelection::fromKey(const QString &key)
{
    CheckSelection selection;
    QString error;
    if (key == u"none")
        selection.none = true;
    else if (key.startsWith(u"only:"))
        parseIds(key.mid(5), &selection.only, &error);
    else if (key.startsWith(u"off:"))
        parseIds(key.mid(4), &selection.off, &error);
    return selection;
}

bool CheckSelection::parseIds(const QString &list, QStringList *ids, QString *error)
{
    ids->clear();
    for (const QString &part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString id = part.trimmed().toLower();
        if (!checkIds().contains(id)) {
            *error = QCoreApplication::translate("mailflow::CheckRunner", "Unknown check \"%1\"; the checks are: %2.")
                         .arg(id, checkIds().join(QStringLiteral(", ")));
            return false;
        }
        if (!ids->contains(id))
            *ids << id;
    }
    return true;
}

} // namespace mailflow
