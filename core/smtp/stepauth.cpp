#include "smtp/stepauth.h"

#include "base/printable.h"
#include "smtp/authenticator.h"
#include "smtp/sessioncore.h"

namespace mailflow {

AuthStep::AuthStep(SessionCore &core)
    : SessionStep(core)
{ }

AuthStep::~AuthStep() = default;

void AuthStep::reset()
{
    close();
    m_stage = Stage::None;
    m_tried = m_authenticated = m_wentOnWithout = false;
}

void AuthStep::close()
{
    m_authenticator.reset();
    m_typed = false;
}

void AuthStep::failLocally(FailureKind failure, const QString &why, const Diagnosis &diagnosis)
{
    if (goOnWithout(!m_core.m_capabilities.authMechanisms.isEmpty(), why))
        return;
    m_core.log(TranscriptEntry::Direction::Error, why);
    m_core.finishMilestone(MilestoneState::Failed, {}, failure, why);
    if (!diagnosis.isEmpty())
        m_core.setLastDiagnosis(diagnosis);
    m_core.stepDone(MilestoneKind::Auth);
}

void AuthStep::authenticate()
{
    SessionCore &c = m_core;
    if (c.m_state != SessionCore::State::Connected && c.m_state != SessionCore::State::Greeted)
        return;
    if (c.isBusy())
        return;
    m_tried = true;
    m_authenticated = m_wentOnWithout = false;
    c.beginMilestone(MilestoneKind::Auth, {}, QStringLiteral("235"));
    const AuthOptions &auth = c.m_options.auth;
    if (!auth.isEnabled() || auth.user.isEmpty()) {
        failLocally(FailureKind::LocalError, tr("No user name was given for AUTH."), {});
        return;
    }
    const bool token = c.m_credentials.isToken;
    if (c.m_credentials.password.isEmpty()) {
        failLocally(FailureKind::LocalError,
                    token ? tr("No access token was given for AUTH.") : tr("No password was given for AUTH."), {});
        return;
    }
    const bool encrypted = c.m_transport->isEncrypted();
    if (!encrypted && !auth.allowPlaintext) {
        Diagnosis d;
        d.meaning = tr("The credentials were not sent: the connection is not encrypted, and anyone on the path "
                       "could read them.");
        d.nextStep = tr("Use STARTTLS (ports 25, 587) or implicit TLS (port 465). Only if you must test a login "
                        "without TLS, allow it explicitly for this test.");
        failLocally(FailureKind::TlsFailed,
                    tr("Credentials not sent: the connection is not encrypted (login without TLS was not "
                       "allowed for this test)."),
                    d);
        return;
    }
    const Capabilities &caps = c.m_capabilities;
    const AuthMechanism mechanism = Authenticator::choose(auth.mechanism, caps.authMechanisms, encrypted, token);
    if (mechanism != AuthMechanism::None && isTokenMechanism(mechanism) != token) {
        failLocally(FailureKind::LocalError,
                    token ? tr("%1 logs in with a password, but an access token was given.")
                                .arg(Authenticator::mechanismName(mechanism))
                          : tr("%1 logs in with an OAuth access token, but a password was given.")
                                .arg(Authenticator::mechanismName(mechanism)),
                    {});
        return;
    }
    if (mechanism == AuthMechanism::None) {
        Diagnosis d;
        if (caps.authMechanisms.isEmpty()) {
            d.meaning = tr("The server did not offer AUTH in its EHLO reply, so there is no way to log in here.");
            d.nextStep = tr("Many servers offer AUTH only after STARTTLS, or only on the submission port 587 (or "
                            "465): change the port or turn on TLS.");
        } else if (token) {
            d.meaning = tr("The server offers no OAuth login (XOAUTH2 or OAUTHBEARER) for the access token, only "
                           "%1.")
                            .arg(caps.authMechanisms.join(u' '));
            d.nextStep = tr("Log in with a password instead, or check that OAuth is enabled for SMTP on this "
                            "server (Microsoft 365: \"Authenticated SMTP\" for the mailbox).");
        } else {
            d.meaning = tr("The server offers only login mechanisms this program does not speak (%1).")
                            .arg(caps.authMechanisms.join(u' '));
            d.nextStep = tr("Force PLAIN, LOGIN, CRAM-MD5 or SCRAM to try one anyway.");
        }
        failLocally(FailureKind::None, tr("No usable AUTH mechanism offered"), d);
        return;
    }
    const QString name = Authenticator::mechanismName(mechanism);
    if (!encrypted)
        c.log(TranscriptEntry::Direction::Warning,
              tr("Sending credentials over an UNENCRYPTED connection, as allowed for this test: anyone on the "
                 "path can read them."));
    if (!caps.hasAuthMechanism(name))
        c.log(TranscriptEntry::Direction::Warning,
              tr("The server did not offer AUTH %1; trying it anyway as it was chosen.").arg(name));
    c.log(TranscriptEntry::Direction::Info, tr("Logging in as \"%1\" with %2.").arg(auth.user, name));
    m_authenticator = std::make_unique<Authenticator>(mechanism, auth.user, c.m_credentials.password);
    m_authenticator->setLoginInitialResponse(auth.loginInitialResponse);
    m_refusal = {};
    const Authenticator::Step step = m_authenticator->start();
    m_stage = Stage::Auth;
    c.send(this, step.wire, step.shown, c.m_options.timeouts.commandMs);
}

void AuthStep::sendTyped(const QString &line)
{
    const QStringList words = line.split(u' ', Qt::SkipEmptyParts);
    const QString shown = words.size() > 2
        ? QStringLiteral("%1 %2 %3").arg(words.at(0), words.at(1), Authenticator::hiddenCredentials())
        : line;
    m_typed = true;
    m_core.beginMilestone(MilestoneKind::Auth, {}, QStringLiteral("235"));
    m_stage = Stage::Typed;
    m_core.send(this, line.toUtf8(), shown, m_core.m_options.timeouts.commandMs);
}

void AuthStep::answerChallenge(const QString &line)
{
    m_stage = Stage::Typed;
    m_core.send(this, line.toUtf8(), Authenticator::mask(), m_core.m_options.timeouts.commandMs);
}

void AuthStep::handleReply(const SmtpReply &reply)
{
    SessionCore &c = m_core;
    if (m_stage == Stage::Typed) {
        handleTypedReply(reply);
        return;
    }
    if (reply.code == 334 && m_authenticator) {
        Authenticator::Step step;
        QString decoded;
        const bool ok = m_authenticator->respond(reply.line(0).toLatin1(), &step, &decoded);
        c.log(TranscriptEntry::Direction::Info, tr("Challenge (decoded): \"%1\"").arg(decoded));
        const QString problem = m_authenticator->problem();
        if (!ok && !problem.isEmpty()) {
            c.log(TranscriptEntry::Direction::Error, problem + u' ' + tr("Cancelling the login."));
            m_refusal = {problem,
                         tr("Check that the host name is the server that holds the account; a proxy or "
                            "interception device in between cannot take part in SCRAM.")};
        } else if (!ok) {
            c.log(TranscriptEntry::Direction::Warning,
                  tr("The server asked for more than this mechanism needs; cancelling the login."));
        }
        if (const Diagnosis refusal = m_authenticator->refusal(); !refusal.isEmpty()) {
            c.log(TranscriptEntry::Direction::Warning, refusal.meaning);
            m_refusal = refusal;
        }
        c.send(this, step.wire, step.shown, c.m_options.timeouts.commandMs);
        return;
    }
    m_authenticator.reset();
    if (reply.code == 235) {
        m_authenticated = true;
        c.finishMilestone(MilestoneState::Passed, reply, FailureKind::None, reply.summary());
    } else if (!goOnWithout(true, reply.summary(), reply)) {
        c.judgeReply(reply, 2);
        // What the mechanism learnt (an OAuth error, a false SCRAM signature) says more than the bare 535.
        if (!m_refusal.isEmpty())
            c.setLastDiagnosis(m_refusal);
    }
    m_refusal = {};
    c.stepDone(MilestoneKind::Auth);
}

bool AuthStep::goOnWithout(bool offered, const QString &why, const SmtpReply &reply)
{
    const AuthRequirement requirement = m_core.m_options.auth.requirement;
    if (requirement == AuthRequirement::Required || (offered && requirement == AuthRequirement::OptionalStrict))
        return false;
    m_wentOnWithout = true;
    const QString note = offered ? tr("%1 — AUTH is optional for this test: going on without logging in").arg(why)
                                 : tr("AUTH not offered — it is optional for this test: going on without logging in");
    m_core.log(TranscriptEntry::Direction::Warning, note);
    m_core.finishMilestone(offered ? MilestoneState::Warning : MilestoneState::Skipped, reply, FailureKind::None, note);
    m_refusal = {};
    m_core.stepDone(MilestoneKind::Auth);
    return true;
}

void AuthStep::handleTypedReply(const SmtpReply &reply)
{
    if (reply.code == 334) {
        const auto decoded
            = QByteArray::fromBase64Encoding(reply.line(0).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (decoded)
            m_core.log(TranscriptEntry::Direction::Info,
                       tr("Challenge (decoded): \"%1\"; type the answer in base64 (it is hidden in the transcript).")
                           .arg(printableText(*decoded)));
        return; // still typed: the next console line answers and is masked
    }
    m_typed = false;
    m_tried = true;
    m_authenticated = reply.code == 235;
    m_core.judgeReply(reply, 2);
    m_core.stepDone(MilestoneKind::Auth);
}

} // namespace mailflow
