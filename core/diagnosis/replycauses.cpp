// The causes a server's reply names, as data: one row per family of phrases providers use, then
// rows that read the enhanced or basic code alone. The first matching row wins (causerules.h), so
// the server's words come before the code's class.

#include "diagnosis/causerules.h"

#include <QtGlobal>

namespace mailflow::causes {

namespace {

using enum MilestoneKind;
using catalog::at;
using catalog::C4;
using catalog::C5;
using catalog::Failures;
using catalog::Greeting;
using A = Actor;
using C = Cause;

constexpr Stages Envelope = at(Mail, Rcpt);
constexpr Stages Delivery = at(Rcpt, Data, EndOfData);
constexpr Stages Message = at(Data, EndOfData);
constexpr Stages Connection = Greeting | at(Connect);

// Next steps, one set per cause.
constexpr const char *unknownSteps
    = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                        "Check the spelling of the address, including the part after the @.\n"
                        "Ask the recipient for the correct address by another way (phone, another address).");
constexpr const char *disabledSteps
    = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                        "Ask the recipient, by another way, for an address that is in use.\n"
                        "If the account should be active, the recipient's administrator has to enable it again.");
constexpr const char *fullSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Tell the recipient by another way to make room in the mailbox.\n"
    "Send again once the recipient has done so; a mail server retries a temporary refusal on its own.");
constexpr const char *sizeSteps
    = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                        "Send a smaller message: compress attachments or share them by link.\n"
                        "The SIZE line of the EHLO reply shows the server's limit in bytes.");
constexpr const char *rateSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Wait and send again later; do not retry in a tight loop, it prolongs the limit.\n"
    "If it happens every day, ask your mail administrator to spread the sending or raise the limit.");
constexpr const char *blocklistSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Look up your public IP address on the block list the server names and follow its removal procedure.\n"
    "Find out why the address was listed (an infected computer, an open relay) before asking for removal.\n"
    "Until then, send through your provider's relay.");
constexpr const char *reputationSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Ask your mail administrator to check the sending IP address and domain at the provider's postmaster "
    "pages and in its feedback loops.\n"
    "Stop bulk or unwanted mail from that address, check for a compromised account, then send again later.");
constexpr const char *authSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Ask the sender domain's administrator to publish SPF that lists this sending server, sign with DKIM "
    "and align both with the From: domain (DMARC).\n"
    "For a quick test, send through the domain's own outgoing server.");
constexpr const char *utf8Steps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Send to an ASCII address: when only the domain has other characters, its ACE form (xn--…) reaches the same "
    "mailbox.\n"
    "An address with other characters before the @ needs servers that offer SMTPUTF8 on the whole way; ask the "
    "recipient for an ASCII address.");
constexpr const char *relaySteps
    = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                        "Test against the recipient domain's own MX host instead of this server.\n"
                        "To send to other domains through this server, log in first (AUTH, usually on port 587).");
constexpr const char *contentSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Send a plain test message without attachments or links; if that passes, the content was the reason.\n"
    "Remove the attachment or link the filter objects to, or send it another way.");
constexpr const char *tlsSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis", "Turn on STARTTLS in the test (or use port 465 with implicit TLS) and run it again.");
constexpr const char *ptrSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Ask whoever runs your IP addresses (internet provider, hosting company) for a PTR record of the "
    "sending address whose name points back to it.\n"
    "Until then, send through your provider's relay.");
constexpr const char *greylistSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Nothing is broken: retry after the interval the server asks for (often 1 to 15 minutes); a mail "
    "server does so on its own.\n"
    "Only if the same reply comes back for hours, contact the recipient's administrator.");
constexpr const char *syntaxSteps
    = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                        "Check the address or command the server names for a typo, a missing <> or a stray space.\n"
                        "Check that the message has a valid From:, Date: and Message-ID: header.");
constexpr const char *busySteps
    = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                        "Run the test again in a few minutes; a mail server retries on its own.\n"
                        "If it persists for hours, tell the server's administrator.");
