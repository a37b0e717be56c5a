#include "smtp/dataelider.h"

#include "base/printable.h"

#include <QCoreApplication>

namespace mailflow {

QStringList DataElider::feed(QByteArrayView chunk)
{
    QStringList shown;
    qsizetype pos = 0;
    while (pos < chunk.size()) {
        const qsizetype lf = chunk.indexOf('\n', pos);
        const qsizetype end = lf < 0 ? chunk.size() : lf + 1;
        // Keep at most MaxLineBytes of a line; count the rest without copying it.
        const qsizetype room = MaxLineBytes - m_partial.size();
        if (room > 0)
            m_partial.append(chunk.sliced(pos, qMin(end - pos, room)));
        m_partialSize += end - pos;
        pos = end;
        if (lf >= 0)
            completeLine(shown);
    }
    return shown;
}

void DataElider::completeLine(QStringList &shown)
{
    QByteArray line = std::exchange(m_partial, {});
    const qint64 size = std::exchange(m_partialSize, 0);
    ++m_lines;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (m_lines <= HeadLines) {
        shown << printableText(line);
        return;
    }
    m_tail.append({line, size});
    if (m_tail.size() > TailLines) {
        m_omittedBytes += m_tail.first().second;
        m_tail.removeFirst();
        ++m_omittedLines;
    }
}

QStringList DataElider::finish()
{
    QStringList shown;
    if (m_partialSize > 0)
        completeLine(shown);
    if (m_omittedLines > 0) {
        // lupdate cannot read template arguments inside a translate() call: clamp the count first.
        const int omitted = m_omittedLines > INT_MAX ? INT_MAX : int(m_omittedLines);
        shown << QCoreApplication::translate("mailflow::DataElider",
                                             "[… %n lines (%1 bytes) of the message not shown …]", nullptr, omitted)
                     .arg(m_omittedBytes);
    }
    for (const auto &line : std::as_const(m_tail))
        shown << printableText(line.first);
    m_tail.clear();
    return shown;
}

} // namespace mailflow
