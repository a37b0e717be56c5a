#pragma once

#include "checks/blocklists.h"
#include "checks/timedcheck.h"

namespace mailflow {

/**
 * "blocklist": our public address on each configured DNS block list, and the server's addresses too
 * when its replies speak of a block list. A listing of ours is a failure for you (or your mail
 * provider); a list that does not answer is never read as a listing.
 */
class BlocklistCheck : public TimedCheck
{
    Q_OBJECT
public:
    /** zones empty: defaultBlocklistZones(). */
    explicit BlocklistCheck(const QStringList &zones = {}, QObject *parent = nullptr);
    QString id() const override { return QStringLiteral("blocklist"); }
    QStringList zones() const { return m_zones; }

    /** Whether the server's replies (banner, refusals) speak of a block list, so its own addresses are
     *  looked up as well. */
    static bool serverLookupWanted(const CheckContext &context);

protected:
    void run() override;
    CheckFindings timedOut() override;

private:
    struct Lookup
    {
        QHostAddress address;
        QString zone;
        bool ours = true;
        bool done = false;
        CheckFinding finding;
    };

    void lookUp(const QHostAddress &address, bool ours);
    void onAnswer(int index, const DnsQuery &query);
    CheckFinding findingOf(const Lookup &lookup, const BlocklistReading &reading, const QStringList &evidence) const;
    CheckFindings collect() const;

    QStringList m_zones;
    QList<Lookup> m_lookups;
    CheckFindings m_preface;
    int m_pending = 0;
};

} // namespace mailflow
