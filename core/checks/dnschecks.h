#pragma once

#include "checks/check.h"

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>

namespace mailflow {

/** The settings of the DNS-based checks (a setting in the window, options in the CLI). */
struct DnsCheckSettings
{
    /** Block list zones; empty for defaultBlocklistZones(). */
    QStringList blocklistZones;
    /** Each check's own time limit, in milliseconds (CheckContext::timeoutMs is set from it by the runner). */
    int timeoutMs = 10000;
    /** The HTTPS port of the MTA-STS policy host: 443 but in tests. */
    quint16 mtaStsPort = 443;
    /** Trusted for the MTA-STS policy besides the system's certificates (tests' own CA). */
    QList<QSslCertificate> mtaStsCaCertificates;
};

using CheckFactory = std::function<Check *(QObject *parent)>;

/**
 * The DNS-based checks by id (the registry's checks that ask DNS), in the order their row groups are shown:
 * own-address, reverse-dns, blocklist, spf, dmarc, mta-sts, tls-rpt. SpfCheck::wanted and DmarcCheck::wanted say when
 * the sender authentication checks are worth running; BlocklistCheck::serverLookupWanted when the server's own address
 * is looked up too (the check does that by itself).
 */
QList<std::pair<QString, CheckFactory>> dnsCheckFactories(const DnsCheckSettings &settings = {});

} // namespace mailflow
