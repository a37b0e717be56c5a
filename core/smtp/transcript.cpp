#include "smtp/transcript.h"

namespace mailflow {

Transcript::Transcript(QObject *parent)
    : QObject(parent)
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTime();
}

void Transcript::clear()
{
    m_entries.clear();
    m_clock.restart();
    m_startedAt = QDateTime::currentDateTime();
    Q_EMIT cleared();
}

int Transcript::append(Direction direction, const QString &text)
{
    TranscriptEntry entry;
    entry.direction = direction;
    entry.elapsedMs = m_clock.elapsed();
    entry.wallTime = QDateTime::currentDateTime();
    entry.text = text;
    return appendRecorded(entry);
}

int Transcript::appendRecorded(const TranscriptEntry &entry)
{
    m_entries.append(entry);
    const int index = int(m_entries.size()) - 1;
    Q_EMIT entryAppended(index);
    return index;
}

qint64 Transcript::elapsedMs() const
{
    return m_clock.elapsed();
}

QString Transcript::marker(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("C:");
    case Direction::Server:
        return QStringLiteral("S:");
    case Direction::Info:
        return QStringLiteral("*");
    case Direction::Warning:
        return QStringLiteral("!");
    case Direction::Error:
        return QStringLiteral("x");
    }
    return {};
}

QString Transcript::directionName(Direction direction)
{
    switch (direction) {
    case Direction::Client:
        return QStringLiteral("client");
    case Direction::Server:
        return QStringLiteral("server");
    case Direction::Info:
        return QStringLiteral("info");
    case Direction::Warning:
        return QStringLiteral("warning");
    case Direction::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace mailflow
