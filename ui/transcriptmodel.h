#pragma once

#include "smtp/transcript.h"

#include <QAbstractListModel>
#include <QFont>
#include <QPalette>
#include <QPointer>
#include <QTimer>

namespace mailflow {

/**
 * A list model over a Transcript. New entries are announced in batches from a short timer,
 * so a burst of thousands of lines costs one insertRows; the model is never rebuilt.
 */
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles { DirectionRole = Qt::UserRole + 1, PlainTextRole };

    explicit TranscriptModel(QObject *parent = nullptr);

    void setTranscript(Transcript *transcript);
    Transcript *transcript() const { return m_transcript; }

    void setShowTimestamps(bool show);
    bool showTimestamps() const { return m_showTimestamps; }
    /** Rows first..last are drawn highlighted (a checklist item's lines); -1 clears. */
    void setHighlight(int first, int last);
    void setPalette(const QPalette &palette);
    /** Announces pending entries now instead of at the next timer tick. */
    void flush();

    /** "C: EHLO host" or "+0.123  C: EHLO host" as the row shows it. */
    QString lineText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    void onAppended();
    void onCleared();

    QPointer<Transcript> m_transcript;
    QTimer m_batch;
    int m_rows = 0;
    bool m_showTimestamps = false;
    int m_highlightFirst = -1;
    int m_highlightLast = -1;
    QPalette m_palette;
    QFont m_font;
};

} // namespace mailflow
