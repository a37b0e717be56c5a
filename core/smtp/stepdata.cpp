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
    forgetChunks();
}

void DataStep::forgetChunks()
{
    m_chunkLeft = 0;
    m_pending.clear();
    m_chunked = 0;
    m_chunks = 0;
}

void DataStep::close()
{
    m_message.reset();
    m_elider.reset();
    m_typing = false;
    forgetChunks();
}

void DataStep::data()
{
    if (!m_core.canIssueCommand())
        return;
    if (usesBdat())
        startBdat();
    else
        sendData("DATA", QStringLiteral("DATA"), false);
}

bool DataStep::usesBdat() const
{
    TestPlan plan(m_core.m_options);
    plan.setCapabilities(m_core.m_capabilities);
    return plan.sendsBdat();
}

void DataStep::sendData(const QByteArray &command, const QString &shown, bool typing)
{
    m_tried = true;
    m_typing = typing;
    forgetChunks();
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
    if (m_stage == Stage::Chunk)
        return m_dotSent ? tr("No reply to the BDAT chunk within %1 s.").arg(seconds)
                         : tr("The message stopped moving: no progress for %1 s.").arg(seconds);
    if (m_stage != Stage::EndOfData)
        return {};
    return m_message ? tr("The message stopped moving: no progress for %1 s.").arg(seconds)
                     : tr("No reply to the end of the message within %1 s.").arg(seconds);
}

void DataStep::handleReply(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (m_stage == Stage::Chunk) {
        handleChunk(reply);
        return;
    }
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
    beginEnd();
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
    if (m_chunks > 0)
        warnIfNotChunkReply(reply);
    if (reply.isPositive() && m_lmtpReplies == 0)
        c.m_queuedAs = reply.text();
    c.judgeReply(reply, 2);
    // LMTP (RFC 2033): one reply per accepted recipient, in the order they were accepted.
    if (c.m_options.lmtp && ++m_lmtpReplies < c.m_acceptedRecipients.size()) {
        const int answered = c.m_lastFinished;
        c.beginMilestone(MilestoneKind::EndOfData, c.m_acceptedRecipients.at(m_lmtpReplies), QStringLiteral("250"));
        Q_EMIT c.m_session->stepFinished(MilestoneKind::EndOfData, answered);
        c.await(this, c.m_options.timeouts.dataEndMs);
        return;
    }
    m_typing = false;
    c.setState(SessionCore::State::Greeted);
    c.stepDone(MilestoneKind::EndOfData);
}

void DataStep::beginEnd()
{
    SessionCore &c = m_core;
    m_lmtpReplies = 0;
    if (!c.m_options.lmtp) {
        c.beginMilestone(MilestoneKind::EndOfData, {}, QStringLiteral("250"));
        return;
    }
    for (const Recipient &r : std::as_const(c.m_options.recipients)) {
        if (!c.m_acceptedRecipients.contains(r.address, Qt::CaseInsensitive))
            c.m_checklist->skip(MilestoneKind::EndOfData, r.address,
                                tr("Refused at RCPT TO: LMTP answers the message only for accepted recipients."));
    }
    c.beginMilestone(MilestoneKind::EndOfData, c.m_acceptedRecipients.value(0), QStringLiteral("250"));
}

bool DataStep::sameMessageInputs(const SessionOptions &a, const SessionOptions &b)
{
    return a.mailFrom == b.mailFrom && a.recipients == b.recipients && a.ehloName == b.ehloName
        && a.message == b.message;
}

bool DataStep::prepareMessage(QString *why)
{
    return prepareMessage(usesBdat() ? MessageSource::Framing::Bdat : MessageSource::Framing::Data, why);
}

bool DataStep::prepareMessage(MessageSource::Framing framing, QString *why)
{
    m_message = std::make_unique<MessageSource>(m_core.m_options, framing);
    m_messageOptions = m_core.m_options;
    if (m_message->open())
        return true;
    *why = m_message->error();
    m_message.reset();
    return false;
}

bool DataStep::ensureMessage(MessageSource::Framing framing)
{
    // The message measured at MAIL FROM is sent unless it was edited since; then it is built anew.
    if (m_message && m_message->framing() == framing && sameMessageInputs(m_messageOptions, m_core.m_options))
        return true;
    QString why;
    if (prepareMessage(framing, &why))
        return true;
    m_core.failConnection(FailureKind::LocalError, why);
    return false;
}

void DataStep::startMessage()
{
    if (!ensureMessage(MessageSource::Framing::Data))
        return;
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
    if (m_core.m_state != SessionCore::State::SendingData || !m_message)
        return;
    m_core.m_wire->restartTimer();
    if (m_chunkLeft > 0)
        pumpChunk();
    else if (m_chunks == 0)
        pump();
}

} // namespace mailflow
