#pragma once

#include "dns/dnsquery.h"

#include <QHostAddress>
#include <QList>
#include <QObject>

namespace mailflow {

/** A and AAAA lookups of one name in parallel, with any CNAME the answers went through. */
class HostAddressLookup : public QObject
{
    Q_OBJECT
public:
    /** name in ACE form; nameserver null for the system resolver. */
    HostAddressLookup(const QString &name, const QHostAddress &nameserver, int timeoutMs, QObject *parent = nullptr);

    void start();
    void abort();

    QString name() const { return m_name; }
    /** A addresses first, then AAAA, each in the server's order. */
    QList<QHostAddress> addresses() const;
    /** The name at the end of the CNAME chain (ACE), empty when name is not an alias. */
    QString canonicalName() const;
    const DnsQuery &aQuery() const { return *m_a; }
    const DnsQuery &aaaaQuery() const { return *m_aaaa; }
    /** Both lookups say the name does not exist. */
    bool isNxDomain() const;
    /** The first query that failed without an answer (timeout, SERVFAIL, ...), or nullptr. */
    const DnsQuery *failedQuery() const;
    /** Why there are no addresses, to follow the name in a sentence; empty when there are some. */
    QString problem() const;

Q_SIGNALS:
    void finished();

private:
    void onQueryFinished();

    QString m_name;
    DnsQuery *m_a;
    DnsQuery *m_aaaa;
    int m_pending = 0;
};

} // namespace mailflow
