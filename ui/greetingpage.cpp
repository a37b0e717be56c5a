#include "greetingpage.h"

#include "fieldvalidation.h"
#include "smtp/smtpsession.h"
#include "stepresult.h"

#include <QFormLayout>
#include <QHostInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
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
    connect(m_session, &SmtpSession::stepFinished, this, [this] {
        if (!m_queue.isEmpty())
            QTimer::singleShot(0, this, &GreetingPage::continueSequence);
    });
    connect(m_session, &SmtpSession::stateChanged, this, [this](SmtpSession::State state) {
        if (state == SmtpSession::State::Disconnected)
            m_queue.clear();
    });
}

bool GreetingPage::wantsStartTls() const
{
    const TlsMode mode = m_session->tlsMode();
    return (mode == TlsMode::Optional || mode == TlsMode::StartTls) && !m_session->isEncrypted();
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
    const bool tls = wantsStartTls();
    const bool auth = m_session->options().auth.isEnabled();
    if (tls && auth)
        return tr("&Send EHLO, STARTTLS, AUTH");
    if (tls)
        return tr("&Send EHLO, STARTTLS");
    if (auth)
        return tr("&Send EHLO, AUTH");
    return tr("&Send EHLO");
}

void GreetingPage::send()
{
    m_queue.clear();
    if (wantsStartTls())
        m_queue << Step::StartTls << Step::EhloAgain;
    if (m_session->options().auth.isEnabled())
        m_queue << Step::Auth;
    m_session->ehlo();
}

void GreetingPage::continueSequence()
{
    if (m_queue.isEmpty() || m_session->isBusy())
        return;
    if (m_session->state() != SmtpSession::State::Connected && m_session->state() != SmtpSession::State::Greeted) {
        m_queue.clear();
        return;
    }
    // Stop at a failed step: what follows would only repeat the failure.
    const Checklist *checklist = m_session->checklist();
    for (int i = 0; i < checklist->count(); ++i) {
        if (checklist->at(i).state == MilestoneState::Failed) {
            m_queue.clear();
            return;
        }
    }
    const Step step = m_queue.takeFirst();
    switch (step) {
    case Step::Ehlo:
    case Step::EhloAgain:
        // STARTTLS skipped or refused (not offered, optional mode): no second EHLO.
        if (step == Step::EhloAgain && !m_session->isEncrypted()) {
            continueSequence();
            return;
        }
        m_session->ehlo();
        return;
    case Step::StartTls:
        m_session->startTls();
        return;
    case Step::Auth:
        m_session->authenticate();
        return;
    }
}

int GreetingPage::resultMilestone() const
{
    // The first failed step of the greeting, else the last one that finished.
    const Checklist *checklist = m_session->checklist();
    int last = -1;
    for (int i = 0; i < checklist->count(); ++i) {
        const Milestone &m = checklist->at(i);
        if (m.kind != MilestoneKind::Ehlo && m.kind != MilestoneKind::StartTls && m.kind != MilestoneKind::Tls
            && m.kind != MilestoneKind::Auth)
            continue;
        if (m.state == MilestoneState::Failed)
            return i;
        if (m.isFinished() && m.state != MilestoneState::Skipped)
            last = i;
    }
    return last;
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
