#include "checks/spfevaluator.h"

#include "base/domainname.h"

#include <QTimer>

#include <memory>

namespace mailflow {

SpfEvaluator::SpfEvaluator(const QHostAddress &nameserver, int timeoutMs, QObject *parent)
    : QObject(parent)
{
    m_queries.setServer(nameserver, timeoutMs);
}

SpfEvaluator::~SpfEvaluator() = default;

void SpfEvaluator::begin(const QHostAddress &ip, const QString &domain, const QString &sender, const QString &helo)
{
    m_queries.clear();
    m_running = true;
    m_stack.clear();
    m_outcome = {};
    m_outcome.domain = dnsName(domain);
    m_data.ip = ip;
    m_data.domain = m_outcome.domain;
    m_data.helo = helo;
    m_data.sender = sender.isEmpty() ? QStringLiteral("postmaster@") + m_outcome.domain : sender;
}

void SpfEvaluator::evaluate(const QHostAddress &ip, const QString &domain, const QString &sender, const QString &helo)
{
    begin(ip, domain, sender, helo);
    fetch(m_outcome.domain, Fetch::Top);
}

void SpfEvaluator::evaluateRecord(const QHostAddress &ip, const QString &domain, const QString &record,
                                  const QString &sender, const QString &helo)
{
    begin(ip, domain, sender, helo);
    m_outcome.evidence.append(QStringLiteral("%1 (given) \"%2\"").arg(m_outcome.domain, record));
    // From the event loop, as an answer from DNS would come: finished() is never emitted inside the call.
    m_queries.later([this, record] {
        if (SpfRecord::isSpf(record))
            enter(m_outcome.domain, record, Fetch::Top);
        else
            done(SpfResult::None);
    });
}

void SpfEvaluator::abort()
{
    m_queries.clear();
    m_running = false;
}

void SpfEvaluator::fetch(const QString &domain, Fetch kind)
{
    m_queries.ask(QDnsLookup::TXT, dnsName(domain), [this, kind](const DnsQuery &query) { onRecord(query, kind); });
}

void SpfEvaluator::onRecord(const DnsQuery &query, Fetch kind)
{
    m_outcome.evidence.append(dnsEvidence(query));
    if (query.isFailure()) {
        done(SpfResult::TempError, QStringLiteral("the TXT lookup of %1 failed").arg(query.name()));
        return;
    }
    QStringList records;
    for (const QStringList textRecords = query.textRecords(); const QString &text : textRecords)
        if (SpfRecord::isSpf(text))
            records.append(text);
    if (records.size() > 1) {
        done(SpfResult::PermError, QStringLiteral("%1 has %2 SPF records").arg(query.name()).arg(records.size()));
        return;
    }
    if (records.isEmpty()) {
        if (kind == Fetch::Top)
            done(SpfResult::None);
        else
            done(SpfResult::PermError, QStringLiteral("%1 has no SPF record").arg(query.name()));
        return;
    }
    enter(query.name(), records.first(), kind);
}

void SpfEvaluator::enter(const QString &domain, const QString &text, Fetch kind)
{
    if (kind == Fetch::Top)
        m_outcome.record = text;
    Frame frame {domain, SpfRecord::parse(text), 0};
    if (!frame.record.error.isEmpty()) {
        done(SpfResult::PermError, QStringLiteral("the record of %1: %2").arg(domain, frame.record.error));
        return;
    }
    if (kind == Fetch::Redirect)
        m_stack.removeLast();
    m_stack.append(frame);
    step();
}

QString SpfEvaluator::targetOf(const SpfTerm &term, bool *ok) const
{
    SpfMacroData data = m_data;
    data.domain = m_stack.last().domain;
    const QString spec = term.domainSpec.isEmpty() ? data.domain : term.domainSpec;
    const QString target = expandSpfMacros(spec, data);
    *ok = !target.isNull();
    return dnsName(target);
}

bool SpfEvaluator::inNetwork(const QHostAddress &address, const SpfTerm &term) const
{
    const bool v4 = address.protocol() == QAbstractSocket::IPv4Protocol;
    return m_data.ip.isInSubnet(address, v4 ? term.cidr4 : term.cidr6);
}

QDnsLookup::Type SpfEvaluator::addressType() const
{
    return m_data.ip.protocol() == QAbstractSocket::IPv4Protocol ? QDnsLookup::A : QDnsLookup::AAAA;
}

bool SpfEvaluator::countLookup()
{
    if (++m_outcome.lookups <= MaxLookups)
        return true;
    done(SpfResult::PermError, QStringLiteral("more than %1 DNS lookups").arg(MaxLookups));
    return false;
}

bool SpfEvaluator::noteAnswer(const DnsQuery &query)
{
    m_outcome.evidence.append(dnsEvidence(query));
    if (query.status() != DnsQuery::Status::NxDomain && query.status() != DnsQuery::Status::NoData)
        return true;
    if (++m_outcome.voidLookups <= MaxVoidLookups)
        return true;
    done(SpfResult::PermError, QStringLiteral("more than %1 DNS lookups without an answer").arg(MaxVoidLookups));
    return false;
}

void SpfEvaluator::step()
{
    while (m_running) {
        Frame &frame = m_stack.last();
        if (frame.next >= frame.record.terms.size()) {
            if (frame.record.redirect.isEmpty()) {
                frameResult(SpfResult::Neutral);
                return;
            }
            SpfTerm redirect;
            redirect.domainSpec = frame.record.redirect;
            bool ok = false;
            const QString target = targetOf(redirect, &ok);
            if (!ok)
                done(SpfResult::PermError, QStringLiteral("bad redirect=%1").arg(frame.record.redirect));
            else if (countLookup())
                fetch(target, Fetch::Redirect);
            return;
        }
        const SpfTerm term = frame.record.terms.at(frame.next++);
        if (!term.isMechanism())
            continue;
        if (term.countsLookup() && !countLookup())
            return;
        bool ok = true;
        const QString target = targetOf(term, &ok);
        if (!ok) {
            done(SpfResult::PermError, QStringLiteral("bad macro in \"%1\"").arg(term.text));
            return;
        }
        switch (term.kind) {
        case SpfTerm::Kind::All:
            matched(term);
            return;
        case SpfTerm::Kind::Ip4:
        case SpfTerm::Kind::Ip6:
            if (inNetwork(term.network, term)) {
                matched(term);
                return;
            }
            continue;
        case SpfTerm::Kind::Include:
            fetch(target, Fetch::Include);
            return;
        case SpfTerm::Kind::A:
        case SpfTerm::Kind::Exists: {
            const bool exists = term.kind == SpfTerm::Kind::Exists;
            m_queries.ask(exists ? QDnsLookup::A : addressType(), target, [this, term, exists](const DnsQuery &query) {
                if (query.isFailure()) {
                    m_outcome.evidence.append(dnsEvidence(query));
                    done(SpfResult::TempError, QStringLiteral("the lookup of %1 failed").arg(query.name()));
                    return;
                }
                if (!noteAnswer(query))
                    return;
                const QList<QDnsHostAddressRecord> records = query.hostAddressRecords();
                const bool hit = std::any_of(records.begin(), records.end(), [&](const QDnsHostAddressRecord &r) {
                    return exists || inNetwork(r.value(), term);
                });
                hit ? matched(term) : step();
            });
            return;
        }
        case SpfTerm::Kind::Mx:
            m_queries.ask(QDnsLookup::MX, target, [this, term](const DnsQuery &query) {
                if (query.isFailure()) {
                    m_outcome.evidence.append(dnsEvidence(query));
                    done(SpfResult::TempError, QStringLiteral("the MX lookup of %1 failed").arg(query.name()));
                    return;
                }
                if (!noteAnswer(query))
                    return;
                QStringList names;
                for (const QList<QDnsMailExchangeRecord> mailExchangeRecords = query.mailExchangeRecords();
                     const QDnsMailExchangeRecord &mx : mailExchangeRecords)
                    if (!mx.exchange().isEmpty())
                        names.append(mx.exchange());
                if (names.size() > MaxNamesPerLookup)
                    done(SpfResult::PermError,
                         QStringLiteral("%1 has more than %2 MX hosts").arg(query.name()).arg(MaxNamesPerLookup));
                else
                    lookUpAddresses(term, names, false);
            });
            return;
        case SpfTerm::Kind::Ptr:
            m_queries.ask(
                QDnsLookup::PTR, DomainName::reverseName(m_data.ip), [this, term, target](const DnsQuery &query) {
                    m_outcome.evidence.append(dnsEvidence(query));
                    // A failed PTR lookup does not match (RFC 7208 5.5); only the first ten names are used.
                    QStringList names;
                    const QList<QDnsDomainNameRecord> pointers = query.pointerRecords().mid(0, MaxNamesPerLookup);
                    for (const QDnsDomainNameRecord &ptr : pointers) {
                        // Only names that could match need validating.
                        const QString name = dnsName(ptr.value());
                        if (name == target || name.endsWith(u'.' + target))
                            names.append(name);
                    }
                    lookUpAddresses(term, names, true);
                });
            return;
        default:
            continue;
        }
    }
}

void SpfEvaluator::lookUpAddresses(const SpfTerm &term, const QStringList &names, bool validatePtr)
{
    if (names.isEmpty()) {
        step();
        return;
    }
    struct Batch
    {
        int pending = 0;
        bool hit = false;
        bool failed = false;
    };
    auto batch = std::make_shared<Batch>();
    batch->pending = int(names.size());
    for (const QString &name : names) {
        m_queries.ask(addressType(), name, [this, term, batch, validatePtr](const DnsQuery &query) {
            m_outcome.evidence.append(dnsEvidence(query));
            batch->failed = batch->failed || query.isFailure();
            for (const QList<QDnsHostAddressRecord> hostAddressRecords = query.hostAddressRecords();
                 const QDnsHostAddressRecord &r : hostAddressRecords)
                batch->hit = batch->hit || (validatePtr ? r.value() == m_data.ip : inNetwork(r.value(), term));
            if (--batch->pending > 0)
                return;
            if (batch->hit)
                matched(term);
            else if (batch->failed && !validatePtr)
                done(SpfResult::TempError, QStringLiteral("an address lookup of the MX hosts failed"));
            else
                step();
        });
    }
}

void SpfEvaluator::matched(const SpfTerm &term)
{
    m_outcome.decidingTerm = term.text;
    frameResult(term.matchResult());
}

void SpfEvaluator::frameResult(SpfResult result)
{
    m_stack.removeLast();
    if (m_stack.isEmpty()) {
        done(result);
        return;
    }
    // The parent's current term is the include that led here: only a pass matches it.
    const Frame &parent = m_stack.last();
    if (result == SpfResult::Pass)
        matched(parent.record.terms.at(parent.next - 1));
    else
        step();
}

void SpfEvaluator::done(SpfResult result, const QString &problem)
{
    if (!m_running)
        return;
    m_running = false;
    m_queries.clear();
    m_outcome.result = result;
    m_outcome.problem = problem;
    if (result == SpfResult::PermError || result == SpfResult::TempError)
        m_outcome.decidingTerm.clear();
    Q_EMIT finished(m_outcome);
}

} // namespace mailflow