constexpr const char *policySteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Send the server's full reply to the recipient's administrator: only they can say which of their "
    "rules refused it.\n"
    "Ask the recipient to have your address or domain allowed.");
constexpr const char *credentialSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Check the user name (often the full address) and the password; a caps-lock or an expired password "
    "is the usual reason.\n"
    "If the account has two-factor sign-in, use an app password.");
constexpr const char *basicAuthSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "The provider no longer takes a plain password here: ask your mail administrator to allow SMTP AUTH "
    "for this mailbox, or use an app password or OAuth.");
constexpr const char *authFirstSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis", "Give a user name and password in the test (after STARTTLS), usually on port 587.");
constexpr const char *ehloSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Nothing to fix on your side: HELO works. Without ESMTP the server offers no STARTTLS, AUTH, SIZE or "
    "DSN.");
constexpr const char *dsnSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Run the test without delivery notifications (DSN): this server does not take NOTIFY= or RET=.");
constexpr const char *refusedClientSteps
    = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                        "Check your public IP address on the common block lists (Spamhaus, Barracuda, SpamCop).\n"
                        "Try again from another network or through your provider's relay.");
constexpr const char *closingSteps
    = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                        "Run the test again later; a server closes with 421 when it is overloaded or shutting down.");
constexpr const char *noMailSteps = QT_TRANSLATE_NOOP(
    "mailflow::TestDiagnosis",
    "Check the spelling of the domain; if it is right, the domain does not take mail. Ask the recipient "
    "for another address.");
constexpr const char *tlsFailSteps
    = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                        "Run the test without STARTTLS to check the rest of the conversation.\n"
                        "Tell the server's administrator that STARTTLS is refused or broken.");

