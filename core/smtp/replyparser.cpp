#include "smtp/replyparser.h"

#include "base/printable.h"

#include <QCoreApplication>

#include <algorithm>
#include <bit>
#include <cstring>

namespace mailflow {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/** The first CR or LF in [from, end), or end: eight bytes at a time, where two memchr calls per
 *  reply line cost more than the line's few dozen bytes. */
const char *firstLineEnd(const char *from, const char *end)
{
    if constexpr (std::endian::native == std::endian::little) {
        constexpr quint64 Ones = 0x0101010101010101ULL;
        constexpr quint64 Highs = 0x8080808080808080ULL;
        while (end - from >= 8) {
            quint64 word;
            memcpy(&word, from, 8);
            const quint64 cr = word ^ (Ones * '\r');
            const quint64 lf = word ^ (Ones * '\n');
            // A byte is zero in cr or lf where the word holds a CR or an LF; the lowest flag is exact.
            const quint64 found = (((cr - Ones) & ~cr) | ((lf - Ones) & ~lf)) & Highs;
            if (found)
                return from + (std::countr_zero(found) >> 3);
            from += 8;
        }
    }
    while (from < end && *from != '\r' && *from != '\n')
        ++from;
    return from;
}

/** The enhanced status at the start of a reply's text, decoded as UTF-8 without a heap copy when
 *  the few bytes it can span are ASCII (a status and the character after it are at most 10 of them). */
EnhancedStatus statusAt(QByteArrayView text)
{
    constexpr qsizetype Span = 16;
    const QByteArrayView head = text.first(qMin(text.size(), Span));
    if (!std::all_of(head.begin(), head.end(), [](char c) { return uchar(c) < 0x80; }))
        return EnhancedStatus::parse(QString::fromUtf8(text));
    char16_t wide[Span];
    std::copy(head.begin(), head.end(), wide);
    return EnhancedStatus::parse(QStringView(wide, head.size()));
}
} // namespace

void ReplyParser::feed(QByteArrayView data)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (m_pendingCr) {
            m_pendingCr = false;
            if (data[pos] == '\n') {
                ++pos;
                handleCarriedLine(false);
                continue;
            }
            // A CR not followed by LF is kept as part of the line, and recorded as a violation.
            if (!m_discardingLongLine) {
                m_line.append('\r');
                m_bareCr = true;
            }
        }
        const qsizetype end = firstLineEnd(data.data() + pos, data.data() + data.size()) - data.data();
        // Nearly every line arrives whole within one read: it is parsed where it lies, not copied.
        if (m_line.isEmpty() && !m_discardingLongLine && end < data.size() && end - pos <= MaxLineLength) {
            const QByteArrayView line = data.sliced(pos, end - pos);
            if (data[end] == '\n') {
                pos = end + 1;
                handleLine(line, true);
                continue;
            }
            if (end + 1 < data.size() && data[end + 1] == '\n') {
                pos = end + 2;
                handleLine(line, false);
                continue;
            }
        }
        if (!m_discardingLongLine) {
            // Never copy more than one byte past the limit, however big the chunk.
            m_line.append(data.sliced(pos, qMin(end - pos, MaxLineLength + 1 - m_line.size())));
            if (m_line.size() > MaxLineLength) {
                emitEvent(ParserEvent::Kind::Line,
                          printableText(m_line.first(120)) + tr("… (line longer than 4096 bytes, rest not shown)"));
                failReply(tr("The server sent a line longer than 4096 bytes; SMTP allows 512."));
                m_line.clear();
                m_bareCr = false;
                m_discardingLongLine = true;
            }
        }
        pos = end;
        if (pos >= data.size())
            break;
        if (data[pos] == '\r') {
            m_pendingCr = true;
            ++pos;
            continue;
        }
        // bare LF
        ++pos;
        if (m_discardingLongLine) {
            m_discardingLongLine = false;
            m_line.clear();
            continue;
        }
        handleCarriedLine(true);
    }
}

void ReplyParser::handleCarriedLine(bool bareLf)
{
    handleLine(m_line, bareLf);
    m_line.resize(0); // keeps the buffer for the next line that spans reads
}

