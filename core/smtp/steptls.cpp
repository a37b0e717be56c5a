#include "smtp/steptls.h"

#include "smtp/sessioncore.h"
#include "smtp/stepgreeting.h"
#include "tls/certificatepolicy.h"
#include "tls/tlschoices.h"
#include "tls/tlsfiles.h"

namespace mailflow {

void TlsStep::reset()
{
    m_stage = Stage::None;
    m_report = {};
    m_extensionsBefore.clear();
    m_connectMilestone = -1;
    m_tried = m_afterStartTls = m_requiredFailed = false;
}

bool TlsStep::isHandshaking() const
{
    return m_core.m_awaiting == this && m_stage == Stage::Handshake;
}

bool TlsStep::isWaitingForDecision() const
{
    return m_core.m_awaiting == this && m_stage == Stage::Decision;
}

void TlsStep::startTls()
{
    SessionCore &c = m_core;
    if (c.m_state != SessionCore::State::Connected && c.m_state != SessionCore::State::Greeted)
        return;
    if (c.isBusy() || c.m_transport->isEncrypted())
        return;
    begin();
    if (!c.m_capabilities.startTls) {
        if (c.tlsMode() != TlsMode::StartTls) {
            const QString why = tr("The server does not offer STARTTLS: the test goes on unencrypted.");
            c.log(TranscriptEntry::Direction::Warning,
                  tr("The server does not offer STARTTLS, so mail to it travels unencrypted. The test goes on "
                     "without TLS (opportunistic mode)."));
            c.finishMilestone(MilestoneState::Skipped, {}, FailureKind::None, why);
            c.m_checklist->skip(MilestoneKind::Tls, {}, why);
            c.m_checklist->skip(MilestoneKind::Ehlo, TestPlan::afterStartTlsSubject(), why);
            c.stepDone(MilestoneKind::StartTls);
            return;
        }
        c.log(TranscriptEntry::Direction::Warning,
              tr("The server did not offer STARTTLS; sending it anyway because this test requires TLS."));
    }
    send("STARTTLS", QStringLiteral("STARTTLS"));
}

void TlsStep::begin()
{
    m_tried = true;
    m_core.beginMilestone(MilestoneKind::StartTls, {}, QStringLiteral("220"));
}

void TlsStep::send(const QByteArray &command, const QString &shown)
{
    m_extensionsBefore = m_core.m_capabilities.extensions;
    m_stage = Stage::StartTls;
    m_core.send(this, command, shown, m_core.m_options.timeouts.commandMs);
}

void TlsStep::handleReply(const SmtpReply &reply)
{
    if (m_stage == Stage::StartTls) {
        handleStartTls(reply);
        return;
    }
    m_core.log(TranscriptEntry::Direction::Warning, tr("The server sent a reply nobody asked for."));
}

void TlsStep::handleStartTls(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (reply.code != 220) {
        const bool required = c.tlsMode() == TlsMode::StartTls || c.tlsMode() == TlsMode::Implicit;
        if (required) {
            c.judgeReply(reply, 2);
            m_requiredFailed = true;
            c.log(TranscriptEntry::Direction::Error,
                  tr("STARTTLS was refused and this test requires TLS: stopping before anything else is sent."));
        } else {
            c.finishMilestone(MilestoneState::Warning, reply, FailureKind::Reply, reply.summary());
            c.log(TranscriptEntry::Direction::Warning,
                  tr("STARTTLS was refused: the test goes on unencrypted (opportunistic mode)."));
        }
        const QString why = tr("STARTTLS was refused");
        c.m_checklist->skip(MilestoneKind::Tls, {}, why);
        c.m_checklist->skip(MilestoneKind::Ehlo, TestPlan::afterStartTlsSubject(), why);
        c.stepDone(MilestoneKind::StartTls);
        return;
    }
    c.finishMilestone(MilestoneState::Passed, reply, FailureKind::None, reply.summary());
    const int startTlsMilestone = c.m_lastFinished;
    if (c.m_wire->hasUnreadInput()) {
        // RFC 3207 §6: anything sent before the handshake must not be trusted (command injection).
        c.log(TranscriptEntry::Direction::Warning,
              tr("The server sent more lines right after its 220 to STARTTLS; they were discarded, as RFC 3207 "
                 "requires (a sign of a broken server or of an injection attempt)."));
    }
    c.m_wire->resetParser();
    m_afterStartTls = true;
    beginHandshake();
    Q_EMIT c.m_session->stepFinished(MilestoneKind::StartTls, startTlsMilestone);
}

void TlsStep::beginImplicit()
{
    SessionCore &c = m_core;
    m_connectMilestone = c.m_milestone;
    c.m_checklist->setSummary(m_connectMilestone, tr("Connected; TLS handshake before the greeting"));
    beginHandshake();
}

void TlsStep::beginHandshake()
{
    SessionCore &c = m_core;
    c.beginMilestone(MilestoneKind::Tls, {}, {});
    const QString host = c.m_options.tls.sniName.isEmpty() ? c.m_options.host : c.m_options.tls.sniName;
    const bool literal = !QHostAddress(host).isNull();
    if (literal)
        c.log(TranscriptEntry::Direction::Info,
              tr("Starting the TLS handshake (no SNI: %1 is an IP address; the certificate must name it).").arg(host));
    else
        c.log(TranscriptEntry::Direction::Info, tr("Starting the TLS handshake (SNI %1).").arg(host));
    m_stage = Stage::Handshake;
    c.m_wire->setHolding(true); // what arrives now waits for the certificate verdict
    c.await(this, c.m_options.timeouts.commandMs);
    if (m_afterStartTls) {
        // Built only now when no file was named (see GreetingStep::connectToServer): the TLS
        // library and the system CA store are loaded only for a connection that uses TLS.
        QSslConfiguration configuration;
        QString invalid;
        if (!tlsOptionsNeedChecking(c.m_options.tls)
            && buildSslConfiguration(c.m_options.tls, &configuration, &invalid))
            c.m_transport->setSslConfiguration(configuration);
        c.m_transport->startTls();
    }
}

void TlsStep::noteHandshakeFailure()
{
    if (!isHandshaking())
        return;
    const QString chosen = describeTlsChoices(m_core.m_options.tls);
    if (!chosen.isEmpty())
        m_core.log(TranscriptEntry::Direction::Warning,
                   tr("This test allowed only some TLS versions or ciphers (%1): the server may offer none of them.")
                       .arg(chosen));
    if (m_afterStartTls)
        m_core.log(TranscriptEntry::Direction::Warning,
                   tr("The server offered STARTTLS and said 220, but the TLS handshake failed. A firewall or "
                      "security appliance that inspects SMTP often does this; so do a server with a broken "
                      "certificate setup, or no TLS version and cipher in common."));
    else
        m_core.log(TranscriptEntry::Direction::Warning,
                   tr("The TLS handshake failed right after connecting. If this port expects STARTTLS (25, 587) "
                      "rather than implicit TLS (465), choose STARTTLS."));
}

bool TlsStep::fallBackWithoutTls(const QString &message)
{
    SessionCore &c = m_core;
    if (!isHandshaking() || !m_afterStartTls || c.tlsMode() != TlsMode::Optional || !c.m_planRunning
        || !c.m_connectionSubject.isEmpty())
        return false;
    noteHandshakeFailure();
    c.m_wire->disarm();
    c.log(TranscriptEntry::Direction::Error, message);
    c.log(TranscriptEntry::Direction::Warning,
          tr("Opportunistic TLS: the handshake failed, so the test connects again and goes on without TLS, as mail "
             "servers do (postfix's \"may\" level). Mail to this server would travel unencrypted."));
    c.finishMilestone(MilestoneState::Warning, {}, FailureKind::TlsFailed, tr("%1 — went on without TLS").arg(message));
    c.m_checklist->skip(MilestoneKind::Ehlo, TestPlan::afterStartTlsSubject(), tr("the TLS handshake failed"));
    c.closeQuietly();
    c.m_connectionSubject = TestPlan::withoutTlsSubject();
    c.m_reconnectWithoutTls = true;
    Q_EMIT c.m_session->stepFinished(MilestoneKind::Tls, c.m_lastFinished);
    // The new connection waits for the event loop: the failed socket is still inside its own signal.
    QMetaObject::invokeMethod(
        c.m_session,
        [core = &c] {
            if (core->m_reconnectWithoutTls)
                core->advancePlan();
        },
        Qt::QueuedConnection);
    return true;
}

bool TlsStep::handleTimeout(const QString &message)
{
    return fallBackWithoutTls(message);
}

void TlsStep::onEncrypted()
{
    SessionCore &c = m_core;
    if (!isHandshaking())
        return;
    c.idle();
    m_report = c.m_transport->tlsReport();
    for (const QString &line : m_report.describe())
        c.log(TranscriptEntry::Direction::Info, line);
    const QStringList advisories = m_report.advisories();
    for (const QString &line : advisories)
        c.log(TranscriptEntry::Direction::Warning, line);
    Q_EMIT c.m_session->encryptionChanged(true);

    if (m_report.problems.isEmpty()) {
        accept(advisories.isEmpty() ? MilestoneState::Passed : MilestoneState::Warning, {});
        return;
    }
    const QStringList problems = m_report.problemLines();
    if (!c.m_options.tls.verifyCertificate || c.tlsMode() == TlsMode::Optional) {
        for (const QString &line : problems)
            c.log(TranscriptEntry::Direction::Warning, line);
        if (!c.m_options.tls.verifyCertificate) {
            c.log(TranscriptEntry::Direction::Warning,
                  tr("Certificate verification is turned off for this test: continuing although the certificate "
                     "failed verification."));
            accept(MilestoneState::Warning, tr("verification turned off for this test"));
        } else {
            c.log(TranscriptEntry::Direction::Warning,
                  tr("Opportunistic TLS: the certificate failed verification, but the test goes on encrypted, as "
                     "mail servers do on port 25. Require STARTTLS to make this a failure."));
            accept(MilestoneState::Warning, tr("opportunistic TLS, not verified"));
        }
        return;
    }
    for (const QString &line : problems)
        c.log(TranscriptEntry::Direction::Error, line);
    const CertificatePolicy::Decision decision
        = c.m_policy ? c.m_policy->decide(m_report) : CertificatePolicy::Decision::Stop;
    m_stage = Stage::Decision;
    c.await(this, 0);
    if (decision == CertificatePolicy::Decision::Ask) {
        c.log(TranscriptEntry::Direction::Info, tr("Waiting for a decision: continue despite the certificate?"));
        Q_EMIT c.m_session->certificateDecisionNeeded(m_report);
        return;
    }
    continueAfterCertificate(decision == CertificatePolicy::Decision::Continue);
}

void TlsStep::continueAfterCertificate(bool proceed)
{
    if (!isWaitingForDecision())
        return;
    m_core.idle();
    if (proceed) {
        m_core.log(TranscriptEntry::Direction::Warning,
                   tr("Continuing despite the certificate problems, as chosen for this test only."));
        accept(MilestoneState::Warning, tr("continued anyway, as chosen for this test"));
    } else {
        refuse(tr("Stopped: the server's certificate failed verification."));
    }
}

void TlsStep::accept(MilestoneState state, const QString &note)
{
    SessionCore &c = m_core;
    QString summary = m_report.summary();
    if (!note.isEmpty())
        summary += QStringLiteral(" — ") + note;
    c.finishMilestone(state, {}, FailureKind::None, summary);
    if (!m_report.problems.isEmpty() || !m_report.advisories().isEmpty()) {
        Diagnosis d;
        QStringList meaning = m_report.problemLines();
        meaning += m_report.advisories();
        d.meaning = meaning.join(u' ');
        d.nextStep = tr("The connection is encrypted, but tell the server's administrator what is listed here.");
        c.setLastDiagnosis(d);
    }
    const int tlsMilestone = c.m_lastFinished;
    m_stage = Stage::None;
    if (m_afterStartTls) {
        // RFC 3207: forget what was learnt before TLS and greet again.
        c.m_wire->dropHeld();
        c.setState(SessionCore::State::Connected);
        c.m_capabilities = {};
        c.m_greetingStep->forgetEhlo();
        c.stepDone(MilestoneKind::Tls);
        return;
    }
    // Implicit TLS: now the greeting.
    c.m_milestone = m_connectMilestone;
    c.m_greetingStep->awaitGreeting();
    Q_EMIT c.m_session->stepFinished(MilestoneKind::Tls, tlsMilestone);
    c.m_wire->releaseHeld();
}

void TlsStep::refuse(const QString &why)
{
    SessionCore &c = m_core;
    c.log(TranscriptEntry::Direction::Error, why);
    c.finishMilestone(MilestoneState::Failed, {}, FailureKind::TlsFailed, m_report.summary());
    Diagnosis d;
    d.meaning = m_report.problemLines().join(u' ');
    d.nextStep = tr("Have the certificate fixed on the server. If you know the certificate is the server's (a "
                    "private CA), trust that CA with a CA file, or continue anyway for this one test.");
    c.setLastDiagnosis(d);
    c.closeQuietly();
    c.stepDone(MilestoneKind::Tls);
}

void TlsStep::noteCapabilityChanges()
{
    SessionCore &c = m_core;
    if (!m_afterStartTls || !c.m_transport->isEncrypted())
        return;
    QStringList added;
    for (const QString &extension : std::as_const(c.m_capabilities.extensions)) {
        if (!m_extensionsBefore.contains(extension, Qt::CaseInsensitive))
            added << extension;
    }
    if (!added.isEmpty())
        c.log(TranscriptEntry::Direction::Info, tr("New after STARTTLS: %1").arg(added.join(QStringLiteral(", "))));
    if (!c.m_capabilities.authMechanisms.isEmpty()) {
        bool authBefore = false;
        for (const QString &extension : std::as_const(m_extensionsBefore))
            authBefore = authBefore || extension.startsWith(QStringLiteral("AUTH"), Qt::CaseInsensitive);
        if (!authBefore)
            c.log(TranscriptEntry::Direction::Info,
                  tr("The server offers AUTH only inside TLS (a common and sensible setup)."));
    }
}

void TlsStep::warnIfTlsRequired(const SmtpReply &reply)
{
    if (reply.code != 530 || m_core.m_transport->isEncrypted())
        return;
    if (!reply.text().contains(QStringLiteral("TLS"), Qt::CaseInsensitive))
        return;
    m_core.log(TranscriptEntry::Direction::Warning,
               tr("The server requires STARTTLS first (530), and this test did not encrypt the connection: "
                  "use STARTTLS (ports 25, 587) or implicit TLS (port 465)."));
}

} // namespace mailflow
