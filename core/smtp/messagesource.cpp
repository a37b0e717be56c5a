#include "smtp/messagesource.h"

#include "smtp/mimeattachment.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

#include <cstring>

namespace mailflow {

namespace {
constexpr qint64 ScanChunk = 256 * 1024;

/** Text as is when it is ASCII, else RFC 2047 encoded words of at most 75 characters, each holding
 *  whole characters, folded onto continuation lines. */
QByteArray encodedWord(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() <= 126;
    if (ascii)
        return text.toUtf8();
    constexpr qsizetype MaxBytesPerWord = 45; // 60 base64 characters + 12 for "=?UTF-8?B?" and "?="
    QList<QByteArray> words;
    QByteArray pending;
    for (qsizetype i = 0; i < text.size();) {
        const qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        if (pending.size() + character.size() > MaxBytesPerWord) {
            words << "=?UTF-8?B?" + pending.toBase64() + "?=";
            pending.clear();
        }
        pending += character;
        i += length;
    }
    if (!pending.isEmpty())
        words << "=?UTF-8?B?" + pending.toBase64() + "?=";
    return words.join("\r\n ");
}

/** Writes the encoded bytes into room made beforehand (readChunk): no growth check per line. */
struct WriteSink
{
    char *at;
    void span(const char *data, qsizetype size)
    {
        memcpy(at, data, size_t(size));
        at += size;
    }
    void bytes(const char *literal, qsizetype size) { span(literal, size); }
};

/** Only counts them and looks for 8-bit bytes (open() measures the size without building the text). */
struct CountSink
{
    qint64 size = 0;
    bool eightBit = false;
    void span(const char *data, qsizetype length)
    {
        size += length;
        if (eightBit)
            return;
        // Eight bytes at a time: any high bit set.
        quint64 any = 0;
        qsizetype i = 0;
        for (; i + 8 <= length; i += 8) {
            quint64 word;
            memcpy(&word, data + i, 8);
            any |= word;
        }
        for (; i < length; ++i)
            any |= static_cast<unsigned char>(data[i]);
        eightBit = (any & 0x8080808080808080ULL) != 0;
    }
    void bytes(const char *, qsizetype length) { size += length; }
};

/** CRLF line ends and dot-stuffing: whole spans between line ends go out at once, found with memchr. */
template<typename Sink>
void encodeInto(QByteArrayView input, bool &atLineStart, bool &pendingCr, bool dotStuffing, Sink &sink)
{
    const char *p = input.data();
    const char *const end = p + input.size();
    if (pendingCr && p < end) {
        pendingCr = false;
        sink.bytes("\r\n", 2);
        atLineStart = true;
        if (*p == '\n')
            ++p;
    }
    if (p == end)
        return;
    // The next CR is looked up again only once passed: text with LF line ends is scanned for CR once.
    const auto findCr = [end](const char *from) {
        const auto *cr = static_cast<const char *>(memchr(from, '\r', size_t(end - from)));
        return cr ? cr : end;
    };
    const char *nextCr = findCr(p);
    while (p < end) {
        if (dotStuffing && atLineStart && *p == '.')
            sink.bytes(".", 1);
        if (nextCr < p)
            nextCr = findCr(p);
        const auto *lf = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = lf ? lf : end;
        if (nextCr < lineEnd)
            lineEnd = nextCr;
        if (lineEnd > p) {
            sink.span(p, lineEnd - p);
            atLineStart = false;
        }
        if (lineEnd == end)
            return;
        if (*lineEnd == '\r' && lineEnd + 1 == end) {
            // A CR at the end of the chunk: the next chunk says whether an LF follows.
            pendingCr = true;
            return;
        }
        sink.bytes("\r\n", 2);
        atLineStart = true;
        p = lineEnd + (*lineEnd == '\r' && lineEnd[1] == '\n' ? 2 : 1);
    }
}

} // namespace

MessageSource::MessageSource(const SessionOptions &options, Framing framing)
    : m_options(options)
    , m_framing(framing)
{ }

MessageSource::EncoderState MessageSource::initialState() const
{
    EncoderState state;
    state.dotStuffing = m_framing == Framing::Data;
    return state;
}

MessageSource::~MessageSource() = default;

QByteArray MessageSource::generatedHeaders(const SessionOptions &options, bool eightBit, const MessageTokens &tokens,
                                           const QByteArray &contentType)
{
    const MessageSpec &spec = options.message;
    QList<QPair<QByteArray, QByteArray>> headers;
    QStringList to;
    for (const Recipient &r : options.recipients)
        to << r.address;
    const QString from = !spec.fromHeader.isEmpty() ? tokens.expandHeader(spec.fromHeader)
        : options.mailFrom.isEmpty()                ? QStringLiteral("<>")
                                                    : options.mailFrom;
    headers.append({QByteArrayLiteral("From"), encodedWord(from)});
    headers.append(
        {QByteArrayLiteral("To"),
         encodedWord(spec.toHeader.isEmpty() ? to.join(QStringLiteral(", ")) : tokens.expandHeader(spec.toHeader))});
    const QString subject = spec.subject.isEmpty()
        ? QCoreApplication::translate("mailflow::MessageSource", "Mailflow test message")
        : tokens.expandHeader(spec.subject);
    headers.append({QByteArrayLiteral("Subject"), encodedWord(subject)});
    headers.append({QByteArrayLiteral("Date"), tokens.date()});
    headers.append({QByteArrayLiteral("Message-ID"), '<' + tokens.messageId() + '>'});
    headers.append({QByteArrayLiteral("MIME-Version"), QByteArrayLiteral("1.0")});
    headers.append({QByteArrayLiteral("Content-Type"), contentType});
    headers.append({QByteArrayLiteral("Content-Transfer-Encoding"),
                    eightBit ? QByteArrayLiteral("8bit") : QByteArrayLiteral("7bit")});
    headers.append({QByteArrayLiteral("X-Mailer"), QByteArrayLiteral("Mailflow " MAILFLOW_VERSION)});
    for (const auto &[name, value] : spec.extraHeaders) {
        const QByteArray key = name.toUtf8();
        const QByteArray encoded = encodedWord(tokens.expandHeader(value));
        bool replaced = false;
        for (auto &header : headers) {
            if (qstricmp(header.first.constData(), key.constData()) == 0) {
                header.second = encoded;
                replaced = true;
            }
        }
        if (!replaced)
            headers.append({key, encoded});
    }
    QByteArray block;
    for (const auto &[name, value] : std::as_const(headers))
        block += name + ": " + value + "\r\n";
    block += "\r\n";
    return block;
}

bool MessageSource::openFile(const QString &path, qint64 *size)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        m_error = QCoreApplication::translate("mailflow::MessageSource", "Cannot read the message file %1: %2")
                      .arg(path, file->errorString());
        return false;
    }
    if (size)
        *size = file->size();
    m_device = std::move(file);
    return true;
}

