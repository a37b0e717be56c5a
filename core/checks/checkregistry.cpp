#include "checks/checkregistry.h"

#include "checks/dmarccheck.h"
#include "checks/dnschecks.h"
#include "checks/openrelaycheck.h"
#include "checks/portprobecheck.h"
#include "checks/spfcheck.h"

namespace mailflow {

namespace {
template<typename T> std::function<Check *(const DnsCheckSettings &)> make()
{
    return [](const DnsCheckSettings &) { return new T; };
}

/** A DNS-based check, made as dnsCheckFactories() makes it (with the settings' zones, port, CA). */
std::function<Check *(const DnsCheckSettings &)> dns(const char *id)
{
    return [id](const DnsCheckSettings &settings) -> Check * {
        for (const auto &[name, factory] : dnsCheckFactories(settings)) {
            if (name == QLatin1StringView(id))
                return factory(nullptr);
        }
        return nullptr;
    };
}

constexpr int dnsLimitMs = 10000;
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
        {QStringLiteral("own-address"),
         QT_TRANSLATE_NOOP("mailflow::CheckRunner", "Your address as the server sees it"), CheckStage::AfterSession,
         dnsLimitMs, dns("own-address")},
        {QStringLiteral("reverse-dns"), QT_TRANSLATE_NOOP("mailflow::CheckRunner", "Reverse DNS of your address"),
         CheckStage::AfterSession, dnsLimitMs, dns("reverse-dns")},
        {QStringLiteral("blocklist"), QT_TRANSLATE_NOOP("mailflow::CheckRunner", "DNS block lists"),
         CheckStage::AfterSession, dnsLimitMs, dns("blocklist")},
        {QStringLiteral("spf"), QT_TRANSLATE_NOOP("mailflow::CheckRunner", "SPF of the sender domain"),
         CheckStage::AfterSession, dnsLimitMs, dns("spf"), &SpfCheck::wanted},
        {QStringLiteral("dmarc"), QT_TRANSLATE_NOOP("mailflow::CheckRunner", "DMARC of the sender domain"),
         CheckStage::AfterSession, dnsLimitMs, dns("dmarc"), &DmarcCheck::wanted},
        // After the session: the MX certificate is judged from the session's STARTTLS result.
        {QStringLiteral("mta-sts"), QT_TRANSLATE_NOOP("mailflow::CheckRunner", "MTA-STS of the recipient domain"),
         CheckStage::AfterSession, dnsLimitMs, dns("mta-sts")},
        // The recipient domain's record needs nothing of the conversation: it starts after EHLO.
        {QStringLiteral("tls-rpt"), QT_TRANSLATE_NOOP("mailflow::CheckRunner", "TLS reporting of the recipient domain"),
         CheckStage::AfterEhlo, dnsLimitMs, dns("tls-rpt")},
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
