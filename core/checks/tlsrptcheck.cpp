#include "checks/tlsrptcheck.h"

#include "checks/mtastscheck.h"
#include "checks/mtastspolicy.h"

namespace mailflow {

void TlsRptCheck::run()
{
    const QString domain = MtaStsCheck::recipientDomain(context());
    if (domain.isEmpty()) {
        finish(
            {finding(CheckSeverity::Information, tr("TLS reporting"), tr("There is no recipient domain to check."))});
        return;
    }
    query(QDnsLookup::TXT, QStringLiteral("_smtp._tls.") + domain, [this, domain](const DnsQuery &q) {
        const QString title = tr("TLS reporting of %1").arg(domain);
        QString record;
        for (const QStringList textRecords = q.textRecords(); const QString &text : textRecords)
            if (text.startsWith(QLatin1String("v=TLSRPTv1")))
                record = text;
        if (q.isFailure()) {
            finish(
                {finding(CheckSeverity::NotAnswered, title,
                         tr("The TLS-RPT record of %1 could not be looked up: the name %2.").arg(domain, q.describe()),
                         Actor::Nobody, {}, evidenceOf(q))});
            return;
        }
        if (record.isEmpty()) {
            finish({finding(CheckSeverity::Information, title,
                            tr("%1 publishes no TLS-RPT record: senders do not report TLS failures to it.").arg(domain),
                            Actor::Nobody, {}, evidenceOf(q))});
            return;
        }
        const QStringList rua = tlsRptReportAddresses(record);
        finish(
            {rua.isEmpty()
                 ? finding(
                     CheckSeverity::Warning, title,
                     tr("The TLS-RPT record of %1 is not valid (it needs \"v=TLSRPTv1; rua=mailto:...\").").arg(domain),
                     Actor::RecipientAdministrator, {}, evidenceOf(q))
                 : finding(CheckSeverity::Passed, title,
                           tr("Senders report TLS failures for %1 to %2.").arg(domain, rua.join(QStringLiteral(", "))),
                           Actor::Nobody, {}, evidenceOf(q))});
    });
}

CheckFindings TlsRptCheck::timedOut()
{
    const QString domain = MtaStsCheck::recipientDomain(context());
    return {finding(CheckSeverity::NotAnswered, tr("TLS reporting of %1").arg(domain),
                    tr("The TLS-RPT record of %1 was not answered within the check's time limit.").arg(domain))};
}

} // namespace mailflow
