#pragma once

#include "checks/spfevaluator.h"
#include "checks/timedcheck.h"

namespace mailflow {

struct TestDiagnosis;

/**
 * "spf": the sender domain's SPF record, evaluated for our public address ("your domain's SPF
 * record does not include 203.0.113.5"). Wanted when a refusal cites SPF, DKIM or DMARC.
 */
class SpfCheck : public TimedCheck
{
    Q_OBJECT
public:
    using TimedCheck::TimedCheck;
    QString id() const override { return QStringLiteral("spf"); }

    /** Whether the test's diagnosis makes the sender authentication checks (SPF, DMARC) worth running. */
    static bool wanted(const TestDiagnosis &diagnosis);
    static bool wanted(const CheckContext &context);
    /** What an outcome means for address, one sentence, translated. */
    static QString sentenceOf(const SpfOutcome &outcome, const QHostAddress &address);
    static CheckSeverity severityOf(SpfResult result);

protected:
    void run() override;
    CheckFindings timedOut() override;

private:
    void onOutcome(const SpfOutcome &outcome);

    SpfEvaluator *m_evaluator = nullptr;
    QHostAddress m_address;
};

} // namespace mailflow
