#include "checks/blocklists.h"

#include "base/domainname.h"

#include <QRegularExpression>

namespace mailflow {

namespace {

struct KnownList
{
    const char *zone;
    const char *name;
    const char *removal;
};

constexpr KnownList knownLists[] = {
    {"zen.spamhaus.org", "Spamhaus ZEN", "https://check.spamhaus.org/"},
    {"bl.spamcop.net", "SpamCop", "https://www.spamcop.net/bl.shtml"},
    {"b.barracudacentral.org", "Barracuda", "https://www.barracudacentral.org/rbl/removal-request"},
};

struct ReturnCode
{
    const char *zone; ///< nullptr: any zone
    quint32 first;
    quint32 last;
    BlocklistReading::Verdict verdict;
    const char *meaning;
};

constexpr quint32 ip(quint32 a, quint32 b, quint32 c, quint32 d)
{
    return a << 24 | b << 16 | c << 8 | d;
}

using V = BlocklistReading::Verdict;

// Spamhaus ZEN codes from the Spamhaus zone documentation
// (https://docs.spamhaustech.com/10-data-type-documentation/datasets/040-zones.html). The 127.255.255.0/24
// answers are errors of the query, not a reputation, and must never be read as listed
// (https://www.spamhaus.org/news/article/788/ "Spamhaus DNSBL return codes: technical update";
// .252 typo in the zone name, .254 query via a public/open resolver, .255 excessive number of queries).
constexpr ReturnCode returnCodes[] = {
    {nullptr, ip(127, 255, 255, 252), ip(127, 255, 255, 252), V::NotAnswered,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading",
                       "not answered: the list does not know the query (a typo in the list's name or an unsupported "
                       "query)")},
    {nullptr, ip(127, 255, 255, 254), ip(127, 255, 255, 254), V::NotAnswered,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading",
                       "not answered: the list refuses queries that come through a public or open DNS resolver; ask "
                       "again through your own resolver")},
    {nullptr, ip(127, 255, 255, 255), ip(127, 255, 255, 255), V::NotAnswered,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading",
                       "not answered: the DNS resolver used made too many queries to the list")},
    {nullptr, ip(127, 255, 255, 0), ip(127, 255, 255, 251), V::NotAnswered,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading", "not answered: the list returned an error code")},
    {"zen.spamhaus.org", ip(127, 0, 0, 2), ip(127, 0, 0, 2), V::Listed,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading", "SBL: a known spam source or spam operation")},
    {"zen.spamhaus.org", ip(127, 0, 0, 3), ip(127, 0, 0, 3), V::Listed,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading",
                       "CSS: Spamhaus saw spam sent from this address (often a misconfigured or compromised server)")},
    {"zen.spamhaus.org", ip(127, 0, 0, 4), ip(127, 0, 0, 7), V::Listed,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading",
                       "XBL: the address sent traffic of infected or hijacked machines (botnet, open proxy)")},
    {"zen.spamhaus.org", ip(127, 0, 0, 9), ip(127, 0, 0, 9), V::Listed,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading", "DROP: the whole network is run by criminals or hijacked")},
    {"zen.spamhaus.org", ip(127, 0, 0, 10), ip(127, 0, 0, 10), V::Listed,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading",
                       "PBL (listed by the ISP): the provider says this address should not send mail directly, only "
                       "through its mail servers")},
    {"zen.spamhaus.org", ip(127, 0, 0, 11), ip(127, 0, 0, 11), V::Listed,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading",
                       "PBL (listed by Spamhaus): an end-user address range that should not send mail directly")},
    {"bl.spamcop.net", ip(127, 0, 0, 2), ip(127, 0, 0, 2), V::Listed,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading", "SpamCop users reported spam from this address")},
    {"b.barracudacentral.org", ip(127, 0, 0, 2), ip(127, 0, 0, 2), V::Listed,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading", "Barracuda rates this address as a poor-reputation sender")},
    {nullptr, ip(127, 0, 0, 0), ip(127, 255, 255, 255), V::Listed,
     QT_TRANSLATE_NOOP("mailflow::BlocklistReading", "listed (return code %1)")},
};

const KnownList *known(const QString &zone)
{
    for (const KnownList &list : knownLists)
        if (zone.compare(QLatin1String(list.zone), Qt::CaseInsensitive) == 0)
            return &list;
    return nullptr;
}

} // namespace

BlocklistReading BlocklistReading::ofCode(const QString &zone, const QHostAddress &code)
{
    BlocklistReading reading;
    reading.code = code;
    bool isV4 = false;
    const quint32 value = code.toIPv4Address(&isV4);
    for (const ReturnCode &row : returnCodes) {
        if (!isV4 || value < row.first || value > row.last)
            continue;
        if (row.zone && zone.compare(QLatin1String(row.zone), Qt::CaseInsensitive) != 0)
            continue;
        // A known list's code outside its table is still a listing, but say the code was not recognised.
        if (!row.zone && row.verdict == V::Listed && known(zone))
            reading.meaning = tr("listed with return code %1, which this list does not document").arg(code.toString());
        else
            reading.meaning
                = row.verdict == V::Listed && !row.zone ? tr(row.meaning).arg(code.toString()) : tr(row.meaning);
        reading.verdict = row.verdict;
        return reading;
    }
    // Anything outside 127/8 is no listing (a list that has gone away may answer every query).
    reading.verdict = V::NotAnswered;
    reading.meaning = tr("not answered: %1 is not a block list return code").arg(code.toString());
    return reading;
}

QStringList defaultBlocklistZones()
{
    QStringList zones;
    for (const KnownList &list : knownLists)
        zones.append(QString::fromLatin1(list.zone));
    return zones;
}

bool parseBlocklistZones(const QString &text, QStringList *zones, QString *error)
{
    QStringList parsed;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        const QString zone = DomainName::toAce(part);
        const QString problem = zone.isEmpty() ? QString(part) : DomainName::problem(zone);
        if (zone.isEmpty() || !problem.isEmpty() || !zone.contains(u'.')) {
            if (error)
                *error = BlocklistReading::tr("\"%1\" is not a block list zone name.").arg(part);
            return false;
        }
        if (!parsed.contains(zone))
            parsed.append(zone);
    }
    *zones = parsed;
    return true;
}

QString blocklistName(const QString &zone)
{
    const KnownList *list = known(zone);
    return list ? QString::fromLatin1(list->name) : zone;
}

QString blocklistRemovalPage(const QString &zone)
{
    const KnownList *list = known(zone);
    return list ? QString::fromLatin1(list->removal) : QString();
}

QString blocklistQueryName(const QHostAddress &address, const QString &zone)
{
    // The reverse DNS name without its "in-addr.arpa" / "ip6.arpa" ending, under the list's zone.
    QString name = DomainName::reverseName(address);
    name.truncate(name.lastIndexOf(u'.', name.lastIndexOf(u'.') - 1));
    return name + u'.' + zone;
}

} // namespace mailflow
