#include "checklistmodel.h"

#include "statusicons.h"

namespace mailflow {

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

void ChecklistModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, ColumnCount - 1), {Qt::ForegroundRole});
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
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

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_checklist || index.row() >= m_rows || index.row() >= m_checklist->count())
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
        if (role == Qt::DisplayRole)
            return m.isFinished() ? durationText(m.durationMs) : QString();
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
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
