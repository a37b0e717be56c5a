#include "stepresult.h"

#include "smtp/checklist.h"
#include "statusicons.h"

#include <QGridLayout>
#include <QLabel>
#include <QStyle>

namespace mailflow {

StepResult::StepResult(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("stepResult"));
    m_state->setObjectName(QStringLiteral("stepResultState"));
    m_body->setObjectName(QStringLiteral("stepResultText"));
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->addWidget(m_icon, 0, 0, Qt::AlignTop);
    layout->addWidget(m_state, 0, 1);
    layout->addWidget(m_body, 1, 1);
    layout->setColumnStretch(1, 1);
    hide();
}

void StepResult::showMilestone(const Milestone *m)
{
    if (!m || m->state == MilestoneState::Pending) {
        hide();
        m_state->clear();
        m_body->clear();
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize) + 6;
    m_icon->setPixmap(StatusIcons::stateIcon(m->state).pixmap(size, size));
    QPalette p = m_state->palette();
    p.setColor(QPalette::WindowText, StatusIcons::stateColor(m->state, palette()));
    m_state->setPalette(p);
    if (m->state == MilestoneState::Running) {
        m_state->setText(tr("Running — waiting for the server (expected %1)").arg(m->expected));
        m_body->setText(QString());
        show();
        return;
    }
    m_state->setText(tr("%1: %2").arg(Checklist::stateName(m->state), m->title()));
    QString html;
    const QString reply = m->reply.isValid() ? m->reply.summary() : m->summary;
    if (!m->expected.isEmpty())
        html += tr("Expected %1, got: %2").arg(m->expected, reply).toHtmlEscaped();
    else
        html += reply.toHtmlEscaped();
    if (m->reply.isValid() && !m->summary.isEmpty() && m->summary != m->reply.summary())
        html += QStringLiteral("<br>") + m->summary.toHtmlEscaped();
    if (!m->diagnosis.meaning.isEmpty())
        html += QStringLiteral("<br>") + m->diagnosis.meaning.toHtmlEscaped();
    if (!m->diagnosis.nextStep.isEmpty())
        html += QStringLiteral("<br><b>%1</b> %2")
                    .arg(tr("Next:").toHtmlEscaped(), m->diagnosis.nextStep.toHtmlEscaped());
    m_body->setText(html);
    show();
}

QString StepResult::stateText() const
{
    return m_state->text();
}

QString StepResult::text() const
{
    return m_body->text();
}

} // namespace mailflow
