#include "dns/dnsquery.h"

#include <QMetaEnum>

namespace mailflow {

DnsQuery::DnsQuery(QDnsLookup::Type type, const QString &name, const QHostAddress &nameserver, int timeoutMs,
                   QObject *parent)
    : QObject(parent)
    , m_type(type)
    , m_name(name)
    , m_nameserver(nameserver)
    , m_timeoutMs(timeoutMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DnsQuery::onTimeout);
}

DnsQuery::~DnsQuery()
{
    dropLookup();
}

void DnsQuery::start()
{
    dropLookup();
    m_status = Status::Pending;
    m_errorString.clear();
    m_lookup = new QDnsLookup(m_type, m_name, this);
    if (!m_nameserver.isNull())
        m_lookup->setNameserver(m_nameserver);
    connect(m_lookup, &QDnsLookup::finished, this, &DnsQuery::onLookupFinished);
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
    m_lookup->lookup();
}

void DnsQuery::abort()
{
    m_timer.stop();
    dropLookup();
    if (m_status == Status::Pending)
        m_status = Status::Aborted;
}

// Deleted at once rather than later: Qt 6.4's lookup thread delivers its answer with a blocking
// queued call, which must find no receiver once nobody listens (or once the event loop is gone).
void DnsQuery::dropLookup()
{
    if (!m_lookup)
        return;
    m_lookup->disconnect(this);
    delete m_lookup;
    m_lookup = nullptr;
}

void DnsQuery::onLookupFinished()
{
    m_timer.stop();
    QDnsLookup *lookup = m_lookup;
    m_lookup = nullptr;
    lookup->deleteLater();
    m_mx = lookup->mailExchangeRecords();
    m_hosts = lookup->hostAddressRecords();
    m_cnames = lookup->canonicalNameRecords();
    m_pointers = lookup->pointerRecords();
    m_texts.clear();
    const QList<QDnsTextRecord> texts = lookup->textRecords();
    for (const QDnsTextRecord &text : texts)
        m_texts.append(QString::fromUtf8(text.values().join()));
    m_errorString = lookup->error() == QDnsLookup::NoError ? QString() : lookup->errorString();
    switch (lookup->error()) {
    case QDnsLookup::NoError: {
        bool empty = true;
        switch (m_type) {
        case QDnsLookup::MX:
            empty = m_mx.isEmpty();
            break;
        case QDnsLookup::A:
        case QDnsLookup::AAAA:
            empty = m_hosts.isEmpty();
            break;
        case QDnsLookup::CNAME:
            empty = m_cnames.isEmpty();
            break;
        case QDnsLookup::PTR:
            empty = m_pointers.isEmpty();
            break;
        case QDnsLookup::TXT:
            empty = m_texts.isEmpty();
            break;
        default:
            empty = false;
            break;
        }
        m_status = empty ? Status::NoData : Status::Ok;
        break;
    }
    case QDnsLookup::InvalidReplyError:
        // Qt 6.4 reports a NOERROR answer without records of the type this way (it also does when no
        // server answered at all; DnsProbe tells those two apart where it matters).
        m_status = Status::NoData;
        break;
    case QDnsLookup::NotFoundError:
        m_status = Status::NxDomain;
        break;
    case QDnsLookup::ServerFailureError:
        m_status = Status::ServFail;
        break;
    case QDnsLookup::ServerRefusedError:
        m_status = Status::Refused;
        break;
    case QDnsLookup::OperationCancelledError:
        m_status = Status::Aborted;
        break;
    default:
        m_status = Status::Error;
        break;
    }
    Q_EMIT finished();
}

void DnsQuery::onTimeout()
{
    dropLookup();
    m_status = Status::Timeout;
    m_errorString = tr("No answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000);
    Q_EMIT finished();
}

bool DnsQuery::isFailure() const
{
    switch (m_status) {
    case Status::ServFail:
    case Status::Refused:
    case Status::Timeout:
    case Status::Error:
        return true;
    default:
        return false;
    }
}

QString DnsQuery::typeName(QDnsLookup::Type type)
{
    // QDnsLookup's own enum names the record types ("MX", "PTR"...).
    const char *key = QMetaEnum::fromType<QDnsLookup::Type>().valueToKey(type);
    return key ? QString::fromLatin1(key) : QStringLiteral("ANY");
}

QString DnsQuery::describe() const
{
    const QString type = typeName(m_type);
    switch (m_status) {
    case Status::Pending:
        return tr("is still being looked up (%1)").arg(type);
    case Status::Ok:
        return tr("has %1 records").arg(type);
    case Status::NoData:
        return tr("has no %1 record").arg(type);
    case Status::NxDomain:
        return tr("does not exist in DNS");
    case Status::ServFail:
        return tr("could not be looked up (%1): the DNS server failed to answer (SERVFAIL)").arg(type);
    case Status::Refused:
        return tr("could not be looked up (%1): the DNS server refused to answer (REFUSED)").arg(type);
    case Status::Timeout:
        return tr("could not be looked up (%1): no answer within %n second(s)", nullptr, (m_timeoutMs + 999) / 1000)
            .arg(type);
    case Status::Aborted:
        return tr("was not looked up (%1): the lookup was stopped").arg(type);
    case Status::Error:
        return tr("could not be looked up (%1): %2").arg(type, m_errorString);
    }
    return {};
}

} // namespace mailflow
