#include "base/printable.h"

namespace mailflow {

QString printableText(QByteArrayView bytes)
{
    const QString decoded = QString::fromUtf8(bytes);
    QString out;
    out.reserve(decoded.size());
    for (QChar c : decoded) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\t') || u == 0x7f || (u >= 0x80 && u < 0xa0))
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
