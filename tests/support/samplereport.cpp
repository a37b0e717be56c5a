#include "samplereport.h"

namespace mailflow::test {

Milestone sampleMilestone(MilestoneKind kind, MilestoneState state, int code, const QString &text, qint64 durationMs,
                          const QString &subject)
{
    Milestone m;
    m.kind = kind;
    m.subject = subject;
    m.state = state;
    m.expected = kind == MilestoneKind::Connect ? QStringLiteral("220") : QStringLiteral("250");
    if (code > 0) {
        m.reply.code = code;
        m.reply.status = EnhancedStatus::parse(text);
        m.reply.lines = {text};
        m.summary = QStringLiteral("%1 %2").arg(code).arg(text);
    } else {
        m.summary = text;
    }
    if (state == MilestoneState::Failed)
        m.failure = code > 0 ? FailureKind::Reply : FailureKind::Timeout;
    m.durationMs = durationMs;
    m.startedMs = durationMs >= 0 ? 10 : -1;
    return m;
}

ReportData sampleReport()
{
    ReportData d;
    d.profileName = QStringLiteral("Weekly relay check");
    d.startedAt = QDateTime(QDate(2026, 11, 28), QTime(14, 15, 16, 123));
    d.options.host = QStringLiteral("mx1.example.com");
    d.options.port = 25;
    d.options.ehloName = QStringLiteral("client.corp.example.net");
    d.options.mailFrom = QStringLiteral("alice@corp.example.net");
    d.options.recipients = {Recipient {QStringLiteral("bob@example.com"), DsnNotify::Success | DsnNotify::Failure, {}},
                            Recipient {QStringLiteral("nobody@example.com"), {}, {}}};
    const QString secret = QStringLiteral("s3cret-Pass");
    const QByteArray plain = QByteArray("\0alice\0", 7) + secret.toUtf8();
    d.secrets = {secret};
    const QList<QPair<TranscriptEntry::Direction, QString>> lines = {
        {TranscriptEntry::Direction::Info, QStringLiteral("Connecting to mx1.example.com port 25…")},
        {TranscriptEntry::Direction::Info, QStringLiteral("Connected to 203.0.113.25:25 from 10.1.2.3:50123.")},
        {TranscriptEntry::Direction::Server, QStringLiteral("220 mx1.example.com ESMTP <ready> & \"waiting\"")},
        {TranscriptEntry::Direction::Client, QStringLiteral("EHLO client.corp.example.net")},
        {TranscriptEntry::Direction::Server, QStringLiteral("250 mx1.example.com")},
        {TranscriptEntry::Direction::Client, QStringLiteral("AUTH PLAIN ") + QString::fromLatin1(plain.toBase64())},
        {TranscriptEntry::Direction::Client,
         QStringLiteral("AUTH LOGIN ") + QString::fromLatin1(secret.toUtf8().toBase64())},
        {TranscriptEntry::Direction::Client, QStringLiteral("X-DEBUG password was ") + secret},
        {TranscriptEntry::Direction::Client, QStringLiteral("MAIL FROM:<alice@corp.example.net>")},
        {TranscriptEntry::Direction::Server, QStringLiteral("250 2.1.0 Ok")},
        {TranscriptEntry::Direction::Client, QStringLiteral("RCPT TO:<bob@example.com> NOTIFY=SUCCESS,FAILURE")},
        {TranscriptEntry::Direction::Server, QStringLiteral("250 2.1.5 Ok")},
        {TranscriptEntry::Direction::Client, QStringLiteral("RCPT TO:<nobody@example.com>")},
        {TranscriptEntry::Direction::Server,
         QStringLiteral("550 5.1.1 <nobody@example.com>: Recipient address rejected")},
        {TranscriptEntry::Direction::Warning, QStringLiteral("Control \x01 character and IPv6 2001:470::25 seen")},
        {TranscriptEntry::Direction::Client, QStringLiteral("QUIT")},
        {TranscriptEntry::Direction::Server, QStringLiteral("221 2.0.0 Bye")},
    };
    qint64 t = 0;
    for (const auto &[direction, text] : lines) {
        TranscriptEntry e;
        e.direction = direction;
        e.elapsedMs = t;
        e.wallTime = d.startedAt.addMSecs(t);
        e.text = text;
        d.transcript.append(e);
        t += 7;
    }
    d.milestones = {
        sampleMilestone(MilestoneKind::Connect, MilestoneState::Passed, 220, QStringLiteral("mx1.example.com ESMTP"),
                        40),
        sampleMilestone(MilestoneKind::Ehlo, MilestoneState::Passed, 250, QStringLiteral("mx1.example.com"), 12),
        sampleMilestone(MilestoneKind::Mail, MilestoneState::Passed, 250, QStringLiteral("2.1.0 Ok"), 8,
                        QStringLiteral("alice@corp.example.net")),
        sampleMilestone(MilestoneKind::Rcpt, MilestoneState::Passed, 250, QStringLiteral("2.1.5 Ok"), 9,
                        QStringLiteral("bob@example.com")),
        sampleMilestone(MilestoneKind::Rcpt, MilestoneState::Failed, 550,
                        QStringLiteral("5.1.1 <nobody@example.com>: Recipient address rejected"), 120,
                        QStringLiteral("nobody@example.com")),
        sampleMilestone(MilestoneKind::Data, MilestoneState::Skipped, 0, QStringLiteral("Not reached"), -1),
        sampleMilestone(MilestoneKind::Quit, MilestoneState::Passed, 221, QStringLiteral("2.0.0 Bye"), 3),
    };
    d.milestones[4].diagnosis = {QStringLiteral("The server does not know the mailbox nobody@example.com."),
                                 QStringLiteral("Check the spelling of the address.")};
    d.outcome.verdict = SessionOutcome::Verdict::Failed;
    d.outcome.failedMilestone = 4;
    d.outcome.sentence = QStringLiteral("Failed at RCPT TO nobody@example.com: 550 5.1.1 — unknown mailbox.");
    d.exitCode = 24;
    d.environment.program = QStringLiteral("Mailflow 0.1.0");
    d.environment.os = QStringLiteral("Debian GNU/Linux 12");
    d.environment.hostName = QStringLiteral("helpdesk-pc7");
    d.environment.localAddress = QStringLiteral("10.1.2.3");
    d.environment.dnsServer = QStringLiteral("10.1.0.53");
    d.environment.dateTime = d.startedAt;
    d.environment.timeZone = QStringLiteral("Europe/Berlin (UTC+01:00)");
    d.sections = {ReportSection {QStringLiteral("dns"),
                                 QStringLiteral("DNS"),
                                 {{QStringLiteral("MX example.com"), QStringLiteral("10 mx1.example.com")}}}};
    return d;
}

} // namespace mailflow::test
