// The TLS (STARTTLS, implicit TLS, certificate verdict) and AUTH steps of SmtpSession.
#include "smtp/authenticator.h"
#include "tls/certificatepolicy.h"
#include "smtp/smtpsession.h"

namespace mailflow {

void SmtpSession::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

void SmtpSession::setCertificatePolicy(CertificatePolicy *policy)
{
    m_policy = policy;
}

TlsMode SmtpSession::tlsMode() const
{
    return effectiveTlsMode(m_options.tls.mode, m_options.port);
}

bool SmtpSession::isEncrypted() const
{
    return m_state != State::Disconnected && m_transport->isEncrypted();
}

bool SmtpSession::wantStartTls() const
{
    const TlsMode mode = tlsMode();
    return mode == TlsMode::Optional || mode == TlsMode::StartTls;
}

QString SmtpSession::afterStartTlsSubject() const
{
    return tr("after STARTTLS");
}

void SmtpSession::resetSecurityState()
{
    m_tlsReport = {};
    m_authenticator.reset();
    m_extensionsBeforeTls.clear();
    m_heldData.clear();
    m_connectMilestone = -1;
    m_startTlsTried = m_afterStartTls = m_tlsRequiredFailed = false;
    m_authTried = m_authenticated = m_rawAuth = false;
}

void SmtpSession::skipPlanned(MilestoneKind kind, const QString &subject, const QString &summary)
{
    for (int i = 0; i < m_checklist->count(); ++i) {
        Milestone m = m_checklist->at(i);
        if (m.kind != kind || m.subject.compare(subject, Qt::CaseInsensitive) != 0)
            continue;
        if (m.state != MilestoneState::Pending)
            continue;
        m.state = MilestoneState::Skipped;
        m.summary = summary;
        m_checklist->update(i, m);
    }
}

void SmtpSession::setLastDiagnosis(const Diagnosis &diagnosis)
{
    if (m_lastFinished < 0 || m_lastFinished >= m_checklist->count())
        return;
    Milestone m = m_checklist->at(m_lastFinished);
    m.diagnosis = diagnosis;
    m_checklist->update(m_lastFinished, m);
}

// ---- STARTTLS --------------------------------------------------------------------------------

void SmtpSession::startTls()
{
    if (m_state != State::Connected && m_state != State::Greeted)
        return;
    if (isBusy() || m_transport->isEncrypted())
        return;
    m_startTlsTried = true;
    beginMilestone(MilestoneKind::StartTls, {}, QStringLiteral("220"));
    if (!m_capabilities.startTls) {
        if (tlsMode() != TlsMode::StartTls) {
            const QString why = tr("The server does not offer STARTTLS: the test goes on unencrypted.");
            log(TranscriptEntry::Direction::Warning,
                tr("The server does not offer STARTTLS, so mail to it travels unencrypted. The test goes on "
                   "without TLS (opportunistic mode)."));
            finishMilestone(MilestoneState::Skipped, {}, FailureKind::None, why);
            skipPlanned(MilestoneKind::Tls, {}, why);
            skipPlanned(MilestoneKind::Ehlo, afterStartTlsSubject(), why);
            stepDone(MilestoneKind::StartTls);
            return;
        }
        log(TranscriptEntry::Direction::Warning,
            tr("The server did not offer STARTTLS; sending it anyway because this test requires TLS."));
    }
    m_extensionsBeforeTls = m_capabilities.extensions;
    sendCommand("STARTTLS", QStringLiteral("STARTTLS"), Pending::StartTls, m_options.timeouts.commandMs);
}

void SmtpSession::handleStartTls(const SmtpReply &reply)
{
    if (reply.code != 220) {
        const bool required = tlsMode() == TlsMode::StartTls || tlsMode() == TlsMode::Implicit;
        if (required)
            judgeReply(reply, 2);
        else
            finishMilestone(MilestoneState::Warning, reply, FailureKind::Reply, reply.summary());
        if (required) {
            m_tlsRequiredFailed = true;
            log(TranscriptEntry::Direction::Error,
                tr("STARTTLS was refused and this test requires TLS: stopping before anything else is sent."));
        } else {
            log(TranscriptEntry::Direction::Warning,
                tr("STARTTLS was refused: the test goes on unencrypted (opportunistic mode)."));
        }
        const QString why = tr("STARTTLS was refused");
        skipPlanned(MilestoneKind::Tls, {}, why);
        skipPlanned(MilestoneKind::Ehlo, afterStartTlsSubject(), why);
        stepDone(MilestoneKind::StartTls);
        return;
    }
    finishMilestone(MilestoneState::Passed, reply, FailureKind::None, reply.summary());
    const int startTlsMilestone = m_lastFinished;
    if (m_parser.hasEvents() || m_parser.isInsideReply()) {
        // RFC 3207 §6: anything sent before the handshake must not be trusted (command injection).
        log(TranscriptEntry::Direction::Warning,
            tr("The server sent more lines right after its 220 to STARTTLS; they were discarded, as RFC 3207 "
               "requires (a sign of a broken server or of an injection attempt)."));
    }
    m_parser.reset();
    m_afterStartTls = true;
    beginTlsHandshake();
    Q_EMIT stepFinished(MilestoneKind::StartTls, startTlsMilestone);
}

void SmtpSession::beginTlsHandshake()
{
    beginMilestone(MilestoneKind::Tls, {}, {});
    const QString host = m_options.host;
    const bool literal = !QHostAddress(host).isNull();
    if (literal)
        log(TranscriptEntry::Direction::Info,
            tr("Starting the TLS handshake (no SNI: %1 is an IP address; the certificate must name it).").arg(host));
    else
        log(TranscriptEntry::Direction::Info, tr("Starting the TLS handshake (SNI %1).").arg(host));
    setPending(Pending::TlsHandshake, m_options.timeouts.commandMs);
    if (m_afterStartTls)
        m_transport->startTls();
}

void SmtpSession::noteHandshakeFailure()
{
    if (m_pending != Pending::TlsHandshake)
        return;
    if (m_afterStartTls)
        log(TranscriptEntry::Direction::Warning,
            tr("The server offered STARTTLS and said 220, but the TLS handshake failed. A firewall or security "
               "appliance that inspects SMTP often does this; so do a server with a broken certificate "
               "setup, or no TLS version and cipher in common."));
    else
        log(TranscriptEntry::Direction::Warning,
            tr("The TLS handshake failed right after connecting. If this port expects STARTTLS (25, 587) rather "
               "than implicit TLS (465), choose STARTTLS."));
}

void SmtpSession::onEncrypted()
{
    if (m_pending != Pending::TlsHandshake)
        return;
    setPending(Pending::None, 0);
    m_tlsReport = m_transport->tlsReport();
    for (const QString &line : m_tlsReport.describe())
        log(TranscriptEntry::Direction::Info, line);
    const QStringList advisories = m_tlsReport.advisories();
    for (const QString &line : advisories)
        log(TranscriptEntry::Direction::Warning, line);
    Q_EMIT encryptionChanged(true);

    if (m_tlsReport.problems.isEmpty()) {
        acceptTls(advisories.isEmpty() ? MilestoneState::Passed : MilestoneState::Warning, {});
        return;
    }
    const QStringList problems = m_tlsReport.problemLines();
    if (!m_options.tls.verifyCertificate) {
        for (const QString &line : problems)
            log(TranscriptEntry::Direction::Warning, line);
        log(TranscriptEntry::Direction::Warning,
            tr("Certificate verification is turned off for this test: continuing although the certificate "
               "failed verification."));
        acceptTls(MilestoneState::Warning, tr("verification turned off for this test"));
        return;
    }
    if (tlsMode() == TlsMode::Optional) {
        for (const QString &line : problems)
            log(TranscriptEntry::Direction::Warning, line);
        log(TranscriptEntry::Direction::Warning,
            tr("Opportunistic TLS: the certificate failed verification, but the test goes on encrypted, as mail "
               "servers do on port 25. Require STARTTLS to make this a failure."));
        acceptTls(MilestoneState::Warning, tr("opportunistic TLS, not verified"));
        return;
    }
    for (const QString &line : problems)
        log(TranscriptEntry::Direction::Error, line);
    const CertificatePolicy::Decision decision
        = m_policy ? m_policy->decide(m_tlsReport) : CertificatePolicy::Decision::Stop;
    if (decision == CertificatePolicy::Decision::Ask) {
        log(TranscriptEntry::Direction::Info, tr("Waiting for a decision: continue despite the certificate?"));
        setPending(Pending::CertificateDecision, 0);
        Q_EMIT certificateDecisionNeeded(m_tlsReport);
        return;
    }
    setPending(Pending::CertificateDecision, 0);
    continueAfterCertificate(decision == CertificatePolicy::Decision::Continue);
}

void SmtpSession::continueAfterCertificate(bool proceed)
{
    if (m_pending != Pending::CertificateDecision)
        return;
    setPending(Pending::None, 0);
    if (proceed) {
        log(TranscriptEntry::Direction::Warning,
            tr("Continuing despite the certificate problems, as chosen for this test only."));
        acceptTls(MilestoneState::Warning, tr("continued anyway, as chosen for this test"));
    } else {
        refuseTls(tr("Stopped: the server's certificate failed verification."));
    }
}

void SmtpSession::acceptTls(MilestoneState state, const QString &note)
{
    QString summary = m_tlsReport.summary();
    if (!note.isEmpty())
        summary += QStringLiteral(" — ") + note;
    finishMilestone(state, {}, FailureKind::None, summary);
    if (!m_tlsReport.problems.isEmpty() || !m_tlsReport.advisories().isEmpty()) {
        Diagnosis d;
        QStringList meaning = m_tlsReport.problemLines();
        meaning += m_tlsReport.advisories();
        d.meaning = meaning.join(u' ');
        d.nextStep = tr("The connection is encrypted, but tell the server's administrator what is listed here.");
        setLastDiagnosis(d);
    }
    const int tlsMilestone = m_lastFinished;
    if (m_afterStartTls) {
        // RFC 3207: forget what was learnt before TLS and greet again.
        setState(State::Connected);
        m_capabilities = {};
        m_ehloTried = false;
        stepDone(MilestoneKind::Tls);
        return;
    }
    // Implicit TLS: now the greeting.
    m_milestone = m_connectMilestone;
    setPending(Pending::Greeting, m_options.timeouts.greetingMs);
    Q_EMIT stepFinished(MilestoneKind::Tls, tlsMilestone);
    if (!m_heldData.isEmpty()) {
        const QByteArray held = std::exchange(m_heldData, {});
        onData(held);
    }
}

void SmtpSession::refuseTls(const QString &why)
{
    log(TranscriptEntry::Direction::Error, why);
    finishMilestone(MilestoneState::Failed, {}, FailureKind::TlsFailed, m_tlsReport.summary());
    Diagnosis d;
    d.meaning = m_tlsReport.problemLines().join(u' ');
    d.nextStep = tr("Have the certificate fixed on the server. If you know the certificate is the server's (a "
                    "private CA), trust that CA with a CA file, or continue anyway for this one test.");
    setLastDiagnosis(d);
    closeQuietly();
    stepDone(MilestoneKind::Tls);
}

void SmtpSession::noteCapabilityChanges()
{
    if (!m_afterStartTls || !m_transport->isEncrypted())
        return;
    QStringList added;
    for (const QString &extension : std::as_const(m_capabilities.extensions)) {
        if (!m_extensionsBeforeTls.contains(extension, Qt::CaseInsensitive))
            added << extension;
    }
    if (!added.isEmpty())
        log(TranscriptEntry::Direction::Info, tr("New after STARTTLS: %1").arg(added.join(QStringLiteral(", "))));
    if (!m_capabilities.authMechanisms.isEmpty()) {
        bool authBefore = false;
        for (const QString &extension : std::as_const(m_extensionsBeforeTls))
            authBefore = authBefore || extension.startsWith(QStringLiteral("AUTH"), Qt::CaseInsensitive);
        if (!authBefore)
            log(TranscriptEntry::Direction::Info,
                tr("The server offers AUTH only inside TLS (a common and sensible setup)."));
    }
}

void SmtpSession::warnIfTlsRequired(const SmtpReply &reply)
{
    if (reply.code != 530 || m_transport->isEncrypted())
        return;
    if (!reply.text().contains(QStringLiteral("TLS"), Qt::CaseInsensitive))
        return;
    log(TranscriptEntry::Direction::Warning,
        tr("The server requires STARTTLS first (530), and this test did not encrypt the connection: "
           "use STARTTLS (ports 25, 587) or implicit TLS (port 465)."));
}

// ---- AUTH ------------------------------------------------------------------------------------

void SmtpSession::failAuthLocally(FailureKind failure, const QString &why, const Diagnosis &diagnosis)
{
    log(TranscriptEntry::Direction::Error, why);
    finishMilestone(MilestoneState::Failed, {}, failure, why);
    if (!diagnosis.isEmpty())
        setLastDiagnosis(diagnosis);
    stepDone(MilestoneKind::Auth);
}

void SmtpSession::authenticate()
{
    if (m_state != State::Connected && m_state != State::Greeted)
        return;
    if (isBusy())
        return;
    m_authTried = true;
    m_authenticated = false;
    beginMilestone(MilestoneKind::Auth, {}, QStringLiteral("235"));
    const AuthOptions &auth = m_options.auth;
    if (!auth.isEnabled() || auth.user.isEmpty()) {
        failAuthLocally(FailureKind::LocalError, tr("No user name was given for AUTH."), {});
        return;
    }
    if (m_credentials.password.isEmpty()) {
        failAuthLocally(FailureKind::LocalError, tr("No password was given for AUTH."), {});
        return;
    }
    const bool encrypted = m_transport->isEncrypted();
    if (!encrypted && !auth.allowPlaintext) {
        Diagnosis d;
        d.meaning = tr("The credentials were not sent: the connection is not encrypted, and anyone on the path "
                       "could read them.");
        d.nextStep = tr("Use STARTTLS (ports 25, 587) or implicit TLS (port 465). Only if you must test a login "
                        "without TLS, allow it explicitly for this test.");
        failAuthLocally(FailureKind::TlsFailed,
                        tr("Credentials not sent: the connection is not encrypted (login without TLS was not "
                           "allowed for this test)."),
                        d);
        return;
    }
    const AuthMechanism mechanism = Authenticator::choose(auth.mechanism, m_capabilities.authMechanisms, encrypted);
    if (mechanism == AuthMechanism::None) {
        Diagnosis d;
        if (m_capabilities.authMechanisms.isEmpty()) {
            d.meaning = tr("The server did not offer AUTH in its EHLO reply, so there is no way to log in here.");
            d.nextStep = tr("Many servers offer AUTH only after STARTTLS, or only on the submission port 587 (or "
                            "465): change the port or turn on TLS.");
        } else {
            d.meaning = tr("The server offers only login mechanisms this program does not speak (%1).")
                            .arg(m_capabilities.authMechanisms.join(u' '));
            d.nextStep = tr("Force PLAIN, LOGIN or CRAM-MD5 to try one anyway.");
        }
        failAuthLocally(FailureKind::None, tr("No usable AUTH mechanism offered"), d);
        return;
    }
    const QString name = Authenticator::mechanismName(mechanism);
    if (!encrypted)
        log(TranscriptEntry::Direction::Warning,
            tr("Sending credentials over an UNENCRYPTED connection, as allowed for this test: anyone on the path "
               "can read them."));
    if (!m_capabilities.hasAuthMechanism(name))
        log(TranscriptEntry::Direction::Warning,
            tr("The server did not offer AUTH %1; trying it anyway as it was chosen.").arg(name));
    log(TranscriptEntry::Direction::Info, tr("Logging in as \"%1\" with %2.").arg(auth.user, name));
    m_authenticator = std::make_unique<Authenticator>(mechanism, auth.user, m_credentials.password);
    const Authenticator::Step step = m_authenticator->start();
    sendCommand(step.wire, step.shown, Pending::Auth, m_options.timeouts.commandMs);
}

void SmtpSession::handleAuth(const SmtpReply &reply)
{
    if (reply.code == 334 && m_authenticator) {
        Authenticator::Step step;
        QString decoded;
        const bool ok = m_authenticator->respond(reply.lines.value(0).toLatin1(), &step, &decoded);
        log(TranscriptEntry::Direction::Info, tr("Challenge (decoded): \"%1\"").arg(decoded));
        if (!ok)
            log(TranscriptEntry::Direction::Warning,
                tr("The server asked for more than this mechanism needs; cancelling the login."));
        sendCommand(step.wire, step.shown, Pending::Auth, m_options.timeouts.commandMs);
        return;
    }
    m_authenticator.reset();
    if (reply.code == 235) {
        m_authenticated = true;
        finishMilestone(MilestoneState::Passed, reply, FailureKind::None, reply.summary());
    } else {
        judgeReply(reply, 2);
    }
    stepDone(MilestoneKind::Auth);
}

void SmtpSession::handleRawAuth(const SmtpReply &reply)
{
    if (reply.code == 334) {
        const auto decoded
            = QByteArray::fromBase64Encoding(reply.lines.value(0).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            log(TranscriptEntry::Direction::Info,
                tr("Challenge (decoded): \"%1\"; type the answer in base64 (it is hidden in the transcript).")
                    .arg(QString::fromUtf8(*decoded)));
        return; // m_rawAuth stays on: the next raw line is masked
    }
    m_rawAuth = false;
    m_authTried = true;
    m_authenticated = reply.code == 235;
    judgeReply(reply, 2);
    stepDone(MilestoneKind::Auth);
}

} // namespace mailflow
