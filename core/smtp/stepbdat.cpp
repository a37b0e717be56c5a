// The BDAT (CHUNKING, RFC 3030) half of DataStep: the message in counted chunks, no dot-stuffing, no
// end-of-data line, each chunk answered on its own.
#include "smtp/sessioncore.h"
#include "smtp/stepdata.h"

#include <utility>

namespace mailflow {

namespace {
constexpr qint64 HighWater = 256 * 1024;
constexpr qint64 WriteSize = 64 * 1024;
constexpr qint64 AutomaticChunk = 1024 * 1024;
} // namespace

qint64 DataStep::chunkSize() const
{
    const qint64 chosen = m_core.m_options.bdatChunkSize;
    return chosen > 0 ? chosen : AutomaticChunk;
}

void DataStep::startBdat()
{
    SessionCore &c = m_core;
    m_tried = true;
    m_typing = false;
    forgetChunks();
    if (!ensureMessage(MessageSource::Framing::Bdat))
        return;
    m_sent = 0;
    if (m_message->encodedSize() <= chunkSize()) {
        c.m_checklist->skip(MilestoneKind::Data, {},
                            tr("The message went in one BDAT chunk: its reply is the end of data."));
        beginEnd();
    } else {
        c.beginMilestone(MilestoneKind::Data, {}, QStringLiteral("250"));
    }
    if (c.answeredEarly(tr("the message was not sent.")))
        return;
    c.setState(SessionCore::State::SendingData);
    sendChunk();
}

void DataStep::sendChunk()
{
    SessionCore &c = m_core;
    const qint64 total = m_message->encodedSize();
    const qint64 size = qMin(chunkSize(), total - m_chunked);
    const bool last = m_chunked + size == total;
    m_chunked += size;
    ++m_chunks;
    m_chunkLeft = size;
    m_dotSent = size == 0;
    m_stage = last ? Stage::EndOfData : Stage::Chunk;
    const QByteArray command = "BDAT " + QByteArray::number(size) + (last ? " LAST" : "");
    c.m_wire->logClient(QString::fromLatin1(command));
    c.await(this, last && size == 0 ? c.m_options.timeouts.dataEndMs : c.m_options.timeouts.dataBlockMs);
    pumpChunk(command + "\r\n");
}

void DataStep::pumpChunk(QByteArray out)
{
    SessionCore &c = m_core;
    const qint64 total = m_message ? m_message->encodedSize() : 0;
    while (m_message && m_chunkLeft > 0 && c.m_transport->bytesToWrite() < HighWater) {
        if (m_pending.isEmpty()) {
            if (m_message->atEnd()) {
                // The file was shorter than when it was measured: the count in the BDAT line is wrong now.
                c.failConnection(FailureKind::LocalError, tr("The message file changed while it was being sent."));
                return;
            }
            m_pending = m_message->readChunk(WriteSize);
            continue;
        }
        const qint64 n = qMin(qMin<qint64>(m_pending.size(), m_chunkLeft), WriteSize);
        out += m_pending.left(n);
        m_pending.remove(0, n);
        m_chunkLeft -= n;
        m_sent += n;
        Q_EMIT c.m_session->dataProgress(m_sent, total);
        if (m_chunkLeft == 0) {
            m_dotSent = true;
            if (m_stage == Stage::EndOfData) {
                m_message.reset();
                m_pending.clear();
            }
            c.await(this,
                    m_stage == Stage::EndOfData ? c.m_options.timeouts.dataEndMs : c.m_options.timeouts.dataBlockMs);
        }
        // Last: a transport may deliver the reply before write() returns.
        c.m_wire->write(std::exchange(out, {}));
    }
    if (!out.isEmpty())
        c.m_wire->write(out);
}

void DataStep::warnIfNotChunkReply(const SmtpReply &reply)
{
    if (reply.code / 100 == 3)
        m_core.log(TranscriptEntry::Direction::Warning,
                   tr("A BDAT chunk is answered with 250, never with %1: the server does not handle CHUNKING as "
                      "it should.")
                       .arg(reply.code));
}

void DataStep::handleChunk(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (!m_dotSent) {
        // The server has to read the whole count before it answers; a reply now answers nothing sent.
        c.failConnection(FailureKind::ProtocolError,
                         tr("The server answered before the BDAT chunk was complete, so its replies cannot be "
                            "matched to the chunks."));
        return;
    }
    warnIfNotChunkReply(reply);
    if (!reply.isPositive()) {
        // RFC 3030: after a refused chunk the transaction has failed and no further chunk may follow.
        m_message.reset();
        forgetChunks();
        m_stage = Stage::None;
        c.setState(SessionCore::State::InTransaction);
        c.judgeReply(reply, 2);
        c.stepDone(MilestoneKind::Data);
        return;
    }
    if (c.answeredEarly(tr("the rest of the message was not sent.")))
        return;
    if (m_chunked + chunkSize() >= m_message->encodedSize()) {
        c.judgeReply(reply, 2);
        const int dataMilestone = c.m_lastFinished;
        beginEnd();
        Q_EMIT c.m_session->stepFinished(MilestoneKind::Data, dataMilestone);
    }
    sendChunk();
}

} // namespace mailflow
