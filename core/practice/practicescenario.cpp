#include "practice/practicescenario.h"

namespace mailflow {

namespace {
// Each row names only what differs from a healthy server; the other members keep their defaults.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#define PRACTICE_TR(text) QT_TRANSLATE_NOOP("mailflow::PracticeScenario", text)

// The replies are what Postfix, Exim, Microsoft 365 and Gmail send, so that what a learner meets here is
// recognised on a real server.
const QList<PracticeScenario> scenarios {
    {"healthy",
     PRACTICE_TR("A healthy server: every step passes."),
     PRACTICE_TR("Every row turns green: 220 greeting, 250 to EHLO, STARTTLS, MAIL FROM, RCPT TO, 354 to DATA, "
                 "250 after the final dot and 221 to QUIT. This is what a working server looks like."),
     {},
     {},
     "end-of-data",
     "passed",
     "none"},
    {"helo-only",
     PRACTICE_TR("An old server that answers 500 to EHLO and speaks only HELO."),
     PRACTICE_TR("EHLO gets \"500 Command unrecognized\": the server does not speak ESMTP. The test falls back "
                 "to HELO and goes on, without SIZE, STARTTLS, AUTH or DSN - a warning, not a failure."),
     // Sendmail's answer to a command it does not know (srvrsmtp.c), as an old HELO-only server gives it.
     {.fault = {PracticeStage::Ehlo, "500 5.5.1 Command unrecognized: \"EHLO %1\""}},
     {},
     "ehlo",
     "warning",
     "ehlo-not-supported"},
    {"relay-denied",
     PRACTICE_TR("The server refuses to relay to a domain it does not serve."),
     PRACTICE_TR("RCPT TO gets \"554 5.7.1 Relay access denied\": this server is not the destination of the "
                 "recipient's domain and does not know you. Test the recipient's MX, or log in first."),
     // Postfix's reject_unauth_destination (smtpd_check.c, SMTPD_ACCESS_README).
     {.fault = {PracticeStage::Rcpt, "554 5.7.1 <%1>: Relay access denied"}},
     {},
     "rcpt",
     "failed",
     "relay-denied"},
    {"unknown-user",
     PRACTICE_TR("The recipient's mailbox does not exist."),
     PRACTICE_TR("RCPT TO gets \"550 5.1.1 User unknown\": the domain is right but there is no such mailbox. "
                 "Check the spelling of the address."),
     // Postfix's local_recipient_maps check (LOCAL_RECIPIENT_README).
     {.fault
      = {PracticeStage::Rcpt, "550 5.1.1 <%1>: Recipient address rejected: User unknown in local recipient table"}},
     {},
     "rcpt",
     "failed",
     "unknown-recipient"},
    {"mailbox-full",
     PRACTICE_TR("The recipient's mailbox is over quota."),
     PRACTICE_TR("RCPT TO gets \"552 5.2.2 over quota\": the mailbox exists but is full. Only the recipient "
                 "can make room; sending again later may work."),
     // Gmail's permanent over-quota reply (support.google.com/a/answer/3726730; the 452 4.2.2 form has the
     // same words).
     {.fault = {PracticeStage::Rcpt,
                "552-5.2.2 The email account that you tried to reach is over quota. Please direct\n"
                "552 5.2.2 the recipient to https://support.google.com/mail/?p=OverQuotaPerm"}},
     {},
     "rcpt",
     "failed",
     "mailbox-full"},
    {"message-too-big",
     PRACTICE_TR("The server advertises SIZE 200 and refuses a bigger message."),
     PRACTICE_TR("EHLO says \"SIZE 200\"; MAIL FROM announces the message's size and gets \"552 5.3.4 Message "
                 "size exceeds fixed limit\". Send a smaller message or ask for a higher limit."),
     // Postfix's reply to a SIZE= over message_size_limit (smtpd.c).
     {.sizeLimit = 200},
     {},
     "mail",
     "failed",
     "message-too-big"},
    {"greylisting",
     PRACTICE_TR("Greylisting: the first try is deferred with 450, a retry a little later passes."),
     PRACTICE_TR("RCPT TO gets \"450 4.2.0 Greylisted\": a temporary refusal that a real mail server retries. "
                 "Run the test again after a few seconds and it passes."),
     // Postgrey's default reject text, through Postfix's check_policy_service (postgrey(8)).
     {.fault = {PracticeStage::Rcpt,
                "450 4.2.0 <%1>: Recipient address rejected: Greylisted, see "
                "http://postgrey.schweikert.ch/help/%2.html",
                false, PracticeWhen::FirstAttempt}},
     {},
     "rcpt",
     "warning",
     "greylisting"},
    {"rate-limited",
     PRACTICE_TR("The server takes 3 messages from a client, then refuses the next with 421."),
     PRACTICE_TR("The server has taken 3 messages from you in this session (the practice counts them as sent "
                 "before your test), so MAIL FROM for the 4th gets \"421 4.7.28 ... temporarily rate limited\" "
                 "and the server closes the connection: too much mail came from this address. Wait and send "
                 "less."),
     // Gmail's per-IP limit, "421 4.7.28" with UnsolicitedRateLimitError (support.google.com/a/answer/3726730,
     // smtp.codes/google); it closes the connection as every 421 does (RFC 5321 3.8).
     {.messageLimit = 3,
      .fault = {PracticeStage::Mail,
                "421-4.7.28 [127.0.0.1] Our system has detected an unusual rate of unsolicited mail\n"
                "421-4.7.28 originating from your IP address. To protect our users from spam, mail\n"
                "421-4.7.28 sent from your IP address has been temporarily rate limited. Please visit\n"
                "421-4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError to review our\n"
                "421 4.7.28 Bulk Email Senders Guidelines. - gsmtp",
                true, PracticeWhen::OverLimit}},
     {.sentUpToLimit = true},
     "mail",
     "warning",
     "rate-limited"},
    {"blocklisted",
     PRACTICE_TR("Your address is on a block list: 554 at the greeting."),
     PRACTICE_TR("The greeting itself is \"554 5.7.1 ... blocked using zen.spamhaus.org\": the server refuses "
                 "your IP address before any command. Look the address up at Spamhaus and ask for delisting."),
     // Postfix's reject_rbl_client text with Spamhaus's lookup address (postconf(5) default_rbl_reply,
     // spamhaus.org); a 554 greeting is RFC 5321 3.1's way to refuse a client outright.
     {.fault = {PracticeStage::Greeting,
                "554 5.7.1 Service unavailable; Client host [127.0.0.1] blocked using zen.spamhaus.org; "
                "https://www.spamhaus.org/query/ip/127.0.0.1"}},
     {},
     "connect",
     "failed",
     "sender-blocklisted"},
    {"dmarc-rejected",
     PRACTICE_TR("The message is refused after the final dot by the sender domain's DMARC policy."),
     PRACTICE_TR("Everything passes until the final dot, then \"550 5.7.26 ... DMARC policy\": the sender's "
                 "domain publishes DMARC and this message is not authenticated (SPF or DKIM). Fix the sender "
                 "domain's SPF and DKIM."),
     // Gmail's DMARC refusal after the dot (support.google.com/a/answer/3726730, 5.7.26).
     {.fault = {PracticeStage::EndOfData,
                "550-5.7.26 Unauthenticated email from %1 is not accepted due to domain's\n"
                "550-5.7.26 DMARC policy. Please contact the administrator of %1 domain if\n"
                "550-5.7.26 this was a legitimate mail. Please visit\n"
                "550-5.7.26  https://support.google.com/mail/answer/2451690 to learn about the\n"
                "550 5.7.26 DMARC initiative. - gsmtp"}},
     {},
     "end-of-data",
     "failed",
     "sender-authentication"},
    {"starttls-required",
     PRACTICE_TR("The server takes mail only after STARTTLS; the client does not start TLS."),
     PRACTICE_TR("MAIL FROM gets \"530 5.7.0 Must issue a STARTTLS command first\": the server insists on "
                 "encryption. Turn STARTTLS on (security: STARTTLS) and run again."),
     // Postfix with smtpd_tls_security_level = encrypt (smtpd.c).
     {.fault = {PracticeStage::Mail, "530 5.7.0 Must issue a STARTTLS command first", false, PracticeWhen::BeforeTls}},
     {.tls = TlsMode::Off},
     "mail",
     "failed",
     "tls-required"},
    {"self-signed-certificate",
     PRACTICE_TR("STARTTLS with a self-signed certificate that nobody trusts."),
     PRACTICE_TR("STARTTLS is accepted but the TLS handshake fails verification: the certificate is "
                 "self-signed. The server's administrator needs a certificate from a public CA."),
     {},
     {.tls = TlsMode::StartTls, .trustCertificate = false},
     "tls",
     "failed",
     "certificate-problem"},
    {"auth-required",
     PRACTICE_TR("The server takes mail only from a logged-in user; the client does not log in."),
     PRACTICE_TR("MAIL FROM gets \"530 5.7.57 Client not authenticated\": this is a submission server. Log in "
                 "(AUTH) with your account first."),
     // Microsoft 365's smtp.office365.com to MAIL FROM without AUTH, as its SMTP AUTH troubleshooting
     // pages quote the 5.7.57 reply.
     {.fault = {PracticeStage::Mail,
                "530 5.7.57 Client not authenticated to send mail. Error: 530 5.7.57 SMTP; Client was not "
                "authenticated to send anonymous mail during MAIL FROM",
                false, PracticeWhen::BeforeAuth}},
     {},
     "mail",
     "failed",
     "auth-required"},
    {"wrong-password",
     PRACTICE_TR("The client logs in with a password the server refuses (535 5.7.8)."),
     PRACTICE_TR("AUTH gets \"535 5.7.8 authentication failed\": the user name or password is wrong. Check "
                 "them; the server says no more, on purpose."),
     // Postfix with Cyrus SASL (smtpd_sasl_glue.c; the last words are the SASL library's).
     {.fault = {PracticeStage::Auth, "535 5.7.8 Error: authentication failed: authentication failure"}},
     {.logIn = true},
     "auth",
     "failed",
     "wrong-credentials"},
    {"slow-greeting",
     PRACTICE_TR("A tarpit: the server waits a long time before its greeting."),
     PRACTICE_TR("The connection opens but the 220 greeting does not come in time: the server delays it on "
                 "purpose (a tarpit, against spam robots). A real mail server waits up to 5 minutes."),
     {.slowGreeting = true},
     {.impatient = true},
     "connect",
     "failed",
     "tarpit"},
    {"dropped-during-data",
     PRACTICE_TR("The server hangs up in the middle of the message."),
     PRACTICE_TR("DATA gets 354, then the connection closes while the message is sent: a crashed server, a "
                 "proxy or a firewall cut it. Nothing was delivered."),
     {.fault = {PracticeStage::DataContent, "", true}},
     {},
     "end-of-data",
     "failed",
     "connection-dropped"},
    {"not-smtp",
     PRACTICE_TR("Not a mail server at all: a web server answers."),
     PRACTICE_TR("The first line is \"HTTP/1.1 400 Bad Request\", not a 220 greeting: this port belongs to a "
                 "web server. Check the host name and the port."),
     // What a web server (nginx, Apache) sends to a line that is not HTTP.
     {.fault = {PracticeStage::Greeting,
                "HTTP/1.1 400 Bad Request\nContent-Type: text/html\nContent-Length: 50\nConnection: close\n\n"
                "<html><body><h1>400 Bad Request</h1></body></html>",
                true}},
     {},
     "connect",
     "failed",
     "not-smtp"},
    {"cisco-fixup",
     PRACTICE_TR("A firewall that mangles SMTP: a 220 **** banner and 500 to EHLO."),
     PRACTICE_TR("The banner is stars and EHLO gets \"500 Command unrecognized: XXXX\": a Cisco firewall's "
                 "SMTP fixup hides the server and blanks out commands it does not know. HELO works; ask the "
                 "firewall's administrator to turn the fixup off."),
     // A Cisco PIX/ASA with "fixup protocol smtp" (inspect esmtp): it stars out the banner and turns
     // commands it does not allow into XXXX, which the server behind it (sendmail here) refuses.
     {.banner = "*************************************************",
      .fault = {PracticeStage::Ehlo, "500 5.5.1 Command unrecognized: \"XXXX %1\""}},
     {},
     "ehlo",
     "warning",
     "ehlo-not-supported"},
    {"dsn-not-offered",
     PRACTICE_TR("The server offers no DSN and refuses NOTIFY= typed anyway."),
     PRACTICE_TR("EHLO does not list DSN; RCPT TO with NOTIFY= gets \"555 5.5.4 Unsupported option\". Leave "
                 "the DSN parameters out: this server sends no delivery receipts."),
     // Postfix's reply to a MAIL or RCPT parameter it does not offer (smtpd.c, "Unsupported option").
     {.dsn = false},
     {.notifySuccess = true, .forceDsn = true},
     "rcpt",
     "failed",
     "dsn-not-supported"},
    {"delivery-receipt",
     PRACTICE_TR("NOTIFY=SUCCESS: the server accepts and sends back a delivery receipt."),
     PRACTICE_TR("The message is accepted and, because RCPT TO asked NOTIFY=SUCCESS, the server sends the "
                 "sender a delivery status notification (RFC 3464): Action: delivered, Status: 2.0.0."),
     {},
     {.notifySuccess = true},
     "end-of-data",
     "passed",
     "none"},
};
#undef PRACTICE_TR
#pragma GCC diagnostic pop
} // namespace

QString PracticeScenario::descriptionText() const
{
    return PracticeText::tr(description);
}

QString PracticeScenario::lessonText() const
{
    return PracticeText::tr(lesson);
}

const QList<PracticeScenario> &practiceScenarios()
{
    return scenarios;
}

const PracticeScenario *findPracticeScenario(QStringView key)
{
    for (const PracticeScenario &scenario : scenarios)
        if (key.compare(QLatin1StringView(scenario.key), Qt::CaseInsensitive) == 0)
            return &scenario;
    return nullptr;
}

QString practiceScenarioList()
{
    qsizetype width = 0;
    for (const PracticeScenario &scenario : scenarios)
        width = qMax(width, qsizetype(qstrlen(scenario.key)));
    QString out;
    for (const PracticeScenario &scenario : scenarios)
        out += scenario.name().leftJustified(width + 2) + scenario.descriptionText() + u'\n';
    return out;
}

} // namespace mailflow
