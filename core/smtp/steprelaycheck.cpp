#include "smtp/steprelaycheck.h"

#include "smtp/sessioncore.h"
#include "smtp/stepauth.h"

namespace mailflow {

void RelayCheckStep::start()
{
    SessionCore &c = m_core;
    if (!c.canIssueCommand())
        return;
    const RelayCheckOptions &o = c.m_options.relayCheck;
    m_probe = {};
    m_probe.tried = true;
    m_probe.incomplete = true;
    m_probe.authenticated = c.m_authStep->authenticated();
    m_probe.sender = o.senderOrDefault();
    m_probe.recipient = o.recipientOrDefault();
    c.log(TranscriptEntry::Direction::Info,
          tr("Open relay check: an outside sender to an outside recipient, then RSET; no message is sent."));
    send(Stage::RsetBefore, "RSET");
}

void RelayCheckStep::send(Stage stage, const QByteArray &command)
{
    m_stage = stage;
    m_core.send(this, command, QString::fromUtf8(command), m_core.m_options.timeouts.commandMs);
}

void RelayCheckStep::handleReply(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    switch (m_stage) {
    case Stage::RsetBefore:
        if (!reply.isPositive()) {
            end();
            return;
        }
        c.setState(SessionCore::State::Greeted);
        send(Stage::Mail, "MAIL FROM:<" + m_probe.sender.toUtf8() + ">");
        return;
    case Stage::Mail:
        m_probe.mailReply = reply;
        if (!reply.isPositive()) {
            send(Stage::RsetAfter, "RSET");
            return;
        }
        send(Stage::Rcpt, "RCPT TO:<" + m_probe.recipient.toUtf8() + ">");
        return;
    case Stage::Rcpt:
        m_probe.rcptReply = reply;
        m_probe.incomplete = false;
        if (reply.isPositive())
            c.log(TranscriptEntry::Direction::Warning,
                  tr("The server accepted a recipient outside its domains from an outside sender: it may be an "
                     "open relay."));
        send(Stage::RsetAfter, "RSET");
        return;
    case Stage::RsetAfter:
    case Stage::None:
        end();
        return;
    }
}

bool RelayCheckStep::handleTimeout(const QString &message)
{
    // The probe is an extra: a server that stops answering it ends the conversation without failing a row.
    m_core.log(TranscriptEntry::Direction::Warning, message);
    m_core.closeQuietly();
    end();
    return true;
}

void RelayCheckStep::end()
{
    m_stage = Stage::None;
    SessionCore &c = m_core;
    if (c.m_state == SessionCore::State::Disconnected) {
        if (c.m_planRunning)
            c.endPlan();
        return;
    }
    if (c.m_planRunning)
        c.advancePlan();
}

} // namespace mailflow
