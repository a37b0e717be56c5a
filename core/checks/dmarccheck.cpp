#include "checks/dmarccheck.h"

#include "checks/ownaddresscheck.h"
#include "checks/spfcheck.h"

namespace mailflow {

bool DmarcRecord::isDmarc(const QString &text)
{
    return text.trimmed().startsWith(QLatin1String("v=DMARC1"), Qt::CaseInsensitive);
}

DmarcRecord DmarcRecord::parse(const QString &text)
{
    DmarcRecord record;
    const QStringList tags = text.split(u';', Qt::SkipEmptyParts);
    QString policy;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        const QString tag = tags.at(i).trimmed();
        const qsizetype equals = tag.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString name = tag.left(equals).trimmed().toLower();
        const QString value = tag.mid(equals + 1).trimmed();
        if (i == 0) {
            if (name != u"v" || value.compare(QLatin1String("DMARC1"), Qt::CaseInsensitive) != 0)
                record.error = QStringLiteral("does not start with v=DMARC1");
        } else if (name == u"p") {
            policy = value.toLower();
        } else if (name == u"sp") {
            record.subdomainPolicy = value.toLower();
        } else if (name == u"pct") {
            bool ok = false;
            const int pct = value.toInt(&ok);
            if (ok && pct >= 0 && pct <= 100)
                record.percent = pct;
        } else if (name == u"adkim") {
            record.dkimAlignment = value.toLower();
        } else if (name == u"aspf") {
            record.spfAlignment = value.toLower();
        } else if (name == u"rua") {
            for (const QString &uri : value.split(u',', Qt::SkipEmptyParts))
                record.aggregateReports.append(uri.trimmed());
        }
    }
    static const QStringList policies {QStringLiteral("none"), QStringLiteral("quarantine"), QStringLiteral("reject")};
    if (record.error.isEmpty() && !policies.contains(policy))
        record.error
            = policy.isEmpty() ? QStringLiteral("has no p= tag") : QStringLiteral("p=%1 is unknown").arg(policy);
    if (record.error.isEmpty())
        record.policy = policy;
    if (record.subdomainPolicy.isEmpty() || !policies.contains(record.subdomainPolicy))
        record.subdomainPolicy = record.policy;
    return record;
}

bool DmarcCheck::wanted(const TestDiagnosis &diagnosis)
{
    return SpfCheck::wanted(diagnosis);
}

bool DmarcCheck::wanted(const CheckContext &context)
{
    return SpfCheck::wanted(context);
}

void DmarcCheck::run()
{
    m_recordDone = false;
    m_spfDone = true;
    m_record.clear();
    m_evidence.clear();
    const QString domain = dnsName(context().senderDomain);
    if (domain.isEmpty()) {
        finish({finding(CheckSeverity::Information, tr("DMARC"), tr("There is no sender domain to check DMARC for."))});
        return;
    }
    const OwnAddress own = findOwnAddress(context());
    if (own.isPublic()) {
        m_address = own.address;
        m_spfDone = false;
        delete m_evaluator;
        m_evaluator = new SpfEvaluator(context().dnsServer, context().timeoutMs, this);
        connect(m_evaluator, &SpfEvaluator::finished, this, &DmarcCheck::onSpf);
        m_evaluator->evaluate(m_address, domain, {}, context().ehloName);
    }
    lookUp(domain);
}

void DmarcCheck::lookUp(const QString &domain)
{
    m_policyDomain = domain;
    query(QDnsLookup::TXT, QStringLiteral("_dmarc.") + domain, [this](const DnsQuery &q) { onRecord(q); });
}

void DmarcCheck::onRecord(const DnsQuery &query)
{
    m_evidence.append(evidenceOf(query));
    for (const QStringList textRecords = query.textRecords(); const QString &text : textRecords)
        if (DmarcRecord::isDmarc(text))
            m_record = text;
    // Without a record of its own, a subdomain falls under its organizational domain's (RFC 7489 6.6.3);
    // the last two labels stand in for it, as no public suffix list is at hand.
    const QStringList labels = m_policyDomain.split(u'.');
    if (m_record.isEmpty() && !query.isFailure() && labels.size() > 2) {
        lookUp(labels.mid(labels.size() - 2).join(u'.'));
        return;
    }
    m_recordDone = true;
    conclude();
}

