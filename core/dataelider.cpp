#include "dataelider.h"

#include "printable.h"

#include <QCoreApplication>

namespace mailflow {

QStringList DataElider::feed(QByteArrayView chunk)
{
    QStringList shown;
    qsizetype pos = 0;
    while (pos < chunk.size()) {
        const qsizetype lf = chunk.indexOf('\n', pos);
        if (lf < 0) {
            if (m_partial.size() < 4096)
                m_partial.append(chunk.sliced(pos, qMin(chunk.size() - pos, 4096 - m_partial.size())));
            m_omittedBytes += qMax<qsizetype>(0, chunk.size() - pos - 4096);
            break;
        }
        if (m_lines >= HeadLines && m_partial.isEmpty() && lf - pos > 4096) {
            // A long line past the head: count it without copying it.
            m_omittedBytes += lf - pos + 1;
            m_tail.append(QByteArray("[long line]"));
            if (m_tail.size() > TailLines) {
                m_tail.removeFirst();
                ++m_omittedLines;
            }
            ++m_lines;
            pos = lf + 1;
            continue;
        }
        m_partial.append(chunk.sliced(pos, qMin<qsizetype>(lf - pos + 1, 4096)));
        completeLine(std::exchange(m_partial, {}), shown);
        pos = lf + 1;
    }
    return shown;
}

void DataElider::completeLine(QByteArray line, QStringList &shown)
{
    ++m_lines;
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (m_lines <= HeadLines) {
        shown << printableText(line);
        return;
    }
    m_tail.append(line);
    if (m_tail.size() > TailLines) {
        m_omittedBytes += m_tail.first().size() + 2;
        m_tail.removeFirst();
        ++m_omittedLines;
    }
}

QStringList DataElider::finish()
{
    QStringList shown;
    if (!m_partial.isEmpty())
        completeLine(std::exchange(m_partial, {}), shown);
    if (m_omittedLines > 0) {
        shown << QCoreApplication::translate("mailflow::DataElider", "[… %n lines (%1 bytes) of the message not shown …]",
                                             nullptr, int(qMin<qint64>(m_omittedLines, INT_MAX)))
                     .arg(m_omittedBytes);
    }
    for (const QByteArray &line : std::as_const(m_tail))
        shown << printableText(line);
    m_tail.clear();
    return shown;
}

} // namespace mailflow
