#include "checks/mtastscheck.h"

#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrl>

namespace mailflow {

MtaStsCheck::MtaStsCheck(quint16 httpsPort, const QList<QSslCertificate> &caCertificates, QObject *parent)
    : TimedCheck(parent)
    , m_port(httpsPort)
    , m_ca(caCertificates)
{ }

QString MtaStsCheck::recipientDomain(const CheckContext &context)
{
    if (!context.recipientDomains.isEmpty())
        return dnsName(context.recipientDomains.first());
    return dnsName(context.mxDomain.isEmpty() ? context.host : context.mxDomain);
}

void MtaStsCheck::run()
{
    m_findings.clear();
    m_mxHosts.clear();
    m_mxEvidence.clear();
    m_policy = {};
    m_policyEvidence.clear();
    m_fetchError.clear();
    m_pending = 0;
    m_domain = recipientDomain(context());
    if (m_domain.isEmpty()) {
        finish({finding(CheckSeverity::Information, tr("MTA-STS"), tr("There is no recipient domain to check.")),
                daneFinding()});
        return;
    }
    query(QDnsLookup::TXT, QStringLiteral("_mta-sts.") + m_domain, [this](const DnsQuery &q) { onRecord(q); });
}

CheckFinding MtaStsCheck::daneFinding() const
{
    return finding(CheckSeverity::Information, tr("DANE"),
                   tr("DANE (TLSA records) is not checked: Qt 6.4's DNS lookup cannot ask for TLSA records."));
}

void MtaStsCheck::onRecord(const DnsQuery &answer)
{
    const QString title = tr("MTA-STS record of %1").arg(m_domain);
    QString record;
    for (const QStringList textRecords = answer.textRecords(); const QString &text : textRecords)
        if (text.startsWith(QLatin1String("v=STSv1")))
            record = text;
    if (answer.isFailure()) {
        finish(
            {finding(
                 CheckSeverity::NotAnswered, title,
                 tr("The MTA-STS record of %1 could not be looked up: the name %2.").arg(m_domain, answer.describe()),
                 Actor::Nobody, {}, evidenceOf(answer)),
             daneFinding()});
        return;
    }
    if (record.isEmpty()) {
        finish({finding(CheckSeverity::Information, title,
                        tr("%1 publishes no MTA-STS policy: senders may deliver to it without TLS or with any "
                           "certificate.")
                            .arg(m_domain),
                        Actor::Nobody, {}, evidenceOf(answer)),
                daneFinding()});
        return;
    }
    const QString id = MtaStsPolicy::recordId(record);
    m_findings.append(id.isEmpty()
                          ? finding(CheckSeverity::Warning, title,
                                    tr("The MTA-STS record of %1 is not valid (it needs \"v=STSv1; id=...\" with an id "
                                       "of 1 to 32 letters and digits).")
                                        .arg(m_domain),
                                    Actor::RecipientAdministrator, {}, evidenceOf(answer))
                          : finding(CheckSeverity::Information, title,
                                    tr("%1 announces an MTA-STS policy (id %2).").arg(m_domain, id), Actor::Nobody, {},
                                    evidenceOf(answer)));
    m_pending = 2;
    query(QDnsLookup::MX, m_domain, [this](const DnsQuery &q) { onMx(q); });
    const QString policyHost = QStringLiteral("mta-sts.") + m_domain;
    if (context().dnsServer.isNull()) {
        fetchPolicy(policyHost);
        return;
    }
    // Through the chosen DNS server: the address is asked for here, the certificate still checked for the name.
    query(QDnsLookup::A, policyHost, [this, policyHost](const DnsQuery &q) {
        m_policyEvidence.append(evidenceOf(q));
        const QList<QDnsHostAddressRecord> addresses = q.hostAddressRecords();
        if (addresses.isEmpty()) {
            m_fetchError = policyHost + u' ' + q.describe();
            --m_pending;
            conclude();
            return;
        }
        fetchPolicy(addresses.first().value().toString());
    });
}

void MtaStsCheck::fetchPolicy(const QString &hostOrAddress)
{
    const QString policyHost = QStringLiteral("mta-sts.") + m_domain;
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(hostOrAddress);
    if (m_port != 443)
        url.setPort(m_port);
    url.setPath(QStringLiteral("/.well-known/mta-sts.txt"));
    QNetworkRequest request(url);
    request.setRawHeader("Host", policyHost.toLatin1());
    request.setPeerVerifyName(policyHost);
    // RFC 8461 3.3: redirects must not be followed.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(qMax(1, context().timeoutMs));
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.addCaCertificates(m_ca);
    request.setSslConfiguration(ssl);
    m_policyEvidence.append(QStringLiteral("GET https://%1/.well-known/mta-sts.txt (connecting to %2:%3)")
                                .arg(policyHost, hostOrAddress)
                                .arg(m_port));
    m_reply = m_network.get(request);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply] { onPolicy(reply); });
}

void MtaStsCheck::onPolicy(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An HTTP status is an answer of the policy host: say it rather than Qt's words for it.
    if (status != 0 && status != 200) {
        m_fetchError = tr("the server answered HTTP %1").arg(status);
    } else if (reply->error() != QNetworkReply::NoError) {
        m_fetchError = reply->errorString();
    } else {
        const QByteArray body = reply->read(64 * 1024);
        m_policyEvidence.append(QStringLiteral("HTTP %1").arg(status));
        for (const QByteArray &line : body.split('\n'))
            if (!line.trimmed().isEmpty())
                m_policyEvidence.append(QString::fromUtf8(line.trimmed()));
        m_policy = MtaStsPolicy::parse(body);
    }
    if (!m_fetchError.isEmpty())
        m_policyEvidence.append(QStringLiteral("error: %1").arg(m_fetchError));
    --m_pending;
    conclude();
}

