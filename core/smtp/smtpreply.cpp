#include "smtp/smtpreply.h"

#include "base/printable.h"

#include <cstring>

namespace mailflow {

namespace {
/** Calls visit with the bytes of each line of raw after its code and separator, until it returns false. */
template<typename Visit> void forEachLine(const QByteArray &raw, Visit visit)
{
    const char *at = raw.constData();
    const char *const end = at + raw.size();
    while (at < end) {
        const auto *lf = static_cast<const char *>(memchr(at, '\n', size_t(end - at)));
        const char *next = lf ? lf + 1 : end;
        // A line ended by CR LF keeps the one CR before the LF out; a bare CR inside a line stays.
        const char *lineEnd = lf && lf > at && lf[-1] == '\r' ? lf - 1 : (lf ? lf : end);
        constexpr qsizetype CodeAndSeparator = 4;
        const qsizetype length = lineEnd - at;
        const QByteArrayView text = length > CodeAndSeparator
            ? QByteArrayView(at + CodeAndSeparator, length - CodeAndSeparator)
            : QByteArrayView();
        if (!visit(text))
            return;
        at = next;
    }
}

qsizetype readNumber(QStringView text, qsizetype from, int maxDigits, int *value)
{
    qsizetype i = from;
    int v = 0;
    while (i < text.size() && i - from < maxDigits) {
        // ASCII digits without the Unicode table look-up; other digits keep counting as digits.
        const char16_t c = text[i].unicode();
        if (c >= u'0' && c <= u'9')
            v = v * 10 + (c - u'0');
        else if (text[i].isDigit())
            v = v * 10 + text[i].digitValue();
        else
            break;
        ++i;
    }
    *value = v;
    return i - from;
}
} // namespace

QString EnhancedStatus::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1.%2.%3").arg(statusClass).arg(subject).arg(detail);
}

EnhancedStatus EnhancedStatus::parse(QStringView text, qsizetype *length)
{
    EnhancedStatus status;
    if (length)
        *length = 0;
    if (text.size() < 5)
        return status;
    const QChar first = text[0];
    if (first != u'2' && first != u'4' && first != u'5')
        return status;
    if (text[1] != u'.')
        return status;
    int subject = 0;
    const qsizetype subjectDigits = readNumber(text, 2, 3, &subject);
    if (subjectDigits == 0)
        return status;
    qsizetype pos = 2 + subjectDigits;
    if (pos >= text.size() || text[pos] != u'.')
        return status;
    int detail = 0;
    const qsizetype detailDigits = readNumber(text, pos + 1, 3, &detail);
    if (detailDigits == 0)
        return status;
    pos += 1 + detailDigits;
    if (pos < text.size() && !text[pos].isSpace())
        return status;
    status.statusClass = first.digitValue();
    status.subject = subject;
    status.detail = detail;
    if (length)
        *length = pos;
    return status;
}

qsizetype SmtpReply::lineCount() const
{
    qsizetype count = 0;
    forEachLine(raw, [&](QByteArrayView) { return ++count, true; });
    return count;
}

QString SmtpReply::line(qsizetype i) const
{
    QString found;
    forEachLine(raw, [&](QByteArrayView text) {
        if (i-- > 0)
            return true;
        found = printableText(text);
        return false;
    });
    return found;
}

QStringList SmtpReply::lines() const
{
    QStringList all;
    forEachLine(raw, [&](QByteArrayView text) {
        all << printableText(text);
        return true;
    });
    return all;
}

void SmtpReply::setLines(const QStringList &lines)
{
    // Always three digits, so each line's text starts four bytes in whatever the code.
    const QByteArray digits = QByteArray::number(qBound(0, code, 999)).rightJustified(3, '0');
    raw.clear();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        // A line given here has no line break of its own, or it would read back as two.
        raw += digits + (i + 1 < lines.size() ? '-' : ' ') + printableString(lines.at(i)).toUtf8() + "\r\n";
    }
}

QString SmtpReply::text() const
{
    const QStringList all = lines();
    QStringList parts;
    parts.reserve(all.size());
    for (const QString &line : all) {
        qsizetype length = 0;
        if (EnhancedStatus::parse(line, &length).isValid())
            parts << line.mid(length).trimmed();
        else
            parts << line.trimmed();
    }
    return parts.join(u' ');
}

QString SmtpReply::summary() const
{
    const QString first = line(0);
    return first.isEmpty() ? QString::number(code) : QStringLiteral("%1 %2").arg(code).arg(first);
}

} // namespace mailflow
