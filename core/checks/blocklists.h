#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace mailflow {

/** How one block list answered for one address. */
struct BlocklistReading
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::BlocklistReading)
public:
    enum class Verdict {
        NotListed, ///< NXDOMAIN or no A record
        Listed, ///< a listing return code
        NotAnswered, ///< the list refused to answer (public resolver, too many queries, unknown zone) or failed
    };

    Verdict verdict = Verdict::NotAnswered;
    /** The return code, null when there is none. */
    QHostAddress code;
    /** What the code means, translated: "SBL: a known spam source or spam operation". */
    QString meaning;

    /** The reading of one answer of zone; a zone not in the table reads any 127/8 code as listed. */
    static BlocklistReading ofCode(const QString &zone, const QHostAddress &code);
};

/** The lists checked when none are configured: zen.spamhaus.org, bl.spamcop.net, b.barracudacentral.org. */
QStringList defaultBlocklistZones();
/** Zone names as a setting or an option gives them ("zen.spamhaus.org, dnsbl.example"): false with a
 *  translated error for a name that cannot be looked up. */
bool parseBlocklistZones(const QString &text, QStringList *zones, QString *error = nullptr);
/** "Spamhaus ZEN" for a known zone, the zone itself for others. */
QString blocklistName(const QString &zone);
/** Where to ask for a removal, empty when unknown. */
QString blocklistRemovalPage(const QString &zone);
/** The name to look up: IPv4 octets reversed ("5.113.0.203.zen.spamhaus.org"), IPv6 in nibble form. */
QString blocklistQueryName(const QHostAddress &address, const QString &zone);

} // namespace mailflow
