#include "smtp/saslprep.h"

#include <QList>

#include <algorithm>
#include <iterator>

namespace mailflow {

namespace {

struct Range
{
    char32_t first;
    char32_t last;
};

bool inRanges(const Range *begin, const Range *end, char32_t c)
{
    return std::any_of(begin, end, [c](const Range &r) { return c >= r.first && c <= r.last; });
}

template<std::size_t N> bool in(const Range (&table)[N], char32_t c)
{
    return inRanges(std::begin(table), std::end(table), c);
}

// RFC 3454 C.1.2: non-ASCII space characters (mapped to U+0020 by RFC 4013 2.1).
constexpr Range NonAsciiSpace[]
    = {{0x00A0, 0x00A0}, {0x1680, 0x1680}, {0x2000, 0x200B}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}};
// RFC 3454 B.1: commonly mapped to nothing.
constexpr Range MappedToNothing[] = {{0x00AD, 0x00AD}, {0x034F, 0x034F}, {0x1806, 0x1806}, {0x180B, 0x180D},
                                     {0x200B, 0x200D}, {0x2060, 0x2060}, {0xFE00, 0xFE0F}, {0xFEFF, 0xFEFF}};
// RFC 3454 C.2.1 to C.9 (C.1.2 is mapped away before), the prohibited output of RFC 4013 2.3.
constexpr Range Prohibited[] = {
    {0x0000, 0x001F},   {0x007F, 0x009F},   {0x0340, 0x0341},   {0x06DD, 0x06DD},   {0x070F, 0x070F},
    {0x180E, 0x180E},   {0x200C, 0x200F},   {0x2028, 0x202E},   {0x2060, 0x2063},   {0x206A, 0x206F},
    {0x2FF0, 0x2FFB},   {0xD800, 0xF8FF},   {0xFDD0, 0xFDEF},   {0xFEFF, 0xFEFF},   {0xFFF9, 0xFFFD},
    {0x1D173, 0x1D17A}, {0xE0001, 0xE0001}, {0xE0020, 0xE007F}, {0xF0000, 0xFFFFD}, {0x100000, 0x10FFFD},
};

bool isProhibited(char32_t c)
{
    // C.4: the last two code points of every plane are non-characters.
    return in(Prohibited, c) || (c & 0xFFFE) == 0xFFFE;
}

} // namespace

QString SaslPrep::prepare(const QString &text, QString *why)
{
    QString mapped;
    mapped.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (in(MappedToNothing, c))
            continue;
        if (in(NonAsciiSpace, c))
            mapped += u' ';
        else
            mapped += QString::fromUcs4(&c, 1);
    }
    const QString normalized = mapped.normalized(QString::NormalizationForm_KC);
    const QList<uint> points = normalized.toUcs4();
    bool randAl = false;
    bool leftToRight = false;
    for (const uint c : points) {
        if (isProhibited(c)) {
            *why = tr("it contains a character SASLprep does not allow (a control, private-use, surrogate or "
                      "non-character code point).");
            return {};
        }
        const QChar::Direction direction = QChar::direction(c);
        randAl = randAl || direction == QChar::DirR || direction == QChar::DirAL;
        leftToRight = leftToRight || direction == QChar::DirL;
    }
    if (randAl) {
        const auto isRandAl = [](uint c) {
            const QChar::Direction d = QChar::direction(c);
            return d == QChar::DirR || d == QChar::DirAL;
        };
        // RFC 3454 6: right-to-left text may not mix in left-to-right characters, and must begin and end with
        // a right-to-left one.
        if (leftToRight || !isRandAl(points.first()) || !isRandAl(points.last())) {
            *why = tr("it mixes right-to-left and left-to-right characters in a way SASLprep does not allow.");
            return {};
        }
    }
    why->clear();
    return normalized;
}

} // namespace mailflow
