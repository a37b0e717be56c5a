#pragma once

#include "smtp/messagesource.h"
#include "smtp/sessionoptions.h"
#include "smtp/sessionstep.h"

#include <QCoreApplication>

#include <memory>

namespace mailflow {

class DataElider;

/** DATA and the message, streamed with back-pressure; or typed line by line in the console. */
class DataStep : public SessionStep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    explicit DataStep(SessionCore &core);
    ~DataStep() override;

    void data();
    /** The message goes in BDAT chunks in this transaction (options and the server's CHUNKING). */
    bool usesBdat() const;
    /** DATA went out in a pipelined batch: starts its milestone; the batch hands its reply to handleReply(). */
    void expectPipelinedReply();
    /** Sends a DATA line; typing: the console types the message afterwards. */
    void sendData(const QByteArray &command, const QString &shown, bool typing);
    /** A line of a typed message; "." ends it. */
    void typeLine(const QString &line);
    bool isTyping() const { return m_typing; }
    void onBytesWritten();

    /** Opens and measures the message for the options in force; false with why when it cannot be read. */
    bool prepareMessage(QString *why);
    /** The message measured at MAIL FROM, if any. */
    const MessageSource *message() const { return m_message.get(); }

    bool tried() const { return m_tried; }
    void forgetTried() { m_tried = false; }
    /** The connection ended: drop the message in flight. */
    void close();

    void handleReply(const SmtpReply &reply) override;
    QString timeoutMessage(const QString &seconds) const override;
    void reset() override;

private:
    enum class Stage { None, Start, Chunk, EndOfData };

    void handleEnd(const SmtpReply &reply);
    /** The end-of-data row starts: with LMTP the first accepted recipient's, the refused ones' skipped. */
    void beginEnd();
    bool prepareMessage(MessageSource::Framing framing, QString *why);
    /** The message for framing, built anew when the one measured at MAIL FROM no longer fits; false
     *  (connection failed) when it cannot be read. */
    bool ensureMessage(MessageSource::Framing framing);
    void forgetChunks();
    void startBdat();
    /** Sends the next BDAT command; its bytes follow through pumpChunk(). */
    void sendChunk();
    /** Writes the current chunk's bytes with back-pressure, after out (the BDAT command line). */
    void pumpChunk(QByteArray out = {});
    void handleChunk(const SmtpReply &reply);
    void warnIfNotChunkReply(const SmtpReply &reply);
    qint64 chunkSize() const;
    void startMessage();
    void pump();
    /** Whether two option sets lead to the same message (sender, recipients, EHLO name, message spec). */
    static bool sameMessageInputs(const SessionOptions &a, const SessionOptions &b);

    Stage m_stage = Stage::None;
    std::unique_ptr<MessageSource> m_message;
    /** The options m_message was built from. */
    SessionOptions m_messageOptions;
    std::unique_ptr<DataElider> m_elider;
    qint64 m_sent = 0;
    bool m_typing = false;
    bool m_tried = false;
    /** The final dot (or the whole BDAT chunk) went out: a reply now answers it, before it the server did
     *  not wait. */
    bool m_dotSent = false;
    /** BDAT: bytes of the current chunk still to write, and encoded bytes read ahead of it. */
    qint64 m_chunkLeft = 0;
    QByteArray m_pending;
    /** BDAT: bytes in the chunks whose commands went out, and the chunks sent. */
    qint64 m_chunked = 0;
    int m_chunks = 0;
    /** LMTP: replies to the message so far, one per accepted recipient. */
    int m_lmtpReplies = 0;
};

} // namespace mailflow
