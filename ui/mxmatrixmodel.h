#pragma once

#include <QAbstractTableModel>

namespace mailflow {

class MxTestRunner;
struct MxTestRow;

/** The "test all MX" matrix: one row per tested address, Host, Address, one column per milestone, then the
 *  row's diagnosed cause (UserRole: the cause key). */
class MxMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int FixedColumns = 2;

    explicit MxMatrixModel(MxTestRunner *runner, QObject *parent = nullptr);

    /** The column of the cause, after the milestones. */
    int causeColumn() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant causeData(const MxTestRow &row, int role) const;

    MxTestRunner *m_runner;
};

} // namespace mailflow
