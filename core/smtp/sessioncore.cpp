#include "smtp/sessioncore.h"

#include "smtp/milestoneexplainer.h"
#include "smtp/stepauth.h"
#include "smtp/stepcontrol.h"
#include "smtp/stepdata.h"
#include "smtp/stepenvelope.h"
#include "smtp/stepgreeting.h"
#include "smtp/steppipeline.h"
#include "smtp/steprelaycheck.h"
#include "smtp/steptls.h"
#include "smtp/stepxclient.h"

#include <QHostInfo>

namespace mailflow {

namespace {
QString seconds(int ms)
{
    return QString::number(ms / 1000.0, 'f', ms % 1000 ? 1 : 0);
}
} // namespace

SessionCore::SessionCore(SmtpSession *session, Transport *transport)
    : m_session(session)
    , m_transport(transport)
    , m_transcript(new Transcript(session))
    , m_checklist(new Checklist(session))
    , m_wire(new SessionWire(transport, m_transcript, session))
    , m_greetingStep(std::make_unique<GreetingStep>(*this))
    , m_tlsStep(std::make_unique<TlsStep>(*this))
    , m_authStep(std::make_unique<AuthStep>(*this))
    , m_xclientStep(std::make_unique<XclientStep>(*this))
    , m_envelopeStep(std::make_unique<EnvelopeStep>(*this))
    , m_pipelineStep(std::make_unique<PipelineStep>(*this))
    , m_dataStep(std::make_unique<DataStep>(*this))
    , m_controlStep(std::make_unique<ControlStep>(*this))
    , m_consoleStep(std::make_unique<ConsoleStep>(*this))
    , m_relayStep(std::make_unique<RelayCheckStep>(*this))
{
    QObject::connect(m_wire, &SessionWire::replyReceived, session, [this](const SmtpReply &r) { onReply(r); });
    QObject::connect(m_wire, &SessionWire::protocolError, session,
                     [this](const QString &why) { failConnection(FailureKind::ProtocolError, why); });
    QObject::connect(m_wire, &SessionWire::timedOut, session, [this] { onTimeout(); });
    QObject::connect(m_wire, &SessionWire::connected, session, [this] { onConnected(); });
    QObject::connect(m_wire, &SessionWire::encrypted, session, [this] { onEncrypted(); });
    QObject::connect(m_wire, &SessionWire::bytesWritten, session, [this] { onBytesWritten(); });
    QObject::connect(m_wire, &SessionWire::disconnected, session, [this] { onDisconnected(); });
    QObject::connect(m_wire, &SessionWire::transportError, session,
                     [this](Transport::Error error, const QString &message) { onTransportError(error, message); });
}

SessionCore::~SessionCore() = default;

// ---- state -----------------------------------------------------------------------------------

void SessionCore::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT m_session->stateChanged(state);
    updateBusy();
}

void SessionCore::updateBusy()
{
    if (m_busy == isBusy())
        return;
    m_busy = isBusy();
    Q_EMIT m_session->busyChanged(m_busy);
}

void SessionCore::await(SessionStep *step, int timeoutMs)
{
    m_awaiting = step;
    m_wire->arm(step ? timeoutMs : 0);
    updateBusy();
}

void SessionCore::send(SessionStep *step, const QByteArray &command, const QString &shown, int timeoutMs)
{
    if (answeredEarly(tr("\"%1\" was not sent.").arg(shown)))
        return;
    m_wire->logClient(shown);
    await(step, timeoutMs);
    m_transport->write(command + "\r\n");
}

bool SessionCore::answeredEarly(const QString &notSent)
{
    if (!m_wire->hasUnreadInput())
        return false;
    // What is waiting would be taken for the answer to the next command: the replies no longer match.
    m_wire->logUnread();
    failConnection(FailureKind::ProtocolError,
                   tr("The server answered before the command was sent (it did not wait for the client), so its "
                      "replies cannot be matched to commands; %1")
                       .arg(notSent));
    return true;
}

