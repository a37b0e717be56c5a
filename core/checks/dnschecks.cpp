#include "checks/dnschecks.h"

#include "checks/blocklistcheck.h"
#include "checks/clientreversednscheck.h"
#include "checks/dmarccheck.h"
#include "checks/mtastscheck.h"
#include "checks/ownaddresscheck.h"
#include "checks/spfcheck.h"
#include "checks/tlsrptcheck.h"

namespace mailflow {

QList<std::pair<QString, CheckFactory>> dnsCheckFactories(const DnsCheckSettings &settings)
{
    return {
        {QStringLiteral("own-address"), [](QObject *parent) -> Check * { return new OwnAddressCheck(parent); }},
        {QStringLiteral("reverse-dns"), [](QObject *parent) -> Check * { return new ClientReverseDnsCheck(parent); }},
        {QStringLiteral("blocklist"),
         [zones = settings.blocklistZones](QObject *parent) -> Check * { return new BlocklistCheck(zones, parent); }},
        {QStringLiteral("spf"), [](QObject *parent) -> Check * { return new SpfCheck(parent); }},
        {QStringLiteral("dmarc"), [](QObject *parent) -> Check * { return new DmarcCheck(parent); }},
        {QStringLiteral("mta-sts"),
         [port = settings.mtaStsPort, ca = settings.mtaStsCaCertificates](QObject *parent) -> Check * {
             return new MtaStsCheck(port, ca, parent);
         }},
        {QStringLiteral("tls-rpt"), [](QObject *parent) -> Check * { return new TlsRptCheck(parent); }},
    };
}

} // namespace mailflow
