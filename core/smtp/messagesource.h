#pragma once

#include "smtp/sessionoptions.h"

#include <QByteArray>
#include <QIODevice>

#include <memory>

namespace mailflow {

/**
 * The message as it goes on the wire after DATA: generated headers (unless the body is a
 * complete message), the body from text or a file, CRLF line ends and dot-stuffing. In BDAT chunks
 * there is no end-of-data line, so nothing is dot-stuffed (RFC 3030).
 * Streamed in chunks: the body is never held in memory whole.
 */
class MessageSource
{
public:
    enum class Framing { Data, Bdat };

    explicit MessageSource(const SessionOptions &options, Framing framing = Framing::Data);
    ~MessageSource();

    /** Opens the body and measures the encoded size; false with error() when the file cannot be read. */
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

    /** The header block that would be generated for these options. */
    static QByteArray generatedHeaders(const SessionOptions &options, bool eightBit);

private:
    struct EncoderState
    {
        bool atLineStart = true;
        bool pendingCr = false;
        bool dotStuffing = true;
    };
    static void encode(QByteArrayView input, EncoderState &state, QByteArray &out);
    static void finish(EncoderState &state, QByteArray &out);
    bool openDevices();
    QByteArray readRaw(qint64 maxBytes);

    EncoderState initialState() const;

    SessionOptions m_options;
    Framing m_framing;
    QString m_error;
    QByteArray m_headers;
    qsizetype m_headerPos = 0;
    std::unique_ptr<QIODevice> m_body;
    EncoderState m_state;
    bool m_finished = false;
    qint64 m_encodedSize = 0;
    bool m_eightBit = false;
};

} // namespace mailflow