void DmarcCheck::onSpf(const SpfOutcome &outcome)
{
    m_spf = outcome;
    m_spfDone = true;
    conclude();
}

void DmarcCheck::conclude()
{
    if (!m_recordDone || !m_spfDone || !isRunning())
        return;
    const QString domain = context().senderDomain;
    const QString title = tr("DMARC of %1").arg(domain);
    if (m_record.isEmpty()) {
        finish({finding(CheckSeverity::Information, title,
                        tr("%1 publishes no DMARC policy (_dmarc TXT record).").arg(domain), Actor::Nobody,
                        {tr("Publish a DMARC record (start with p=none and a rua= report address) once SPF and DKIM "
                            "cover all of the domain's mail.")},
                        m_evidence)});
        return;
    }
    const DmarcRecord record = DmarcRecord::parse(m_record);
    if (!record.isValid()) {
        finish({finding(
            CheckSeverity::Warning, title,
            tr("The DMARC record of %1 is not valid (%2), so receivers ignore it.").arg(m_policyDomain, record.error),
            Actor::YourAdministrator, {tr("Correct the _dmarc TXT record of %1.").arg(m_policyDomain)}, m_evidence)});
        return;
    }
    const QString policy = m_policyDomain == dnsName(domain) ? record.policy : record.subdomainPolicy;
    const QString reports = record.aggregateReports.isEmpty()
        ? tr("no aggregate reports")
        : tr("reports to %1").arg(record.aggregateReports.join(QStringLiteral(", ")));
    CheckFindings findings {finding(CheckSeverity::Information, title,
                                    tr("The DMARC policy of %1 is p=%2 (pct=%3, DKIM alignment %4, SPF alignment %5, "
                                       "%6).")
                                        .arg(m_policyDomain, policy, QString::number(record.percent),
                                             record.dkimAlignment, record.spfAlignment, reports),
                                    Actor::Nobody, {}, m_evidence)};
    const bool strict = policy == u"reject" || policy == u"quarantine";
    const bool spfFails
        = m_spfDone && !m_address.isNull() && m_spf.result != SpfResult::Pass && m_spf.result != SpfResult::TempError;
    if (strict && spfFails) {
        const QString sentence = policy == u"reject"
            ? tr("%1 tells receivers to refuse mail that passes neither SPF nor DKIM (p=reject), and SPF does not pass "
                 "for your address %2 (%3): unless the message carries a valid DKIM signature of %1, that is why it "
                 "was refused.")
            : tr("%1 tells receivers to treat mail that passes neither SPF nor DKIM as spam (p=quarantine), and SPF "
                 "does not pass for your address %2 (%3): unless the message carries a valid DKIM signature of %1, it "
                 "is refused or lands in spam.");
        findings.append(finding(CheckSeverity::Failure, tr("DMARC against SPF"),
                                sentence.arg(domain, m_address.toString(), spfResultKey(m_spf.result)),
                                Actor::YourAdministrator,
                                {tr("Send through the servers the SPF record of %1 lists, or add this address to "
                                    "it.")
                                     .arg(domain),
                                 tr("Sign the domain's outgoing mail with DKIM.")},
                                m_spf.evidence));
    }
    finish(findings);
}

CheckFindings DmarcCheck::timedOut()
{
    if (m_evaluator)
        m_evaluator->abort();
    return {finding(
        CheckSeverity::NotAnswered, tr("DMARC of %1").arg(context().senderDomain),
        tr("The DMARC record of %1 was not answered within the check's time limit.").arg(context().senderDomain),
        Actor::Nobody, {}, m_evidence)};
}

} // namespace mailflow
