#include "smtp/testplan.h"

#include <QCoreApplication>

namespace mailflow {

TestPlan::TestPlan(const SessionOptions &options, StopPoint stop)
    : m_options(options)
    , m_stop(stop)
    , m_tlsMode(effectiveTlsMode(options.tls.mode, options.port))
{ }

QString TestPlan::afterStartTlsSubject()
{
    return QCoreApplication::translate("mailflow::SmtpSession", "after STARTTLS");
}

QString TestPlan::withoutTlsSubject()
{
    return QCoreApplication::translate("mailflow::SmtpSession", "again, without TLS");
}

bool TestPlan::wantsStartTls() const
{
    return m_tlsMode == TlsMode::Optional || m_tlsMode == TlsMode::StartTls;
}

bool TestPlan::sendsDsn() const
{
    return m_options.dsnMode == DsnMode::Force || m_capabilities.dsn;
}

bool TestPlan::sendsBdat() const
{
    return m_options.bdat == BdatMode::Force || (m_options.bdat == BdatMode::Auto && m_capabilities.chunking);
}

bool TestPlan::sendsXclient() const
{
    return !m_options.xclient.isEmpty() && m_stop >= StopPoint::Xclient;
}

bool TestPlan::xclientBeforeStartTls() const
{
    return sendsXclient() && m_options.xclientPolicy.beforeStartTls;
}

QList<PlannedMilestone> TestPlan::milestones() const
{
    QList<PlannedMilestone> plan;
    auto add = [&plan](MilestoneKind kind, const QString &subject, const QString &expected) {
        plan << PlannedMilestone {kind, subject, expected};
    };
    const QString ok = QStringLiteral("250");
    add(MilestoneKind::Connect, {}, QStringLiteral("220"));
    if (m_tlsMode == TlsMode::Implicit)
        add(MilestoneKind::Tls, {}, {});
    // Stopping at an XCLIENT sent before STARTTLS leaves out STARTTLS and AUTH, as swaks does.
    const bool stopsBeforeTls = xclientBeforeStartTls() && m_stop == StopPoint::Xclient;
    if (m_stop != StopPoint::Connect) {
        add(MilestoneKind::Ehlo, {}, ok);
        if (xclientBeforeStartTls())
            add(MilestoneKind::XClient, {}, QStringLiteral("220"));
        if (wantsStartTls() && !stopsBeforeTls) {
            add(MilestoneKind::StartTls, {}, QStringLiteral("220"));
            add(MilestoneKind::Tls, {}, {});
            add(MilestoneKind::Ehlo, afterStartTlsSubject(), ok);
        }
    }
    if (m_stop >= StopPoint::Auth && m_options.auth.isEnabled() && !stopsBeforeTls)
        add(MilestoneKind::Auth, {}, QStringLiteral("235"));
    if (sendsXclient() && !xclientBeforeStartTls())
        add(MilestoneKind::XClient, {}, QStringLiteral("220"));
    if (m_stop >= StopPoint::Mail)
        add(MilestoneKind::Mail, m_options.mailFrom.isEmpty() ? QStringLiteral("<>") : m_options.mailFrom, ok);
    if (m_stop >= StopPoint::Rcpt) {
        for (const Recipient &r : m_options.recipients)
            add(MilestoneKind::Rcpt, r.address, ok);
    }
    if (m_stop >= StopPoint::Data) {
        // BDAT chunks are answered with 250; with Auto the row is corrected once EHLO has been answered.
        add(MilestoneKind::Data, {}, sendsBdat() ? ok : QStringLiteral("354"));
        // LMTP answers the message once for each accepted recipient.
        if (m_options.lmtp) {
            for (const Recipient &r : m_options.recipients)
                add(MilestoneKind::EndOfData, r.address, ok);
        } else {
            add(MilestoneKind::EndOfData, {}, ok);
        }
    }
    add(MilestoneKind::Quit, {}, QStringLiteral("221"));
    return plan;
}

PlanStep TestPlan::next(const PlanProgress &p) const
{
    PlanStep step = nextInConversation(p);
    // The probe comes last, when the test's own envelope (and message) are done: its RSET would undo them.
    const bool greeted = p.stage == PlanProgress::Stage::Greeted || p.stage == PlanProgress::Stage::InTransaction;
    if (step.kind == PlanStep::Kind::Quit && m_options.relayCheck.enabled && !p.relayTried && greeted
        && !p.tlsRequiredFailed && m_stop != StopPoint::Connect)
        step.kind = PlanStep::Kind::RelayCheck;
    return step;
}

PlanStep TestPlan::nextInConversation(const PlanProgress &p) const
{
    using Kind = PlanStep::Kind;
    using Stage = PlanProgress::Stage;
    auto step = [](Kind kind) { return PlanStep {kind, -1, false}; };
    switch (p.stage) {
    case Stage::Disconnected:
        return step(p.connectTried && !p.reconnectWithoutTls ? Kind::End : Kind::Connect);
    case Stage::Waiting:
        return step(Kind::Wait);
    case Stage::Connected:
        if (p.greetingFailed || p.ehloTried || m_stop == StopPoint::Connect)
            return step(Kind::Quit);
        return step(Kind::Ehlo);
    case Stage::Greeted:
        if (xclientBeforeStartTls() && !p.xclientTried)
            return step(Kind::Xclient);
        if (xclientBeforeStartTls() && (!p.xclientGoesOn || m_stop == StopPoint::Xclient))
            return step(Kind::Quit);
        if (m_stop != StopPoint::Connect && wantsStartTls() && !p.startTlsTried && !p.encrypted && !p.withoutTls)
            return step(Kind::StartTls);
        if (p.tlsRequiredFailed)
            return step(Kind::Quit);
        if (m_stop >= StopPoint::Auth && m_options.auth.isEnabled() && !p.authTried)
            return step(Kind::Auth);
        if (m_options.auth.isEnabled() && p.authTried && !p.authenticated && !p.authWentOnWithout)
            return step(Kind::Quit);
        if (sendsXclient() && !p.xclientTried)
            return step(Kind::Xclient);
        if (sendsXclient() && !p.xclientGoesOn)
            return step(Kind::Quit);
        if (m_stop < StopPoint::Mail || p.dataTried || p.mailTried)
            return step(Kind::Quit);
        return step(Kind::Mail);
    case Stage::InTransaction:
        if (m_stop == StopPoint::Mail)
            return step(Kind::Quit);
        for (int i = 0; i < m_options.recipients.size(); ++i) {
            if (!p.rcptTried.contains(i))
                return PlanStep {Kind::Rcpt, i, false};
        }
        if (m_stop == StopPoint::Rcpt || p.dataTried)
            return step(Kind::Quit);
        if (p.acceptedRecipients == 0)
            return PlanStep {Kind::Quit, -1, true};
        return step(Kind::Data);
    }
    return step(Kind::Wait);
}

} // namespace mailflow
