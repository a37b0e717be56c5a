#pragma once

#include "checks/checkregistry.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace mailflow {

/** The checks' settings as the window keeps them (Mailflow.conf, [checks]; the Preferences' Checks section). */
struct CheckSettings
{
    CheckSelection selection;
    /** Block list zones; empty for the defaults. */
    QStringList blocklistZones;
    /** The DNS server the DNS checks ask when the Server page names none; empty for the system resolver. */
    QString dnsServer;

    friend bool operator==(const CheckSettings &, const CheckSettings &) = default;
};

CheckSettings loadCheckSettings(const QSettings &settings);
void saveCheckSettings(QSettings &settings, const CheckSettings &checks);

} // namespace mailflow
