#pragma once

#include <QDialog>
#include <QStringList>

class QLabel;
class QListWidget;

namespace mailflow {

/** "What changed" after a rerun of a profile, against its previous run. */
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CompareDialog(QWidget *parent = nullptr);

    /** heading names the two runs; lines are runChangesToText() (which says so when nothing changed). */
    void setComparison(const QString &heading, const QStringList &lines);

    QLabel *headingLabel() const { return m_heading; }
    QListWidget *changeList() const { return m_list; }

private:
    QLabel *m_heading;
    QListWidget *m_list;
};

} // namespace mailflow
