#pragma once

#include "dns/dnsrun.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QMetaType>
#include <QObject>
#include <QStringList>

namespace mailflow {

class DnsQuery;
class HostAddressLookup;

/** What reverse DNS says about a connected server. Information or a warning, never a failure. */
struct ReverseDnsResult
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(mailflow::ReverseDnsResult)
public:
    enum class Status {
        Confirmed, ///< a PTR name resolves back to the address (forward-confirmed reverse DNS)
        NotConfirmed, ///< PTR names exist, none resolves back to the address
        NoPtr, ///< the address has no PTR record
        LookupFailed, ///< the PTR lookup failed (timeout, SERVFAIL, ...): nothing is known
    };
    Q_ENUM(Status)
    enum class BannerMatch {
        NotChecked, ///< no banner given, or no PTR name to compare with
        Matches, ///< the banner's host name is one of the PTR names
        Differs, ///< the banner names another host
        NoName, ///< the banner does not start with a host name
    };
    Q_ENUM(BannerMatch)

    QHostAddress address;
    /** "2.0.0.127.in-addr.arpa" */
    QString reverseName;
    /** PTR names in the server's order, ACE form without trailing dot. */
    QStringList ptrNames;
    /** The first PTR name whose A/AAAA records contain the address; empty when none. */
    QString confirmedName;
    Status status = Status::LookupFailed;
    /** The host name the 220 banner starts with; empty when it has none. */
    QString bannerName;
    BannerMatch bannerMatch = BannerMatch::NotChecked;
    /** Reverse DNS is missing, unconfirmed or unknown: a warning, never a failure (banner differences are information).
     */
    bool isWarning = false;
    /** Plain-language lines: the reverse DNS finding first, then the banner comparison. */
    QStringList messages;
    /** The DNS server asked; a null address means the system resolver. */
    QHostAddress nameserver;
    qint64 elapsedMs = 0;

    QString summary() const { return messages.value(0); }
    static QString statusKey(Status status);
    static QString bannerMatchKey(BannerMatch match);
    /** The host name at the start of a 220 banner ("220 mx.example.test ESMTP" → "mx.example.test"). */
    static QString bannerHostName(const QString &bannerText);
};

/** PTR of a connected address, forward confirmation of each PTR name, and the banner's name. */
class ReverseDnsCheck : public QObject
{
    Q_OBJECT
public:
    /** The most PTR names whose addresses are looked up. */
    static constexpr int MaxPtrNames = 5;

    explicit ReverseDnsCheck(QObject *parent = nullptr);
    ~ReverseDnsCheck() override;

    /** Same rules as MxResolver::setNameserver: null for the system resolver, IPv6 refused. */
    bool setNameserver(const QHostAddress &address, QString *error = nullptr);
    QHostAddress nameserver() const { return m_nameserver; }
    /** Per DNS query, in milliseconds. */
    void setTimeout(int ms);
    int timeout() const { return m_timeoutMs; }

    /** Starts the check of address; bannerText is the 220 reply, with or without its code, or empty. */
    void check(const QHostAddress &address, const QString &bannerText = {});
    /** Stops the running check; finished() is not emitted for it. */
    void abort();
    bool isRunning() const { return m_run.isRunning(); }

Q_SIGNALS:
    void finished(const mailflow::ReverseDnsResult &result);

private:
    void onPtrFinished();
    void onForwardFinished();
    void finish(ReverseDnsResult::Status status, const QString &problem = {});
    void clearJobs();

    QHostAddress m_nameserver;
    int m_timeoutMs;
    DnsRun m_run;
    QString m_banner;
    ReverseDnsResult m_result;
    QElapsedTimer m_clock;
    DnsQuery *m_ptrQuery = nullptr;
    QList<HostAddressLookup *> m_forward;
    int m_pending = 0;
};

} // namespace mailflow

Q_DECLARE_METATYPE(mailflow::ReverseDnsResult)
