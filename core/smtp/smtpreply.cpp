#include "smtp/smtpreply.h"

namespace mailflow {

namespace {
qsizetype readNumber(QStringView text, qsizetype from, int maxDigits, int *value)
{
    qsizetype i = from;
    int v = 0;
    while (i < text.size() && i - from < maxDigits && text[i].isDigit()) {
        v = v * 10 + text[i].digitValue();
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

QString SmtpReply::text() const
{
    QStringList parts;
    parts.reserve(lines.size());
    for (const QString &line : lines) {
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
    const QString first = lines.isEmpty() ? QString() : lines.first();
    return first.isEmpty() ? QString::number(code) : QStringLiteral("%1 %2").arg(code).arg(first);
}

} // namespace mailflow
