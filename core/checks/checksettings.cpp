#include "checks/checksettings.h"

#include "checks/blocklists.h"

#include <QSettings>

namespace mailflow {

namespace {
constexpr QLatin1String selectionKey("checks/selection");
constexpr QLatin1String zonesKey("checks/blocklists");
constexpr QLatin1String dnsServerKey("checks/dnsServer");
} // namespace

CheckSettings loadCheckSettings(const QSettings &settings)
{
    CheckSettings s;
    s.selection = CheckSelection::fromKey(settings.value(selectionKey, QStringLiteral("all")).toString());
    // A hand-edited list with a bad zone falls back to the defaults rather than to half a list.
    if (!parseBlocklistZones(settings.value(zonesKey).toString(), &s.blocklistZones))
        s.blocklistZones.clear();
    s.dnsServer = settings.value(dnsServerKey).toString().trimmed();
    return s;
}

void saveCheckSettings(QSettings &settings, const CheckSettings &checks)
{
    settings.setValue(selectionKey, checks.selection.toKey());
    settings.setValue(zonesKey, checks.blocklistZones.join(u','));
    settings.setValue(dnsServerKey, checks.dnsServer);
}

} // namespace mailflow
