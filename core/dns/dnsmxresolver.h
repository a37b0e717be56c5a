#pragma once

#include "dns/dnsrun.h"
#include "dns/mxresolver.h"

#include <QElapsedTimer>
#include <QPointer>

namespace mailflow {

class DnsProbe;
class DnsQuery;
class HostAddressLookup;

/** MxResolver over QDnsLookup (the system resolver, or one IPv4 DNS server on port 53). */
class DnsMxResolver : public MxResolver
{
    Q_OBJECT
public:
    explicit DnsMxResolver(QObject *parent = nullptr);
    ~DnsMxResolver() override;

    void lookup(const QString &domainOrAddress) override;
    void abort() override;
    bool isRunning() const override { return m_run.isRunning(); }

private:
    void onMxFinished();
    void startHostLookups();
    void onHostFinished(int index);
    void onImplicitFinished();
    void onProbeFinished();
    void finish(MxLookupResult::Outcome outcome, const QString &message = {}, const QString &detail = {});
    void finishWithQueryFailure(const DnsQuery &query);
    void clearJobs();

    MxLookupResult m_result;
    QElapsedTimer m_clock;
    DnsRun m_run;
    DnsQuery *m_mxQuery = nullptr;
    HostAddressLookup *m_implicit = nullptr;
    DnsProbe *m_probe = nullptr;
    QList<HostAddressLookup *> m_hostLookups;
    int m_pendingHosts = 0;
};

} // namespace mailflow
