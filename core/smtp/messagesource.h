#pragma once

#include "smtp/messagetokens.h"
#include "smtp/sessionoptions.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <memory>

namespace mailflow {

/**
 * The message as it goes on the wire after DATA: generated headers (unless the body is a
 * complete message), the body from text or a file with its tokens (MessageTokens) replaced, the
 * attachments in base64 (multipart/mixed), CRLF line ends and dot-stuffing. In BDAT chunks there is no
 * end-of-data line, so nothing is dot-stuffed (RFC 3030).
 * Streamed in chunks: neither the body nor an attachment is ever held in memory whole.
 */
class MessageSource
{
public:
    enum class Framing { Data, Bdat };

    explicit MessageSource(const SessionOptions &options, Framing framing = Framing::Data);
    ~MessageSource();

    /** Opens the body and measures the encoded size; false with error() when a file cannot be read. */
    bool open();
    QString error() const { return m_error; }

    Framing framing() const { return m_framing; }
    /** Bytes that will be sent, dot-stuffing included, the final "." line excluded. */
    qint64 encodedSize() const { return m_encodedSize; }
    bool hasEightBitContent() const { return m_eightBit; }

    /** The next encoded bytes, at most about maxBytes; empty at the end. */
    QByteArray readChunk(qint64 maxBytes);
    bool atEnd() const;
    /** The end-of-data line: ".\r\n" (the content always ends with CRLF). */
    static QByteArray terminator() { return QByteArrayLiteral(".\r\n"); }

private:
    struct EncoderState
    {
        bool atLineStart = true;
        bool pendingCr = false;
        bool dotStuffing = true;
    };
    /** What the message is made of, in order: ready bytes, the body (encoded), a file in base64. */
    struct Segment
    {
        enum class Kind { Literal, Body, Base64 };
        Kind kind = Kind::Literal;
        QByteArray literal;
        QString path;
    };
    static void encode(QByteArrayView input, EncoderState &state, QByteArray &out);
    static void finish(EncoderState &state, QByteArray &out);
    static QByteArray generatedHeaders(const SessionOptions &options, bool eightBit, const MessageTokens &tokens,
                                       const QByteArray &contentType);
    bool openBody();
    bool openFile(const QString &path, qint64 *size);
    bool measureBody(qint64 *size, bool *eightBit);
    void buildSegments(bool eightBit);
    QByteArray readBody(qint64 maxBytes);
    EncoderState initialState() const;

    SessionOptions m_options;
    Framing m_framing;
    std::unique_ptr<MessageTokens> m_tokens;
    QString m_error;
    QList<Segment> m_segments;
    qsizetype m_segment = 0;
    qsizetype m_literalPos = 0;
    std::unique_ptr<QIODevice> m_device;
    EncoderState m_state;
    QByteArray m_tokenCarry;
    bool m_finished = false;
    qint64 m_encodedSize = 0;
    bool m_eightBit = false;
};

} // namespace mailflow
