#include "base/printable.h"

#include <QList>

#include <algorithm>

namespace mailflow {

namespace {

bool isUnprintable(char32_t u)
{
    const bool c0 = u < 0x20 && u != u'\t';
    const bool c1 = u >= 0x7f && u < 0xa0;
    // U+2028/2029 break a line in a view; the embeddings, overrides and isolates reorder what follows.
    const bool separator = u == 0x2028 || u == 0x2029;
    const bool bidi = (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
    return c0 || c1 || separator || bidi;
}

void appendEscaped(QString &out, char32_t u)
{
    if (u < 0x100)
        out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
    else
        out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
}

void appendCodePoint(QString &out, char32_t u)
{
    if (isUnprintable(u))
        appendEscaped(out, u);
    else
        out += QStringView(QChar::fromUcs4(u));
}

/** The length of the well-formed UTF-8 sequence at data[pos] and its code point; 0 when it is not one. */
int decodeUtf8(QByteArrayView data, qsizetype pos, char32_t *codePoint)
{
    const auto byte = [&](qsizetype i) { return uchar(data[i]); };
    const uchar lead = byte(pos);
    int length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead < 0x80) {
        *codePoint = lead;
        return 1;
    }
    if (lead >= 0xc2 && lead <= 0xdf) {
        length = 2;
        value = lead & 0x1f;
        minimum = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        value = lead & 0x0f;
        minimum = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        value = lead & 0x07;
        minimum = 0x10000;
    } else {
        return 0;
    }
    if (pos + length > data.size())
        return 0;
    for (int i = 1; i < length; ++i) {
        const uchar next = byte(pos + i);
        if ((next & 0xc0) != 0x80)
            return 0;
        value = (value << 6) | (next & 0x3f);
    }
    const bool surrogate = value >= 0xd800 && value <= 0xdfff;
    if (value < minimum || value > 0x10ffff || surrogate)
        return 0;
    *codePoint = value;
    return length;
}

} // namespace

QString printableText(QByteArrayView bytes)
{
    if (bytes.isNull())
        return {};
    // Almost every line is plain printable ASCII: then it is the answer as it is, widened in the same
    // pass that checks it. Checked in blocks of a fixed size with no early exit inside one: -O2
    // vectorises only such loops.
    const auto isUnusual = [](char c) { return int((uchar(c) - 0x20u >= 0x5fu) & (c != '\t')); };
    constexpr qsizetype Block = 16;
    const char *data = bytes.data();
    const qsizetype blocks = bytes.size() / Block * Block;
    QString plain(bytes.size(), Qt::Uninitialized);
    char16_t *to = reinterpret_cast<char16_t *>(plain.data());
    int unusual = 0;
    for (qsizetype at = 0; at < blocks && unusual == 0; at += Block) {
        for (qsizetype i = 0; i < Block; ++i) {
            unusual |= isUnusual(data[at + i]);
            to[at + i] = uchar(data[at + i]);
        }
    }
    for (qsizetype i = blocks; i < bytes.size() && unusual == 0; ++i) {
        unusual |= isUnusual(data[i]);
        to[i] = uchar(data[i]);
    }
    if (unusual == 0)
        return plain;
    QString out;
    out.reserve(bytes.size());
    for (qsizetype pos = 0; pos < bytes.size();) {
        char32_t u = 0;
        const int length = decodeUtf8(bytes, pos, &u);
        if (length == 0) {
            appendEscaped(out, uchar(bytes[pos]));
            ++pos;
            continue;
        }
        appendCodePoint(out, u);
        pos += length;
    }
    return out;
}

QString printableString(QStringView text)
{
    if (!hasControlCharacters(text))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (char32_t u : text.toUcs4())
        appendCodePoint(out, u);
    return out;
}

bool hasControlCharacters(QStringView text)
{
    for (QChar c : text) {
        if (isUnprintable(c.unicode()))
            return true;
    }
    return false;
}

} // namespace mailflow
