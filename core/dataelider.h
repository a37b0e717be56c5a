#pragma once

#include <QByteArray>
#include <QStringList>

namespace mailflow {

/**
 * Picks the lines of a message body that go into the transcript: the first HeadLines
 * in full, then a count of what was left out, then the last TailLines.
 */
class DataElider
{
public:
    static constexpr int HeadLines = 40;
    static constexpr int TailLines = 3;

    /** Feeds encoded message bytes; returns the lines to show now. */
    QStringList feed(QByteArrayView chunk);
    /** Call after the last chunk; returns the note on what was omitted and the tail lines. */
    QStringList finish();

private:
    void completeLine(QByteArray line, QStringList &shown);

    QByteArray m_partial;
    qint64 m_lines = 0;
    qint64 m_omittedLines = 0;
    qint64 m_omittedBytes = 0;
    QList<QByteArray> m_tail;
};

} // namespace mailflow
