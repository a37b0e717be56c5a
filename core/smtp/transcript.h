#pragma once

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QString>

namespace mailflow {

struct TranscriptEntry
{
    enum class Direction { Client, Server, Info, Warning, Error };

    Direction direction = Direction::Info;
    /** Milliseconds since the transcript started. */
    qint64 elapsedMs = 0;
    /** When the line went over the wire; the engine records it in UTC. */
    QDateTime wallTime;
    QString text;

    /** The wall time in the local zone as reports print it (HH:mm:ss.zzz). */
    QString clockTime() const;
};

/** Every line sent and received, in order: the single source for views and exports. */
class Transcript : public QObject
{
    Q_OBJECT
public:
    using Direction = TranscriptEntry::Direction;

    explicit Transcript(QObject *parent = nullptr);

    /** Empties the transcript and restarts its clock. */
    void clear();
    int append(Direction direction, const QString &text);
    /** Adds an entry as it was recorded elsewhere (history, reloaded runs). */
    int appendRecorded(const TranscriptEntry &entry);

    const QList<TranscriptEntry> &entries() const { return m_entries; }
    int count() const { return int(m_entries.size()); }
    qint64 elapsedMs() const;
    QDateTime startedAt() const { return m_startedAtUtc.toLocalTime(); }

    /** "C", "S", "*", "!", "x": the marker printed before each line in text forms. */
    static QString marker(Direction direction);
    static QString directionName(Direction direction);
    /** "Server replied", translated. */
    static QString directionTitle(Direction direction);
    /** "[   1.234] S: 250 OK" for a terminal: the text escaped, whatever an entry was given. */
    static QString terminalLine(const TranscriptEntry &entry);

Q_SIGNALS:
    void entryAppended(int index);
    void cleared();

private:
    void restartClock();

    QList<TranscriptEntry> m_entries;
    QElapsedTimer m_clock;
    QDateTime m_startedAtUtc;
};

} // namespace mailflow
