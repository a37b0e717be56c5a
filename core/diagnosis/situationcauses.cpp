// The causes that are no reply to a command: the DNS, the connection, TLS, the session as a whole.
// The engine (testdiagnosis.cpp) picks one of these by id from what the checklist shows.

#include "diagnosis/causerules.h"

#include <QtGlobal>

#include <cstring>

namespace mailflow::causes {

namespace {

using A = Actor;
using C = Cause;

constexpr CauseRule rules[] = {
    {.id = "test.passed",
     .cause = C::None,
     .who = A::Nobody,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server answered every step as it should: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Nothing to do. If mail still goes missing, look at the recipient's spam folder and "
                                "quote the queue id to the recipient's administrator.")},
    {.id = "dns.host-not-found",
     .cause = C::HostNotFound,
     .who = A::You,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The name was not found in the DNS: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Check the spelling of the host or domain.\n"
                                "If it is right, ask the domain's DNS administrator; check that this computer can "
                                "reach its DNS server.")},
    {.id = "dns.no-mail-server",
     .cause = C::NoMailServer,
     .who = A::RecipientAdministrator,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The domain names no server that takes its mail: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Ask the recipient for another address, or the domain's administrator to publish an MX "
                                "record (a null MX means the domain takes no mail on purpose).")},
    {.id = "connect.timed-out",
     .cause = C::ConnectionTimedOut,
     .who = A::You,
     .sentence
     = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                         "The connection timed out: nothing answered, the packets were dropped on the way: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Port 25 is often blocked by the local network or the internet provider: try from "
                                "another network, or port 587 with a login.\n"
                                "Check the firewall between you and the server.")},
    {.id = "connect.refused",
     .cause = C::ConnectionRefused,
     .who = A::You,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                   "The connection was refused: the host is up but nothing listens on that port: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Check the host name and the port (25, 465 or 587).\n"
                                "If they are right, the mail service on that host is down: tell its administrator.")},
    {.id = "connect.unreachable",
     .cause = C::ConnectionTimedOut,
     .who = A::You,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The network has no route to the server: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Check this computer's network connection, then try from another network.")},
    {.id = "greeting.tarpit",
     .cause = C::Tarpit,
     .who = A::Nobody,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                   "The server held its greeting back on purpose (a greet pause or tarpit): %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Nothing is broken: the delay is deliberate, to slow down spam senders. A mail server "
                                "waits up to 5 minutes for the greeting (RFC 5321); do the same.\n"
                                "Do not send before the greeting: such a server refuses clients that talk too early.")},
    {.id = "greeting.not-smtp",
     .cause = C::NotSmtp,
     .who = A::YourAdministrator,
     .sentence
     = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                         "What answered is not a plain SMTP server, or a firewall inspecting SMTP rewrites the "
                         "conversation: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Check the port: a web, POP3 or IMAP service does not speak SMTP.\n"
                                "A banner of asterisks comes from a firewall's SMTP inspection (such as Cisco's SMTP "
                                "fixup): ask your network administrator to turn it off.")},
    {.id = "session.dropped",
     .cause = C::ConnectionDropped,
     .who = A::RecipientAdministrator,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server closed the connection without an answer: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Run the test again; if it drops at the same step, send the transcript to the server's "
                                "administrator.\n"
                                "A drop during the message is often a filter or a size limit on the way.")},
    {.id = "session.timeout",
     .cause = C::ServerBusy,
     .who = A::Nobody,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server stopped answering: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Run the test again later; if it stops at the same step, tell the server's "
                                "administrator.")},
    {.id = "tls.handshake",
     .cause = C::TlsHandshakeFailed,
     .who = A::RecipientAdministrator,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The TLS handshake failed: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Run the test without STARTTLS to check the rest.\n"
                                "Tell the server's administrator: the server and this client share no TLS version or "
                                "cipher, or the server broke off the handshake.")},
    {.id = "tls.certificate",
     .cause = C::CertificateProblem,
     .who = A::RecipientAdministrator,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The server's certificate is not trusted: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Tell the server's administrator which problem the TLS report shows (expired, wrong "
                                "name, unknown issuer).\n"
                                "To test the rest, accept the certificate once in the test.")},
    {.id = "size.advertised",
     .cause = C::MessageTooBig,
     .who = A::You,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                   "The message is larger than the limit the server announced in its EHLO reply: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Send a message below the SIZE limit the server announced: compress attachments or "
                                "share them by link.")},
    {.id = "dsn.not-offered",
     .cause = C::DsnNotSupported,
     .who = A::Nobody,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                   "Delivery notifications were asked for, but the server does not offer DSN: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Expect no delivery notification from this server; the message itself is not "
                                "affected.")},
    {.id = "ehlo.not-smtp",
     .cause = C::NotSmtp,
     .who = A::YourAdministrator,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                   "The server refuses EHLO and HELO alike: it is not a working SMTP server, or a "
                                   "firewall filters the commands: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Check the port, and whether a firewall's SMTP inspection sits in between.")},
    {.id = "ehlo.helo-fallback",
     .cause = C::EhloNotSupported,
     .who = A::Nobody,
     .sentence
     = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                         "The server refused EHLO but took HELO: an old or filtering server without ESMTP: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis",
                                "Nothing to fix on your side: HELO works. Without ESMTP the server offers no "
                                "STARTTLS, AUTH, SIZE or DSN; if mail must be encrypted, tell its administrator.")},
    {.id = "test.aborted",
     .cause = C::Unknown,
     .who = A::You,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The test was stopped before it ended: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Run the test again to the end.")},
    {.id = "test.unknown",
     .cause = C::Unknown,
     .who = A::YourAdministrator,
     .sentence = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "The test did not end as expected: %1"),
     .steps = QT_TRANSLATE_NOOP("mailflow::TestDiagnosis", "Send the transcript to your mail administrator.")},
};

} // namespace

std::span<const CauseRule> situationRules()
{
    return rules;
}

const CauseRule &situationRule(const char *id)
{
    for (const CauseRule &rule : rules) {
        if (std::strcmp(rule.id, id) == 0)
            return rule;
    }
    return rules[std::size(rules) - 1];
}

} // namespace mailflow::causes