bool SessionCore::canIssueCommand() const
{
    const bool open = m_state == State::Connected || m_state == State::Greeted || m_state == State::InTransaction;
    return open && !isBusy();
}

QString SessionCore::ehloName() const
{
    if (!m_options.ehloName.isEmpty())
        return m_options.ehloName;
    QString local = QHostInfo::localHostName();
    if (local.contains(u'.'))
        return local;
    const QHostAddress address = m_transport->localAddress();
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[IPv6:%1]").arg(address.toString());
    if (!address.isNull())
        return QStringLiteral("[%1]").arg(address.toString());
    return local.isEmpty() ? QStringLiteral("localhost") : local;
}

// ---- milestones ------------------------------------------------------------------------------

int SessionCore::beginMilestone(MilestoneKind kind, const QString &subject, const QString &expected)
{
    m_milestone = m_checklist->start(kind, subject, expected, m_transcript->elapsedMs(), m_transcript->count());
    return m_milestone;
}

void SessionCore::finishMilestone(MilestoneState state, const SmtpReply &reply, FailureKind failure,
                                  const QString &summary)
{
    if (m_milestone < 0)
        return;
    const int index = std::exchange(m_milestone, -1);
    m_checklist->finish(index, MilestoneResult {state, reply, failure, summary}, m_transcript->elapsedMs(),
                        m_transcript->count() - 1, m_explainer, m_tcpConnected);
    m_lastFinished = index;
}

void SessionCore::judgeReply(const SmtpReply &reply, int expectedClass)
{
    MilestoneState state = MilestoneState::Failed;
    FailureKind failure = FailureKind::Reply;
    if (reply.code / 100 == expectedClass) {
        state = MilestoneState::Passed;
        failure = FailureKind::None;
    } else if (reply.isTransientFailure()) {
        state = MilestoneState::Warning;
    }
    finishMilestone(state, reply, failure, reply.summary());
}

void SessionCore::setLastDiagnosis(const Diagnosis &diagnosis)
{
    if (m_lastFinished >= 0 && m_lastFinished < m_checklist->count())
        m_checklist->setDiagnosis(m_lastFinished, diagnosis);
}

void SessionCore::skipUnfinished()
{
    m_checklist->skipUnfinished(tr("Not reached"));
}

void SessionCore::addPlannedMilestones()
{
    for (const PlannedMilestone &planned : TestPlan(m_options).milestones()) {
        Milestone m;
        m.kind = planned.kind;
        m.subject = planned.subject;
        m.expected = planned.expected;
        m_checklist->add(m);
    }
}

// ---- the conversation ------------------------------------------------------------------------

void SessionCore::resetSecurity()
{
    m_tlsStep->reset();
    m_authStep->reset();
}

void SessionCore::resetConnection()
{
    m_greetingStep->reset();
    m_envelopeStep->reset();
    m_pipelineStep->reset();
    m_dataStep->reset();
    m_relayStep->reset();
    m_xclientStep->reset();
    m_acceptedRecipients.clear();
    m_capabilities = {};
    m_connectTried = true;
    m_tcpConnected = false;
    resetSecurity();
}

QString SessionCore::proxyHeaderNote() const
{
    if (!m_options.connection.proxyHeader.isEnabled() || !m_tcpConnected || m_capabilities.esmtp
        || (m_state != State::Connecting && m_state != State::Connected))
        return {};
    return tr("A PROXY header was sent first: a server that does not expect one takes it for a command and "
              "answers it (postfix must have smtpd_upstream_proxy_protocol = haproxy), and one that expects the "
              "other version of it closes the connection.");
}

void SessionCore::failConnection(FailureKind failure, const QString &given)
{
    const QString note = proxyHeaderNote();
    const QString message = note.isEmpty() ? given : given + u' ' + note;
    const MilestoneKind kind = m_milestone >= 0 ? m_checklist->at(m_milestone).kind : MilestoneKind::Connect;
    const bool hadMilestone = m_milestone >= 0;
    m_wire->disarm();
    log(TranscriptEntry::Direction::Error, message);
    finishMilestone(MilestoneState::Failed, {}, failure, message);
    closeQuietly();
    if (hadMilestone) {
        stepDone(kind);
    } else {
        skipUnfinished();
        m_planRunning = false;
        Q_EMIT m_session->finished();
    }
}

