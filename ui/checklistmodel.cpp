#include "checklistmodel.h"

#include "checks/checkregistry.h"
#include "statusicons.h"

#include <QFont>

#include <climits>

namespace mailflow {

namespace {
/** The icon and colour a finding borrows from the checklist's states; its word is its own. */
struct SeverityLook
{
    CheckSeverity severity;
    MilestoneState look;
};
constexpr SeverityLook severityLooks[] = {
    {CheckSeverity::Information, MilestoneState::Skipped}, {CheckSeverity::Passed, MilestoneState::Passed},
    {CheckSeverity::Warning, MilestoneState::Warning},     {CheckSeverity::Failure, MilestoneState::Failed},
    {CheckSeverity::NotAnswered, MilestoneState::Pending},
};

MilestoneState lookOf(CheckSeverity severity)
{
    for (const SeverityLook &l : severityLooks) {
        if (l.severity == severity)
            return l.look;
    }
    return MilestoneState::Skipped;
}

/** The time column's text, right-aligned. */
QVariant timeCell(const QString &text, int role)
{
    return role == Qt::DisplayRole ? QVariant(text) : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
}

/** After every milestone, whatever its kind. */
constexpr int checkRowsRank = INT_MAX;
} // namespace

ChecklistModel::ChecklistModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChecklistModel::setChecklist(Checklist *checklist)
{
    beginResetModel();
    if (m_checklist)
        disconnect(m_checklist, nullptr, this, nullptr);
    m_checklist = checklist;
    m_rows = checklist ? checklist->count() : 0;
    if (checklist) {
        connect(checklist, &Checklist::milestoneAdded, this, [this](int index) {
            if (index < m_rows)
                return;
            beginInsertRows({}, m_rows, index);
            m_rows = index + 1;
            endInsertRows();
        });
        connect(checklist, &Checklist::milestoneChanged, this, [this](int index) {
            if (index < m_rows)
                Q_EMIT dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
        });
        connect(checklist, &Checklist::cleared, this, [this] {
            beginResetModel();
            m_rows = 0;
            endResetModel();
        });
    }
    endResetModel();
}

void ChecklistModel::setFindings(const CheckFindings &findings)
{
    if (!m_checkRows.isEmpty()) {
        beginRemoveRows({}, m_rows, m_rows + int(m_checkRows.size()) - 1);
        m_checkRows.clear();
        m_findings.clear();
        endRemoveRows();
    }
    QList<CheckRow> rows;
    for (int i = 0; i < findings.size(); ++i) {
        const QString &id = findings.at(i).checkId;
        if (i == 0 || findings.at(i - 1).checkId != id)
            rows << CheckRow {id, -1};
        rows << CheckRow {id, i};
    }
    if (rows.isEmpty())
        return;
    beginInsertRows({}, m_rows, m_rows + int(rows.size()) - 1);
    m_findings = findings;
    m_checkRows = rows;
    endInsertRows();
}

const CheckFinding *ChecklistModel::findingAt(int row) const
{
    if (!isCheckRow(row))
        return nullptr;
    const int finding = m_checkRows.at(row - m_rows).finding;
    return finding >= 0 ? &m_findings.at(finding) : nullptr;
}

void ChecklistModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows + int(m_checkRows.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ChecklistModel::durationText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 60'000)
        return tr("%1 s").arg(QString::number(ms / 1000.0, 'f', ms < 10'000 ? 2 : 1));
    return tr("%1 min %2 s").arg(ms / 60'000).arg((ms % 60'000) / 1000);
}

QVariant ChecklistModel::checkRowData(const CheckRow &row, int column, int role) const
{
    if (role == CheckIdRole)
        return row.checkId;
    if (role == ConversationRankRole)
        return checkRowsRank;
    if (role == GroupHeadingRole)
        return row.finding < 0;
    if (row.finding < 0) { // the group's heading: the check's title, bold, in the step column
        if (column == StepColumn && (role == Qt::DisplayRole || role == Qt::AccessibleTextRole))
            return checkGroupTitle(row.checkId);
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const CheckFinding &f = m_findings.at(row.finding);
    if (role == FindingSeverityRole)
        return int(f.severity);
    const MilestoneState look = lookOf(f.severity);
    switch (column) {
    case StateColumn:
        if (role == Qt::DisplayRole)
            return checkSeverityTitle(f.severity);
        if (role == Qt::DecorationRole)
            return StatusIcons::stateIcon(look);
        if (role == Qt::ForegroundRole)
            return StatusIcons::stateColor(look, m_palette);
        break;
    case StepColumn:
        if (role == Qt::DisplayRole)
            return f.title;
        if (role == Qt::AccessibleTextRole)
            return tr("%1: %2. %3").arg(f.title, checkSeverityTitle(f.severity), f.sentence);
        break;
    case ReplyColumn:
        if (role == Qt::DisplayRole)
            return f.sentence;
        if (role == Qt::ForegroundRole
            && (f.severity == CheckSeverity::Failure || f.severity == CheckSeverity::Warning))
            return StatusIcons::stateColor(look, m_palette);
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole || role == Qt::TextAlignmentRole)
            return timeCell(durationText(f.durationMs), role);
        break;
    default:
        break;
    }
    if (role == Qt::ToolTipRole) {
        QStringList tip {f.sentence};
        if (f.who != Actor::Nobody)
            tip << tr("Who must act: %1").arg(actorTitle(f.who));
        for (const QString &step : f.steps)
            tip << tr("Next: %1").arg(step);
        return tip.join(u'\n');
    }
    return {};
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (isCheckRow(index.row()))
        return checkRowData(m_checkRows.at(index.row() - m_rows), index.column(), role);
    if (!m_checklist || index.row() >= m_rows || index.row() >= m_checklist->count())
        return {};
    const Milestone &m = m_checklist->at(index.row());
    if (role == MilestoneStateRole)
        return int(m.state);
    if (role == MilestoneKindRole)
        return int(m.kind);
    if (role == ConversationRankRole)
        return m.conversationRank();
    switch (index.column()) {
    case StateColumn:
        if (role == Qt::DisplayRole)
            return Checklist::stateName(m.state);
        if (role == Qt::DecorationRole)
            return StatusIcons::stateIcon(m.state);
        if (role == Qt::ForegroundRole)
            return StatusIcons::stateColor(m.state, m_palette);
        break;
    case StepColumn:
        if (role == Qt::DisplayRole)
            return m.title();
        // A screen reader reads the row from its step: the state in words and the reply with it.
        if (role == Qt::AccessibleTextRole)
            return tr("%1: %2. %3")
                .arg(m.title(), Checklist::stateName(m.state), m.reply.isValid() ? m.reply.summary() : m.summary);
        break;
    case ExpectedColumn:
        if (role == Qt::DisplayRole)
            return m.expected;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignCenter);
        break;
    case ReplyColumn:
        if (role == Qt::DisplayRole) {
            if (m.reply.isValid())
                return m.reply.summary();
            return m.summary;
        }
        if (role == Qt::ForegroundRole && (m.state == MilestoneState::Failed || m.state == MilestoneState::Warning))
            return StatusIcons::stateColor(m.state, m_palette);
        break;
    case TimeColumn:
        if (role == Qt::DisplayRole || role == Qt::TextAlignmentRole)
            return timeCell(m.isFinished() ? durationText(m.durationMs) : QString(), role);
        break;
    default:
        break;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = m.summary;
        if (!m.diagnosis.meaning.isEmpty())
            tip += u'\n' + m.diagnosis.meaning;
        return tip;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn:
        return tr("State");
    case StepColumn:
        return tr("Step");
    case ExpectedColumn:
        return tr("Expected");
    case ReplyColumn:
        return tr("Reply");
    case TimeColumn:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace mailflow
