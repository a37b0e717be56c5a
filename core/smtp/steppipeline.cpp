#include "smtp/steppipeline.h"

#include "base/addressvalidation.h"
#include "smtp/sessioncore.h"
#include "smtp/stepdata.h"
#include "smtp/stepenvelope.h"

namespace mailflow {

void PipelineStep::reset()
{
    m_slots.clear();
    m_next = 0;
}

bool PipelineStep::wanted() const
{
    const SessionCore &c = m_core;
    if (!c.m_options.pipelining || !c.m_capabilities.pipelining || c.m_stop < StopPoint::Rcpt)
        return false;
    if (c.m_options.recipients.isEmpty())
        return false;
    // A recipient the client refuses itself has no place in the batch: the one-by-one path says why.
    for (const Recipient &r : c.m_options.recipients) {
        if (!validateMailbox(r.address).isEmpty())
            return false;
    }
    return true;
}

void PipelineStep::start()
{
    SessionCore &c = m_core;
    EnvelopeStep &envelope = *c.m_envelopeStep;
    if (!envelope.beginMail())
        return;
    m_slots = {Slot {MilestoneKind::Mail, -1}};
    QList<QByteArray> commands {envelope.mailCommand()};
    for (int i = 0; i < c.m_options.recipients.size(); ++i) {
        m_slots << Slot {MilestoneKind::Rcpt, i};
        commands << envelope.rcptCommand(c.m_options.recipients.at(i));
    }
    // BDAT follows the batch on its own: its chunks are counted bytes, not a command to pipeline blind.
    if (c.m_stop >= StopPoint::Data && !c.m_dataStep->usesBdat()) {
        m_slots << Slot {MilestoneKind::Data, -1};
        commands << QByteArrayLiteral("DATA");
    }
    envelope.markAllRecipientsTried();
    m_next = 0;
    if (c.m_wire->hasUnreadInput()) {
        fault(tr("The server answered before the pipelined commands were sent, so its replies cannot be "
                 "matched to them."));
        return;
    }
    c.log(TranscriptEntry::Direction::Info,
          tr("PIPELINING: the next %n commands go out in one write; each reply is judged in order.", nullptr,
             int(commands.size())));
    QByteArray batch;
    for (const QByteArray &command : std::as_const(commands)) {
        c.m_wire->logClient(QString::fromUtf8(command));
        batch += command + "\r\n";
    }
    c.await(this, c.m_options.timeouts.commandMs);
    c.m_wire->write(batch);
}

QString PipelineStep::commandName(const Slot &slot) const
{
    switch (slot.kind) {
    case MilestoneKind::Mail:
        return QStringLiteral("MAIL FROM");
    case MilestoneKind::Rcpt:
        return QStringLiteral("RCPT TO:<%1>").arg(m_core.m_options.recipients.value(slot.recipient).address);
    default:
        return QStringLiteral("DATA");
    }
}

bool PipelineStep::fits(const Slot &slot, const SmtpReply &reply) const
{
    // Only DATA is answered with 354, and DATA never with 2xx. Enhanced codes are no proof: servers
    // answer a recipient with 2.1.0 as often as with 2.1.5.
    if (slot.kind == MilestoneKind::Data)
        return !reply.isPositive();
    return !reply.isIntermediate();
}

void PipelineStep::beginSlot(const Slot &slot)
{
    SessionCore &c = m_core;
    if (slot.kind == MilestoneKind::Data)
        c.m_dataStep->expectPipelinedReply();
    else
        c.beginMilestone(MilestoneKind::Rcpt, c.m_options.recipients.at(slot.recipient).address, QStringLiteral("250"));
    c.await(this, slot.kind == MilestoneKind::Data ? c.m_options.timeouts.dataStartMs : c.m_options.timeouts.commandMs);
}

void PipelineStep::handleReply(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (m_next >= m_slots.size()) {
        fault(tr("The server sent more replies than the pipelined batch had commands."));
        return;
    }
    const Slot slot = m_slots.at(m_next);
    if (!fits(slot, reply)) {
        fault(tr("The reply \"%1\" cannot be the answer to %2: the server answered the pipelined commands out "
                 "of order or a different number of times.")
                  .arg(reply.summary(), commandName(slot)));
        return;
    }
    ++m_next;
    const bool last = m_next == m_slots.size();
    if (last && c.m_wire->hasUnreadInput()) {
        fault(tr("The server sent more replies than the pipelined batch had commands."));
        return;
    }
    if (slot.kind == MilestoneKind::Data) {
        if (reply.code == 354 && c.m_acceptedRecipients.isEmpty())
            c.log(TranscriptEntry::Direction::Warning,
                  tr("The server said 354 to DATA although it accepted no recipient (RFC 2920 asks for a "
                     "refusal)."));
        c.m_dataStep->handleReply(reply);
        return;
    }
    if (slot.kind == MilestoneKind::Mail)
        c.m_envelopeStep->judgeMail(reply);
    else
        c.m_envelopeStep->judgeRcpt(reply);
    if (last) {
        c.stepDone(slot.kind);
        return;
    }
    const int finished = c.m_lastFinished;
    beginSlot(m_slots.at(m_next));
    Q_EMIT c.m_session->stepFinished(slot.kind, finished);
}

QString PipelineStep::timeoutMessage(const QString &seconds) const
{
    return tr("The server answered %1 of the %2 pipelined commands, then nothing for %3 s.")
        .arg(m_next)
        .arg(m_slots.size())
        .arg(seconds);
}

void PipelineStep::fault(const QString &why)
{
    m_core.failConnection(FailureKind::ProtocolError, why);
}

} // namespace mailflow
