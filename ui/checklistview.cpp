#include "checklistview.h"

#include "checklist.h"
#include "checklistmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace mailflow {

ChecklistView::ChecklistView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
{
    m_model->setPalette(palette());
    m_table->setObjectName(QStringLiteral("checklistTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setAccessibleName(tr("Checklist"));
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(ChecklistModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::StepColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(ChecklistModel::ExpectedColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ChecklistModel::ReplyColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ChecklistModel::TimeColumn, QHeaderView::ResizeToContents);
    header->resizeSection(ChecklistModel::StepColumn, fontMetrics().horizontalAdvance(u'x') * 32);

    m_detail->setObjectName(QStringLiteral("checklistDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detail->setText(tr("Select a row to see what it means."));
    m_detail->setMargin(4);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumHeight(fontMetrics().height() * 4);

    auto *title = new QLabel(tr("<b>Checklist</b>"), this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_table, 3);
    layout->addWidget(scroll, 1);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        showDetail();
        Checklist *checklist = m_model->checklist();
        if (checklist && current.isValid() && current.row() < checklist->count())
            Q_EMIT entriesSelected(checklist->at(current.row()).firstEntry, checklist->at(current.row()).lastEntry);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == m_table->currentIndex().row())
            showDetail();
    });
}

void ChecklistView::setChecklist(Checklist *checklist)
{
    m_model->setChecklist(checklist);
}

void ChecklistView::selectRow(int row)
{
    m_table->setCurrentIndex(m_model->index(row, ChecklistModel::StepColumn));
}

void ChecklistView::showDetail()
{
    const int row = m_table->currentIndex().row();
    Checklist *checklist = m_model->checklist();
    if (!checklist || row < 0 || row >= checklist->count()) {
        m_detail->setText(tr("Select a row to see what it means."));
        return;
    }
    const Milestone &m = checklist->at(row);
    QString html = QStringLiteral("<b>%1</b> — %2").arg(m.title().toHtmlEscaped(),
                                                      Checklist::stateName(m.state).toHtmlEscaped());
    const QString reply = m.reply.isValid() ? m.reply.summary() : m.summary;
    if (!reply.isEmpty())
        html += QStringLiteral("<br>%1").arg(tr("Reply: %1").arg(reply).toHtmlEscaped());
    if (!m.diagnosis.meaning.isEmpty())
        html += QStringLiteral("<br>%1").arg(m.diagnosis.meaning.toHtmlEscaped());
    if (!m.diagnosis.nextStep.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(tr("Next: %1").arg(m.diagnosis.nextStep).toHtmlEscaped());
    m_detail->setText(html);
}

void ChecklistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace mailflow
