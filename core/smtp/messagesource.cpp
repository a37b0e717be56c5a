#include "smtp/messagesource.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QUuid>

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

QByteArray rfc5322Date(const QDateTime &now)
{
    const int offset = now.offsetFromUtc() / 60;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                             .arg(qAbs(offset) / 60, 2, 10, QLatin1Char('0'))
                             .arg(qAbs(offset) % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(now, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss ")) + zone).toUtf8();
}

/** Appends the encoded bytes (readChunk). */
struct AppendSink
{
    QByteArray &out;
    void span(const char *data, qsizetype size) { out.append(data, size); }
    void bytes(const char *literal, qsizetype size) { out.append(literal, size); }
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
    while (p < end) {
        if (dotStuffing && atLineStart && *p == '.')
            sink.bytes(".", 1);
        const auto *lf = static_cast<const char *>(memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = lf ? lf : end;
        const auto *cr = static_cast<const char *>(memchr(p, '\r', size_t(lineEnd - p)));
        if (cr)
            lineEnd = cr;
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

QString messageIdDomain(const SessionOptions &options)
{
    const qsizetype at = options.mailFrom.lastIndexOf(u'@');
    if (at >= 0 && at + 1 < options.mailFrom.size())
        return options.mailFrom.mid(at + 1);
    if (!options.ehloName.isEmpty())
        return options.ehloName;
    return QStringLiteral("mailflow.invalid");
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

QByteArray MessageSource::generatedHeaders(const SessionOptions &options, bool eightBit)
{
    const MessageSpec &spec = options.message;
    QList<QPair<QByteArray, QByteArray>> headers;
    QStringList to;
    for (const Recipient &r : options.recipients)
        to << r.address;
    const QString from = !spec.fromHeader.isEmpty() ? spec.fromHeader
        : options.mailFrom.isEmpty()                ? QStringLiteral("<>")
                                                    : options.mailFrom;
    headers.append({QByteArrayLiteral("From"), encodedWord(from)});
    headers.append({QByteArrayLiteral("To"),
                    encodedWord(spec.toHeader.isEmpty() ? to.join(QStringLiteral(", ")) : spec.toHeader)});
    const QString subject = spec.subject.isEmpty()
        ? QCoreApplication::translate("mailflow::MessageSource", "Mailflow test message")
        : spec.subject;
    headers.append({QByteArrayLiteral("Subject"), encodedWord(subject)});
    headers.append({QByteArrayLiteral("Date"), rfc5322Date(QDateTime::currentDateTime())});
    headers.append({"Message-ID",
                    "<" + QUuid::createUuid().toString(QUuid::WithoutBraces).toUtf8() + "@"
                        + messageIdDomain(options).toUtf8() + ">"});
    headers.append({QByteArrayLiteral("MIME-Version"), QByteArrayLiteral("1.0")});
    headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=UTF-8")});
    headers.append({QByteArrayLiteral("Content-Transfer-Encoding"),
                    eightBit ? QByteArrayLiteral("8bit") : QByteArrayLiteral("7bit")});
    headers.append({QByteArrayLiteral("X-Mailer"), QByteArrayLiteral("Mailflow " MAILFLOW_VERSION)});
    for (const auto &[name, value] : spec.extraHeaders) {
        const QByteArray key = name.toUtf8();
        bool replaced = false;
        for (auto &header : headers) {
            if (qstricmp(header.first.constData(), key.constData()) == 0) {
                header.second = encodedWord(value);
                replaced = true;
            }
        }
        if (!replaced)
            headers.append({key, encodedWord(value)});
    }
    QByteArray block;
    for (const auto &[name, value] : std::as_const(headers))
        block += name + ": " + value + "\r\n";
    block += "\r\n";
    return block;
}

bool MessageSource::openDevices()
{
    const MessageSpec &spec = m_options.message;
    if (!spec.bodyFile.isEmpty()) {
        auto file = std::make_unique<QFile>(spec.bodyFile);
        if (!file->open(QIODevice::ReadOnly)) {
            m_error = QCoreApplication::translate("mailflow::MessageSource", "Cannot read the message file %1: %2")
                          .arg(spec.bodyFile, file->errorString());
            return false;
        }
        m_body = std::move(file);
    } else {
        QString text = spec.bodyText;
        if (text.isEmpty() && !spec.rawMessage)
            text = QCoreApplication::translate("mailflow::MessageSource",
                                               "This is a test message sent by Mailflow to check that mail flows.\n");
        auto buffer = std::make_unique<QBuffer>();
        buffer->setData(text.toUtf8());
        buffer->open(QIODevice::ReadOnly);
        m_body = std::move(buffer);
    }
    m_headerPos = 0;
    m_state = initialState();
    m_finished = false;
    return true;
}

bool MessageSource::open()
{
    m_error.clear();
    if (!openDevices())
        return false;
    // First pass: measure the encoded body and look for 8-bit bytes, without building it.
    EncoderState state = initialState();
    CountSink count;
    while (!m_body->atEnd()) {
        const QByteArray raw = m_body->read(ScanChunk);
        if (raw.isEmpty())
            break;
        encodeInto(raw, state.atLineStart, state.pendingCr, state.dotStuffing, count);
    }
    QByteArray out;
    finish(state, out);
    const qint64 bodySize = count.size + out.size();
    const bool eightBit = count.eightBit;
    if (m_body->isSequential() || !m_body->seek(0)) {
        if (!openDevices())
            return false;
    }
    m_eightBit = eightBit;
    m_headers = m_options.message.rawMessage ? QByteArray() : generatedHeaders(m_options, eightBit);
    m_encodedSize = bodySize + m_headers.size();
    m_headerPos = 0;
    m_state = initialState();
    m_finished = false;
    return true;
}

QByteArray MessageSource::readRaw(qint64 maxBytes)
{
    if (m_headerPos < m_headers.size()) {
        QByteArray part = m_headers.mid(m_headerPos, maxBytes);
        m_headerPos += part.size();
        return part;
    }
    return m_body ? m_body->read(maxBytes) : QByteArray();
}

QByteArray MessageSource::readChunk(qint64 maxBytes)
{
    QByteArray out;
    if (m_finished)
        return out;
    out.reserve(maxBytes + maxBytes / 8 + 4);
    if (m_headerPos < m_headers.size()) {
        // Generated headers are already encoded.
        out = readRaw(maxBytes);
        return out;
    }
    const QByteArray raw = readRaw(maxBytes);
    if (raw.isEmpty()) {
        finish(m_state, out);
        m_finished = true;
        return out;
    }
    encode(raw, m_state, out);
    return out;
}

bool MessageSource::atEnd() const
{
    return m_finished;
}

void MessageSource::encode(QByteArrayView input, EncoderState &state, QByteArray &out)
{
    AppendSink sink {out};
    encodeInto(input, state.atLineStart, state.pendingCr, state.dotStuffing, sink);
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