void SessionCore::closeQuietly()
{
    m_dataStep->close();
    m_authStep->close();
    const bool wasEncrypted = m_transport->isEncrypted();
    m_wire->close();
    idle();
    setState(State::Disconnected);
    m_transport->abort(); // after the state change, so a disconnected() it emits is ignored
    if (wasEncrypted)
        Q_EMIT m_session->encryptionChanged(false);
}

void SessionCore::stepDone(MilestoneKind kind)
{
    Q_EMIT m_session->stepFinished(kind, m_lastFinished);
    if (m_state == State::Disconnected) {
        if (m_planRunning) {
            advancePlan(); // ends it, unless opportunistic TLS connects again
        } else {
            skipUnfinished();
            Q_EMIT m_session->finished();
        }
        return;
    }
    if (m_planRunning)
        advancePlan();
}

PlanProgress SessionCore::progress() const
{
    using Stage = PlanProgress::Stage;
    PlanProgress p;
    switch (m_state) {
    case State::Disconnected:
        p.stage = Stage::Disconnected;
        break;
    case State::Connecting:
    case State::SendingData:
    case State::Closing:
        p.stage = Stage::Waiting;
        break;
    case State::Connected:
        p.stage = Stage::Connected;
        break;
    case State::Greeted:
        p.stage = Stage::Greeted;
        break;
    case State::InTransaction:
        p.stage = Stage::InTransaction;
        break;
    }
    p.connectTried = m_connectTried;
    p.greetingFailed = m_greetingStep->greetingFailed();
    p.ehloTried = m_greetingStep->ehloTried();
    p.encrypted = m_transport->isEncrypted();
    p.startTlsTried = m_tlsStep->tried();
    p.tlsRequiredFailed = m_tlsStep->requiredFailed();
    p.authTried = m_authStep->tried();
    p.authenticated = m_authStep->authenticated();
    p.authWentOnWithout = m_authStep->wentOnWithout();
    p.xclientTried = m_xclientStep->tried();
    p.xclientGoesOn = m_xclientStep->goesOn();
    p.mailTried = m_envelopeStep->mailTried();
    p.rcptTried = m_envelopeStep->rcptTried();
    p.acceptedRecipients = int(m_acceptedRecipients.size());
    p.dataTried = m_dataStep->tried();
    p.relayTried = m_relayStep->tried();
    p.reconnectWithoutTls = m_reconnectWithoutTls;
    p.withoutTls = !m_connectionSubject.isEmpty();
    return p;
}

void SessionCore::advancePlan()
{
    if (!m_planRunning || isBusy())
        return;
    TestPlan plan(m_options, m_stop);
    plan.setCapabilities(m_capabilities);
    const PlanStep next = plan.next(progress());
    switch (next.kind) {
    case PlanStep::Kind::Wait:
        return;
    case PlanStep::Kind::End:
        endPlan();
        return;
    case PlanStep::Kind::Connect:
        m_greetingStep->connectToServer();
        return;
    case PlanStep::Kind::Ehlo:
        m_greetingStep->ehlo();
        return;
    case PlanStep::Kind::StartTls:
        m_tlsStep->startTls();
        return;
    case PlanStep::Kind::Auth:
        m_authStep->authenticate();
        return;
    case PlanStep::Kind::Xclient:
        m_xclientStep->start();
        return;
    case PlanStep::Kind::Mail:
        if (m_pipelineStep->wanted())
            m_pipelineStep->start();
        else
            m_envelopeStep->mailFrom();
        return;
    case PlanStep::Kind::Rcpt:
        m_envelopeStep->rcptTo(next.recipient);
        return;
    case PlanStep::Kind::Data:
        m_dataStep->data();
        return;
    case PlanStep::Kind::Quit:
    case PlanStep::Kind::RelayCheck:
        if (next.noRecipientAccepted) {
            const QString why = tr("No recipient was accepted, so no message was sent.");
            m_checklist->skip(MilestoneKind::Data, {}, why);
            m_checklist->skip(MilestoneKind::EndOfData, {}, why);
        }
        if (next.kind == PlanStep::Kind::RelayCheck)
            m_relayStep->start();
        else if (m_options.dropAtStop)
            m_controlStep->drop();
        else
            m_controlStep->quit();
        return;
    }
}

