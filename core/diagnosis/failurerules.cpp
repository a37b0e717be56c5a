// Explanations of failures that are not replies (no DNS answer, no connection, a timeout …).
// A row for specific stages wins over the row for the same failure at any stage.

#include "diagnosis/catalogrules.h"

#include <QtGlobal>

namespace mailflow::catalog {

namespace {

using enum MilestoneKind;
using enum FailureKind;

constexpr Stages Commands = at(Ehlo, StartTls, Auth, Mail, Rcpt, Data);

constexpr FailureRule rules[] = {
    {Reply, 0,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The server answered with a reply the test did not expect at this step."),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Read the server's reply in the transcript; its code and text say what it wanted.")},

    // --- DNS ---------------------------------------------------------------------------------------
    {HostNotFound, at(Dns),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The domain does not exist in DNS, or it has no mail (MX) or address records."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Check the spelling of the domain. If it is right, ask the domain's owner whether its MX records are "
         "published, and check that your DNS server answers for other names you know exist.")},
    {HostNotFound, 0,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The host name does not resolve: DNS has no address for it."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Check the spelling of the host name, and check that your DNS server works by looking up another name "
         "you know exists.")},
    {Timeout, at(Dns), QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The DNS server did not answer in time."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Check the DNS server address in the test, and that this computer may reach it on port 53 (UDP and TCP). "
         "Try again: DNS servers sometimes drop single queries.")},
    {NetworkUnreachable, at(Dns),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The DNS server cannot be reached from this computer."),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Check this computer's network connection and the DNS server address in the test.")},

    // --- Connecting ----------------------------------------------------------------------------------
    {ConnectionRefused, 0,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The host answered, but nothing accepts connections on that port: the connection was refused."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Check the port (25 between mail servers, 587 for sending with a login, 465 for implicit TLS), that the "
         "mail service is running, and that no firewall rejects the connection (a firewall that sends a reset "
         "looks the same).")},
    {NetworkUnreachable, 0,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "There is no network route from this computer to the host."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Check this computer's network connection, VPN and proxy. If only an IPv6 address fails, the host has an "
         "IPv6 address your network cannot reach: test its IPv4 address.")},
    {Timeout, at(Connect),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The connection attempt got no answer at all: something on the way drops the packets silently."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Very often your internet provider or company firewall blocks outgoing port 25 (common on home and office "
         "networks): test from another network, or send through your provider's mail server on port 587. "
         "Otherwise a firewall in front of the server drops the connection, or the host is down.")},
    {Timeout, Greeting,
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "The connection is open but the server sends no greeting (220). Some servers wait on purpose before "
         "greeting (tarpitting) to catch spam software that talks too early; others are overloaded."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Raise the greeting timeout (RFC 5321 allows 5 minutes) and run the test again. If the greeting never "
         "comes, a firewall or proxy that inspects SMTP may be holding it back, or the server is overloaded: ask "
         "its administrator.")},
    {ConnectionLost, at(Connect) | Greeting,
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "The server closed the connection without greeting you: it refuses your address (a blocklist, too many "
         "connections) or the mail service is broken."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Try again in a few minutes and from another network, check your public IP address on blocklists, and "
         "ask the server's administrator.")},

    // --- During the conversation --------------------------------------------------------------------
    {Timeout, Commands,
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "The server stopped answering in the middle of the conversation: it may be slowing down on purpose "
         "(tarpitting after a suspicious command), be overloaded, or a firewall broke the connection."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Raise the timeout (RFC 5321 allows servers 5 minutes per command) and run the test again. If it always "
         "stops at the same step, look at the transcript around that step.")},
    {Timeout, at(EndOfData),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "The whole message was sent but the server has not confirmed it: scanning the content (antivirus, "
         "anti-spam) or handing it on is taking long."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Raise the end-of-data timeout (RFC 5321 allows 10 minutes) and run the test again. Do not resend at once: "
         "the server may have accepted the message anyway, and a resend would make a duplicate.")},
    {Timeout, at(Tls), QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The TLS handshake got no answer."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Check whether the port expects STARTTLS or implicit TLS: on port 465 turn implicit TLS on, on 25 and 587 "
         "use STARTTLS. A firewall that inspects SMTP may also break STARTTLS.")},
    {Timeout, at(Quit),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The server did not answer QUIT. This is harmless: everything before it was already done."),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Nothing to do.")},
    {Timeout, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server did not answer in time."),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Raise the timeout and run the test again; if it persists, ask the server's administrator.")},

    {ConnectionLost, at(Data, EndOfData),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "The server closed the connection while receiving the message: the message may exceed a size limit, a "
         "content filter may have cut it off, or the server crashed."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Try a small plain-text message. Compare the size with the SIZE limit in the EHLO reply. If small messages "
         "pass and large ones fail, it is a size limit or a filter on the way (some firewalls that inspect SMTP "
         "break large transfers).")},
    {ConnectionLost, at(Tls),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "The connection broke during the TLS handshake: the two sides share no TLS version or cipher, or the "
         "server has no usable certificate."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Look at the TLS details in the transcript, test with another TLS version if the test allows it, and tell "
         "the server's administrator.")},
    {ConnectionLost, at(Quit),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The server closed the connection without answering QUIT. This is harmless: the test is over."),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Nothing to do.")},
    {ConnectionLost, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server closed the connection unexpectedly."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Look at the last reply in the transcript: servers often close after a 421 or after too many errors. Run "
         "the test again; if it always happens at the same step, ask the server's administrator.")},

    // --- Not SMTP, TLS, the user, this computer ------------------------------------------------------
    {ProtocolError, 0,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "The other side does not answer like an SMTP server: its bytes are not SMTP replies."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Check the port: a web server, POP3 or IMAP server answers differently. On a port with implicit TLS "
         "(usually 465) turn implicit TLS on; without it the test sees only encrypted bytes.")},
    {TlsFailed, 0,
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "The encrypted (TLS) connection could not be set up: the certificate is not trusted, does not match the "
         "host name, or has expired, or the two sides share no TLS version or cipher."),
     QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "Look at the certificate details: the names it lists compared with the host you connected to, its "
         "expiry date and its issuer. A name mismatch often means you connected by IP address or by a name the "
         "certificate does not list.")},
    {Aborted, 0, QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "You stopped the test."),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Nothing to do: run it again when ready.")},
    {LocalError, 0,
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "A problem on this computer stopped the test (for example a file could not be read)."),
     QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                       "Read the error message shown with it, and check the file names and settings in the test.")},
};

} // namespace

std::span<const FailureRule> failureRules()
{
    return rules;
}

} // namespace mailflow::catalog
