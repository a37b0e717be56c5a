#pragma once

#include "smtp/checklist.h"

#include <QAbstractTableModel>
#include <QPalette>
#include <QPointer>

namespace mailflow {

/** One row per milestone (one per recipient): state icon and word, step, expected code,
 *  the reply received and the time it took. */
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
    };

    explicit ChecklistModel(QObject *parent = nullptr);

    void setChecklist(Checklist *checklist);
    Checklist *checklist() const { return m_checklist; }
    void setPalette(const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /** "0.12 s" / "1 min 3 s"; empty for a step that has not run. */
    static QString durationText(qint64 ms);

private:
    QPointer<Checklist> m_checklist;
    int m_rows = 0;
    QPalette m_palette;
};

} // namespace mailflow
