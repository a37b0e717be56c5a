#pragma once

#include "checks/checkfinding.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mailflow {

class MxTestRunner;
struct MxTestRow;

/** The "test all MX" matrix: one row per tested address, Host, Address, one column per milestone, then the
 *  row's diagnosed cause (UserRole: the cause key). Where an MX fails over one address family and passes over
 *  the other, the failing rows' Address says so in words, with the warning icon and the usual causes. */
class MxMatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int FixedColumns = 2;
    enum Roles {
        /** On the Address column: the row is of the family that fails while the other passes. */
        FamilyMismatchRole = Qt::UserRole + 1,
    };

    explicit MxMatrixModel(MxTestRunner *runner, QObject *parent = nullptr);

    /** The column of the cause, after the milestones. */
    int causeColumn() const;
    /** IPv4 against IPv6 over the finished rows: one warning per host where only one family fails. */
    CheckFindings familyFindings() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant causeData(const MxTestRow &row, int role) const;
    QVariant addressData(const MxTestRow &row, int role) const;
    /** The address-family warning of row's host when row is on its failing side; none otherwise. */
    const CheckFinding *familyMismatch(const MxTestRow &row) const;
    void updateFamilies();

    MxTestRunner *m_runner;
    /** By host, the warning of addressFamilyFindings() for it. */
    QHash<QString, CheckFinding> m_families;
};

} // namespace mailflow
