#pragma once

#include <QDnsLookup>
#include <QHostAddress>
#include <QObject>
#include <QStringList>
#include <QTimer>

namespace mailflow {

/**
 * One QDnsLookup with a timeout and the Qt 6.4 errors read as DNS answers: an empty NOERROR
 * answer ("Invalid reply received" in 6.4, or a CNAME without records of the type) is NoData,
 * NotFoundError is NxDomain. Used by the MX resolver and the reverse DNS check.
 */
class DnsQuery : public QObject
{
    Q_OBJECT
public:
    enum class Status { Pending, Ok, NoData, NxDomain, ServFail, Refused, Timeout, Aborted, Error };
    Q_ENUM(Status)

    /** name in ACE form; nameserver null for the system resolver. */
    DnsQuery(QDnsLookup::Type type, const QString &name, const QHostAddress &nameserver, int timeoutMs,
             QObject *parent = nullptr);
    ~DnsQuery() override;

    void start();
    /** Stops waiting; finished() is not emitted. */
    void abort();

    QDnsLookup::Type type() const { return m_type; }
    QString name() const { return m_name; }
    Status status() const { return m_status; }
    /** Qt's own words for an error ("Server failure"), empty when none. */
    QString errorString() const { return m_errorString; }
    /** Whether the query failed in a way that says nothing about the name (timeout, SERVFAIL, ...). */
    bool isFailure() const;
    /** What the answer says about the name, to follow it in a sentence ("has no AAAA record", "does not exist in DNS").
     */
    QString describe() const;
    static QString typeName(QDnsLookup::Type type);

    QList<QDnsMailExchangeRecord> mailExchangeRecords() const { return m_mx; }
    QList<QDnsHostAddressRecord> hostAddressRecords() const { return m_hosts; }
    QList<QDnsDomainNameRecord> canonicalNameRecords() const { return m_cnames; }
    QList<QDnsDomainNameRecord> pointerRecords() const { return m_pointers; }
    /** Each TXT record's strings joined into one (RFC 7208 3.3), in the server's order. */
    QStringList textRecords() const { return m_texts; }

Q_SIGNALS:
    void finished();

private:
    void onLookupFinished();
    void onTimeout();
    void dropLookup();

    QDnsLookup::Type m_type;
    QString m_name;
    QHostAddress m_nameserver;
    int m_timeoutMs;
    QDnsLookup *m_lookup = nullptr;
    QTimer m_timer;
    Status m_status = Status::Pending;
    QString m_errorString;
    QList<QDnsMailExchangeRecord> m_mx;
    QList<QDnsHostAddressRecord> m_hosts;
    QList<QDnsDomainNameRecord> m_cnames;
    QList<QDnsDomainNameRecord> m_pointers;
    QStringList m_texts;
};

} // namespace mailflow
