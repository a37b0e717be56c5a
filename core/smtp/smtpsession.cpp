#include "smtp/smtpsession.h"

#include "smtp/sessioncore.h"
#include "smtp/stepauth.h"
#include "smtp/stepcontrol.h"
#include "smtp/stepdata.h"
#include "smtp/stepenvelope.h"
#include "smtp/stepgreeting.h"
#include "smtp/steprelaycheck.h"
#include "smtp/steptls.h"

namespace mailflow {

SmtpSession::SmtpSession(Transport *transport, QObject *parent)
    : QObject(parent)
    , m_core(std::make_unique<SessionCore>(this, transport))
{ }

SmtpSession::~SmtpSession() = default;

void SmtpSession::setExplainer(const MilestoneExplainer *explainer)
{
    m_core->m_explainer = explainer;
}

void SmtpSession::setOptions(const SessionOptions &options)
{
    m_core->m_options = options;
}

const SessionOptions &SmtpSession::options() const
{
    return m_core->m_options;
}

Transcript *SmtpSession::transcript() const
{
    return m_core->m_transcript;
}

Checklist *SmtpSession::checklist() const
{
    return m_core->m_checklist;
}

Transport *SmtpSession::transport() const
{
    return m_core->m_transport;
}

SmtpSession::State SmtpSession::state() const
{
    return m_core->m_state;
}

bool SmtpSession::isBusy() const
{
    return m_core->isBusy();
}

bool SmtpSession::isPlanRunning() const
{
    return m_core->m_planRunning;
}

const Capabilities &SmtpSession::capabilities() const
{
    return m_core->m_capabilities;
}

const SmtpReply &SmtpSession::greeting() const
{
    return m_core->m_greeting;
}

bool SmtpSession::wasConnected() const
{
    return m_core->m_tcpConnected;
}

QStringList SmtpSession::acceptedRecipients() const
{
    return m_core->m_acceptedRecipients;
}

QString SmtpSession::queuedAs() const
{
    return m_core->m_queuedAs;
}

RelayProbe SmtpSession::relayProbe() const
{
    return m_core->m_relayStep->probe();
}

void SmtpSession::startNewTest()
{
    SessionCore &c = *m_core;
    if (c.m_state != State::Disconnected || c.isBusy())
        abort();
    c.m_planRunning = false;
    c.m_transcript->clear();
    c.m_checklist->clear();
    c.m_capabilities = {};
    c.m_greeting = {};
    c.m_queuedAs.clear();
    c.m_acceptedRecipients.clear();
    c.m_connectTried = false;
    c.m_connectionSubject.clear();
    c.m_reconnectWithoutTls = false;
    c.resetSecurity();
    c.addPlannedMilestones();
}

// ---- steps, one at a time --------------------------------------------------------------------

void SmtpSession::connectToServer()
{
    m_core->m_greetingStep->connectToServer();
}

void SmtpSession::ehlo()
{
    m_core->m_greetingStep->ehlo();
}

void SmtpSession::mailFrom()
{
    m_core->m_envelopeStep->mailFrom();
}

void SmtpSession::rcptTo(int index)
{
    m_core->m_envelopeStep->rcptTo(index);
}

void SmtpSession::data()
{
    m_core->m_dataStep->data();
}

void SmtpSession::quit()
{
    m_core->m_controlStep->quit();
}

void SmtpSession::rset()
{
    sendRaw(QStringLiteral("RSET"));
}

void SmtpSession::noop()
{
    sendRaw(QStringLiteral("NOOP"));
}

bool SmtpSession::sendRaw(const QString &line, QString *why)
{
    return m_core->m_consoleStep->send(line, why);
}

// ---- TLS and AUTH ----------------------------------------------------------------------------

void SmtpSession::setCredentials(const Credentials &credentials)
{
    m_core->m_credentials = credentials;
}

void SmtpSession::setCertificatePolicy(CertificatePolicy *policy)
{
    m_core->m_policy = policy;
}

TlsMode SmtpSession::tlsMode() const
{
    return m_core->tlsMode();
}

bool SmtpSession::isEncrypted() const
{
    return m_core->m_state != State::Disconnected && m_core->m_transport->isEncrypted();
}

const TlsReport &SmtpSession::tlsReport() const
{
    return m_core->m_tlsStep->report();
}

void SmtpSession::startTls()
{
    m_core->m_tlsStep->startTls();
}

void SmtpSession::authenticate()
{
    m_core->m_authStep->authenticate();
}

void SmtpSession::continueAfterCertificate(bool proceed)
{
    m_core->m_tlsStep->continueAfterCertificate(proceed);
}

bool SmtpSession::isWaitingForCertificateDecision() const
{
    return m_core->m_tlsStep->isWaitingForDecision();
}

// ---- plans -----------------------------------------------------------------------------------

void SmtpSession::runTo(StopPoint stop)
{
    SessionCore &c = *m_core;
    c.m_planRunning = true;
    c.m_stop = stop;
    if (c.m_state == State::Disconnected)
        c.m_connectTried = false;
    if (c.m_checklist->count() == 0)
        c.addPlannedMilestones();
    c.advancePlan();
}

void SmtpSession::abort()
{
    SessionCore &c = *m_core;
    if (c.m_state == State::Disconnected && !c.isBusy())
        return;
    c.log(TranscriptEntry::Direction::Error, tr("Aborted by the user."));
    c.finishMilestone(MilestoneState::Failed, {}, FailureKind::Aborted, tr("Aborted by the user"));
    c.closeQuietly();
    c.m_planRunning = false;
    c.skipUnfinished();
    Q_EMIT finished();
}

} // namespace mailflow
