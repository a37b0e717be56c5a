#include "checks/openrelaycheck.h"

namespace mailflow {

void OpenRelayCheck::start(const CheckContext &context)
{
    if (!context.relayProbe.tried) {
        Q_EMIT finished({});
        return;
    }
    Q_EMIT finished({judge(context)});
}

CheckFinding OpenRelayCheck::judge(const CheckContext &context)
{
    const RelayProbe &p = context.relayProbe;
    CheckFinding f;
    f.checkId = QStringLiteral("open-relay");
    f.title = tr("Relaying from outside to outside");
    f.evidence << QStringLiteral("MAIL FROM:<%1>").arg(p.sender);
    if (p.mailReply.isValid())
        f.evidence << p.mailReply.summary();
    if (p.rcptReply.isValid())
        f.evidence << QStringLiteral("RCPT TO:<%1>").arg(p.recipient) << p.rcptReply.summary();
    if (!p.mailReply.isValid() || (p.mailReply.isPositive() && !p.rcptReply.isValid())) {
        f.severity = CheckSeverity::NotAnswered;
        f.sentence = tr("The open relay check did not get to the outside recipient: the server stopped answering "
                        "or refused RSET.");
        return f;
    }
    if (!p.mailReply.isPositive()) {
        f.severity = CheckSeverity::Information;
        f.sentence = tr("The server refused the outside sender (%1), so relaying could not be tried; that is "
                        "no proof either way.")
                         .arg(p.mailReply.summary());
        return f;
    }
    const QString reply = p.rcptReply.summary();
    if (p.rcptReply.isPositive() && p.authenticated) {
        f.severity = CheckSeverity::Information;
        f.sentence = tr("The server accepted the outside recipient (%1) after authentication: relaying for an "
                        "authenticated user is what a submission server does, not an open relay.")
                         .arg(reply);
        return f;
    }
    if (p.rcptReply.isPositive()) {
        f.severity = CheckSeverity::Failure;
        // A server reached through the recipients' MX records is theirs; one typed in is usually ours.
        f.who = context.mxDomain.isEmpty() ? Actor::YourAdministrator : Actor::RecipientAdministrator;
        f.sentence = tr("OPEN RELAY: the server accepted mail from an outside sender (%1) for an outside "
                        "recipient (%2) without authentication (%3). Spammers find such servers within hours; "
                        "block lists list them soon after.")
                         .arg(p.sender, p.recipient, reply);
        f.steps << tr("Allow relaying only for authenticated users and your own networks (Postfix: "
                      "smtpd_relay_restrictions = permit_mynetworks, permit_sasl_authenticated, "
                      "reject_unauth_destination).")
                << tr("Run the check again from a network outside the server's own: many servers relay for "
                      "their own network only, which is fine.");
        return f;
    }
    if (p.rcptReply.isTransientFailure()) {
        f.severity = CheckSeverity::Information;
        f.sentence = tr("The server deferred the outside recipient (%1); that is no proof either way.").arg(reply);
        return f;
    }
    f.severity = CheckSeverity::Passed;
    f.sentence = tr("The server refused to relay for an outside recipient (%1): not an open relay.").arg(reply);
    return f;
}

} // namespace mailflow
