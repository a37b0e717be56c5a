#pragma once

#include "checks/mtastspolicy.h"
#include "checks/timedcheck.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>

namespace mailflow {

/**
 * "mta-sts" of the recipient domain (RFC 8461): the _mta-sts TXT record, the HTTPS policy, its mode,
 * whether the domain's MX hosts match the policy's patterns, and a plain word that DANE is not
 * checked (Qt 6.4's QDnsLookup cannot ask for TLSA records).
 */
class MtaStsCheck : public TimedCheck
{
    Q_OBJECT
public:
    /** httpsPort 443 but in tests; caCertificates are trusted besides the system's. */
    explicit MtaStsCheck(quint16 httpsPort = 443, const QList<QSslCertificate> &caCertificates = {},
                         QObject *parent = nullptr);
    QString id() const override { return QStringLiteral("mta-sts"); }

    /** The domain whose mail policy matters: the first recipient's, else the MX lookup's, else the host. */
    static QString recipientDomain(const CheckContext &context);

protected:
    void run() override;
    CheckFindings timedOut() override;

private:
    void onRecord(const DnsQuery &query);
    void fetchPolicy(const QString &hostOrAddress);
    void onPolicy(QNetworkReply *reply);
    void onMx(const DnsQuery &query);
    void conclude();
    CheckFinding daneFinding() const;
    /** Whether the MX host tested validated its certificate in STARTTLS; not checked for the other hosts. */
    CheckFinding certificateFinding(bool enforce) const;

    quint16 m_port;
    QList<QSslCertificate> m_ca;
    QNetworkAccessManager m_network;
    QNetworkReply *m_reply = nullptr;
    QString m_domain;
    CheckFindings m_findings;
    QStringList m_mxHosts;
    QStringList m_mxEvidence;
    MtaStsPolicy m_policy;
    QStringList m_policyEvidence;
    QString m_fetchError;
    int m_pending = 0;
};

} // namespace mailflow
