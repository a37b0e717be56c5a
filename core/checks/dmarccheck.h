#pragma once

#include "checks/spfevaluator.h"
#include "checks/timedcheck.h"

namespace mailflow {

struct TestDiagnosis;

/** A _dmarc TXT record (RFC 7489 6.3): the tags a helpdesk reads. */
struct DmarcRecord
{
    /** "none", "quarantine", "reject"; empty when the record is invalid. */
    QString policy;
    /** sp=, the policy for subdomains; the policy when absent. */
    QString subdomainPolicy;
    int percent = 100;
    /** "r" (relaxed) or "s" (strict). */
    QString dkimAlignment = QStringLiteral("r");
    QString spfAlignment = QStringLiteral("r");
    QStringList aggregateReports;
    /** Why the record is not valid, untranslated; empty when it is. */
    QString error;

    bool isValid() const { return error.isEmpty(); }
    static bool isDmarc(const QString &text);
    static DmarcRecord parse(const QString &text);
};

/**
 * "dmarc": the sender domain's DMARC policy, and with SPF evaluated for our public address, whether
 * the policy explains a refusal ("p=reject and SPF fails for 203.0.113.5"). Wanted as SpfCheck is.
 */
class DmarcCheck : public TimedCheck
{
    Q_OBJECT
public:
    using TimedCheck::TimedCheck;
    QString id() const override { return QStringLiteral("dmarc"); }
    static bool wanted(const TestDiagnosis &diagnosis);
    static bool wanted(const CheckContext &context);

protected:
    void run() override;
    CheckFindings timedOut() override;

private:
    void lookUp(const QString &domain);
    void onRecord(const DnsQuery &query);
    void onSpf(const SpfOutcome &outcome);
    void conclude();

    QString m_policyDomain;
    QString m_record;
    QStringList m_evidence;
    bool m_recordDone = false;
    bool m_spfDone = true;
    SpfOutcome m_spf;
    QHostAddress m_address;
    SpfEvaluator *m_evaluator = nullptr;
};

} // namespace mailflow
