#include "greetingpage.h"

#include "fieldvalidation.h"
#include "smtpsession.h"
#include "stepresult.h"

#include <QFormLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mailflow {

GreetingPage::GreetingPage(SmtpSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_name(new QLineEdit(this))
    , m_capabilities(new QLabel(this))
{
    addExplanation(tr("The client introduces itself with <b>EHLO</b> and its own name. The server should "
                      "answer <b>250</b> and list what it supports (size limit, DSN, STARTTLS, AUTH …). "
                      "An old server answers 500 to EHLO; Mailflow then says HELO instead."));
    m_name->setObjectName(QStringLiteral("ehloNameField"));
    m_name->setPlaceholderText(QHostInfo::localHostName());
    m_name->setValidator(new SingleLineValidator(m_name));
    m_name->setToolTip(tr("The name sent with EHLO. Leave empty to use this computer's name."));
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("&Name to send:"), m_name);
    m_layout->addLayout(form);
    m_layout->addWidget(m_result);
    m_capabilities->setObjectName(QStringLiteral("capabilities"));
    m_capabilities->setWordWrap(true);
    m_capabilities->hide();
    m_layout->addWidget(m_capabilities);
    m_layout->addStretch(1);
    setFocusProxy(m_name);
}

QString GreetingPage::title() const
{
    return tr("Greeting (EHLO)");
}

void GreetingPage::applyTo(SessionOptions &options) const
{
    options.ehloName = m_name->text().trimmed();
}

bool GreetingPage::canSend() const
{
    const auto state = m_session->state();
    return !m_session->isBusy()
        && (state == SmtpSession::State::Connected || state == SmtpSession::State::Greeted
            || state == SmtpSession::State::InTransaction);
}

QString GreetingPage::sendText() const
{
    return tr("&Send EHLO");
}

void GreetingPage::send()
{
    m_session->ehlo();
}

int GreetingPage::resultMilestone() const
{
    return lastMilestoneOf(MilestoneKind::Ehlo);
}

void GreetingPage::refresh()
{
    WizardPage::refresh();
    const int index = resultMilestone();
    const bool done = index >= 0 && m_session->checklist()->at(index).isFinished()
        && m_session->checklist()->at(index).state != MilestoneState::Failed;
    if (!done) {
        m_capabilities->hide();
        return;
    }
    const Capabilities &caps = m_session->capabilities();
    if (caps.extensions.isEmpty())
        m_capabilities->setText(tr("The server listed no extensions: no size limit, DSN, STARTTLS or AUTH."));
    else
        m_capabilities->setText(tr("The server offers: %1").arg(caps.summary()));
    m_capabilities->show();
}

} // namespace mailflow