void MtaStsCheck::onMx(const DnsQuery &query)
{
    m_mxEvidence = evidenceOf(query);
    for (const QList<QDnsMailExchangeRecord> mailExchangeRecords = query.mailExchangeRecords();
         const QDnsMailExchangeRecord &mx : mailExchangeRecords)
        if (!mx.exchange().isEmpty())
            m_mxHosts.append(dnsName(mx.exchange()));
    --m_pending;
    conclude();
}

void MtaStsCheck::conclude()
{
    if (m_pending > 0 || !isRunning())
        return;
    const QString title = tr("MTA-STS policy of %1").arg(m_domain);
    CheckFindings findings = m_findings;
    if (!m_fetchError.isEmpty() || !m_policy.isValid()) {
        const QString why = m_fetchError.isEmpty() ? m_policy.error : m_fetchError;
        findings.append(finding(CheckSeverity::Warning, title,
                                tr("The MTA-STS policy of %1 could not be used (%2): senders without a cached copy "
                                   "deliver as if there were none.")
                                    .arg(m_domain, why),
                                Actor::RecipientAdministrator,
                                {tr("Serve the policy at https://mta-sts.%1/.well-known/mta-sts.txt with a valid "
                                    "certificate for mta-sts.%1.")
                                     .arg(m_domain)},
                                m_policyEvidence));
        findings.append(daneFinding());
        finish(findings);
        return;
    }
    const QString mode = m_policy.mode;
    const QString meaning = mode == u"enforce"
        ? tr("senders must deliver over TLS with a valid certificate to a listed MX host, or not at all")
        : mode == u"testing" ? tr("senders report TLS problems but deliver anyway")
                             : tr("the policy is being withdrawn; senders ignore it");
    findings.append(finding(
        mode == u"enforce" ? CheckSeverity::Passed : CheckSeverity::Information, title,
        tr("The policy's mode is %1: %2 (mx %3, max_age %4 seconds).")
            .arg(mode, meaning, m_policy.mx.join(QStringLiteral(", ")), QString::number(m_policy.maxAgeSeconds)),
        Actor::Nobody, {}, m_policyEvidence));
    QStringList unmatched;
    for (const QString &host : std::as_const(m_mxHosts))
        if (!m_policy.matches(host))
            unmatched.append(host);
    const QString mxTitle = tr("MX hosts against the MTA-STS policy");
    if (m_mxHosts.isEmpty()) {
        findings.append(finding(CheckSeverity::Information, mxTitle,
                                tr("%1 has no MX hosts to compare with the policy.").arg(m_domain), Actor::Nobody, {},
                                m_mxEvidence));
    } else if (unmatched.isEmpty()) {
        findings.append(finding(
            CheckSeverity::Passed, mxTitle,
            tr("Every MX host of %1 matches the policy (%2).").arg(m_domain, m_mxHosts.join(QStringLiteral(", "))),
            Actor::Nobody, {}, m_mxEvidence));
    } else {
        const bool enforce = mode == u"enforce";
        findings.append(finding(
            enforce ? CheckSeverity::Failure : CheckSeverity::Warning, mxTitle,
            enforce ? tr("The MX hosts %1 do not match the policy's mx patterns: senders that honour MTA-STS refuse "
                         "to deliver to them.")
                          .arg(unmatched.join(QStringLiteral(", ")))
                    : tr("The MX hosts %1 do not match the policy's mx patterns; in mode %2 senders only report it.")
                          .arg(unmatched.join(QStringLiteral(", ")), mode),
            Actor::RecipientAdministrator,
            {tr("Add the MX hosts to the policy's mx lines (and change its id in the _mta-sts record).")},
            m_mxEvidence));
    }
    findings.append(certificateFinding(mode == u"enforce"));
    findings.append(daneFinding());
    finish(findings);
}

CheckFinding MtaStsCheck::certificateFinding(bool enforce) const
{
    const QString title = tr("MX certificates for MTA-STS");
    const QString tested = dnsName(context().host);
    const TlsReport &tls = context().tls;
    if (!m_mxHosts.contains(tested) || !tls.handshakeDone) {
        const QString why = m_mxHosts.contains(tested)
            ? tr("%1 is an MX host of %2, but this test did not use TLS with it.").arg(tested, m_domain)
            : tr("the server tested is not one of the MX hosts of %1.").arg(m_domain);
        return finding(CheckSeverity::Information, title,
                       tr("The MX hosts' certificates were not checked: %1").arg(why));
    }
    if (tls.isVerified())
        return finding(CheckSeverity::Passed, title,
                       tr("The certificate of %1 validates, as MTA-STS requires.").arg(tested), Actor::Nobody, {},
                       {tls.summary()});
    return finding(
        enforce ? CheckSeverity::Failure : CheckSeverity::Warning, title,
        enforce ? tr("The certificate of %1 does not validate: senders that honour the policy (mode "
                     "enforce) refuse to deliver to it.")
                      .arg(tested)
                : tr("The certificate of %1 does not validate; in mode testing senders only report it.").arg(tested),
        Actor::RecipientAdministrator,
        {tr("Install a certificate for %1 from a public certificate authority, with the whole chain.").arg(tested)},
        tls.problemLines());
}

CheckFindings MtaStsCheck::timedOut()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    CheckFindings findings = m_findings;
    findings.append(finding(CheckSeverity::NotAnswered, tr("MTA-STS policy of %1").arg(m_domain),
                            tr("The MTA-STS check of %1 did not end within its time limit.").arg(m_domain),
                            Actor::Nobody, {}, m_policyEvidence));
    findings.append(daneFinding());
    return findings;
}

} // namespace mailflow
