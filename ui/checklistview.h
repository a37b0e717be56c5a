#pragma once

#include "checks/checkfinding.h"

#include <QWidget>

class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace mailflow {

class Checklist;
class ChecklistModel;

/** The checklist table, in conversation order (rows added later for a new recipient sort in place), with the
 * plain-language explanation of the selected row below it. */
class ChecklistView : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistView(QWidget *parent = nullptr);

    void setChecklist(Checklist *checklist);
    ChecklistModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QLabel *detailLabel() const { return m_detail; }
    void selectRow(int row);
    /** Shows the checks' findings as row groups after the conversation's rows. */
    void setFindings(const CheckFindings &findings);

Q_SIGNALS:
    /** A row was selected: its transcript entries first..last (-1 when none). */
    void entriesSelected(int first, int last);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showDetail();
    void showFindingDetail(int row);
    int sourceRow() const;

    ChecklistModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QLabel *m_detail;
};

} // namespace mailflow