bool MessageSource::openBody()
{
    const MessageSpec &spec = m_options.message;
    m_state = initialState();
    m_tokenCarry.clear();
    if (!spec.bodyFile.isEmpty())
        return openFile(spec.bodyFile, nullptr);
    QString text = spec.bodyText;
    if (text.isEmpty() && !spec.rawMessage)
        text = QCoreApplication::translate("mailflow::MessageSource",
                                           "This is a test message sent by Mailflow to check that mail flows.\n");
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(text.toUtf8());
    buffer->open(QIODevice::ReadOnly);
    m_device = std::move(buffer);
    return true;
}

bool MessageSource::measureBody(qint64 *size, bool *eightBit)
{
    // The body's encoded size and whether it has 8-bit bytes, without building it.
    if (!openBody())
        return false;
    EncoderState state = initialState();
    CountSink count;
    QByteArray carry;
    for (;;) {
        const QByteArray raw = m_device->atEnd() ? QByteArray() : m_device->read(ScanChunk);
        encodeInto(m_tokens->expandStream(raw, carry), state.atLineStart, state.pendingCr, state.dotStuffing, count);
        if (raw.isEmpty())
            break;
    }
    QByteArray out;
    finish(state, out);
    *size = count.size + out.size();
    *eightBit = count.eightBit;
    m_device.reset();
    return true;
}

