#pragma once

#include <QAbstractTableModel>

namespace mailflow {

class MxTestRunner;

/** The "test all MX" matrix: one row per tested address, Host, Address, then one column per milestone. */
class MxMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int FixedColumns = 2;

    explicit MxMatrixModel(MxTestRunner *runner, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MxTestRunner *m_runner;
};

} // namespace mailflow
