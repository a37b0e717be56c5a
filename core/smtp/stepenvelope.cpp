#include "smtp/stepenvelope.h"

#include "base/addressvalidation.h"
#include "smtp/messagesource.h"
#include "smtp/sessioncore.h"
#include "smtp/stepdata.h"

namespace mailflow {

namespace {
QByteArray xtext(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        if (u < '!' || u > '~' || c == '+' || c == '=')
            out += '+' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
}

bool isAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 127)
            return false;
    }
    return true;
}
} // namespace

void EnvelopeStep::forgetTransaction()
{
    m_mailTried = false;
    m_rcptTried.clear();
}

bool EnvelopeStep::dsnWanted() const
{
    TestPlan plan(m_core.m_options);
    plan.setCapabilities(m_core.m_capabilities);
    return plan.sendsDsn();
}

QByteArray EnvelopeStep::mailCommand() const
{
    const SessionOptions &o = m_core.m_options;
    const Capabilities &caps = m_core.m_capabilities;
    const MessageSource *message = m_core.m_dataStep->message();
    QByteArray command = "MAIL FROM:<" + o.mailFrom.toUtf8() + ">";
    if (message && caps.size)
        command += " SIZE=" + QByteArray::number(message->encodedSize());
    if (message && message->hasEightBitContent() && caps.eightBitMime)
        command += " BODY=8BITMIME";
    bool international = !isAscii(o.mailFrom);
    for (const Recipient &r : o.recipients)
        international = international || !isAscii(r.address);
    if (international && caps.smtpUtf8)
        command += " SMTPUTF8";
    if (dsnWanted()) {
        if (o.dsnReturn == DsnReturn::Full)
            command += " RET=FULL";
        else if (o.dsnReturn == DsnReturn::Headers)
            command += " RET=HDRS";
        if (!o.envelopeId.isEmpty())
            command += " ENVID=" + xtext(o.envelopeId);
    }
    return command;
}

QByteArray EnvelopeStep::rcptCommand(const Recipient &recipient) const
{
    QByteArray command = "RCPT TO:<" + recipient.address.toUtf8() + ">";
    if (dsnWanted()) {
        if (recipient.notify)
            command += " NOTIFY=" + dsnNotifyKeywords(recipient.notify).toUtf8();
        if (!recipient.orcpt.isEmpty())
            command += " ORCPT=rfc822;" + xtext(recipient.orcpt);
    }
    return command;
}

void EnvelopeStep::mailFrom()
{
    SessionCore &c = m_core;
    if (!c.canIssueCommand())
        return;
    const SessionOptions &o = c.m_options;
    // Measured before the milestone starts, so its time is the server's, not the reading of a large file.
    QString why = validateMailbox(o.mailFrom, true);
    const bool prepared = why.isEmpty() && c.m_dataStep->prepareMessage(&why);
    m_mailTried = true;
    c.beginMilestone(MilestoneKind::Mail, o.mailFrom.isEmpty() ? QStringLiteral("<>") : o.mailFrom,
                     QStringLiteral("250"));
    if (!prepared) {
        c.log(TranscriptEntry::Direction::Error, why);
        c.finishMilestone(MilestoneState::Failed, {}, FailureKind::LocalError, why);
        c.stepDone(MilestoneKind::Mail);
        return;
    }
    if (c.m_dataStep->message()->hasEightBitContent() && !c.m_capabilities.eightBitMime)
        c.log(TranscriptEntry::Direction::Warning,
              tr("The message has 8-bit characters but the server did not offer 8BITMIME; "
                 "they may arrive garbled."));
    const bool dsnAsked = o.dsnReturn != DsnReturn::Unset || !o.envelopeId.isEmpty();
    if (dsnAsked && !dsnWanted())
        c.log(TranscriptEntry::Direction::Info,
              tr("The server did not advertise DSN, so RET= and ENVID= are not sent (force DSN to send them "
                 "anyway)."));
    const QByteArray command = mailCommand();
    send(Stage::Mail, command, QString::fromUtf8(command));
}

void EnvelopeStep::sendMail(const QString &subject, const QByteArray &command, const QString &shown)
{
    m_mailTried = true;
    m_core.beginMilestone(MilestoneKind::Mail, subject, QStringLiteral("250"));
    send(Stage::Mail, command, shown);
}

void EnvelopeStep::rcptTo(int index)
{
    SessionCore &c = m_core;
    if (index < 0 || index >= c.m_options.recipients.size())
        return;
    if (!c.canIssueCommand())
        return;
    const Recipient recipient = c.m_options.recipients.at(index);
    if (!m_rcptTried.contains(index))
        m_rcptTried << index;
    c.beginMilestone(MilestoneKind::Rcpt, recipient.address, QStringLiteral("250"));
    const QString invalid = validateMailbox(recipient.address);
    if (!invalid.isEmpty()) {
        c.log(TranscriptEntry::Direction::Error, invalid);
        c.finishMilestone(MilestoneState::Failed, {}, FailureKind::LocalError, invalid);
        c.stepDone(MilestoneKind::Rcpt);
        return;
    }
    if ((recipient.notify || !recipient.orcpt.isEmpty()) && !dsnWanted())
        c.log(TranscriptEntry::Direction::Info,
              tr("The server did not advertise DSN, so NOTIFY= and ORCPT= are not sent "
                 "(force DSN to send them anyway, as KB 153119 does by hand)."));
    const QByteArray command = rcptCommand(recipient);
    send(Stage::Rcpt, command, QString::fromUtf8(command));
}

void EnvelopeStep::sendRcpt(const QString &subject, const QByteArray &command, const QString &shown)
{
    m_core.beginMilestone(MilestoneKind::Rcpt, subject, QStringLiteral("250"));
    send(Stage::Rcpt, command, shown);
}

void EnvelopeStep::send(Stage stage, const QByteArray &command, const QString &shown)
{
    m_stage = stage;
    m_core.send(this, command, shown, m_core.m_options.timeouts.commandMs);
}

void EnvelopeStep::handleReply(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (m_stage == Stage::Mail) {
        if (reply.isPositive()) {
            c.setState(SessionCore::State::InTransaction);
            c.m_acceptedRecipients.clear();
        }
        c.judgeReply(reply, 2);
        c.stepDone(MilestoneKind::Mail);
        return;
    }
    const QString address = c.m_milestone >= 0 ? c.m_checklist->at(c.m_milestone).subject : QString();
    if (reply.isPositive() && !c.m_acceptedRecipients.contains(address, Qt::CaseInsensitive))
        c.m_acceptedRecipients << address;
    c.judgeReply(reply, 2);
    c.stepDone(MilestoneKind::Rcpt);
}

} // namespace mailflow
