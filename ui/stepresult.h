#pragma once

#include <QWidget>

class QLabel;

namespace mailflow {

struct Milestone;

/** What a step's reply means: state icon and word, the reply, the catalogue's explanation and next step. */
class StepResult : public QWidget
{
    Q_OBJECT
public:
    explicit StepResult(QWidget *parent = nullptr);

    /** Shows the milestone; nullptr or a pending one hides the widget. */
    void showMilestone(const Milestone *milestone);
    QString stateText() const;
    QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_state;
    QLabel *m_body;
};

} // namespace mailflow