void MessageSource::buildSegments(bool eightBit)
{
    using Kind = Segment::Kind;
    const MessageSpec &spec = m_options.message;
    m_segments.clear();
    if (spec.rawMessage) {
        m_segments.append({Kind::Body, {}, {}});
        return;
    }
    const QByteArray textType = QByteArrayLiteral("text/plain; charset=UTF-8");
    if (spec.attachments.isEmpty()) {
        m_segments.append({Kind::Literal, generatedHeaders(m_options, eightBit, *m_tokens, textType), {}});
        m_segments.append({Kind::Body, {}, {}});
        return;
    }
    const QByteArray boundary = mimeBoundary();
    const QByteArray delimiter = "\r\n--" + boundary + "\r\n";
    const QByteArray encoding = eightBit ? QByteArrayLiteral("8bit") : QByteArrayLiteral("7bit");
    m_segments.append(
        {Kind::Literal,
         generatedHeaders(m_options, eightBit, *m_tokens, "multipart/mixed;\r\n boundary=\"" + boundary + '"')
             + "This is a multi-part message in MIME format.\r\n" + delimiter + "Content-Type: " + textType
             + "\r\nContent-Transfer-Encoding: " + encoding + "\r\n\r\n",
         {}});
    m_segments.append({Kind::Body, {}, {}});
    for (const QString &path : spec.attachments) {
        m_segments.append({Kind::Literal, delimiter + attachmentPartHeader(path), {}});
        m_segments.append({Kind::Base64, {}, path});
    }
    m_segments.append({Kind::Literal, "\r\n--" + boundary + "--\r\n", {}});
}

bool MessageSource::open()
{
    m_error.clear();
    m_device.reset();
    m_tokens = std::make_unique<MessageTokens>(m_options, QDateTime::currentDateTime());
    qint64 size = 0;
    bool eightBit = false;
    if (!measureBody(&size, &eightBit))
        return false;
    if (!m_options.message.rawMessage) {
        for (const QString &path : m_options.message.attachments) {
            qint64 fileSize = 0;
            if (!openFile(path, &fileSize))
                return false;
            m_device.reset();
            size += base64EncodedSize(fileSize);
        }
    }
    buildSegments(eightBit);
    for (const Segment &segment : std::as_const(m_segments))
        size += segment.literal.size();
    m_eightBit = eightBit;
    m_encodedSize = size;
    m_segment = 0;
    m_literalPos = 0;
    m_finished = false;
    return true;
}

QByteArray MessageSource::readBody(qint64 maxBytes)
{
    QByteArray out;
    const QByteArray raw = m_device->atEnd() ? QByteArray() : m_device->read(maxBytes);
    encode(m_tokens->expandStream(raw, m_tokenCarry), m_state, out);
    if (raw.isEmpty()) {
        finish(m_state, out);
        m_device.reset();
        ++m_segment;
    }
    return out;
}

QByteArray MessageSource::readChunk(qint64 maxBytes)
{
    using Kind = Segment::Kind;
    while (!m_finished && m_segment < m_segments.size()) {
        const Segment &segment = m_segments.at(m_segment);
        if (segment.kind == Kind::Literal) {
            QByteArray part = segment.literal.mid(m_literalPos, maxBytes);
            m_literalPos += part.size();
            if (m_literalPos >= segment.literal.size()) {
                ++m_segment;
                m_literalPos = 0;
            }
            if (!part.isEmpty())
                return part;
            continue;
        }
        if (!m_device && !(segment.kind == Kind::Body ? openBody() : openFile(segment.path, nullptr))) {
            // Readable when measured, gone since: end the message short rather than hang.
            m_finished = true;
            return {};
        }
        if (segment.kind == Kind::Body) {
            QByteArray out = readBody(maxBytes);
            if (!out.isEmpty())
                return out;
            continue;
        }
        // Base64 never starts a line with "." and is CRLF already: no further encoding.
        const qint64 lines = qMax<qint64>(1, maxBytes / 78);
        const QByteArray raw = m_device->read(lines * Base64LineInput);
        if (!raw.isEmpty())
            return base64Lines(raw);
        m_device.reset();
        ++m_segment;
    }
    m_finished = true;
    return {};
}

bool MessageSource::atEnd() const
{
    return m_finished;
}

void MessageSource::encode(QByteArrayView input, EncoderState &state, QByteArray &out)
{
    // At most two bytes out for each byte in (an LF becomes CRLF, a leading dot is doubled), plus a pending CR's LF.
    const qsizetype start = out.size();
    out.resize(start + 2 * input.size() + 2);
    WriteSink sink {out.data() + start};
    encodeInto(input, state.atLineStart, state.pendingCr, state.dotStuffing, sink);
    out.resize(sink.at - out.constData());
}

void MessageSource::finish(EncoderState &state, QByteArray &out)
{
    if (state.pendingCr) {
        state.pendingCr = false;
        out += "\r\n";
        state.atLineStart = true;
    }
    if (!state.atLineStart) {
        out += "\r\n";
        state.atLineStart = true;
    }
}

} // namespace mailflow
