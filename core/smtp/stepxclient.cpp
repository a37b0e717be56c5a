#include "smtp/stepxclient.h"

#include "smtp/sessioncore.h"
#include "smtp/xclient.h"

namespace mailflow {

Diagnosis XclientStep::refusalMeaning(const SmtpReply &reply)
{
    // postfix's refusals (smtpd.c, xclient_cmd): 550 5.7.0 for a client not allowed, 501 for bad attributes.
    if (reply.code == 550 || reply.text().contains(u"insufficient authorization", Qt::CaseInsensitive))
        return {tr("The server does not let this client use XCLIENT: its address is not in the list of hosts "
                   "allowed to (postfix: smtpd_authorized_xclient_hosts)."),
                tr("Add the address this test connects from to smtpd_authorized_xclient_hosts in the server's "
                   "main.cf (then \"postfix reload\"), or run the test from a host that is listed.")};
    if (reply.code == 501)
        return {tr("The server could not read an XCLIENT attribute (a name it does not know, or a value it "
                   "rejects)."),
                tr("Send only the attributes on the XCLIENT line of the EHLO reply; an address must be an IP "
                   "address (IPv6 with the IPV6: prefix, which this program adds).")};
    if (reply.code == 503)
        return {tr("XCLIENT is not allowed at this point (postfix refuses it during a mail transaction)."), {}};
    return {};
}

void XclientStep::reset()
{
    m_stage = Stage::None;
    m_xclientReply = {};
    m_commands.clear();
    m_next = 0;
    m_tried = m_accepted = m_excused = false;
}

void XclientStep::fail(const QString &why, const Diagnosis &diagnosis)
{
    m_core.log(TranscriptEntry::Direction::Error, why);
    m_core.finishMilestone(MilestoneState::Failed, {}, FailureKind::None, why);
    m_core.setLastDiagnosis(diagnosis);
    m_core.stepDone(MilestoneKind::XClient);
}

bool XclientStep::excuse(bool unused, const QString &why)
{
    const XclientRequirement requirement = m_core.m_options.xclientPolicy.requirement;
    if (requirement == XclientRequirement::Required || (!unused && requirement == XclientRequirement::OptionalStrict))
        return false;
    m_excused = true;
    const QString goingOn = tr("%1 The test goes on without XCLIENT, as asked.").arg(why);
    m_core.log(TranscriptEntry::Direction::Warning, goingOn);
    m_core.finishMilestone(unused ? MilestoneState::Skipped : MilestoneState::Warning, m_xclientReply,
                           FailureKind::None, goingOn);
    m_core.stepDone(MilestoneKind::XClient);
    return true;
}

void XclientStep::start()
{
    SessionCore &c = m_core;
    if (!c.canIssueCommand())
        return;
    m_tried = true;
    m_accepted = m_excused = false;
    c.beginMilestone(MilestoneKind::XClient, {}, QStringLiteral("220"));
    const QList<XclientAttribute> &attributes = c.m_options.xclient;
    const Capabilities &caps = c.m_capabilities;
    const QString notOffered = tr("The server does not offer XCLIENT (its EHLO reply has no XCLIENT line).");
    if (!caps.xclient && excuse(true, notOffered))
        return;
    if (!caps.xclient) {
        fail(notOffered,
             {tr("XCLIENT is offered only to the hosts the server allows (postfix: smtpd_authorized_xclient_hosts); "
                 "to all others the EHLO reply does not list it."),
              tr("Add the address this test connects from to smtpd_authorized_xclient_hosts, or run the test "
                 "from a host that is listed.")});
        return;
    }
    const QStringList missing = Xclient::notOffered(attributes, caps.xclientAttributes);
    const QString notListed
        = tr("The server's XCLIENT line offers %1, not %2.").arg(caps.xclientAttributes.join(u' '), missing.join(u' '));
    if (!missing.isEmpty() && c.m_options.xclientPolicy.noVerify) {
        c.log(TranscriptEntry::Direction::Warning, tr("%1 They are sent anyway, as asked.").arg(notListed));
    } else if (!missing.isEmpty() && excuse(true, notListed)) {
        return;
    } else if (!missing.isEmpty()) {
        fail(tr("%1 Nothing was sent.").arg(notListed),
             {tr("The server takes only the XCLIENT attributes its EHLO reply lists."),
              tr("Leave out the attributes the server does not offer.")});
        return;
    }
    m_commands = Xclient::commands(attributes);
    m_next = 0;
    sendNext();
}

void XclientStep::sendNext()
{
    m_stage = Stage::Xclient;
    const QByteArray command = m_commands.value(m_next++);
    m_core.send(this, command, QString::fromLatin1(command), m_core.m_options.timeouts.commandMs);
}

void XclientStep::handleReply(const SmtpReply &reply)
{
    if (m_stage == Stage::Xclient)
        handleXclientReply(reply);
    else if (m_stage == Stage::Ehlo)
        handleEhloReply(reply);
    else
        m_core.log(TranscriptEntry::Direction::Warning, tr("The server sent a reply nobody asked for."));
}

void XclientStep::handleXclientReply(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (!reply.isPositive()) {
        m_stage = Stage::None;
        m_xclientReply = reply;
        if (excuse(false, tr("The server refused XCLIENT: %1.").arg(reply.summary())))
            return;
        c.judgeReply(reply, 2);
        if (const Diagnosis d = refusalMeaning(reply); !d.isEmpty())
            c.setLastDiagnosis(d);
        c.stepDone(MilestoneKind::XClient);
        return;
    }
    // The server starts the session over as the named client: EHLO again, as postfix requires.
    m_xclientReply = reply;
    if (m_next < m_commands.size()) {
        sendNext();
        return;
    }
    c.log(TranscriptEntry::Direction::Info,
          tr("The server accepted XCLIENT and greeted again; the conversation starts over with EHLO."));
    m_stage = Stage::Ehlo;
    const QByteArray command = (c.m_options.lmtp ? "LHLO " : "EHLO ") + c.ehloName().toUtf8();
    c.send(this, command, QString::fromUtf8(command), c.m_options.timeouts.commandMs);
}

void XclientStep::handleEhloReply(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    m_stage = Stage::None;
    if (reply.isPositive()) {
        m_accepted = true;
        c.m_capabilities = Capabilities::fromEhloReply(reply);
        c.finishMilestone(MilestoneState::Passed, m_xclientReply, FailureKind::None,
                          tr("%1; EHLO again: %2").arg(m_xclientReply.summary(), reply.summary()));
    } else {
        c.finishMilestone(reply.isTransientFailure() ? MilestoneState::Warning : MilestoneState::Failed, reply,
                          FailureKind::Reply, tr("EHLO after XCLIENT: %1").arg(reply.summary()));
    }
    c.stepDone(MilestoneKind::XClient);
}

} // namespace mailflow
