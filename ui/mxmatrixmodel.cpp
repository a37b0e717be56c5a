#include "mxmatrixmodel.h"

#include "mx/mxtestrunner.h"
#include "statusicons.h"

namespace mailflow {

MxMatrixModel::MxMatrixModel(MxTestRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    connect(runner, &MxTestRunner::started, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(runner, &MxTestRunner::columnsChanged, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(runner, &MxTestRunner::rowAdded, this, [this](int row) {
        // The runner already holds the row: a reset keeps the view consistent.
        Q_UNUSED(row)
        beginResetModel();
        endResetModel();
    });
    connect(runner, &MxTestRunner::rowChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1)); });
}

int MxMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_runner->rowCount();
}

int MxMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : causeColumn() + 1;
}

int MxMatrixModel::causeColumn() const
{
    return FixedColumns + int(m_runner->columns().size());
}

QVariant MxMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_runner->rowCount())
        return {};
    const MxTestRow &row = m_runner->row(index.row());
    if (index.column() < FixedColumns) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        if (index.column() == 0)
            return tr("%1 (%2)").arg(row.displayHost).arg(row.preference);
        return row.address.isNull() ? tr("no address") : row.address.toString();
    }
    if (index.column() == causeColumn())
        return causeData(row, role);
    const int column = index.column() - FixedColumns;
    const Milestone m = m_runner->cell(index.row(), column);
    switch (role) {
    case Qt::DisplayRole:
        if (m.state == MilestoneState::Pending)
            return row.status == MxTestRow::Status::Queued ? tr("queued") : QString();
        return Checklist::stateName(m.state).toLower();
    case Qt::DecorationRole:
        return StatusIcons::stateIcon(m.state);
    case Qt::ToolTipRole:
        return m.summary.isEmpty() ? Checklist::stateName(m.state) : m.summary;
    case Qt::UserRole:
        return int(m.state);
    default:
        return {};
    }
}

QVariant MxMatrixModel::causeData(const MxTestRow &row, int role) const
{
    if (!row.isDone())
        return {};
    const TestDiagnosis &d = row.diagnosis;
    switch (role) {
    case Qt::DisplayRole:
        return causeTitle(d.cause);
    case Qt::ToolTipRole: {
        QStringList lines {d.sentence, tr("Who must act: %1").arg(actorTitle(d.who))};
        lines << d.nextSteps;
        return lines.join(u'\n');
    }
    case Qt::UserRole:
        return d.causeKey();
    default:
        return {};
    }
}

QVariant MxMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole && section >= FixedColumns && section - FixedColumns < m_runner->columns().size())
        return m_runner->columns().at(section - FixedColumns).title();
    if (role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("MX host (pref.)");
    if (section == 1)
        return tr("Address");
    if (section - FixedColumns < m_runner->columns().size())
        return m_runner->columns().at(section - FixedColumns).shortTitle();
    if (section == causeColumn())
        return tr("Cause");
    return {};
}

} // namespace mailflow
