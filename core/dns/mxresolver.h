#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

class QRandomGenerator;

namespace mailflow {

/** One mail exchanger of a domain and what its address lookup found. */
struct MxHost
{
    int preference = 0;
    /** The exchange as DNS gave it, ACE form without trailing dot (for an IP literal, the literal). */
    QString name;
    /** A addresses first, then AAAA, in the server's order. */
    QList<QHostAddress> addresses;
    /** Where name's CNAME leads (ACE); empty when name is not an alias. */
    QString canonicalName;
    bool isIpLiteral = false;
    /** The domain itself, used because it has no MX but has addresses (RFC 5321 §5.1). */
    bool isImplicit = false;
    /** Plain-language warnings about this host (CNAME target, IP literal, a failed AAAA lookup). */
    QStringList warnings;
    /** Why the host has no address (does not exist, no A/AAAA, timeout); empty when it has some. */
    QString error;

    /** "mx.bücher.example (mx.xn--bcher-kva.example)" when the forms differ, otherwise the name. */
    QString displayName() const;
    bool hasAddresses() const { return !addresses.isEmpty(); }
};

/** Everything an MX lookup found for one domain, with a plain-language verdict. */
struct MxLookupResult
{
    Q_GADGET
    Q_DECLARE_TR_FUNCTIONS(mailflow::MxLookupResult)
public:
    enum class Outcome {
        Ok, ///< MX records found (hosts may still carry warnings or errors)
        ImplicitMx, ///< no MX, but A/AAAA: the domain itself receives mail (a warning)
        NullMx, ///< RFC 7505 "0 .": the domain accepts no mail — a verdict, not an error
        NxDomain, ///< the domain does not exist
        NoRecords, ///< the domain exists but has neither MX nor A/AAAA records
        ServFail, ///< the DNS server failed to answer (SERVFAIL)
        Timeout, ///< no answer in time
        InvalidInput, ///< nothing to look up (empty, not a domain, an IP address)
        OtherError, ///< refused, no DNS server answering, a resolver error
    };
    Q_ENUM(Outcome)

    /** Exactly what was passed to lookup(). */
    QString input;
    /** The domain part as typed: trimmed, no trailing dot, not yet encoded. */
    QString domain;
    /** The ACE form that was looked up ("xn--bcher-kva.example"); empty for invalid input. */
    QString aceDomain;
    Outcome outcome = Outcome::OtherError;
    /** One or two plain-language sentences saying what the outcome means for mail. */
    QString message;
    /** The resolver's own words when it reported an error ("Server failure"); often empty. */
    QString detail;
    /** Sorted by preference; equal preferences by name, or shuffled (see MxResolver::sortByPreference). */
    QList<MxHost> hosts;
    /** Warnings about the domain as a whole (e.g. a null MX mixed with other MX records). */
    QStringList warnings;
    /** The DNS server asked; a null address means the system resolver. */
    QHostAddress nameserver;
    qint64 elapsedMs = 0;

    /** The domain in Unicode, with its ACE form in parentheses when the two differ. */
    QString displayDomain() const;
    /** "the system resolver" or "DNS server 127.0.0.53". */
    QString serverDescription() const;
    /** There is at least one host with an address to connect to. */
    bool isUsable() const;
    /** An implicit MX, or any host or domain warning or host error. */
    bool hasWarnings() const;
    /** The lookup as plain-text lines (summary, one line per host, indented warnings): for the CLI and transcript. */
    QStringList describe() const;
    /** "Ok", "NullMx", ...: stable keys for reports and JSON. */
    static QString outcomeKey(Outcome outcome);
    /** The plain-language message for an outcome (what MxLookupResult::message holds). */
    static QString outcomeMessage(Outcome outcome, const QString &displayDomain);
};

/**
 * Looks up where mail for a domain goes: MX records sorted by preference, the addresses of each
 * host, and the RFC 5321 §5.1 / RFC 7505 cases. Asynchronous; one lookup at a time.
 */
class MxResolver : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 10'000;

    explicit MxResolver(QObject *parent = nullptr);

    /** Starts a lookup of a domain ("bücher.example", trailing dot or not) or of an address's domain. */
    virtual void lookup(const QString &domainOrAddress) = 0;
    /** Stops the running lookup; finished() is not emitted for it. */
    virtual void abort() = 0;
    virtual bool isRunning() const = 0;

    /**
     * The DNS server to ask; a null address selects the system resolver. Refuses (returns false,
     * keeps the previous server, explains in error) an IPv6 address, which Qt 6.4 would silently ignore.
     */
    bool setNameserver(const QHostAddress &address, QString *error = nullptr);
    QHostAddress nameserver() const { return m_nameserver; }
    /** Per DNS query, in milliseconds (QDnsLookup has no timeout of its own in Qt 6.4). */
    void setTimeout(int ms) { m_timeoutMs = ms > 0 ? ms : DefaultTimeoutMs; }
    int timeout() const { return m_timeoutMs; }
    /** Shuffle hosts of equal preference, as RFC 5321 §5.1 asks senders to; off (ordered by name) by default. */
    void setShuffleEqualPreferences(bool shuffle) { m_shuffle = shuffle; }
    bool shuffleEqualPreferences() const { return m_shuffle; }

    /** Whether address can serve as nameserver; an empty error when it can. */
    static bool checkNameserver(const QHostAddress &address, QString *error = nullptr);
    /** Parses a typed DNS server ("" or "system" for the system resolver, else an IPv4 address). */
    static bool parseNameserver(const QString &text, QHostAddress *address, QString *error = nullptr);
    static QString describeNameserver(const QHostAddress &address);
    /**
     * Sorts by preference. Hosts of equal preference are shuffled with a generator, otherwise ordered
     * by name: the server's order cannot be kept, since Qt 6.4's QDnsLookup already shuffles them (and
     * recursive resolvers rotate them), so a reproducible order is the useful one for display and reruns.
     */
    static void sortByPreference(QList<MxHost> &hosts, QRandomGenerator *shuffle = nullptr);

Q_SIGNALS:
    void finished(const mailflow::MxLookupResult &result);
    /** A step started ("Looking up the MX records of example.test…"), for a status line. */
    void progress(const QString &text);

private:
    QHostAddress m_nameserver;
    int m_timeoutMs = DefaultTimeoutMs;
    bool m_shuffle = false;
};

} // namespace mailflow

Q_DECLARE_METATYPE(mailflow::MxHost)
Q_DECLARE_METATYPE(mailflow::MxLookupResult)
