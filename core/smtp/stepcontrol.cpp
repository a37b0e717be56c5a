#include "smtp/stepcontrol.h"

#include "base/printable.h"
#include "smtp/sessioncore.h"
#include "smtp/stepauth.h"
#include "smtp/stepdata.h"
#include "smtp/stepenvelope.h"
#include "smtp/stepgreeting.h"
#include "smtp/steptls.h"

namespace mailflow {

namespace {
QString angleAddress(const QString &line)
{
    const qsizetype open = line.indexOf(u'<');
    const qsizetype close = line.indexOf(u'>', open + 1);
    if (open < 0 || close < 0)
        return line.section(u':', 1).trimmed();
    return line.mid(open + 1, close - open - 1);
}
} // namespace

// ---- QUIT, RSET, NOOP ------------------------------------------------------------------------

void ControlStep::quit()
{
    const SessionCore::State state = m_core.m_state;
    if (state == SessionCore::State::Disconnected || state == SessionCore::State::Connecting
        || state == SessionCore::State::SendingData)
        return;
    if (m_core.isBusy())
        return;
    sendQuit("QUIT", QStringLiteral("QUIT"));
}

void ControlStep::drop()
{
    SessionCore &c = m_core;
    if (c.m_state == SessionCore::State::Disconnected || c.isBusy())
        return;
    const QString why = tr("Closed without QUIT, as asked (a client that drops the connection).");
    c.log(TranscriptEntry::Direction::Info, why);
    c.m_checklist->skip(MilestoneKind::Quit, {}, why);
    c.closeQuietly();
    c.endPlan();
}

void ControlStep::sendQuit(const QByteArray &command, const QString &shown)
{
    m_core.beginMilestone(MilestoneKind::Quit, {}, QStringLiteral("221"));
    m_core.setState(SessionCore::State::Closing);
    m_stage = Stage::Quit;
    m_core.send(this, command, shown, m_core.m_options.timeouts.quitMs);
}

void ControlStep::sendOther(const QString &verb, const QByteArray &command, const QString &shown)
{
    m_verb = verb;
    m_stage = Stage::Other;
    m_core.send(this, command, shown, m_core.m_options.timeouts.commandMs);
}

bool ControlStep::isQuitting() const
{
    return m_core.m_awaiting == this && m_stage == Stage::Quit;
}

void ControlStep::closedDuringQuit()
{
    m_core.m_wire->disarm();
    m_core.log(TranscriptEntry::Direction::Warning, tr("The server closed the connection without answering QUIT."));
    m_core.finishMilestone(MilestoneState::Warning, {}, FailureKind::ConnectionLost,
                           tr("Connection closed without a 221 reply"));
    m_core.closeQuietly();
    m_core.stepDone(MilestoneKind::Quit);
}

bool ControlStep::handleTimeout(const QString &message)
{
    if (m_stage != Stage::Quit)
        return false;
    m_core.log(TranscriptEntry::Direction::Warning, message);
    m_core.finishMilestone(MilestoneState::Warning, {}, FailureKind::Timeout, message);
    m_core.closeQuietly();
    m_core.stepDone(MilestoneKind::Quit);
    return true;
}

void ControlStep::handleReply(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (m_stage == Stage::Quit) {
        if (reply.code == 221)
            c.finishMilestone(MilestoneState::Passed, reply, FailureKind::None, reply.summary());
        else
            c.judgeReply(reply, 2);
        c.closeQuietly();
        c.stepDone(MilestoneKind::Quit);
        return;
    }
    if (reply.isPositive() && m_verb == u"RSET") {
        // The transaction is gone: the envelope can be given again.
        if (c.m_state == SessionCore::State::InTransaction)
            c.setState(SessionCore::State::Greeted);
        c.m_envelopeStep->forgetTransaction();
        c.m_dataStep->forgetTried();
        c.m_acceptedRecipients.clear();
    }
}

// ---- the console -----------------------------------------------------------------------------

bool ConsoleStep::send(const QString &line, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    SessionCore &c = m_core;
    if (hasControlCharacters(line))
        return refuse(tr("A command cannot contain a line break or a control character."));
    if (c.m_state == SessionCore::State::Disconnected || c.m_state == SessionCore::State::Connecting)
        return refuse(tr("Not connected: connect first."));
    if (c.m_authStep->isAnsweringChallenge() && !c.isBusy()) {
        c.m_authStep->answerChallenge(line);
        return true;
    }
    if (c.m_dataStep->isTyping()) {
        c.m_dataStep->typeLine(line);
        return true;
    }
    if (c.isBusy())
        return refuse(tr("Wait for the reply to the last command."));

    const QString verb = line.section(u' ', 0, 0).section(u':', 0, 0).toUpper();
    const QByteArray bytes = line.toUtf8();
    if (verb == u"EHLO" || verb == u"HELO") {
        c.m_greetingStep->sendEhlo({}, bytes, line, verb == u"HELO");
    } else if (verb == u"MAIL") {
        c.m_envelopeStep->sendMail(angleAddress(line), bytes, line);
    } else if (verb == u"RCPT") {
        c.m_envelopeStep->sendRcpt(angleAddress(line), bytes, line);
    } else if (verb == u"DATA") {
        c.m_dataStep->sendData(bytes, line, true);
    } else if (verb == u"STARTTLS") {
        c.m_tlsStep->begin();
        c.m_tlsStep->send(bytes, line);
    } else if (verb == u"AUTH") {
        c.m_authStep->sendTyped(line);
    } else if (verb == u"QUIT") {
        c.m_controlStep->sendQuit(bytes, line);
    } else {
        c.m_controlStep->sendOther(verb, bytes, line);
    }
    return true;
}

} // namespace mailflow
