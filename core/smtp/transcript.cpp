#include "smtp/transcript.h"

#include "base/enumtable.h"
#include "base/printable.h"

#include <QCoreApplication>

namespace mailflow {

Transcript::Transcript(QObject *parent)
    : QObject(parent)
{
    restartClock();
}

void Transcript::restartClock()
{
    m_clock.start();
    m_startedAtUtc = QDateTime::currentDateTimeUtc();
}

void Transcript::clear()
{
    m_entries.clear();
    restartClock();
    Q_EMIT cleared();
}

int Transcript::append(Direction direction, const QString &text)
{
    TranscriptEntry entry;
    entry.direction = direction;
    entry.elapsedMs = m_clock.elapsed();
    // From the monotonic clock in UTC: asking for the local time would read the zone file per line.
    entry.wallTime = m_startedAtUtc.addMSecs(entry.elapsedMs);
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

QString TranscriptEntry::clockTime() const
{
    return wallTime.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
}

qint64 Transcript::elapsedMs() const
{
    return m_clock.elapsed();
}

namespace {
struct DirectionRow
{
    Transcript::Direction value;
    /** The direction's name in JSON. */
    const char *key;
    /** Printed before each line of the text transcript. */
    const char *marker;
    /** Who said it, in words (what a screen reader reads before the line). */
    const char *title;
};

constexpr DirectionRow directions[]
    = {{Transcript::Direction::Client, "client", "C:", QT_TRANSLATE_NOOP("mailflow::Transcript", "Mailflow sent")},
       {Transcript::Direction::Server, "server", "S:", QT_TRANSLATE_NOOP("mailflow::Transcript", "Server replied")},
       {Transcript::Direction::Info, "info", "*", QT_TRANSLATE_NOOP("mailflow::Transcript", "Note")},
       {Transcript::Direction::Warning, "warning", "!", QT_TRANSLATE_NOOP("mailflow::Transcript", "Warning")},
       {Transcript::Direction::Error, "error", "x", QT_TRANSLATE_NOOP("mailflow::Transcript", "Error")}};
} // namespace

QString Transcript::marker(Direction direction)
{
    const DirectionRow *row = findEnum(directions, direction);
    return row ? QString::fromLatin1(row->marker) : QString();
}

QString Transcript::directionName(Direction direction)
{
    return enumKey(directions, direction);
}

QString Transcript::directionTitle(Direction direction)
{
    const DirectionRow *row = findEnum(directions, direction);
    return row ? QCoreApplication::translate("mailflow::Transcript", row->title) : QString();
}

QString Transcript::terminalLine(const TranscriptEntry &entry)
{
    return QStringLiteral("[%1] %2 %3")
        .arg(QStringLiteral("%1").arg(entry.elapsedMs / 1000.0, 8, 'f', 3), marker(entry.direction),
             printableString(entry.text));
}

} // namespace mailflow
