#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace mailflow {

class Transcript;
class TranscriptModel;

/** The live transcript: monospaced lines with a marker and colour per direction,
 *  relative timestamps, search (Ctrl+F), copy, and highlighting of a checklist item's lines. */
class TranscriptView : public QWidget
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setTranscript(Transcript *transcript);
    TranscriptModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *timestampsBox() const { return m_timestamps; }

    /** Scrolls to entries first..last, selects and highlights them. */
    void showEntries(int first, int last);
    /** Finds the next (or previous) line containing the search text; false when none. */
    bool findNext(bool backwards = false);
    /** The selected lines as text, one per line. */
    QString selectedText() const;
    void copySelection();

protected:
    void changeEvent(QEvent *event) override;

private:
    void onRowsInserted();

    TranscriptModel *m_model;
    QListView *m_list;
    QCheckBox *m_timestamps;
    QLineEdit *m_search;
    QToolButton *m_previous;
    QToolButton *m_next;
    QToolButton *m_copy;
    QLabel *m_searchStatus;
    bool m_follow = true;
};

} // namespace mailflow
