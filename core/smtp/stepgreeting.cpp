#include "smtp/stepgreeting.h"

#include "base/addressvalidation.h"
#include "base/unixsocket.h"
#include "smtp/sessioncore.h"
#include "smtp/steptls.h"
#include "tls/tlsfiles.h"

#include <optional>

namespace mailflow {

void GreetingStep::reset()
{
    m_stage = Stage::None;
    m_greetingFailed = m_ehloTried = false;
}

bool GreetingStep::isConnecting() const
{
    return m_core.m_awaiting == this && m_stage == Stage::Connect;
}

void GreetingStep::connectToServer()
{
    SessionCore &c = m_core;
    if (c.m_state != SessionCore::State::Disconnected)
        return;
    c.m_wire->open();
    c.resetConnection();
    c.m_reconnectWithoutTls = false;
    c.beginMilestone(MilestoneKind::Connect, c.m_connectionSubject, QStringLiteral("220"));
    const TlsMode mode = c.tlsMode();
    QString invalid = validateServerHost(c.m_options.host);
    // The TLS settings are checked before connecting when they name files; otherwise nothing can be
    // wrong with them and the configuration waits for STARTTLS (steptls.cpp), so a test that never
    // encrypts never loads the TLS library or the CA store.
    const bool tlsNow = mode == TlsMode::Implicit || tlsOptionsNeedChecking(c.m_options.tls);
    // Even a default-constructed QSslConfiguration loads the TLS backend: only when TLS is used.
    std::optional<QSslConfiguration> sslConfiguration;
    if (invalid.isEmpty() && mode != TlsMode::Off && tlsNow
        && !buildSslConfiguration(c.m_options.tls, &sslConfiguration.emplace(), &invalid))
        invalid = tr("TLS settings: %1").arg(invalid);
    if (!invalid.isEmpty()) {
        c.log(TranscriptEntry::Direction::Error, invalid);
        c.finishMilestone(MilestoneState::Failed, {}, FailureKind::LocalError, invalid);
        c.stepDone(MilestoneKind::Connect);
        return;
    }
    if (sslConfiguration)
        c.m_transport->setSslConfiguration(*sslConfiguration);
    const ConnectionOptions &route = c.m_options.connection;
    c.m_transport->setConnectionOptions(route, c.m_credentials.proxyPassword);
    c.m_transport->setTlsPeerName(c.m_options.tls.sniName);
    if (isUnixSocketHost(c.m_options.host))
        c.log(TranscriptEntry::Direction::Info,
              tr("Connecting to the UNIX socket %1…").arg(unixSocketPath(c.m_options.host)));
    else if (route.usesProxy())
        c.log(TranscriptEntry::Direction::Info,
              tr("Connecting to %1 port %2 through the SOCKS5 proxy %3 port %4…")
                  .arg(c.m_options.host)
                  .arg(c.m_options.port)
                  .arg(route.proxyHost)
                  .arg(route.proxyPort));
    else
        c.log(TranscriptEntry::Direction::Info,
              tr("Connecting to %1 port %2…").arg(c.m_options.host).arg(c.m_options.port));
    c.setState(SessionCore::State::Connecting);
    m_stage = Stage::Connect;
    c.await(this, c.m_options.timeouts.connectMs);
    if (mode == TlsMode::Implicit)
        c.m_transport->connectToHostEncrypted(c.m_options.host, c.m_options.port);
    else
        c.m_transport->connectToHost(c.m_options.host, c.m_options.port);
}

void GreetingStep::onConnected()
{
    SessionCore &c = m_core;
    if (!isConnecting())
        return;
    c.m_tcpConnected = true;
    Transport *t = c.m_transport;
    if (isUnixSocketHost(c.m_options.host))
        c.log(TranscriptEntry::Direction::Info,
              tr("Connected to the UNIX socket %1.").arg(unixSocketPath(c.m_options.host)));
    else
        c.log(TranscriptEntry::Direction::Info,
              tr("Connected to %1 from %2.")
                  .arg(SessionWire::endpoint(t->peerAddress(), t->peerPort()),
                       SessionWire::endpoint(t->localAddress(), t->localPort())));
    if (c.tlsMode() == TlsMode::Implicit) {
        c.m_tlsStep->beginImplicit();
        return;
    }
    awaitGreeting();
}

void GreetingStep::awaitGreeting()
{
    m_stage = Stage::Greeting;
    m_core.await(this, m_core.m_options.timeouts.greetingMs);
}

QString GreetingStep::timeoutMessage(const QString &seconds) const
{
    return m_stage == Stage::Connect ? tr("Could not connect within %1 s.").arg(seconds) : QString();
}

void GreetingStep::ehlo()
{
    if (!m_core.canIssueCommand())
        return;
    const QString subject
        = m_core.m_tlsStep->afterStartTls() ? TestPlan::afterStartTlsSubject() : m_core.m_connectionSubject;
    // LMTP (RFC 2033) greets with LHLO and has no HELO.
    const QByteArray command = (m_core.m_options.lmtp ? "LHLO " : "EHLO ") + m_core.ehloName().toUtf8();
    sendEhlo(subject, command, QString::fromUtf8(command), false);
}

void GreetingStep::sendEhlo(const QString &subject, const QByteArray &command, const QString &shown, bool helo)
{
    m_ehloTried = true;
    m_core.beginMilestone(MilestoneKind::Ehlo, subject, QStringLiteral("250"));
    m_stage = helo ? Stage::Helo : Stage::Ehlo;
    m_core.send(this, command, shown, m_core.m_options.timeouts.commandMs);
}

void GreetingStep::handleReply(const SmtpReply &reply)
{
    switch (m_stage) {
    case Stage::Greeting:
        handleGreeting(reply);
        return;
    case Stage::Ehlo:
    case Stage::Helo:
        handleEhlo(reply, m_stage == Stage::Helo);
        return;
    case Stage::None:
    case Stage::Connect:
        break;
    }
    m_core.log(TranscriptEntry::Direction::Warning, tr("The server sent a reply nobody asked for."));
}

void GreetingStep::handleGreeting(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    c.m_greeting = reply;
    c.setState(SessionCore::State::Connected);
    if (reply.code == 220) {
        c.finishMilestone(MilestoneState::Passed, reply, FailureKind::None, reply.summary());
    } else {
        m_greetingFailed = true;
        c.finishMilestone(MilestoneState::Failed, reply, FailureKind::Reply, reply.summary());
    }
    c.stepDone(MilestoneKind::Connect);
}

void GreetingStep::handleEhlo(const SmtpReply &reply, bool wasHelo)
{
    SessionCore &c = m_core;
    if (c.m_options.lmtp && (reply.code == 500 || reply.code == 502))
        c.log(TranscriptEntry::Direction::Warning,
              tr("The server does not understand LHLO: it does not speak LMTP (and LMTP has no HELO to fall back "
                 "to). Is this an SMTP port?"));
    if (const QString note = c.proxyHeaderNote(); !note.isEmpty() && (reply.code == 500 || reply.code == 502)) {
        // The reply belongs to the header, not to EHLO: HELO would be answered out of step.
        c.log(TranscriptEntry::Direction::Warning, note);
        c.judgeReply(reply, 2);
        c.setLastDiagnosis({note,
                            tr("Send the header only to a server set up for the PROXY protocol, with the "
                               "version it expects.")});
        c.stepDone(MilestoneKind::Ehlo);
        return;
    }
    if (!wasHelo && !c.m_options.lmtp && (reply.code == 500 || reply.code == 502)) {
        c.log(TranscriptEntry::Direction::Warning,
              tr("The server does not understand EHLO (it does not speak ESMTP); trying HELO."));
        const QByteArray command = "HELO " + c.ehloName().toUtf8();
        m_stage = Stage::Helo;
        c.send(this, command, QString::fromUtf8(command), c.m_options.timeouts.commandMs);
        return;
    }
    if (reply.isPositive())
        acceptEhlo(reply, wasHelo);
    else
        c.judgeReply(reply, 2);
    c.stepDone(MilestoneKind::Ehlo);
}

void GreetingStep::acceptEhlo(const SmtpReply &reply, bool wasHelo)
{
    SessionCore &c = m_core;
    c.setState(SessionCore::State::Greeted);
    if (wasHelo) {
        c.m_capabilities = {};
        c.finishMilestone(
            MilestoneState::Warning, reply, FailureKind::None,
            tr("%1 (HELO: no ESMTP extensions such as SIZE, DSN, STARTTLS or AUTH)").arg(reply.summary()));
    } else {
        c.m_capabilities = Capabilities::fromEhloReply(reply);
        if (!c.m_capabilities.extensions.isEmpty())
            c.log(TranscriptEntry::Direction::Info, tr("The server offers: %1").arg(c.m_capabilities.summary()));
        c.m_tlsStep->noteCapabilityChanges();
        if (c.m_capabilities.extensions.contains(QStringLiteral("XXXXXXXA"), Qt::CaseInsensitive))
            c.log(TranscriptEntry::Direction::Warning,
                  tr("The EHLO reply has \"XXXXXXXA\" where STARTTLS would be: a firewall that inspects SMTP "
                     "is hiding STARTTLS from this client."));
        c.finishMilestone(MilestoneState::Passed, reply, FailureKind::None, reply.summary());
    }
    if (c.tlsMode() == TlsMode::Optional && !c.m_capabilities.startTls && !c.m_transport->isEncrypted()) {
        // Known now, also when the steps are run one by one: opportunistic TLS has nothing to do.
        const QString why = tr("The server does not offer STARTTLS: the test goes on unencrypted.");
        c.m_checklist->skip(MilestoneKind::StartTls, {}, why);
        c.m_checklist->skip(MilestoneKind::Tls, {}, why);
        c.m_checklist->skip(MilestoneKind::Ehlo, TestPlan::afterStartTlsSubject(), why);
    }
}

} // namespace mailflow
