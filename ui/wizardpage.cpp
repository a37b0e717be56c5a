#include "wizardpage.h"

#include "smtp/smtpsession.h"
#include "stepresult.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mailflow {

WizardPage::WizardPage(SmtpSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_layout(new QVBoxLayout(this))
    , m_result(new StepResult(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void WizardPage::initializePage(const SessionOptions &options)
{
    Q_UNUSED(options)
}

QString WizardPage::sendText() const
{
    return tr("&Send");
}

QLabel *WizardPage::addExplanation(const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setObjectName(QStringLiteral("explanation"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    m_layout->addWidget(label);
    return label;
}

int WizardPage::lastMilestoneOf(MilestoneKind kind) const
{
    return m_session->checklist()->lastReached(kind);
}

bool WizardPage::isStepDone() const
{
    const int index = resultMilestone();
    if (index < 0)
        return false;
    const MilestoneState state = m_session->checklist()->at(index).state;
    return state == MilestoneState::Passed || state == MilestoneState::Warning;
}

bool WizardPage::hasRun() const
{
    const int index = resultMilestone();
    return index >= 0 && m_session->checklist()->at(index).isFinished();
}

void WizardPage::refresh()
{
    const int index = resultMilestone();
    m_result->showMilestone(index >= 0 ? &m_session->checklist()->at(index) : nullptr);
}

} // namespace mailflow
