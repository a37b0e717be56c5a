#include "transcriptmodel.h"

#include "base/printable.h"
#include "statusicons.h"

#include <QFontDatabase>

namespace mailflow {

namespace {
constexpr int BatchIntervalMs = 40;
}

TranscriptModel::TranscriptModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_font(QFontDatabase::systemFont(QFontDatabase::FixedFont))
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(BatchIntervalMs);
    connect(&m_batch, &QTimer::timeout, this, &TranscriptModel::flush);
}

void TranscriptModel::setTranscript(Transcript *transcript)
{
    beginResetModel();
    if (m_transcript)
        disconnect(m_transcript, nullptr, this, nullptr);
    m_transcript = transcript;
    m_rows = transcript ? transcript->count() : 0;
    m_highlightFirst = m_highlightLast = -1;
    if (transcript) {
        connect(transcript, &Transcript::entryAppended, this, &TranscriptModel::onAppended);
        connect(transcript, &Transcript::cleared, this, &TranscriptModel::onCleared);
    }
    endResetModel();
}

void TranscriptModel::onAppended()
{
    if (!m_batch.isActive())
        m_batch.start();
}

void TranscriptModel::flush()
{
    m_batch.stop();
    if (!m_transcript)
        return;
    const int count = m_transcript->count();
    if (count <= m_rows)
        return;
    beginInsertRows({}, m_rows, count - 1);
    m_rows = count;
    endInsertRows();
}

void TranscriptModel::onCleared()
{
    // Clearing is the one reset: there is nothing left to keep.
    m_batch.stop();
    beginResetModel();
    m_rows = 0;
    m_highlightFirst = m_highlightLast = -1;
    endResetModel();
}

void TranscriptModel::setShowTimestamps(bool show)
{
    if (show == m_showTimestamps)
        return;
    m_showTimestamps = show;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(m_rows - 1), {Qt::DisplayRole});
}

void TranscriptModel::setHighlight(int first, int last)
{
    const int oldFirst = m_highlightFirst;
    const int oldLast = m_highlightLast;
    m_highlightFirst = first;
    m_highlightLast = last;
    auto touch = [this](int a, int b) {
        a = qBound(0, a, m_rows - 1);
        b = qBound(0, b, m_rows - 1);
        if (m_rows > 0 && a <= b)
            Q_EMIT dataChanged(index(a), index(b), {Qt::BackgroundRole});
    };
    if (oldFirst >= 0)
        touch(oldFirst, oldLast);
    if (first >= 0)
        touch(first, last);
}

void TranscriptModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(m_rows - 1), {Qt::ForegroundRole, Qt::BackgroundRole});
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

QString TranscriptModel::lineText(int row) const
{
    if (!m_transcript || row < 0 || row >= m_rows)
        return {};
    const TranscriptEntry &entry = m_transcript->entries().at(row);
    QString marker = Transcript::marker(entry.direction);
    marker = marker.leftJustified(2, u' ');
    // Entries from the engine are escaped already; one reloaded from an older history may not be.
    const QString text = printableString(entry.text);
    if (!m_showTimestamps)
        return marker + u' ' + text;
    return QStringLiteral("+%1  %2 %3")
        .arg(QString::number(entry.elapsedMs / 1000.0, 'f', 3).rightJustified(8, u' '), marker, text);
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_transcript || index.row() >= m_rows)
        return {};
    const int row = index.row();
    const TranscriptEntry &entry = m_transcript->entries().at(row);
    switch (role) {
    case Qt::DisplayRole:
        return lineText(row);
    case PlainTextRole:
        return entry.text;
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(Transcript::directionTitle(entry.direction), entry.text);
    case DirectionRole:
        return int(entry.direction);
    case Qt::ForegroundRole:
        return StatusIcons::directionColor(entry.direction, m_palette);
    case Qt::BackgroundRole:
        if (row >= m_highlightFirst && row <= m_highlightLast && m_highlightFirst >= 0) {
            QColor c = m_palette.color(QPalette::Highlight);
            c.setAlpha(60);
            return c;
        }
        return {};
    case Qt::FontRole: {
        QFont font = m_font;
        if (entry.direction == TranscriptEntry::Direction::Error)
            font.setBold(true);
        return font;
    }
    case Qt::ToolTipRole:
        return entry.wallTime.toLocalTime().toString(Qt::ISODateWithMs);
    default:
        return {};
    }
}

} // namespace mailflow