// Each row: id, cause, who, stages, classes, code, subject, detail, detailLast, words, command,
// sentence, steps, thin.
constexpr CauseRule rules[] = {
    // The session's own steps, where the stage decides.
    {"starttls.refused", C::TlsHandshakeFailed, A::RecipientAdministrator, at(StartTls), Failures, 0, Any, Any, Any,
     nullptr, nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server refused to start TLS: %1."),
     tlsFailSteps},
    {"xclient.refused", C::LocalPolicy, A::YourAdministrator, at(XClient), Failures, 0, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server refused XCLIENT from this client: %1."),
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "Add the address this test connects from to smtpd_authorized_xclient_hosts (postfix).")},
    {"auth.basic-disabled", C::BasicAuthDisabled, A::YourAdministrator, 0, Failures, 0, Any, Any, Any,
     "basic authentication is disabled|basic auth|smtpclientauthentication is disabled|application-specific "
     "password|app password|log in with your web browser|web login required|oauth",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The provider has turned off password (basic) authentication for this account: %1."),
     basicAuthSteps},
    {"auth.basic-disabled-code", C::BasicAuthDisabled, A::YourAdministrator, at(Auth), Failures, 0, 7, 139, Any,
     nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The provider refuses password authentication for this account (5.7.139): %1."),
     basicAuthSteps},
    {"auth.credentials", C::WrongCredentials, A::You, 0, Failures, 0, Any, Any, Any,
     "password not accepted|invalid credentials|credentials invalid|authentication failed|authentication "
     "unsuccessful|incorrect password|wrong password|bad password|invalid login|login failed|invalid user name or "
     "password|username and password",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server did not accept the user name or password: %1."),
     credentialSteps},
    {"auth.rejected", C::WrongCredentials, A::You, at(Auth), C5, 535, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server refused the login (535): %1."), credentialSteps},
    {"dsn.parameters", C::DsnNotSupported, A::Nobody, Envelope, C5, 0, Any, Any, Any, nullptr, "notify=|ret=|envid=",
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server does not take the delivery-notification (DSN) parameters: %1."),
     dsnSteps},
    // RFC 6531 registers x.6.7 for a UTF-8 address a server (or the next hop) cannot take.
    {"utf8.address", C::BadSyntax, A::You, Envelope, C5, 0, 6, 7, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server does not take an address with characters outside ASCII (SMTPUTF8): %1."),
     utf8Steps},
    {"utf8.words", C::BadSyntax, A::You, Envelope, C5, 0, Any, Any, Any, "smtputf8|utf8|utf-8|non-ascii|8-bit address",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server does not take an address with characters outside ASCII (SMTPUTF8): %1."),
     utf8Steps},
    {"ehlo.unrecognised", C::EhloNotSupported, A::Nobody, at(Ehlo), C5, 500, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server does not know EHLO: an old or filtering server (%1)."),
     ehloSteps},
    {"ehlo.not-implemented", C::EhloNotSupported, A::Nobody, at(Ehlo), C5, 502, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server does not implement EHLO: an old or filtering server (%1)."),
     ehloSteps},

    // The server's words, most specific family first.
    {"text.greylisting", C::Greylisting, A::Nobody, 0, C4, 0, Any, Any, Any,
     "internal resource temporarily unavailable|greylist|graylist|grey list|gray "
     "list|grey-list|gray-list|greylisting|postgrey|greyfix|come back in|"
     "come back later|not yet authorized to deliver|deferred for unknown sender|first time sender",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "Deferred, not failed: the server greylists, turning away the first attempt from an unknown "
                       "sender on purpose (%1)."),
     greylistSteps},
    {"text.sender-authentication", C::SenderAuthentication, A::YourAdministrator, 0, Failures, 0, Any, Any, Any,
     "spf|dkim|dmarc|anti-spoofing|spoofing|sender policy framework|domainkeys|unauthenticated|authentication "
     "checks|authentication "
     "information|sender authentication|required authentication level|fails to pass authentication|not aligned|"
     "alignment|sender id|senderid|arc validation",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The message failed the sender authentication checks (SPF, DKIM or DMARC): %1."),
     authSteps},
    {"text.protocol", C::BadSyntax, A::You, 0, Failures, 0, Any, Any, Any,
     "protocol violation|unrecognized command|unrecognised command|command unrecognized|command not recognized|"
     "unimplemented command|bad sequence|pipelin|syntax error|out of sequence",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server saw a protocol or command error: %1."),
     syntaxSteps},
    {"text.tls-required", C::TlsRequired, A::You, 0, Failures, 0, Any, Any, Any,
     "must issue a starttls|starttls first|starttls command first|starttls is required|starttls required|use "
     "starttls|issue starttls|tls required|requires tls|tls is required|must use tls|encryption required|encryption "
     "needed|"
     "secure connection required|requires a secure connection|requiretls|not encrypted|unencrypted|ssl required|"
     "must issue a starttls",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server takes this only over an encrypted connection: %1."),
     tlsSteps},
    {"text.auth-required", C::AuthRequired, A::You, 0, Failures, 0, Any, Any, Any,
     "authentication required|authentication is required|must authenticate|authenticate first|must be "
     "authenticated|not authenticated|requires authentication|auth required|please authenticate|smtp auth|"
     "login required|must log in|authentication needed",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server takes mail only from users who log in: %1."),
     authFirstSteps},
    {"text.blocklist", C::SenderBlocklisted, A::YourAdministrator, 0, Failures, 0, Any, Any, Any,
     "spamhaus|barracuda|spamcop|cloudmark|sorbs|uceprotect|spamrats|psbl|invaluement|mailspike|dnsbl|rbl|"
     "blocklist|blacklist|block list|black list|blocked using|listed at|listed on|listed in|listed by|on our block|"
     "banned sending ip|banned sender|customer block list|s3140|s3150|(s3140)|[s3140]|bl21|bl22|bl23|"
     "client host blocked|blocked for spam|ip address is blocked|ip is blocked|ip blocked|not authorized to send email "
     "directly|use the smtp relay at your|dynamic ip|dynamically|residential|"
     "dial-up|dialup|end-user|bloque|spam ip|blocked by",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server refuses mail from your IP address or domain because it is on a block list: %1."),
     blocklistSteps},
    {"text.reverse-dns", C::ReverseDns, A::YourAdministrator, 0, Failures, 0, Any, Any, Any,
     "reverse dns|reverse-dns|reverse lookup|reverse hostname|rdns|ptr|cannot find your hostname|cannot find your "
     "reverse|hostname does not resolve|no hostname|fcrdns|forward dns|does not resolve to|reverse record|"
     "reverse name|resolve your address",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "Your sending IP address has no matching host name in the DNS (PTR record): %1."),
     ptrSteps},
    // A server that says outright it rate-limits (Gmail's 4.7.28 UnsolicitedRateLimitError) asks for
    // less or slower mail first, even when it blames unsolicited mail for the limit.
    {"text.rate-limited", C::RateLimited, A::YourAdministrator, 0, Failures, 0, Any, Any, Any,
     "temporarily rate limited|been rate limited|ratelimitederror|ratelimiterror|too much mail from|too many "
     "messages from",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server limits how much or how fast you may send: %1."),
     rateSteps},
    {"text.reputation", C::PoorReputation, A::YourAdministrator, 0, Failures, 0, Any, Any, Any,
     "reputation|unsolicited mail originating|unsolicited mail from your|complaints|sender score|suspicious "
     "activity|unexpected volume|traffic not accepted|not accepted from this ip|bad outbound sender|restricted from "
     "sending|suspected of sending spam|permanently deferred|temporarily deferred|"
     "poor sending|sending history|low trust|not trusted",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The provider distrusts mail from your IP address or domain (poor reputation): %1."),
     reputationSteps},
    {"text.sending-quota", C::RateLimited, A::YourAdministrator, 0, Failures, 0, Any, Any, Any,
     "sending quota|submission quota|daily sending|sending limit|email quota exceeded|daily limit|relay limit|daily "
     "smtp|message "
     "quota|recipient quota|quota for sending|outbound quota|send quota",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The sending account has reached its sending limit: %1."),
     rateSteps},
    {"text.relay", C::RelayDenied, A::You, 0, Failures, 0, Any, Any, Any,
     "relay|relaying|list of allowed|not local|rcpthosts|non-accepted domain|not hosted here|we do not accept mail "
     "for|not a "
     "local domain|not our domain|no such domain here|not permitted to send to",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "Relaying denied: this server does not take mail for that domain from you: %1."),
     relaySteps},
    {"text.disabled", C::DisabledAccount, A::Recipient, Delivery, Failures, 0, Any, Any, Any,
     "disabled|deactivated|inactive|suspended|discontinued|account is locked|account has been locked|no longer "
     "active|no longer in use|account expired|closed account|account is closed|blocked by the recipient|frozen",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The recipient's account exists but is disabled or inactive: %1."),
     disabledSteps},
    {"text.system-storage", C::ServerBusy, A::Nobody, 0, C4, 0, Any, Any, Any,
     "insufficient system storage|system storage|disk full|no space left", nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server is short of disk space for now: %1."), busySteps},
    {"text.mailbox-full", C::MailboxFull, A::Recipient, 0, Failures, 0, Any, Any, Any,
     "quota|overquota|mailbox full|mailbox is full|mailbox size|out of storage|insufficient storage|storage space|"
     "storage limit|full mailbox|exceeded storage|mailfolder is full|inbox is full|mailbox has exceeded|mailbox "
     "exceeds|over the limit|boite pleine|boîte pleine|postfach voll|ящик переполнен|too much mail",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The recipient's mailbox is full: %1."), fullSteps},
    {"text.size", C::MessageTooBig, A::You, 0, Failures, 0, Any, Any, Any,
     "too large|too big|size limit|message size|exceeds size|exceeds the maximum|maximum size|maximum message|"
     "message length|size exceeds|exceeds the size|message exceeds|exceeded the size|larger than|size of the "
     "message|header size|exceeds limit|size exceeded|size",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The message is larger than the server accepts: %1."),
     sizeSteps},
    {"text.rate", C::RateLimited, A::YourAdministrator, 0, Failures, 0, Any, Any, Any,
     "rate limit|ratelimit|rate-limit|rate limited|too many|exceeded threshold|at a rate|per connection|max "
     "message|too quickly|too fast|throttl|limit exceeded|exceeded the "
     "limit|exceeded permitted limits|exceeded its|unusual rate|volume|slow down|max connections|connection limit|"
     "per hour|per day|per minute|limit reached|rate of|frequency|flood|connections from your",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server limits how much or how fast you may send: %1."),
     rateSteps},
    {"text.content", C::ContentRejected, A::You, 0, Failures, 0, Any, Any, Any,
     "spam|virus|malware|phish|unsolicited|content|attachment|url|link|suspicious|bulk mail|infected|dangerous|"
     "security issue|security risk|harmful|executable|file type|scam|fraud|banned file|prohibited file|blocked "
     "file|viral|trojan|worm",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "A filter classed the message's content as spam or dangerous: %1."),
     contentSteps},
    {"text.recipient-domain", C::HostNotFound, A::You, Envelope, Failures, 0, Any, Any, Any,
     "find the recipient domain|domain not found|no such domain|domain does not exist|domain "
     "doesn't exist|unrouteable domain|unroutable domain|host not found|host or domain name not found|dns lookup",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The domain of the address does not exist in the DNS: %1."),
     noMailSteps},
    {"text.syntax", C::BadSyntax, A::You, 0, Failures, 0, Any, Any, Any,
     "syntax|malformed|rfc 5322|rfc5322|rfc 2822|rfc2822|rfc 5321|rfc-5321|rfc-5322|rfc 822|not rfc|from: header|"
     "from header|missing from|message-id|date header|multiple from|line too long|bare lf|bare <lf>|invalid "
     "character|illegal|fully-qualified|fully qualified|helo command rejected|invalid helo|bad helo|need fqdn|"
     "restricted characters|bare linefeed|improperly formatted|missing required header|header is missing|duplicate "
     "header|non-compliant|not compliant|"
     "bad address|invalid address|address invalid|invalid sender|not a valid rfc|invalid argument|parameter",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server refused the command, address or header as malformed: %1."),
     syntaxSteps},
    {"text.unknown-recipient", C::UnknownRecipient, A::You, Delivery, Failures, 0, Any, Any, Any,
     "user unknown|unknown user|no such user|no such recipient|no such mailbox|unknown recipient|recipient unknown|"
     "recipient not found|recipientnotfound|recipnotfound|not found|does not exist|doesn't exist|doesn't have|"
     "does not have an account|no mailbox|mailbox not found|mailbox unavailable|mailbox does not|invalid recipient|"
     "not in recipient list|not listed|unknown or illegal|unrouteable address|undeliverable|not a valid "
     "recipient|recipient verification|"
     "no account|account does not exist|addressee unknown|invalid mailbox|unknown local part|user doesn't|user does "
     "not|not our user|unknown address|address unknown|user not found|no valid recipients|nonexistent|non-existent|"
     "no longer|utilisateur inconnu|unbekannt|нет такого",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The recipient address does not exist on this server: %1."),
     unknownSteps},
    {"text.allowlist", C::LocalPolicy, A::RecipientAdministrator, 0, Failures, 0, Any, Any, Any,
     "not in whitelist|not whitelisted|not in allowlist|not allowlisted|not on the allow|not in the list of allowed "
     "senders|allowed-senders|allowed senders list",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server takes mail only from senders on its own allow list, and you are not on it: %1."),
     policySteps},
    {"text.closing", C::ServiceClosing, A::Nobody, 0, C4, 421, Any, Any, Any,
     "closing|shutting down|goodbye|disconnect", nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server is closing the connection for now, without a reason of its own: %1."),
     closingSteps},
    {"text.busy", C::ServerBusy, A::Nobody, 0, C4, 0, Any, Any, Any,
     "unable to process|at this time|try again|temporar|busy|system problem|resources|unavailable|not available|local "
     "error|internal error|"
     "timeout|timed out|overloaded|load|retry|later|in processing|maintenance|out of memory",
     nullptr, QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server has a temporary problem of its own: %1."),
     busySteps},
    {"text.policy", C::LocalPolicy, A::RecipientAdministrator, 0, Failures, 0, Any, Any, Any,
     "policy|banned|not allowed|prohibit|denied|rejected|refused|not permitted|not authorized|unauthorized|blocked|"
     "forbidden|administrative|restricted|not accepted",
     nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server's own rules refused it, without naming one: %1."),
     policySteps},

    // Codes alone, where the server's words say nothing this table knows.
    {"code.421", C::ServiceClosing, A::Nobody, 0, C4, 421, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server closed the connection (421): %1."), closingSteps, true},
    {"code.greeting-554", C::ClientRefused, A::YourAdministrator, Connection, C5, 554, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server refused this client at the greeting (554), often because of a block list: %1."),
     refusedClientSteps, true},
    {"code.no-mail", C::NoMailServer, A::RecipientAdministrator, 0, C5, 521, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "This host accepts no mail at all (521): %1."), noMailSteps, true},
    {"code.domain-no-mail", C::NoMailServer, A::RecipientAdministrator, 0, C5, 556, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The domain accepts no mail (556): %1."), noMailSteps, true},
    {"code.rcpt-greylisting", C::Greylisting, A::Nobody, at(Rcpt), C4, 0, 7, 1, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "Deferred, not failed: a temporary policy refusal at RCPT TO is most often greylisting (%1)."),
     greylistSteps, true},
    {"code.5.7.139", C::BasicAuthDisabled, A::YourAdministrator, 0, Failures, 0, 7, 139, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The provider refuses password authentication (5.7.139): %1."),
     basicAuthSteps, true},
    {"code.microsoft-block", C::SenderBlocklisted, A::YourAdministrator, 0, C5, 0, 7, 500, 799, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "Microsoft's filters block mail from your address or tenant (5.7.5xx-7xx): %1."),
     blocklistSteps, true},
    {"code.x.1.1", C::UnknownRecipient, A::You, Delivery, Failures, 0, 1, 1, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the mailbox does not exist (x.1.1): %1."),
     unknownSteps, true},
    {"code.x.1.10", C::UnknownRecipient, A::You, Delivery, Failures, 0, 1, 10, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means the recipient has no mailbox here (x.1.10): %1."),
     unknownSteps, true},
    {"code.x.1.6", C::UnknownRecipient, A::You, Delivery, Failures, 0, 1, 6, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the mailbox has moved (x.1.6): %1."),
     unknownSteps, true},
    {"code.x.1.2", C::HostNotFound, A::You, Envelope, Failures, 0, 1, 2, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the address's domain is wrong (x.1.2): %1."),
     noMailSteps, true},
    {"code.x.1.3", C::BadSyntax, A::You, 0, Failures, 0, 1, 3, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the address is malformed (x.1.3): %1."),
     syntaxSteps, true},
    {"code.x.2.1", C::DisabledAccount, A::Recipient, Delivery, Failures, 0, 2, 1, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the mailbox is disabled (x.2.1): %1."),
     disabledSteps, true},
    {"code.x.2.2", C::MailboxFull, A::Recipient, 0, Failures, 0, 2, 2, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the mailbox is full (x.2.2): %1."), fullSteps,
     true},
    {"code.x.2.3", C::MessageTooBig, A::You, 0, Failures, 0, 2, 3, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means the message is too big for the mailbox (x.2.3): %1."),
     sizeSteps, true},
    {"code.x.3.4", C::MessageTooBig, A::You, 0, Failures, 0, 3, 4, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means the message is too big for the system (x.3.4): %1."),
     sizeSteps, true},
    {"code.x.7.25", C::ReverseDns, A::YourAdministrator, 0, Failures, 0, 7, 25, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the reverse DNS check failed (x.7.25): %1."),
     ptrSteps, true},
    {"code.x.7.23", C::SenderAuthentication, A::YourAdministrator, 0, Failures, 0, 7, 20, 26, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means a DKIM or SPF check failed (x.7.20-26): %1."),
     authSteps, true},
    {"code.x.7.8", C::WrongCredentials, A::You, 0, Failures, 0, 7, 8, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the credentials are wrong (x.7.8): %1."),
     credentialSteps, true},
    {"code.x.7.10", C::TlsRequired, A::You, 0, Failures, 0, 7, 10, 11, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means encryption is needed (x.7.10): %1."), tlsSteps,
     true},
    {"code.x.7.13", C::DisabledAccount, A::Recipient, 0, Failures, 0, 7, 13, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the account is disabled (x.7.13): %1."),
     disabledSteps, true},
    {"code.x.7.28", C::RateLimited, A::YourAdministrator, 0, Failures, 0, 7, 28, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the server saw a mail flood (x.7.28): %1."),
     rateSteps, true},
    {"code.530", C::AuthRequired, A::You, 0, C5, 530, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means STARTTLS or a login is needed first (530): %1."),
     authFirstSteps, true},
    {"code.x.7.x-relay", C::RelayDenied, A::You, at(Rcpt), C5, 0, 7, 1, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server gives no reason; 5.7.1 at RCPT TO usually means it will not take this recipient "
                       "from you (relaying or policy): %1."),
     relaySteps, true},
    {"code.x.4.x", C::ServerBusy, A::Nobody, 0, C4, 0, 4, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means a network or routing problem on the server's side: %1."),
     busySteps, true},
    {"code.x.5.x", C::BadSyntax, A::You, 0, C5, 0, 5, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means a protocol or syntax error (x.5.x): %1."),
     syntaxSteps, true},
    {"code.x.6.x", C::BadSyntax, A::You, 0, C5, 0, 6, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The code alone means the message's format was refused (x.6.x): %1."),
     syntaxSteps, true},
    {"code.rcpt-550", C::UnknownRecipient, A::You, at(Rcpt), C5, 550, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server gives no reason; 550 at RCPT TO alone most often means the mailbox does not "
                       "exist: %1."),
     unknownSteps, true},
    {"code.551", C::UnknownRecipient, A::You, at(Rcpt), C5, 551, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The recipient is not local to this server (551): %1."), unknownSteps,
     true},
    {"code.rcpt-552", C::MailboxFull, A::Recipient, at(Rcpt), C5, 552, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone at RCPT TO means the mailbox's storage is exceeded (552): %1."),
     fullSteps, true},
    {"code.data-552", C::MessageTooBig, A::You, Message, C5, 552, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone after the message means it exceeded a storage limit (552): %1."),
     sizeSteps, true},
    {"code.data-554", C::ContentRejected, A::You, Message, C5, 554, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server gives no reason; 554 after the message alone usually means a content filter "
                       "refused it: %1."),
     contentSteps, true},
    {"code.553", C::BadSyntax, A::You, 0, C5, 553, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means the address is not allowed or malformed (553): %1."),
     syntaxSteps, true},
    {"code.500", C::BadSyntax, A::You, 0, C5, 500, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means the server did not recognise the command (500): %1."),
     syntaxSteps, true},
    {"code.501", C::BadSyntax, A::You, 0, C5, 501, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means a syntax error in the command's arguments (501): %1."),
     syntaxSteps, true},
    {"code.502", C::BadSyntax, A::You, 0, C5, 502, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means the server does not implement the command (502): %1."),
     syntaxSteps, true},
    {"code.503", C::BadSyntax, A::You, 0, C5, 503, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means the commands came in the wrong order (503): %1."),
     syntaxSteps, true},
    {"code.504", C::BadSyntax, A::You, 0, C5, 504, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means a command parameter is not implemented (504): %1."),
     syntaxSteps, true},
    {"code.555", C::BadSyntax, A::You, 0, C5, 555, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The code alone means the server does not know a MAIL FROM or RCPT TO parameter (555): %1."),
     syntaxSteps, true},
    {"code.temporary", C::ServerBusy, A::Nobody, 0, C4, 0, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server gives no reason; a 4xx code alone means a temporary refusal: %1."),
     busySteps, true},
    {"code.permanent", C::LocalPolicy, A::RecipientAdministrator, 0, C5, 0, Any, Any, Any, nullptr, nullptr,
     QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                       "The server gives no reason; a 5xx code alone means a permanent refusal: %1."),
     policySteps, true},
};

} // namespace

std::span<const CauseRule> replyRules()
{
    return rules;
}

} // namespace mailflow::causes