void SessionCore::endPlan()
{
    m_planRunning = false;
    skipUnfinished();
    Q_EMIT m_session->finished();
}

// ---- events ----------------------------------------------------------------------------------

void SessionCore::onReply(const SmtpReply &reply)
{
    SessionStep *step = m_awaiting;
    idle();
    m_tlsStep->warnIfTlsRequired(reply);
    if (!step) {
        log(TranscriptEntry::Direction::Warning, tr("The server sent a reply nobody asked for."));
        return;
    }
    step->handleReply(reply);
}

void SessionCore::onConnected()
{
    m_greetingStep->onConnected();
}

void SessionCore::onEncrypted()
{
    m_tlsStep->onEncrypted();
}

void SessionCore::onBytesWritten()
{
    m_dataStep->onBytesWritten();
}

void SessionCore::onDisconnected()
{
    if (m_state == State::Disconnected)
        return;
    if (m_controlStep->isQuitting()) {
        m_controlStep->closedDuringQuit();
        return;
    }
    if (m_tlsStep->fallBackWithoutTls(tr("The server closed the connection during the TLS handshake.")))
        return;
    m_tlsStep->noteHandshakeFailure();
    if (m_awaiting || m_state == State::SendingData) {
        const QString what = m_state == State::SendingData
            ? tr("The server closed the connection while the message was being sent.")
            : tr("The server closed the connection before it answered.");
        failConnection(FailureKind::ConnectionLost, what);
        return;
    }
    log(TranscriptEntry::Direction::Warning, tr("The server closed the connection."));
    closeQuietly();
    skipUnfinished();
    m_planRunning = false;
    Q_EMIT m_session->finished();
}

void SessionCore::onTransportError(Transport::Error error, const QString &message)
{
    if (m_state == State::Disconnected)
        return;
    const bool connecting = m_greetingStep->isConnecting();
    if (error == Transport::Error::RemoteClosed && !connecting) {
        onDisconnected();
        return;
    }
    FailureKind failure = FailureKind::ConnectionLost;
    if (connecting) {
        switch (error) {
        case Transport::Error::HostNotFound:
            failure = FailureKind::HostNotFound;
            break;
        case Transport::Error::ConnectionRefused:
            failure = FailureKind::ConnectionRefused;
            break;
        case Transport::Error::NetworkUnreachable:
            failure = FailureKind::NetworkUnreachable;
            break;
        default:
            failure = FailureKind::ConnectionLost;
            break;
        }
    } else if (error == Transport::Error::TlsFailed) {
        failure = FailureKind::TlsFailed;
    }
    if (m_tlsStep->fallBackWithoutTls(message))
        return;
    m_tlsStep->noteHandshakeFailure();
    failConnection(failure, message);
}

void SessionCore::onTimeout()
{
    SessionStep *step = m_awaiting;
    const QString secs = seconds(m_wire->timeoutMs());
    QString message;
    if (m_wire->deadlinePassed())
        message = tr("The server kept one reply trickling in for %1 s without ending it; the test stopped waiting.")
                      .arg(seconds(m_wire->timeoutMs() * SessionWire::ReplyDeadlineFactor));
    else if (step)
        message = step->timeoutMessage(secs);
    if (message.isEmpty())
        message = tr("No reply within %1 s.").arg(secs);
    if (step && step->handleTimeout(message))
        return;
    failConnection(FailureKind::Timeout, message);
}

} // namespace mailflow
