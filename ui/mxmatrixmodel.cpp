#include "mxmatrixmodel.h"

#include "checks/addressfamilycheck.h"
#include "mx/mxtestrunner.h"
#include "statusicons.h"

namespace mailflow {

MxMatrixModel::MxMatrixModel(MxTestRunner *runner, QObject *parent)
    : QAbstractTableModel(parent)
    , m_runner(runner)
{
    connect(runner, &MxTestRunner::started, this, [this] {
        beginResetModel();
        m_families.clear();
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
    connect(runner, &MxTestRunner::rowChanged, this, [this](int row) {
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        updateFamilies();
    });
}

CheckFindings MxMatrixModel::familyFindings() const
{
    CheckFindings findings;
    QStringList seen;
    for (int i = 0; i < m_runner->rowCount(); ++i) {
        const QString &host = m_runner->row(i).host;
        if (!seen.contains(host) && m_families.contains(host))
            findings << m_families.value(host);
        seen << host;
    }
    return findings;
}

void MxMatrixModel::updateFamilies()
{
    QHash<QString, CheckFinding> families;
    for (int i = 0; i < m_runner->rowCount(); ++i) {
        const QString &host = m_runner->row(i).host;
        if (families.contains(host))
            continue;
        QList<AddressFamilyRow> rows;
        for (int j = 0; j < m_runner->rowCount(); ++j) {
            const MxTestRow &r = m_runner->row(j);
            if (r.host == host && r.isDone())
                rows << AddressFamilyRow {r.host, r.address, r.exitCode == 0, r.outcome.sentence};
        }
        const CheckFindings found = addressFamilyFindings(rows);
        if (!found.isEmpty())
            families.insert(host, found.first());
    }
    bool same = families.size() == m_families.size();
    for (auto it = families.cbegin(); same && it != families.cend(); ++it)
        same = m_families.contains(it.key());
    if (same)
        return;
    m_families = families;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 1), index(rowCount() - 1, 1));
}

const CheckFinding *MxMatrixModel::familyMismatch(const MxTestRow &row) const
{
    const auto it = m_families.constFind(row.host);
    if (it == m_families.cend() || !row.isDone() || row.exitCode == 0)
        return nullptr;
    return &it.value();
}

QVariant MxMatrixModel::addressData(const MxTestRow &row, int role) const
{
    const QString address = row.address.isNull() ? tr("no address") : row.address.toString();
    const CheckFinding *mismatch = familyMismatch(row);
    switch (role) {
    case Qt::DisplayRole:
        if (!mismatch)
            return address;
        return row.address.protocol() == QAbstractSocket::IPv6Protocol
            ? tr("%1 — fails over IPv6, passes over IPv4").arg(address)
            : tr("%1 — fails over IPv4, passes over IPv6").arg(address);
    case Qt::ToolTipRole:
        return mismatch ? QStringList {mismatch->sentence, mismatch->steps.join(u'\n')}.join(u'\n') : address;
    case Qt::DecorationRole:
        return mismatch ? StatusIcons::stateIcon(MilestoneState::Warning) : QVariant();
    case FamilyMismatchRole:
        return mismatch != nullptr;
    default:
        return {};
    }
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
    if (index.column() == 1)
        return addressData(row, role);
    if (index.column() == 0) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        return tr("%1 (%2)").arg(row.displayHost).arg(row.preference);
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