void ReplyParser::handleLine(QByteArrayView line, bool bareLf)
{
    const bool bareCr = std::exchange(m_bareCr, false);
    if (m_discardingLongLine) {
        m_discardingLongLine = false;
        return;
    }
    emitLine(line);
    if (bareLf)
        emitEvent(ParserEvent::Kind::Violation, tr("The server ended a line with a bare LF instead of CR LF."));
    if (bareCr)
        emitEvent(ParserEvent::Kind::Violation, tr("The server sent a CR without LF inside a line."));

    const bool hasCode = line.size() >= 3 && isDigit(line[0]) && isDigit(line[1]) && isDigit(line[2]);
    const char separator = line.size() > 3 ? line[3] : ' ';
    const bool isFinal = separator == ' ';
    if (!hasCode || (separator != ' ' && separator != '-')) {
        failReply(tr("The server sent a line that is not an SMTP reply: \"%1\".")
                      .arg(printableText(line.first(qMin<qsizetype>(line.size(), 80)))));
        // A malformed line cannot say whether the reply goes on: start afresh at the next line.
        m_discardingReply = false;
        return;
    }
    const int code = (line[0] - '0') * 100 + (line[1] - '0') * 10 + (line[2] - '0');
    if (m_discardingReply) {
        if (isFinal)
            m_discardingReply = false;
        return;
    }
    if (code < 200 || code > 599) {
        failReply(tr("The server answered with code %1, which SMTP does not define.").arg(code));
        m_discardingReply = !isFinal;
        return;
    }
    if (m_currentLines > 0 && code != m_current.code) {
        failReply(tr("The lines of one reply disagree on the code (%1, then %2).").arg(m_current.code).arg(code));
        m_discardingReply = !isFinal;
        return;
    }
    if (m_currentLines >= MaxReplyLines) {
        failReply(tr("The server sent a reply of more than 1000 lines."));
        m_discardingReply = !isFinal;
        return;
    }
    if (m_currentLines == 0) {
        m_current.code = code;
        // One allocation for the usual reply, where growing line by line takes several.
        const qsizetype expected = isFinal ? 1 : 12;
        m_current.raw.reserve(expected * (line.size() + 2));
        m_current.status = statusAt(line.sliced(qMin<qsizetype>(4, line.size())));
        if (m_current.status.isValid() && m_current.status.statusClass != code / 100)
            emitEvent(ParserEvent::Kind::Violation,
                      tr("The enhanced status %1 does not match the reply code %2.")
                          .arg(m_current.status.toString())
                          .arg(code));
    }
    // The reply keeps its lines only as bytes in raw; SmtpReply::lines() reads them from there.
    ++m_currentLines;
    // Line and line end in one copy into the reserved buffer (two appends cost two insert calls).
    const QByteArrayView ending = bareLf ? QByteArrayView("\n") : QByteArrayView("\r\n");
    const qsizetype at = m_current.raw.size();
    m_current.raw.resize(at + line.size() + ending.size());
    char *to = m_current.raw.data() + at;
    std::copy(line.begin(), line.end(), to);
    std::copy(ending.begin(), ending.end(), to + line.size());
    if (isFinal)
        emitReply();
}

void ReplyParser::failReply(const QString &why)
{
    m_current = {};
    m_currentLines = 0;
    emitEvent(ParserEvent::Kind::Error, why);
}

ParserEvent &ReplyParser::nextEvent(ParserEvent::Kind kind)
{
    // The events all taken, the list starts again from its front (its buffer kept).
    if (m_next > 0 && m_next == qsizetype(m_events.size())) {
        m_events.clear();
        m_next = 0;
    }
    ParserEvent &event = m_events.emplace_back();
    event.kind = kind;
    return event;
}

void ReplyParser::emitEvent(ParserEvent::Kind kind, QString text)
{
    nextEvent(kind).text = std::move(text);
}

void ReplyParser::emitLine(QByteArrayView line)
{
    constexpr qsizetype BlockSize = 64 * 1024;
    if (!m_block || m_blockUsed + line.size() > m_blockSize) {
        // Events still holding the old block keep it alive; the parser writes only into the new one.
        m_blockSize = qMax(BlockSize, line.size());
        m_block = std::make_shared_for_overwrite<char[]>(size_t(m_blockSize));
        m_blockUsed = 0;
    }
    std::copy(line.begin(), line.end(), m_block.get() + m_blockUsed);
    ParserEvent &event = nextEvent(ParserEvent::Kind::Line);
    event.m_block = m_block;
    event.m_lineAt = m_blockUsed;
    event.m_lineSize = line.size();
    m_blockUsed += line.size();
}

void ReplyParser::emitReply()
{
    nextEvent(ParserEvent::Kind::Reply).reply = std::exchange(m_current, {});
    m_currentLines = 0;
}

ParserEvent ReplyParser::takeEvent()
{
    Q_ASSERT(hasEvents());
    return std::move(m_events[size_t(m_next++)]);
}

void ReplyParser::reset()
{
    m_line.clear();
    m_discardingLongLine = false;
    m_pendingCr = false;
    m_bareCr = false;
    m_current = {};
    m_currentLines = 0;
    m_discardingReply = false;
    m_events.clear();
    m_next = 0;
    m_block.reset();
    m_blockUsed = 0;
}

QByteArrayView ParserEvent::lineBytes() const
{
    if (m_lineAt < 0)
        return {};
    return {m_block.get() + m_lineAt, m_lineSize};
}

QString ParserEvent::lineText() const
{
    return m_lineAt < 0 ? text : printableText(lineBytes());
}

} // namespace mailflow
