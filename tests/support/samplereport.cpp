#include "samplereport.h"

#include "aiosmtpdfixture.h"
#include "testcertificates.h"

namespace mailflow::test {

Profile loopbackProfile(const QString &name, quint16 port, int timeoutMs)
{
    Profile p;
    p.name = name;
    p.session.host = QStringLiteral("127.0.0.1");
    p.session.port = port;
    p.session.mailFrom = QStringLiteral("sender@test.example");
    p.session.recipients = {Recipient {QStringLiteral("rcpt@test.example"), {}, {}}};
    p.session.timeouts = Timeouts::uniform(timeoutMs);
    return p;
}

Profile starttlsAuthProfile(const QString &name, quint16 port, const QString &caFile)
{
    Profile p = loopbackProfile(name, port);
    p.session.tls.mode = TlsMode::StartTls;
    p.session.tls.caFile = caFile;
    p.session.auth.mechanism = AuthMechanism::Plain;
    p.session.auth.user = QStringLiteral("helpdesk");
    return p;
}

bool startSubmissionServer(TestCertificates *certificates, AiosmtpdFixture *server, QString *error)
{
    if (!certificates->generate()) {
        *error = certificates->errorString();
        return false;
    }
    server->setTls(certificates->valid().certificate, certificates->valid().key, true);
    server->setAuth(QStringLiteral("helpdesk"), submissionPassword(), false, true);
    if (!server->start()) {
        *error = server->errorString();
        return false;
    }
    return true;
}

TlsReport sampleTlsReport()
{
    TlsReport tls;
    tls.handshakeDone = true;
    tls.protocol = QStringLiteral("TLS 1.3");
    tls.cipher = QStringLiteral("TLS_AES_256_GCM_SHA384");
    tls.cipherBits = 256;
    tls.connectedName = QStringLiteral("mx1.example.com");
    tls.sniName = QStringLiteral("mx1.example.com");
    tls.nameMatches = true;
    tls.checkedAt = QDateTime(QDate(2026, 11, 28), QTime(14, 15), Qt::UTC);
    CertificateSummary leaf;
    leaf.subject = QStringLiteral("CN=mx1.example.com");
    leaf.issuer = QStringLiteral("CN=Example Issuing CA 2026, O=Example Trust Services Ltd");
    leaf.subjectAlternativeNames = {QStringLiteral("DNS:mx1.example.com")};
    leaf.notBefore = QDateTime(QDate(2026, 9, 1), QTime(0, 0), Qt::UTC);
    leaf.notAfter = QDateTime(QDate(2026, 12, 30), QTime(23, 59, 59), Qt::UTC);
    leaf.daysLeft = 32;
    leaf.keyType = QStringLiteral("EC");
    leaf.keyBits = 256;
    leaf.sha256Fingerprint = QStringLiteral(
        "3F:1A:9C:42:7B:E0:55:D1:08:6C:AF:93:21:4E:B7:0D:E2:5A:11:C4:98:7F:36:0B:DA:62:8E:F5:43:19:A7:CC");
    CertificateSummary ca = leaf;
    ca.subject = leaf.issuer;
    ca.issuer = QStringLiteral("CN=Example Root CA, O=Example Trust Services Ltd");
    ca.subjectAlternativeNames.clear();
    ca.notAfter = QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC);
    ca.daysLeft = 1495;
    ca.sha256Fingerprint = QStringLiteral(
        "A0:B1:C2:D3:E4:F5:06:17:28:39:4A:5B:6C:7D:8E:9F:A0:B1:C2:D3:E4:F5:06:17:28:39:4A:5B:6C:7D:8E:9F");
    tls.chain = {leaf, ca};
    return tls;
}

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
        m.reply.setLines({text});
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
    d.dns.domain = QStringLiteral("example.com");
    d.dns.outcome = QStringLiteral("Ok");
    d.dns.message = QStringLiteral("example.com has 2 mail servers (MX records).");
    d.dns.nameserver = QStringLiteral("DNS server 10.1.0.53");
    d.dns.hosts
        = {DnsHostRow {10, QStringLiteral("mx1.example.com"), {QStringLiteral("192.0.2.25")}, {}},
           DnsHostRow {20, QStringLiteral("mx2.example.com"), {}, QStringLiteral("mx2.example.com does not exist.")}};
    d.dns.address = QStringLiteral("192.0.2.25");
    d.dns.reverseStatus = QStringLiteral("Confirmed");
    d.dns.ptrNames = {QStringLiteral("mx1.example.com")};
    d.dns.confirmedName = QStringLiteral("mx1.example.com");
    d.dns.reverseMessages = {QStringLiteral("192.0.2.25 has reverse DNS mx1.example.com, which points back to it.")};
    d.setTls(sampleTlsReport());
    return d;
}

} // namespace mailflow::test
