#include "transcriptview.h"

#include "transcriptmodel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailflow {

TranscriptView::TranscriptView(QWidget *parent)
    : QWidget(parent)
    , m_model(new TranscriptModel(this))
    , m_list(new QListView(this))
    , m_timestamps(new QCheckBox(tr("Ti&mes"), this))
    , m_search(new QLineEdit(this))
    , m_previous(new QToolButton(this))
    , m_next(new QToolButton(this))
    , m_copy(new QToolButton(this))
    , m_searchStatus(new QLabel(this))
{
    m_model->setPalette(palette());
    m_list->setObjectName(QStringLiteral("transcriptList"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setLayoutMode(QListView::SinglePass);
    m_list->setAccessibleName(tr("Transcript"));

    auto *title = new QLabel(tr("<b>Transcript</b>"), this);
    m_timestamps->setToolTip(tr("Show the time of each line, relative to the start of the test"));
    m_search->setObjectName(QStringLiteral("transcriptSearch"));
    m_search->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find in transcript"));
    m_previous->setText(tr("Previous"));
    m_previous->setArrowType(Qt::UpArrow);
    m_previous->setToolTip(tr("Find previous (Shift+F3)"));
    m_next->setText(tr("Next"));
    m_next->setArrowType(Qt::DownArrow);
    m_next->setToolTip(tr("Find next (F3)"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected lines, or the whole transcript when none is selected"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(title);
    bar->addStretch(1);
    bar->addWidget(m_timestamps);
    bar->addWidget(m_search, 2);
    bar->addWidget(m_previous);
    bar->addWidget(m_next);
    bar->addWidget(m_searchStatus);
    bar->addWidget(m_copy);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WindowShortcut);
    addAction(findAction);
    connect(findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    auto *nextAction = new QAction(this);
    nextAction->setShortcut(QKeySequence::FindNext);
    nextAction->setShortcutContext(Qt::WindowShortcut);
    addAction(nextAction);
    connect(nextAction, &QAction::triggered, this, [this] { findNext(false); });
    auto *previousAction = new QAction(this);
    previousAction->setShortcut(QKeySequence::FindPrevious);
    previousAction->setShortcutContext(Qt::WindowShortcut);
    addAction(previousAction);
    connect(previousAction, &QAction::triggered, this, [this] { findNext(true); });
    auto *copyAction = new QAction(m_list);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    m_list->addAction(copyAction);
    connect(copyAction, &QAction::triggered, this, &TranscriptView::copySelection);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(m_search, &QLineEdit::textChanged, m_searchStatus, &QLabel::clear);
    connect(m_next, &QToolButton::clicked, this, [this] { findNext(false); });
    connect(m_previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(m_copy, &QToolButton::clicked, this, &TranscriptView::copySelection);
    connect(m_timestamps, &QCheckBox::toggled, m_model, &TranscriptModel::setShowTimestamps);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TranscriptView::onRowsInserted);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_follow = value >= m_list->verticalScrollBar()->maximum(); });
    // The range grows after the rows are laid out: stay at the bottom while following.
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_follow)
            m_list->verticalScrollBar()->setValue(max);
    });
}

void TranscriptView::setTranscript(Transcript *transcript)
{
    m_model->setTranscript(transcript);
    m_follow = true;
}

void TranscriptView::onRowsInserted()
{
    if (m_follow)
        m_list->scrollToBottom();
}

void TranscriptView::showEntries(int first, int last)
{
    m_model->flush();
    const int rows = m_model->rowCount();
    if (first < 0 || rows == 0) {
        m_model->setHighlight(-1, -1);
        return;
    }
    first = qMin(first, rows - 1);
    last = qBound(first, last, rows - 1);
    m_model->setHighlight(first, last);
    m_follow = false;
    const QModelIndex top = m_model->index(first);
    m_list->selectionModel()->select(QItemSelection(top, m_model->index(last)), QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(m_model->index(last), QAbstractItemView::EnsureVisible);
    m_list->scrollTo(top, QAbstractItemView::EnsureVisible);
}

bool TranscriptView::findNext(bool backwards)
{
    const QString needle = m_search->text();
    const int rows = m_model->rowCount();
    if (needle.isEmpty() || rows == 0)
        return false;
    const QModelIndex current = m_list->currentIndex();
    int start = current.isValid() ? current.row() : (backwards ? rows : -1);
    for (int step = 1; step <= rows; ++step) {
        const int row = ((backwards ? start - step : start + step) % rows + rows) % rows;
        if (m_model->lineText(row).contains(needle, Qt::CaseInsensitive)) {
            const QModelIndex index = m_model->index(row);
            m_follow = false;
            m_list->setCurrentIndex(index);
            m_list->scrollTo(index, QAbstractItemView::PositionAtCenter);
            m_searchStatus->clear();
            return true;
        }
    }
    m_searchStatus->setText(tr("Not found"));
    return false;
}

QString TranscriptView::selectedText() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_list->selectionModel()->selectedIndexes())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows << row;
    }
    QStringList lines;
    lines.reserve(rows.size());
    for (const int row : std::as_const(rows))
        lines << m_model->lineText(row);
    return lines.join(u'\n');
}

void TranscriptView::copySelection()
{
    QApplication::clipboard()->setText(selectedText());
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace mailflow
