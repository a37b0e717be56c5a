#include "windowchecksettings.h"

#include "checks/checksettings.h"
#include "checks/dnschecks.h"

#include <QSettings>

namespace mailflow::test {

QHostAddress idleLoopbackDnsServer()
{
    return QHostAddress(QStringLiteral("127.0.53.250"));
}

void loopbackWindowChecks(const QHostAddress &responder)
{
    if (!responder.isNull() && !responder.isLoopback())
        qFatal("loopbackWindowChecks(%s): tests ask only a DNS server on loopback", qPrintable(responder.toString()));
    CheckSettings checks;
    checks.dnsServer = (responder.isNull() ? idleLoopbackDnsServer() : responder).toString();
    if (responder.isNull()) {
        for (const auto &[id, factory] : dnsCheckFactories())
            checks.selection.off << id;
    }
    QSettings settings;
    saveCheckSettings(settings, checks);
    settings.sync();
}

} // namespace mailflow::test
