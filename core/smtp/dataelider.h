#pragma once

#include <QByteArray>
#include <QPair>
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
    static constexpr qsizetype MaxLineBytes = 4096;

    void completeLine(QStringList &shown);

    /** The start of the line being received (at most MaxLineBytes) and its full size so far. */
    QByteArray m_partial;
    qint64 m_partialSize = 0;
    qint64 m_lines = 0;
    qint64 m_omittedLines = 0;
    qint64 m_omittedBytes = 0;
    /** The last lines past the head: text (at most MaxLineBytes) and size on the wire. */
    QList<QPair<QByteArray, qint64>> m_tail;
};

} // namespace mailflow
