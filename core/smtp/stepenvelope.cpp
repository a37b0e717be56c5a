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
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (u < '!' || u > '~' || c == '+' || c == '=')
            out += '+' + QByteArray::number(u, 16).toUpper().rightJustified(2, '0');
        else
            out += c;
    }
    return out;
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
    if (international() && caps.smtpUtf8)
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

bool EnvelopeStep::international() const
{
    const SessionOptions &o = m_core.m_options;
    bool any = needsSmtpUtf8(o.mailFrom);
    for (const Recipient &r : o.recipients)
        any = any || needsSmtpUtf8(r.address);
    return any;
}

void EnvelopeStep::warnWithoutSmtpUtf8() const
{
    SessionCore &c = m_core;
    if (!international() || c.m_capabilities.smtpUtf8)
        return;
    QStringList addresses {c.m_options.mailFrom};
    for (const Recipient &r : c.m_options.recipients)
        addresses << r.address;
    for (const QString &address : std::as_const(addresses)) {
        if (!needsSmtpUtf8(address))
            continue;
        const QString ascii = asciiDomainAddress(address);
        if (ascii.isEmpty())
            c.log(TranscriptEntry::Direction::Warning,
                  tr("The server does not offer SMTPUTF8, so mail to or from %1 cannot go through it: the part "
                     "before the @ has characters outside ASCII and has no ASCII form.")
                      .arg(address));
        else
            c.log(TranscriptEntry::Direction::Warning,
                  tr("The server does not offer SMTPUTF8, so it cannot take %1 as written; the ASCII (ACE) form "
                     "of the same address is %2.")
                      .arg(address, ascii));
    }
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
    if (!beginMail())
        return;
    const QByteArray command = mailCommand();
    send(Stage::Mail, command, QString::fromUtf8(command));
}

bool EnvelopeStep::beginMail()
{
    SessionCore &c = m_core;
    if (!c.canIssueCommand())
        return false;
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
        return false;
    }
    if (c.m_dataStep->message()->hasEightBitContent() && !c.m_capabilities.eightBitMime)
        c.log(TranscriptEntry::Direction::Warning,
              tr("The message has 8-bit characters but the server did not offer 8BITMIME; "
                 "they may arrive garbled."));
    warnWithoutSmtpUtf8();
    const bool dsnAsked = o.dsnReturn != DsnReturn::Unset || !o.envelopeId.isEmpty();
    if (dsnAsked && !dsnWanted())
        c.log(TranscriptEntry::Direction::Info,
              tr("The server did not advertise DSN, so RET= and ENVID= are not sent (force DSN to send them "
                 "anyway)."));
    return true;
}

void EnvelopeStep::markAllRecipientsTried()
{
    m_rcptTried.clear();
    for (int i = 0; i < m_core.m_options.recipients.size(); ++i)
        m_rcptTried << i;
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

void EnvelopeStep::judgeMail(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (reply.isPositive()) {
        c.setState(SessionCore::State::InTransaction);
        c.m_acceptedRecipients.clear();
    }
    c.judgeReply(reply, 2);
}

void EnvelopeStep::judgeRcpt(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    const QString address = c.m_milestone >= 0 ? c.m_checklist->at(c.m_milestone).subject : QString();
    if (reply.isPositive() && !c.m_acceptedRecipients.contains(address, Qt::CaseInsensitive))
        c.m_acceptedRecipients << address;
    c.judgeReply(reply, 2);
}

void EnvelopeStep::handleReply(const SmtpReply &reply)
{
    if (m_stage == Stage::Mail) {
        judgeMail(reply);
        m_core.stepDone(MilestoneKind::Mail);
        return;
    }
    judgeRcpt(reply);
    m_core.stepDone(MilestoneKind::Rcpt);
}

} // namespace mailflow
