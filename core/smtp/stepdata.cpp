#include "smtp/stepdata.h"

#include "smtp/dataelider.h"
#include "smtp/messagesource.h"
#include "smtp/sessioncore.h"

namespace mailflow {

namespace {
constexpr qint64 HighWater = 256 * 1024;
constexpr qint64 ChunkSize = 64 * 1024;
} // namespace

DataStep::DataStep(SessionCore &core)
    : SessionStep(core)
{ }

DataStep::~DataStep() = default;

void DataStep::reset()
{
    m_stage = Stage::None;
    m_tried = false;
    m_typing = false;
    m_dotSent = false;
}

void DataStep::close()
{
    m_message.reset();
    m_elider.reset();
    m_typing = false;
}

void DataStep::data()
{
    if (!m_core.canIssueCommand())
        return;
    sendData("DATA", QStringLiteral("DATA"), false);
}

void DataStep::sendData(const QByteArray &command, const QString &shown, bool typing)
{
    m_tried = true;
    m_typing = typing;
    m_core.beginMilestone(MilestoneKind::Data, {}, QStringLiteral("354"));
    m_stage = Stage::Start;
    m_core.send(this, command, shown, m_core.m_options.timeouts.dataStartMs);
}

void DataStep::expectPipelinedReply()
{
    m_tried = true;
    m_typing = false;
    m_core.beginMilestone(MilestoneKind::Data, {}, QStringLiteral("354"));
    m_stage = Stage::Start;
}

void DataStep::typeLine(const QString &line)
{
    m_core.m_wire->logClient(line);
    m_core.m_wire->write(line.toUtf8() + "\r\n");
    if (line == u".") {
        m_stage = Stage::EndOfData;
        m_dotSent = true;
        m_core.await(this, m_core.m_options.timeouts.dataEndMs);
    }
}

QString DataStep::timeoutMessage(const QString &seconds) const
{
    if (m_stage != Stage::EndOfData)
        return {};
    return m_message ? tr("The message stopped moving: no progress for %1 s.").arg(seconds)
                     : tr("No reply to the end of the message within %1 s.").arg(seconds);
}

void DataStep::handleReply(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (m_stage == Stage::EndOfData) {
        handleEnd(reply);
        return;
    }
    c.judgeReply(reply, 3);
    if (reply.code != 354) {
        c.stepDone(MilestoneKind::Data);
        return;
    }
    c.setState(SessionCore::State::SendingData);
    const int dataMilestone = c.m_lastFinished;
    c.beginMilestone(MilestoneKind::EndOfData, {}, QStringLiteral("250"));
    m_stage = Stage::EndOfData;
    m_dotSent = false;
    Q_EMIT c.m_session->stepFinished(MilestoneKind::Data, dataMilestone);
    // A reply that came with the 354 (one packet) would be taken for the answer to the final dot.
    if (c.answeredEarly(tr("the message was not sent.")))
        return;
    if (m_typing)
        c.log(TranscriptEntry::Direction::Info, tr("Type the message, then a line with a single \".\" to end it."));
    else
        startMessage();
}

void DataStep::handleEnd(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (!m_dotSent) {
        c.log(TranscriptEntry::Direction::Warning, tr("The server answered before the message was complete."));
        m_message.reset();
    }
    m_typing = false;
    c.setState(SessionCore::State::Greeted);
    if (reply.isPositive())
        c.m_queuedAs = reply.text();
    c.judgeReply(reply, 2);
    c.stepDone(MilestoneKind::EndOfData);
}

bool DataStep::sameMessageInputs(const SessionOptions &a, const SessionOptions &b)
{
    return a.mailFrom == b.mailFrom && a.recipients == b.recipients && a.ehloName == b.ehloName
        && a.message == b.message;
}

bool DataStep::prepareMessage(QString *why)
{
    m_message = std::make_unique<MessageSource>(m_core.m_options);
    m_messageOptions = m_core.m_options;
    if (m_message->open())
        return true;
    *why = m_message->error();
    m_message.reset();
    return false;
}

void DataStep::startMessage()
{
    // The message measured at MAIL FROM is sent unless it was edited since; then it is built anew.
    if (!m_message || !sameMessageInputs(m_messageOptions, m_core.m_options)) {
        QString why;
        if (!prepareMessage(&why)) {
            m_core.failConnection(FailureKind::LocalError, why);
            return;
        }
    }
    m_elider = std::make_unique<DataElider>();
    m_sent = 0;
    m_core.await(this, m_core.m_options.timeouts.dataBlockMs);
    pump();
}

void DataStep::pump()
{
    SessionCore &c = m_core;
    if (!m_message)
        return;
    const qint64 total = m_message->encodedSize() + MessageSource::terminator().size();
    while (m_message && !m_message->atEnd() && c.m_transport->bytesToWrite() < HighWater) {
        const QByteArray chunk = m_message->readChunk(ChunkSize);
        if (chunk.isEmpty())
            continue;
        for (const QString &line : m_elider->feed(chunk))
            c.m_wire->logClient(line);
        m_sent += chunk.size();
        Q_EMIT c.m_session->dataProgress(m_sent, total);
        c.m_wire->write(chunk);
    }
    if (!m_message || !m_message->atEnd())
        return;
    for (const QString &line : m_elider->finish())
        c.m_wire->logClient(line);
    m_elider.reset();
    m_message.reset();
    m_sent += MessageSource::terminator().size();
    c.m_wire->logClient(QStringLiteral("."));
    m_dotSent = true;
    c.await(this, c.m_options.timeouts.dataEndMs);
    Q_EMIT c.m_session->dataProgress(m_sent, total);
    // Last: a transport may deliver the reply before write() returns.
    c.m_wire->write(MessageSource::terminator());
}

void DataStep::onBytesWritten()
{
    if (m_core.m_state == SessionCore::State::SendingData && m_message) {
        m_core.m_wire->restartTimer();
        pump();
    }
}

} // namespace mailflow
