#include "mx/deliveryrule.h"

#include "base/enumtable.h"

namespace mailflow {

using Outcome = MxAttempt::Outcome;
using Kind = DeliveryVerdict::Kind;

QString MxAttempt::displayName() const
{
    if (address.isNull() || address.toString() == host)
        return host;
    return QStringLiteral("%1 (%2)").arg(host, address.toString());
}

namespace {
constexpr EnumName<Kind> verdictKinds[]
    = {{Kind::Delivered, "delivered"}, {Kind::Deferred, "deferred"}, {Kind::Bounced, "bounced"}, {Kind::NoMx, "no-mx"}};
} // namespace

QString DeliveryVerdict::kindKey(Kind kind)
{
    return enumKey(verdictKinds, kind);
}

DeliveryVerdict DeliveryRule::apply(const QList<MxAttempt> &attempts)
{
    DeliveryVerdict verdict;
    if (attempts.isEmpty()) {
        verdict.explanation = tr("There is no mail server to try: a real sender bounces the mail.");
        return verdict;
    }
    const auto withDetail = [](const MxAttempt &attempt, const QString &what) {
        return attempt.detail.isEmpty() ? what : QStringLiteral("%1 (%2)").arg(what, attempt.detail);
    };
    for (int i = 0; i < attempts.size(); ++i) {
        const MxAttempt &attempt = attempts.at(i);
        const QString name = attempt.displayName();
        if (verdict.attempt >= 0) {
            verdict.steps << tr("%1: not tried.").arg(name);
            continue;
        }
        switch (attempt.outcome) {
        case Outcome::NoAddress:
            verdict.steps
                << tr("%1: %2 — a sender tries the next server.").arg(name, withDetail(attempt, tr("no address")));
            break;
        case Outcome::ConnectFailed:
            verdict.steps << tr("%1: %2 — a sender tries the next server.")
                                 .arg(name, withDetail(attempt, tr("could not connect")));
            break;
        case Outcome::Deferred:
            verdict.steps << tr("%1: %2 — a sender tries the next server.")
                                 .arg(name, withDetail(attempt, tr("temporary failure")));
            break;
        case Outcome::Refused:
            verdict.steps << tr("%1: %2 — a sender stops here.").arg(name, withDetail(attempt, tr("refused")));
            verdict.kind = Kind::Bounced;
            verdict.attempt = i;
            break;
        case Outcome::Accepted:
            verdict.steps << tr("%1: accepted — the mail is delivered here.").arg(name);
            verdict.kind = Kind::Delivered;
            verdict.attempt = i;
            break;
        }
    }

    if (verdict.attempt < 0) {
        verdict.kind = Kind::Deferred;
        verdict.explanation = tr("Every mail server deferred the mail or could not be reached: a real sender keeps "
                                 "it in its queue and retries later (usually for several days) before it bounces.");
        return verdict;
    }
    const MxAttempt &decisive = attempts.at(verdict.attempt);
    if (verdict.kind == Kind::Delivered) {
        verdict.explanation = verdict.attempt == 0
            ? tr("A real sender would deliver to %1, the most preferred mail server.").arg(decisive.displayName())
            : tr("A real sender would deliver to %1, after %n more preferred attempt(s) failed temporarily.", nullptr,
                 verdict.attempt)
                  .arg(decisive.displayName());
    } else {
        const QString reply = decisive.detail.isEmpty() ? tr("a 5xx reply") : decisive.detail;
        verdict.explanation = tr("%1 refused with %2: a real sender stops there and the mail bounces back to the "
                                 "sender; the servers after it are not tried.")
                                  .arg(decisive.displayName(), reply);
    }
    return verdict;
}

} // namespace mailflow
