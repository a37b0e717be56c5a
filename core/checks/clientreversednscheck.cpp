#include "checks/clientreversednscheck.h"

#include "checks/ownaddresscheck.h"

namespace mailflow {

void ClientReverseDnsCheck::run()
{
    const OwnAddress own = findOwnAddress(context());
    if (!own.isPublic()) {
        CheckFinding f = OwnAddressCheck::describe(own);
        f.checkId = id();
        f.title = tr("Reverse DNS of your address");
        f.sentence = tr("Your reverse DNS is not checked: %1").arg(f.sentence);
        finish({f});
        return;
    }
    m_address = own.address;
    delete m_lookup;
    m_lookup = new ReverseDnsCheck(this);
    m_lookup->setTimeout(context().timeoutMs);
    QString error;
    if (!m_lookup->setNameserver(context().dnsServer, &error)) {
        finish({finding(CheckSeverity::NotAnswered, tr("Reverse DNS of your address"), error)});
        return;
    }
    connect(m_lookup, &ReverseDnsCheck::finished, this, &ClientReverseDnsCheck::onResult);
    m_lookup->check(m_address);
}

void ClientReverseDnsCheck::onResult(const ReverseDnsResult &result)
{
    if (!isRunning())
        return;
    const QString title = tr("Reverse DNS of your address %1").arg(m_address.toString());
    QStringList evidence;
    for (const QString &name : result.ptrNames)
        evidence.append(result.reverseName + QStringLiteral(" PTR ") + name);
    if (result.ptrNames.isEmpty())
        evidence.append(result.reverseName + QStringLiteral(" PTR ") + ReverseDnsResult::statusKey(result.status));
    if (!result.confirmedName.isEmpty())
        evidence.append(QStringLiteral("%1 A/AAAA includes %2").arg(result.confirmedName, m_address.toString()));
    const QStringList fixSteps {
        tr("Ask whoever owns the address (your internet or hosting provider) to set a PTR record naming your mail "
           "server, and an A/AAAA record of that name pointing back to %1.")
            .arg(m_address.toString()),
        tr("Or send through your provider's mail servers, which have it."),
    };
    CheckFindings findings;
    switch (result.status) {
    case ReverseDnsResult::Status::Confirmed:
        findings.append(finding(CheckSeverity::Passed, title,
                                tr("%1 has reverse DNS %2, and that name points back to it (forward-confirmed).")
                                    .arg(m_address.toString(), result.confirmedName),
                                Actor::Nobody, {}, evidence));
        findings.append(ehloFinding(result));
        break;
    case ReverseDnsResult::Status::NotConfirmed:
        findings.append(finding(CheckSeverity::Warning, title,
                                tr("%1 has reverse DNS (%2), but no such name points back to it: many servers treat "
                                   "that like no reverse DNS at all.")
                                    .arg(m_address.toString(), result.ptrNames.join(QStringLiteral(", "))),
                                Actor::YourAdministrator, fixSteps, evidence));
        break;
    case ReverseDnsResult::Status::NoPtr:
        findings.append(finding(CheckSeverity::Warning, title,
                                tr("%1 has no reverse DNS (PTR record): many servers refuse mail from such an "
                                   "address, Gmail and Microsoft among them.")
                                    .arg(m_address.toString()),
                                Actor::YourAdministrator, fixSteps, evidence));
        break;
    case ReverseDnsResult::Status::LookupFailed:
        findings.append(
            finding(CheckSeverity::NotAnswered, title,
                    tr("The reverse DNS of %1 could not be looked up: %2").arg(m_address.toString(), result.summary()),
                    Actor::Nobody, {}, evidence));
        break;
    }
    finish(findings);
}

CheckFinding ClientReverseDnsCheck::ehloFinding(const ReverseDnsResult &result) const
{
    const QString title = tr("EHLO name against reverse DNS");
    const QString sent = aceName(context().ehloName);
    const QStringList evidence {QStringLiteral("EHLO %1").arg(context().ehloName),
                                QStringLiteral("PTR %1").arg(result.confirmedName)};
    if (sent.isEmpty())
        return finding(CheckSeverity::Information, title, tr("The EHLO name we sent is not known."), Actor::Nobody, {},
                       evidence);
    for (const QString &name : result.ptrNames)
        if (name.compare(sent, Qt::CaseInsensitive) == 0)
            return finding(CheckSeverity::Passed, title,
                           tr("The EHLO name %1 is the address's reverse DNS name.").arg(sent), Actor::Nobody, {},
                           evidence);
    return finding(
        CheckSeverity::Information, title,
        tr("We said EHLO %1, but the address's reverse DNS name is %2; some servers want them to match.")
            .arg(sent, result.confirmedName),
        Actor::You,
        {tr("Send the reverse DNS name %1 as the EHLO name (the Greeting page's \"Name to send\" field, or --ehlo).")
             .arg(result.confirmedName)},
        evidence);
}

CheckFindings ClientReverseDnsCheck::timedOut()
{
    if (m_lookup)
        m_lookup->abort();
    return {
        finding(CheckSeverity::NotAnswered, tr("Reverse DNS of your address %1").arg(m_address.toString()),
                tr("The reverse DNS of %1 was not answered within the check's time limit.").arg(m_address.toString()))};
}

} // namespace mailflow
