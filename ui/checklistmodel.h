#pragma once

#include "checks/checkfinding.h"
#include "smtp/checklist.h"

#include <QAbstractTableModel>
#include <QPalette>
#include <QPointer>

namespace mailflow {

/** One row per milestone (one per recipient): state icon and word, step, expected code,
 *  the reply received and the time it took. After them, the findings of the checks around the conversation:
 *  a heading row per check, then its findings (severity in words and icon, title, sentence, time). */
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StateColumn, StepColumn, ExpectedColumn, ReplyColumn, TimeColumn, ColumnCount };
    enum Roles {
        MilestoneStateRole = Qt::UserRole + 1,
        MilestoneKindRole,
        /** Where the row falls in a conversation: by kind, EHLO after STARTTLS after the handshake. */
        ConversationRankRole,
        /** A finding's CheckSeverity; none on milestone and heading rows. */
        FindingSeverityRole,
        /** The check id of a finding or heading row; none on milestone rows. */
        CheckIdRole,
        /** Whether the row is a check's group heading. */
        GroupHeadingRole,
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setChecklist(Checklist *checklist);
    Checklist *checklist() const { return m_checklist; }
    void setPalette(const QPalette &palette);
    /** Replaces the finding rows (registry order, as CheckRunner::findings() gives them). */
    void setFindings(const CheckFindings &findings);
    const CheckFindings &findings() const { return m_findings; }
    /** The finding shown on row, nullptr for a milestone or heading row. */
    const CheckFinding *findingAt(int row) const;
    /** Whether row is a finding or a group heading rather than a milestone. */
    bool isCheckRow(int row) const { return row >= m_rows && row < m_rows + int(m_checkRows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** "0.12 s" / "1 min 3 s"; empty for a step that has not run. */
    static QString durationText(qint64 ms);

private:
    struct CheckRow
    {
        QString checkId;
        /** Index in m_findings; -1 for the group's heading. */
        int finding = -1;
    };
    QVariant checkRowData(const CheckRow &row, int column, int role) const;

    QPointer<Checklist> m_checklist;
    /** The milestone rows; the check rows follow them. */
    int m_rows = 0;
    CheckFindings m_findings;
    QList<CheckRow> m_checkRows;
    QPalette m_palette;
};

} // namespace mailflow
