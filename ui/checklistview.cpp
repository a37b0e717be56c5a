#include "checklistview.h"

#include "checklistmodel.h"
#include "diagnosis/testdiagnosis.h"
#include "smtp/checklist.h"
#include "smtp/testplan.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mailflow {

namespace {
/**
 * Orders rows as the conversation reaches them: by rank, then in the order they were added. When STARTTLS
 * was skipped (not offered, or the test ended before it), the TLS handshake and the EHLO after STARTTLS
 * were skipped for the same reason: they fold into the STARTTLS row, which names all three. Only the
 * window folds them; reports keep every row.
 */
class ConversationOrder : public QSortFilterProxyModel
{
public:
    explicit ConversationOrder(ChecklistModel *model, QObject *parent)
        : QSortFilterProxyModel(parent)
        , m_model(model)
    {
        setSourceModel(model);
        // A STARTTLS row that becomes (or stops being) skipped shows or hides its followers, and the
        // followers' state changes the STARTTLS row's title.
        connect(model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
            const Milestone *m = milestone(topLeft.row());
            if (m
                && (m->kind == MilestoneKind::StartTls || m->kind == MilestoneKind::Tls
                    || m->kind == MilestoneKind::Ehlo))
                invalidateRowsFilter();
        });
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == ChecklistModel::StepColumn) {
            const int row = mapToSource(index).row();
            const Milestone *m = milestone(row);
            if (m && m->kind == MilestoneKind::StartTls && m->state == MilestoneState::Skipped) {
                QStringList titles {m->title()};
                const Checklist *checklist = m_model->checklist();
                for (int i = 0; i < checklist->count(); ++i)
                    if (i != row && isFolded(i))
                        titles << checklist->at(i).title();
                if (titles.size() > 1)
                    return titles.join(QStringLiteral(", "));
            }
        }
        return QSortFilterProxyModel::data(index, role);
    }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &) const override { return !isFolded(sourceRow); }

    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override
    {
        const int a = left.data(ChecklistModel::ConversationRankRole).toInt();
        const int b = right.data(ChecklistModel::ConversationRankRole).toInt();
        if (a != b)
            return a < b;
        return left.row() < right.row();
    }

private:
    const Milestone *milestone(int row) const
    {
        const Checklist *checklist = m_model->checklist();
        return checklist && row >= 0 && row < checklist->count() ? &checklist->at(row) : nullptr;
    }

    /** A skipped TLS handshake or EHLO after STARTTLS, with the STARTTLS row skipped too. */
    bool isFolded(int row) const
    {
        const Milestone *m = milestone(row);
        if (!m || m->state != MilestoneState::Skipped)
            return false;
        const bool follower = m->kind == MilestoneKind::Tls
            || (m->kind == MilestoneKind::Ehlo
                && m->subject.compare(TestPlan::afterStartTlsSubject(), Qt::CaseInsensitive) == 0);
        if (!follower)
            return false;
        const int startTls = m_model->checklist()->indexOf(MilestoneKind::StartTls);
        return startTls >= 0 && m_model->checklist()->at(startTls).state == MilestoneState::Skipped;
    }

    ChecklistModel *m_model;
};
} // namespace

ChecklistView::ChecklistView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(this))
    , m_proxy(new ConversationOrder(m_model, this))
    , m_table(new QTableView(this))
    , m_detail(new QLabel(this))
{
    m_model->setPalette(palette());
    m_table->setObjectName(QStringLiteral("checklistTable"));
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
        if (checklist && row >= 0 && row < checklist->count() && !m_model->isCheckRow(row))
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

void ChecklistView::setFindings(const CheckFindings &findings)
{
    m_model->setFindings(findings);
}

void ChecklistView::showDetail()
{
    const int row = sourceRow();
    if (m_model->isCheckRow(row)) {
        showFindingDetail(row);
        return;
    }
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

void ChecklistView::showFindingDetail(int row)
{
    const CheckFinding *f = m_model->findingAt(row);
    if (!f) { // a group's heading
        m_detail->setText(QStringLiteral("<b>%1</b>")
                              .arg(m_model->index(row, ChecklistModel::StepColumn).data().toString().toHtmlEscaped()));
        return;
    }
    QString html = QStringLiteral("<b>%1</b> — %2<br>%3")
                       .arg(f->title.toHtmlEscaped(), checkSeverityTitle(f->severity).toHtmlEscaped(),
                            f->sentence.toHtmlEscaped());
    if (f->who != Actor::Nobody)
        html += QStringLiteral("<br><b>%1</b>").arg(tr("Who must act: %1").arg(actorTitle(f->who)).toHtmlEscaped());
    for (const QString &step : f->steps)
        html += QStringLiteral("<br><i>%1</i>").arg(tr("Next: %1").arg(step).toHtmlEscaped());
    for (const QString &line : f->evidence)
        html += QStringLiteral("<br><small><tt>%1</tt></small>").arg(line.toHtmlEscaped());
    m_detail->setText(html);
}

void ChecklistView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_model->setPalette(palette());
    QWidget::changeEvent(event);
}

} // namespace mailflow
