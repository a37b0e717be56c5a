#include "base/printable.h"

#include <algorithm>

namespace mailflow {

QString printableText(QByteArrayView bytes)
{
    const QString decoded = QString::fromUtf8(bytes);
    // Almost every line needs no escape: then the decoded text is the answer, without a copy.
    const auto needsEscape = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\t') || u == 0x7f || (u >= 0x80 && u < 0xa0);
    };
    if (std::none_of(decoded.cbegin(), decoded.cend(), needsEscape))
        return decoded;
    QString out;
    out.reserve(decoded.size());
    for (QChar c : decoded) {
        const char16_t u = c.unicode();
        if (needsEscape(c))
            out += QStringLiteral("\\x%1").arg(int(u), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

bool hasControlCharacters(QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029)
            return true;
    }
    return false;
}

} // namespace mailflow
