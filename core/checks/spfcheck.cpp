#include "checks/spfcheck.h"

#include "checks/ownaddresscheck.h"
#include "diagnosis/testdiagnosis.h"

namespace mailflow {

bool SpfCheck::wanted(const TestDiagnosis &diagnosis)
{
    return diagnosis.cause == Cause::SenderAuthentication;
}

bool SpfCheck::wanted(const CheckContext &context)
{
    return context.cause == Cause::SenderAuthentication;
}

CheckSeverity SpfCheck::severityOf(SpfResult result)
{
    switch (result) {
    case SpfResult::Pass:
        return CheckSeverity::Passed;
    case SpfResult::Fail:
    case SpfResult::PermError:
        return CheckSeverity::Failure;
    case SpfResult::SoftFail:
    case SpfResult::None:
        return CheckSeverity::Warning;
    case SpfResult::TempError:
        return CheckSeverity::NotAnswered;
    case SpfResult::Neutral:
        break;
    }
    return CheckSeverity::Information;
}

QString SpfCheck::sentenceOf(const SpfOutcome &outcome, const QHostAddress &address)
{
    const QString ip = address.toString();
    const QString domain = outcome.domain;
    switch (outcome.result) {
    case SpfResult::Pass:
        return tr("Your domain's SPF record includes %1 (through \"%2\"): SPF passes.").arg(ip, outcome.decidingTerm);
    case SpfResult::Fail:
        return tr("Your domain's SPF record does not include %1: receivers that check SPF treat mail for %2 from "
                  "this address as forged (\"%3\").")
            .arg(ip, domain, outcome.decidingTerm);
    case SpfResult::SoftFail:
        return tr("Your domain's SPF record does not include %1 and marks mail for %2 from it as suspicious (\"%3\").")
            .arg(ip, domain, outcome.decidingTerm);
    case SpfResult::Neutral:
        return tr("The SPF record of %1 says nothing about %2 (neutral).").arg(domain, ip);
    case SpfResult::None:
        return tr("%1 publishes no SPF record, so receivers cannot tell its mail from forgeries.").arg(domain);
    case SpfResult::PermError:
        return tr("The SPF record of %1 is broken (%2): receivers read it as an error, and many refuse the mail.")
            .arg(domain, outcome.problem);
    case SpfResult::TempError:
        return tr("The SPF record of %1 could not be evaluated: %2.").arg(domain, outcome.problem);
    }
    return {};
}

void SpfCheck::run()
{
    const QString domain = context().senderDomain;
    const QString title = tr("SPF of %1").arg(domain);
    if (domain.isEmpty()) {
        finish({finding(CheckSeverity::Information, tr("SPF"), tr("There is no sender domain to check SPF for."))});
        return;
    }
    const OwnAddress own = findOwnAddress(context());
    if (!own.isPublic()) {
        // The record is still worth showing: fetch it without evaluating it.
        query(QDnsLookup::TXT, domain, [this, title](const DnsQuery &query) {
            QStringList records;
            for (const QStringList textRecords = query.textRecords(); const QString &text : textRecords)
                if (SpfRecord::isSpf(text))
                    records.append(text);
            const QString sentence = records.isEmpty()
                ? tr("%1 publishes no SPF record.").arg(context().senderDomain)
                : tr("The SPF record of %1 is \"%2\"; it is not evaluated because your public address is unknown.")
                      .arg(context().senderDomain, records.join(QStringLiteral("\", \"")));
            finish({finding(CheckSeverity::Information, title, sentence, Actor::Nobody, {}, evidenceOf(query))});
        });
        return;
    }
    m_address = own.address;
    delete m_evaluator;
    m_evaluator = new SpfEvaluator(context().dnsServer, context().timeoutMs, this);
    connect(m_evaluator, &SpfEvaluator::finished, this, &SpfCheck::onOutcome);
    m_evaluator->evaluate(m_address, domain, {}, context().ehloName);
}

void SpfCheck::onOutcome(const SpfOutcome &outcome)
{
    QStringList steps;
    switch (outcome.result) {
    case SpfResult::Fail:
    case SpfResult::SoftFail:
    case SpfResult::Neutral:
        steps.append(tr("Send through the servers your domain's SPF record lists (usually your provider's), or add "
                        "\"%1:%2\" to the SPF record of %3.")
                         .arg(m_address.protocol() == QAbstractSocket::IPv4Protocol ? QStringLiteral("ip4")
                                                                                    : QStringLiteral("ip6"),
                              m_address.toString(), outcome.domain));
        break;
    case SpfResult::None:
        steps.append(tr("Publish an SPF record for %1 that lists the servers sending its mail.").arg(outcome.domain));
        break;
    case SpfResult::PermError:
        steps.append(tr("Fix the SPF record of %1: one record only, known mechanisms, at most 10 DNS lookups "
                        "(include, a, mx, ptr, exists, redirect) in all.")
                         .arg(outcome.domain));
        break;
    default:
        break;
    }
    const Actor who = steps.isEmpty() ? Actor::Nobody : Actor::YourAdministrator;
    finish({finding(severityOf(outcome.result), tr("SPF of %1").arg(outcome.domain), sentenceOf(outcome, m_address),
                    who, steps, outcome.evidence)});
}

CheckFindings SpfCheck::timedOut()
{
    if (m_evaluator)
        m_evaluator->abort();
    return {finding(
        CheckSeverity::NotAnswered, tr("SPF of %1").arg(context().senderDomain),
        tr("The SPF record of %1 was not evaluated within the check's time limit.").arg(context().senderDomain))};
}

} // namespace mailflow
