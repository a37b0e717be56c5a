#include "connectpage.h"

#include "smtpsession.h"
#include "stepresult.h"

#include <QLabel>
#include <QVBoxLayout>

namespace mailflow {

ConnectPage::ConnectPage(SmtpSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_target(new QLabel(this))
{
    addExplanation(tr("Mailflow opens a connection to the server, as <i>telnet server 25</i> would. "
                      "A working server answers first, with <b>220</b> followed by its name. "
                      "No answer, a refused connection or another code means mail cannot get in here."));
    m_target->setObjectName(QStringLiteral("connectTarget"));
    m_target->setWordWrap(true);
    m_layout->addWidget(m_target);
    m_layout->addWidget(m_result);
    m_layout->addStretch(1);
}

QString ConnectPage::title() const
{
    return tr("Connect");
}

void ConnectPage::applyTo(SessionOptions &options) const
{
    Q_UNUSED(options)
}

void ConnectPage::initializePage(const SessionOptions &options)
{
    m_target->setText(tr("Server: %1, port %2").arg(options.host).arg(options.port));
}

bool ConnectPage::canSend() const
{
    return m_session->state() == SmtpSession::State::Disconnected && !m_session->isBusy();
}

QString ConnectPage::sendText() const
{
    return tr("&Connect");
}

void ConnectPage::send()
{
    m_session->startNewTest();
    m_session->connectToServer();
}

int ConnectPage::resultMilestone() const
{
    return lastMilestoneOf(MilestoneKind::Connect);
}

} // namespace mailflow
