#include "mx/dnsmilestone.h"

namespace mailflow {

namespace {

using Outcome = MxLookupResult::Outcome;
using Direction = TranscriptEntry::Direction;

bool isFailure(Outcome outcome)
{
    return outcome != Outcome::Ok && outcome != Outcome::ImplicitMx;
}

QString addressText(const MxHost &host)
{
    QStringList texts;
    for (const QHostAddress &address : host.addresses)
        texts << address.toString();
    return texts.join(QLatin1String(", "));
}

} // namespace

QString DnsMilestone::nextStep(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return {};
    case Outcome::ImplicitMx:
        return tr("Ask the domain's DNS administrator to publish an MX record for the server that receives its mail.");
    case Outcome::NullMx:
        return tr("Nothing to fix on the sending side: ask the recipient for another address, or ask the domain "
                  "owner whether the null MX is intended.");
    case Outcome::NxDomain:
        return tr("Check the spelling of the domain in the address; if it is right, the domain's registration or "
                  "DNS delegation is broken.");
    case Outcome::NoRecords:
        return tr("Ask the domain's DNS administrator to publish an MX record.");
    case Outcome::ServFail:
        return tr("Try again later, or ask another DNS server; if it persists, tell the domain's DNS administrator.");
    case Outcome::Timeout:
        return tr("Try again, or ask another DNS server; check that this computer can reach its DNS server.");
    case Outcome::InvalidInput:
        return tr("Type a domain (example.com) or an e-mail address (user@example.com).");
    case Outcome::OtherError:
        return tr("Try again, or ask another DNS server.");
    }
    return {};
}

Milestone DnsMilestone::milestone(const MxLookupResult &result, int host)
{
    Milestone m;
    m.kind = MilestoneKind::Dns;
    m.expected = QStringLiteral("MX");
    m.durationMs = result.elapsedMs;

    if (host >= 0 && host < result.hosts.size()) {
        const MxHost &h = result.hosts.at(host);
        m.subject = h.displayName();
        if (!h.hasAddresses()) {
            m.state = MilestoneState::Failed;
            m.failure = FailureKind::HostNotFound;
            m.summary = h.error.isEmpty() ? tr("%1 has no address").arg(h.displayName()) : h.error;
            m.diagnosis.meaning = tr("The MX host %1 has no address to connect to: senders skip it and try the "
                                     "next one.")
                                      .arg(h.displayName());
            m.diagnosis.nextStep = tr("Ask the domain's DNS administrator to give the MX host an A or AAAA record, "
                                      "or to remove the MX record.");
            return m;
        }
        QStringList warnings = h.warnings;
        if (h.isImplicit)
            warnings.prepend(result.message);
        warnings << result.warnings;
        const QString found = tr("MX %1 %2: %3").arg(h.preference).arg(h.displayName(), addressText(h));
        if (warnings.isEmpty()) {
            m.state = MilestoneState::Passed;
            m.summary = found;
        } else {
            m.state = MilestoneState::Warning;
            m.summary = tr("%1 (%2)").arg(found, warnings.first());
            m.diagnosis.meaning = warnings.join(u' ');
            m.diagnosis.nextStep = h.isImplicit ? nextStep(Outcome::ImplicitMx)
                                                : tr("Mail still flows; ask the domain's DNS administrator to "
                                                     "point the MX record at a plain host name with an address.");
        }
        return m;
    }

    m.subject = result.displayDomain().isEmpty() ? result.input : result.displayDomain();
    if (isFailure(result.outcome)) {
        m.state = MilestoneState::Failed;
        m.failure = result.outcome == Outcome::Timeout ? FailureKind::Timeout : FailureKind::HostNotFound;
        m.summary = result.message;
        m.diagnosis.meaning
            = result.detail.isEmpty() ? result.message : tr("%1 (DNS said: %2)").arg(result.message, result.detail);
        m.diagnosis.nextStep = nextStep(result.outcome);
        return m;
    }
    QStringList hosts;
    QStringList warnings = result.warnings;
    for (const MxHost &h : result.hosts) {
        hosts << tr("%1 %2").arg(h.preference).arg(h.displayName());
        for (const QString &warning : h.warnings)
            warnings << tr("%1: %2").arg(h.displayName(), warning);
        if (!h.error.isEmpty())
            warnings << tr("%1: %2").arg(h.displayName(), h.error);
    }
    const QString found = tr("MX: %1").arg(hosts.join(QLatin1String(", ")));
    if (result.outcome == Outcome::ImplicitMx) {
        m.state = MilestoneState::Warning;
        m.summary = tr("No MX record: %1 itself receives the mail (implicit MX)").arg(m.subject);
        m.diagnosis.meaning = result.message; // the implicit host's own warning says the same
        m.diagnosis.nextStep = nextStep(Outcome::ImplicitMx);
    } else if (!warnings.isEmpty()) {
        m.state = MilestoneState::Warning;
        m.summary = tr("%1 (%2)").arg(found, warnings.first());
        m.diagnosis.meaning = warnings.join(u' ');
        m.diagnosis.nextStep = tr("Mail can still flow through the other MX hosts; ask the domain's DNS "
                                  "administrator to fix the records named above.");
    } else {
        m.state = MilestoneState::Passed;
        m.summary = found;
    }
    return m;
}

int DnsMilestone::appendLookup(const MxLookupResult &result, Transcript *transcript)
{
    const QStringList lines = result.describe();
    const Direction messageDirection = isFailure(result.outcome) ? Direction::Error
        : result.outcome == Outcome::ImplicitMx                  ? Direction::Warning
                                                                 : Direction::Info;
    QList<Direction> directions;
    directions << Direction::Info << messageDirection;
    if (!result.detail.isEmpty())
        directions << messageDirection;
    for (const MxHost &host : result.hosts) {
        directions << (host.hasAddresses() ? Direction::Info : Direction::Warning);
        for (qsizetype i = 0; i < host.warnings.size(); ++i)
            directions << Direction::Warning;
        if (!host.error.isEmpty())
            directions << Direction::Warning;
    }
    for (qsizetype i = 0; i < result.warnings.size(); ++i)
        directions << Direction::Warning;

    int first = -1;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int index = transcript->append(directions.value(i, Direction::Info), lines.at(i));
        if (first < 0)
            first = index;
    }
    return first;
}

int DnsMilestone::record(const MxLookupResult &result, Transcript *transcript, Checklist *checklist, int host)
{
    Milestone m = milestone(result, host);
    m.startedMs = transcript->elapsedMs();
    m.firstEntry = appendLookup(result, transcript);
    m.lastEntry = transcript->count() - 1;

    const int index = checklist->setDnsMilestone(m);
    return index;
}

void DnsMilestone::appendReverseDns(const ReverseDnsResult &result, Transcript *transcript)
{
    for (qsizetype i = 0; i < result.messages.size(); ++i) {
        const bool warning = i == 0 && result.isWarning;
        transcript->append(warning ? Direction::Warning : Direction::Info, result.messages.at(i));
    }
}

} // namespace mailflow
