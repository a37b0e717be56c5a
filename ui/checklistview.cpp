#include "checklistview.h"

#include "checklistmodel.h"
#include "diagnosis/testdiagnosis.h"
#include "smtp/checklist.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mailflow {

namespace {
/** Orders rows as the conversation reaches them: by rank, then in the order they were added. */
class ConversationOrder : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int a = left.data(ChecklistModel::ConversationRankRole).toInt();
        const int b = right.data(ChecklistModel::ConversationRankRole).toInt();
        if (a != b)
            return a < b;
        return left.row() < right.row();
    }
};
} // namespace

ChecklistView::ChecklistView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(this))
    , m_proxy(new ConversationOrder(this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
{
    m_model->setPalette(palette());
    m_table->setObjectName(QStringLiteral("checklistTable"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setDynamicSortFilter(true);
    m_proxy->sort(0);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
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

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetail();
        Checklist *checklist = m_model->checklist();
        const int row = sourceRow();
        if (checklist && row >= 0 && row < checklist->count())
            Q_EMIT entriesSelected(checklist->at(row).firstEntry, checklist->at(row).lastEntry);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        if (topLeft.row() == sourceRow())
            showDetail();
    });
}

void ChecklistView::setChecklist(Checklist *checklist)
{
    m_model->setChecklist(checklist);
}

void ChecklistView::selectRow(int row)
{
    m_table->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, ChecklistModel::StepColumn)));
}

int ChecklistView::sourceRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void ChecklistView::showDetail()
{
    const int row = sourceRow();
    Checklist *checklist = m_model->checklist();
    if (!checklist || row < 0 || row >= checklist->count()) {
        m_detail->setText(tr("Select a row to see what it means."));
        return;
    }
    const Milestone &m = checklist->at(row);
    QString html = QStringLiteral("<b>%1</b> — %2")
                       .arg(m.title().toHtmlEscaped(), Checklist::stateName(m.state).toHtmlEscaped());
    const QString reply = m.reply.isValid() ? m.reply.summary() : m.summary;
    if (!reply.isEmpty())
        html += QStringLiteral("<br>%1").arg(tr("Reply: %1").arg(reply).toHtmlEscaped());
    if (!m.diagnosis.meaning.isEmpty())
        html += QStringLiteral("<br>%1").arg(m.diagnosis.meaning.toHtmlEscaped());
    if (!m.diagnosis.nextStep.isEmpty())
        html += QStringLiteral("<br><i>%1</i>").arg(tr("Next: %1").arg(m.diagnosis.nextStep).toHtmlEscaped());
    if ((m.state == MilestoneState::Failed || m.state == MilestoneState::Warning) && m.reply.isValid()) {
        const TestDiagnosis d = diagnoseReply(m.reply, m.kind);
        html
            += QStringLiteral("<br><b>%1</b>")
                   .arg(tr("Cause: %1 — who must act: %2").arg(causeTitle(d.cause), actorTitle(d.who)).toHtmlEscaped());
        if (d.deferred)
            html += QStringLiteral("<br>%1").arg(tr("Deferred, not failed: retry later.").toHtmlEscaped());
        html += QStringLiteral(" <small>(%1)</small>").arg(d.ruleId.toHtmlEscaped());
    }
    m_detail->setText(html);
}

void ChecklistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace mailflow
