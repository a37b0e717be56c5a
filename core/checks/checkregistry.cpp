#include "checks/checkregistry.h"

#include "checks/blocklistcheck.h"
#include "checks/clientreversednscheck.h"
#include "checks/dmarccheck.h"
#include "checks/dnschecks.h"
#include "checks/mtastscheck.h"
#include "checks/openrelaycheck.h"
#include "checks/ownaddresscheck.h"
#include "checks/portprobecheck.h"
#include "checks/spfcheck.h"
#include "checks/tlsrptcheck.h"

namespace mailflow {

namespace {
using Creator = std::function<Check *(const DnsCheckSettings &)>;

template<typename T> Creator make()
{
    return [](const DnsCheckSettings &) -> Check * { return new T; };
}

constexpr int dnsLimitMs = 10000;

/** A check that asks DNS, with the DNS checks' time limit. */
CheckRegistration dnsCheck(const char *id, const char *title, CheckStage stage, Creator create,
                           bool (*wanted)(const CheckContext &) = nullptr)
{
    return {QString::fromLatin1(id), title, stage, dnsLimitMs, std::move(create), wanted, true};
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
        // What the server says about us may come in the EHLO reply or in a later refusal: after the session.
        dnsCheck("own-address", QT_TRANSLATE_NOOP("mailflow::CheckRunner", "Your address as the server sees it"),
                 CheckStage::AfterSession, make<OwnAddressCheck>()),
        dnsCheck("reverse-dns", QT_TRANSLATE_NOOP("mailflow::CheckRunner", "Reverse DNS of your address"),
                 CheckStage::AfterSession, make<ClientReverseDnsCheck>()),
        dnsCheck("blocklist", QT_TRANSLATE_NOOP("mailflow::CheckRunner", "DNS block lists"), CheckStage::AfterSession,
                 [](const DnsCheckSettings &s) -> Check * { return new BlocklistCheck(s.blocklistZones); }),
        dnsCheck("spf", QT_TRANSLATE_NOOP("mailflow::CheckRunner", "SPF of the sender domain"),
                 CheckStage::AfterSession, make<SpfCheck>(), &SpfCheck::wanted),
        dnsCheck("dmarc", QT_TRANSLATE_NOOP("mailflow::CheckRunner", "DMARC of the sender domain"),
                 CheckStage::AfterSession, make<DmarcCheck>(), &DmarcCheck::wanted),
        // After the session: the MX certificate is judged from the session's STARTTLS result.
        dnsCheck(
            "mta-sts", QT_TRANSLATE_NOOP("mailflow::CheckRunner", "MTA-STS of the recipient domain"),
            CheckStage::AfterSession,
            [](const DnsCheckSettings &s) -> Check * { return new MtaStsCheck(s.mtaStsPort, s.mtaStsCaCertificates); }),
        // The recipient domain's record needs nothing of the conversation: it starts after EHLO.
        dnsCheck("tls-rpt", QT_TRANSLATE_NOOP("mailflow::CheckRunner", "TLS reporting of the recipient domain"),
                 CheckStage::AfterEhlo, make<TlsRptCheck>()),
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
