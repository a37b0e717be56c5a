// The stage-aware explanations of SMTP replies: one row per situation a helpdesk meets.
// How a reply picks its row is in replycatalog.cpp (the most specific matching row wins).

#include "diagnosis/catalogrules.h"

#include <QtGlobal>

namespace mailflow::catalog {

namespace {

using enum MilestoneKind;

constexpr Stages Envelope = at(Mail, Rcpt);
constexpr Stages Transaction = at(Mail, Rcpt, Data, EndOfData);
/** Where a server may refuse one recipient: at RCPT TO, or after the message (after DATA). */
constexpr Stages Delivery = at(Rcpt, Data, EndOfData);

// Texts that several rows share.
constexpr const char *nothingToDo = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Nothing to do.");

constexpr const char *greylistMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "A temporary refusal, not an error by itself. Very often this is greylisting: the server turns away "
    "the first attempt from a sender it does not know and accepts the same message when it is retried a "
    "few minutes later. It can also mean a busy mailbox or a lookup that failed on the server.");
constexpr const char *greylistNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "A real mail server retries on its own, so this is not a fault by itself. Run the test again in 5 to "
    "15 minutes; it should then pass. If the same reply comes back for hours, read the server's text and "
    "contact its administrator.");

constexpr const char *relayMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Relaying denied: this server does not accept mail for that recipient's domain from you. A server "
    "takes mail only for its own domains, or from users who have logged in.");
constexpr const char *relayNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "To test delivery to that domain, test against the recipient domain's own MX host instead of this "
    "server. To send to other domains through this server, authenticate first (log in with AUTH, usually on "
    "port 587).");

constexpr const char *noMailboxMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog", "The mailbox does not exist: the server does not know this recipient address.");
constexpr const char *noMailboxNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Check the spelling of the address, including the part after the @, and ask the recipient for the "
    "correct one. An old address may have been deleted.");

constexpr const char *blocklistMeaning
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                        "The server refuses you because your IP address (or your sender domain) is on a blocklist of "
                        "spam sources.");
constexpr const char *blocklistNext
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                        "The server's text usually names the blocklist and gives a URL: look up your public IP address "
                        "there and follow its removal procedure. Until then, send through your provider's relay.");

constexpr const char *spfMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "SPF check failed: the sender domain's SPF record does not list the IP address you are sending from.");
constexpr const char *spfNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Send through a server the sender domain's SPF record allows, or ask the domain's owner to add your "
    "sending IP address to its SPF record. For a quick test, use a sender address of a domain that "
    "authorises this IP address.");

constexpr const char *dkimMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "The message has no valid DKIM signature for the sender's domain, and the server requires one.");
constexpr const char *dkimNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "A test message sent from here is not signed. Send the test through the domain's normal outgoing "
    "server, which should sign it, or use a sender domain that does not require DKIM.");

constexpr const char *reverseDnsMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Reverse DNS check failed: the IP address you send from has no host name (PTR record), or that name "
    "does not point back to the same address.");
constexpr const char *reverseDnsNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Ask whoever runs your IP addresses (internet provider or hosting company) to set a PTR record for "
    "the sending IP address that resolves back to it. Until then, send through your provider's relay.");

constexpr const char *sizeMeaning
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The message is larger than the server accepts.");
constexpr const char *sizeNext
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                        "Send a smaller message: compress attachments or share them by link. The SIZE line of the EHLO "
                        "reply shows the server's limit in bytes.");

constexpr const char *mailboxFullMeaning
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The recipient's mailbox is full.");
constexpr const char *mailboxFullNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Tell the recipient another way (phone, another address) to make room. A temporary (4xx) refusal is "
    "retried by real mail servers for a few days; a permanent (5xx) one comes back as a bounce.");

constexpr const char *syntaxMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog", "500 command not recognized: the server did not understand the command.");
constexpr const char *syntaxNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Check the command for a syntax error (a typo, a missing colon after MAIL FROM or RCPT TO, a stray "
    "space), and check that you are really talking to an SMTP server and not, say, a web or POP3 server "
    "on that port.");

constexpr const char *noEsmtpMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "The server does not understand EHLO: it is an old server that does not speak ESMTP (extended SMTP).");
constexpr const char *noEsmtpNext
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                        "Nothing to fix on your side: HELO will be tried instead. Without ESMTP the server offers no "
                        "STARTTLS, AUTH, SIZE or delivery notifications (DSN).");

constexpr const char *noStartTlsMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog", "The server does not offer STARTTLS: it cannot encrypt this connection.");
constexpr const char *noStartTlsNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Run the test without STARTTLS, or use the server's port with implicit TLS (465) if it has one. If "
    "mail to this server must be encrypted, tell its administrator.");

constexpr const char *tlsFirstMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "The server wants the connection encrypted first: it accepts this command only after STARTTLS.");
constexpr const char *tlsFirstNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog", "Turn on STARTTLS in the test (or use port 465 with implicit TLS) and run it again.");

constexpr const char *authFirstMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog", "Authentication required: the server takes mail only from users who log in.");
constexpr const char *authFirstNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Give a user name and password (AUTH) in the test, after STARTTLS. Port 587 (submission) is the "
    "usual port for sending as a logged-in user.");

constexpr const char *weakMechMeaning
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server considers this login mechanism too weak.");
constexpr const char *weakMechNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Choose a stronger mechanism from the AUTH line of the EHLO reply, or turn on STARTTLS first: many "
    "servers allow PLAIN and LOGIN only inside TLS.");

constexpr const char *badCredentialsMeaning
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                        "Login failed: the server did not accept the user name and password (credentials invalid).");
constexpr const char *badCredentialsNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Check the user name form: some servers want the full address (user@example.com), others only the "
    "part before the @. Check the password (Caps Lock, keyboard layout). For an account with multi-factor "
    "sign-in, use an app password; some providers also need SMTP login turned on for the mailbox.");

constexpr const char *encryptionNeededMeaning
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server requires encryption for this login mechanism.");
constexpr const char *encryptionNeededNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog", "Turn on STARTTLS (or use port 465 with implicit TLS) before logging in.");

constexpr const char *badSequenceNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Look at the earlier steps: one of them failed (a refused sender or recipient, a failed login), so "
    "the server is not ready for this command. Fix that step first.");

constexpr const char *noMailHereMeaning
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "This host or domain accepts no mail at all.");
constexpr const char *noMailHereNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Check the domain's MX records: you may be testing a host that is not meant to receive mail. If the "
    "recipient's domain takes no mail, the address cannot be used; ask for another one.");

constexpr const char *utf8Meaning
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                        "The server does not take an address with characters outside ASCII here (SMTPUTF8, RFC 6531).");
constexpr const char *utf8Next = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Use an ASCII address; when only the domain has other characters, its ACE form (xn--…) names the same domain.");

constexpr const char *parameterMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "The server does not accept a parameter of MAIL FROM or RCPT TO (such as SIZE=, NOTIFY=, ORCPT= or "
    "RET=).");
constexpr const char *parameterNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Use only the extensions the server announced in its EHLO reply (DSN for NOTIFY=, ORCPT=, RET=; SIZE "
    "for SIZE=), or run the test without the optional parameters.");

constexpr const char *connectRefusedMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "The server refuses your connection: your IP address is blocklisted or not allowed by its policy.");
constexpr const char *connectRefusedNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Read the server's text: it often names a blocklist and gives a URL where you can check your IP "
    "address and ask for removal. Otherwise send through your provider's relay, or ask the server's "
    "administrator why your address is refused.");

constexpr const char *contentRefusedMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "The server received the message and refused it: it was classed as spam or a virus, or it broke a "
    "content or sender policy (such as DMARC).");
constexpr const char *contentRefusedNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Read the server's text for the reason. Try a short plain-text message; check the sender domain's "
    "SPF, DKIM and DMARC records; remove attachments or links that may be blocked.");

constexpr const char *senderRefusedMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "The server refuses mail from this sender by policy: SPF does not allow your IP address for the "
    "sender's domain, your IP address or domain is on a blocklist, or this sender must log in first.");
constexpr const char *senderRefusedNext = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Read the server's text for the reason. Check that the sender domain's SPF record lists the IP "
    "address you send from, check your IP address on public blocklists, or log in (AUTH) if the sender "
    "is a user of this server.");

constexpr const char *userNotLocalMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog", "The recipient is not on this server; the server names another address to use.");
constexpr const char *userNotLocalNext
    = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Use the address given in the server's text: %2");

constexpr const char *tempPolicyMeaning = QT_TRANSLATE_NOOP(
    "mailflow::ReplyCatalog",
    "Temporarily refused by policy (%1): often greylisting, a rate limit, or a check that could not be "
    "completed right now.");

constexpr ReplyRule rules[] = {
    // --- Positive and intermediate replies where the test expects them -----------------------
    {.code = 220,
     .stages = at(Connect),
     .meaning = QT_TRANSLATE_NOOP(
         "mailflow::ReplyCatalog",
         "The server is ready and greets you: it speaks SMTP and accepts connections from your address."),
     .nextStep = nothingToDo},
    {.code = 220,
     .stages = at(StartTls),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server is ready to encrypt the connection (TLS)."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Nothing to do: the TLS handshake follows.")},
    {.code = 250,
     .stages = at(Ehlo),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server accepted the greeting. The lines of its reply list the extensions it offers "
                         "(SIZE limit, STARTTLS, AUTH, DSN and others)."),
     .nextStep = nothingToDo},
    {.code = 250,
     .stages = at(Mail),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server accepted the sender address."),
     .nextStep = nothingToDo},
    {.code = 250,
     .stages = at(Rcpt),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server accepted this recipient."),
     .nextStep = nothingToDo},
    {.code = 251,
     .stages = at(Rcpt),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The recipient is not on this server, but the server will forward the message."),
     .nextStep = nothingToDo},
    {.code = 252,
     .stages = at(Rcpt),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The server cannot check this recipient now, but accepts the message and will try to "
                                  "deliver it."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Nothing to do, but this does not prove the mailbox exists: a bounce may still come later.")},
    {.code = 354,
     .stages = at(Data),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Go ahead: the server is ready for the message. Headers and body follow, ended by a line "
                         "with a single dot."),
     .nextStep = nothingToDo},
    {.code = 250,
     .stages = at(EndOfData),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server accepted the message for delivery: from now on delivering it is the server's "
                         "job."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Nothing to do. If the message never arrives, give the server's administrator the time "
                         "of this test and the queue id from the reply (%3): that is how they find it in their "
                         "logs.")},
    {.code = 221,
     .stages = at(Quit),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The server said goodbye and closed the connection: the test ended cleanly."),
     .nextStep = nothingToDo},
    {.code = 235,
     .stages = at(Auth),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Login succeeded: the server accepted the user name and password."),
     .nextStep = nothingToDo},
    {.code = 334,
     .stages = at(Auth),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server asks for the next part of the login (user name, password or a challenge)."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Nothing to do: the answer is sent automatically.")},
    {.classes = C2,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server accepted the command: %1."),
     .nextStep = nothingToDo},
    {.classes = C3,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server waits for more input: %1."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Nothing to do: the test sends what the server asked for.")},

    // --- Phrases in the server's text that say more than the codes ----------------------------
    {.classes = C5,
     .stages = Envelope,
     .keywords = "relay access denied|relaying denied|unable to relay|not relaying|relay not permitted|"
                 "relaying not allowed|relay not allowed|relay denied|we do not relay|relaying is not|"
                 "relay prohibited|relaying prohibited|not permitted to relay|relaying disallowed",
     .meaning = relayMeaning,
     .nextStep = relayNext},
    {.classes = C5,
     .stages = at(Rcpt),
     .keywords = "user unknown|unknown user|no such user|unknown recipient|recipient not found|mailbox not found|"
                 "no such mailbox|invalid recipient|no mailbox here|not our customer|mailbox does not exist|"
                 "user does not exist|address does not exist|recipient does not exist|account does not exist",
     .meaning = noMailboxMeaning,
     .nextStep = noMailboxNext},
    {.classes = Failures,
     .keywords = "blocklist|blacklist|block list|black list|dnsbl|spamhaus|spamcop|barracuda|blocked using|"
                 "listed at|banned sending ip|request removal|poor reputation|bad reputation|ip reputation",
     .meaning = blocklistMeaning,
     .nextStep = blocklistNext},
    {.classes = C4,
     .keywords = "greylist|graylist|grey list|gray list|greylisted|postgrey",
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Greylisting: the server deliberately turns away the first attempt from a sender it does "
                         "not know and accepts the same message when it is retried a few minutes later."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Not a fault: real mail servers retry on their own. Run the test again after the delay "
                         "the text names (usually 1 to 15 minutes); it should then pass.")},
    {.classes = C4,
     .keywords = "too many connections|rate limit|ratelimit|rate-limit|too many messages|too many concurrent|"
                 "connection rate|throttl",
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "Rate limit: the server limits how many connections or messages it takes from your "
                                  "address, and you are over the limit for now."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Wait a while and test again; stop other programs that send through the same address. "
                         "Real mail servers slow down and retry on their own.")},
    {.classes = Failures,
     .keywords = "reverse dns|reverse lookup|reverse hostname|cannot find your hostname|ptr record|no ptr|rdns",
     .meaning = reverseDnsMeaning,
     .nextStep = reverseDnsNext},
    {.classes = Failures, .keywords = "spf", .meaning = spfMeaning, .nextStep = spfNext},
    {.classes = Failures,
     .keywords = "dmarc",
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "DMARC check failed: the sender domain asks receivers to refuse mail that passes neither "
                         "SPF nor DKIM for that domain, and this message passes neither."),
     .nextStep = dkimNext},
    {.classes = Failures, .keywords = "dkim", .meaning = dkimMeaning, .nextStep = dkimNext},
    {.classes = C5,
     .stages = Transaction,
     .keywords = "message size|too large|too big|size limit|maximum size|exceeds size|message length exceeds",
     .meaning = sizeMeaning,
     .nextStep = sizeNext},
    {.classes = Failures,
     .stages = Transaction,
     .keywords = "mailbox full|mailbox is full|over quota|overquota|out of storage|quota exceeded|exceeded "
                 "quota|mailbox size limit",
     .meaning = mailboxFullMeaning,
     .nextStep = mailboxFullNext},
    {.classes = Failures,
     .stages = at(Ehlo, Auth, Mail, Rcpt, Data),
     .keywords = "starttls first|starttls command first|must issue a starttls|tls required|requires tls|"
                 "must use tls|tls is required|must start tls",
     .meaning = tlsFirstMeaning,
     .nextStep = tlsFirstNext},
    {.classes = Failures,
     .stages = at(Mail, Rcpt, Data),
     .keywords = "authentication required|authentication is required|must authenticate|authenticate first|"
                 "auth required|not authenticated|login required|must log in|sender not authenticated",
     .meaning = authFirstMeaning,
     .nextStep = authFirstNext},

    // --- The greeting ----------------------------------------------------------------------------
    {.code = 421,
     .stages = at(Connect),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The server is not taking connections right now: it is shutting down, too busy, or "
                                  "deliberately slowing down senders it does not trust (tarpitting)."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Try again in a few minutes, or test the domain's next MX host. If it persists, the "
                                   "server may be limiting connections from your address; ask its administrator.")},
    {.classes = C4,
     .stages = at(Connect),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server greeted you with a temporary refusal (%1): it takes no mail from you right now."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Try again in a few minutes, or test the domain's next MX host.")},
    {.code = 554, .stages = at(Connect), .meaning = connectRefusedMeaning, .nextStep = connectRefusedNext},
    {.classes = C5,
     .subject = 7,
     .detail = 1,
     .stages = at(Connect),
     .meaning = connectRefusedMeaning,
     .nextStep = connectRefusedNext},
    {.classes = C5,
     .stages = at(Connect),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The server answered the connection with a refusal (%1): it will not talk to you."),
     .nextStep = connectRefusedNext},

    // --- EHLO and STARTTLS -------------------------------------------------------------------------
    {.code = 500, .stages = at(Ehlo), .meaning = noEsmtpMeaning, .nextStep = noEsmtpNext},
    {.code = 502, .stages = at(Ehlo), .meaning = noEsmtpMeaning, .nextStep = noEsmtpNext},
    {.code = 501,
     .stages = at(Ehlo),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server refused the name given in EHLO: it must be a full host name (with dots) or an "
                         "IP address in square brackets."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Set the EHLO name in the test to this computer's full host name as the internet sees "
                         "it, or to its public IP address in square brackets.")},
    {.classes = C5,
     .stages = at(Ehlo),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server refused the greeting (EHLO): %1."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Read the server's text. Some servers refuse EHLO names that do not resolve in DNS or "
                         "that claim to be the server itself: use this computer's real host name.")},
    {.code = 500, .stages = at(StartTls), .meaning = noStartTlsMeaning, .nextStep = noStartTlsNext},
    {.code = 502, .stages = at(StartTls), .meaning = noStartTlsMeaning, .nextStep = noStartTlsNext},
    {.code = 454,
     .stages = at(StartTls),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "TLS is temporarily not available on the server (for example its certificate cannot be "
                         "loaded)."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Try again later and tell the server's administrator. Do not send passwords over the "
                         "unencrypted connection meanwhile.")},
    {.classes = Failures,
     .stages = at(StartTls),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server refused to start TLS: %1."),
     .nextStep = noStartTlsNext},

    // --- AUTH ------------------------------------------------------------------------------------
    {.code = 535, .stages = at(Auth), .meaning = badCredentialsMeaning, .nextStep = badCredentialsNext},
    {.classes = Failures, .subject = 7, .detail = 8, .meaning = badCredentialsMeaning, .nextStep = badCredentialsNext},
    {.code = 534, .stages = at(Auth), .meaning = weakMechMeaning, .nextStep = weakMechNext},
    {.classes = Failures, .subject = 7, .detail = 9, .meaning = weakMechMeaning, .nextStep = weakMechNext},
    {.code = 538, .stages = at(Auth), .meaning = encryptionNeededMeaning, .nextStep = encryptionNeededNext},
    {.classes = Failures,
     .subject = 7,
     .detail = 11,
     .meaning = encryptionNeededMeaning,
     .nextStep = encryptionNeededNext},
    {.classes = Failures,
     .subject = 7,
     .detail = 10,
     .meaning = encryptionNeededMeaning,
     .nextStep = encryptionNeededNext},
    {.classes = Failures,
     .subject = 7,
     .detail = 12,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The server needs a one-time password transition before this mechanism can be used."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Log in once with PLAIN over an encrypted connection (STARTTLS) so the server can update "
                         "its stored password, then try this mechanism again.")},
    {.classes = Failures,
     .subject = 7,
     .detail = 13,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The account is disabled."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Ask the account's administrator to enable it (it may be locked after failed logins or "
                         "for sending spam).")},
    {.code = 454,
     .stages = at(Auth),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "Temporary login failure: the server could not check your credentials right now."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Try again in a few minutes; if it persists, tell the server's administrator (its user "
                         "directory may be unreachable).")},
    {.code = 501,
     .stages = at(Auth),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server could not read the login data (bad encoding, or the login was cancelled)."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Check the user name and password for stray characters, or choose another mechanism "
                                   "(LOGIN instead of PLAIN).")},
    {.code = 502,
     .stages = at(Auth),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server does not offer login (AUTH) here."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Many servers offer AUTH only after STARTTLS, or only on the submission port 587: "
                                   "check the EHLO reply for an AUTH line.")},
    {.code = 504,
     .stages = at(Auth),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server does not support this login mechanism."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Choose one of the mechanisms listed on the AUTH line of the EHLO reply.")},
    {.code = 503,
     .stages = at(Auth),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Login is not possible now: you are already logged in, or the server offers no AUTH on "
                         "this connection."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Check the EHLO reply for an AUTH line; many servers announce it only after STARTTLS.")},
    {.classes = Failures,
     .stages = at(Auth),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Login failed: %1."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Read the server's text; check the user name, the password and the chosen mechanism.")},

    // --- Needs STARTTLS or a login ---------------------------------------------------------------
    {.code = 530,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The server requires STARTTLS and a login before it accepts this command."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Turn on STARTTLS in the test; if the text asks for authentication, also give a user "
                         "name and password (AUTH), usually on port 587.")},
    {.code = 530, .subject = 7, .detail = 0, .meaning = tlsFirstMeaning, .nextStep = tlsFirstNext},

    // --- MAIL FROM ---------------------------------------------------------------------------------
    {.classes = C5,
     .subject = 7,
     .detail = 1,
     .stages = at(Mail),
     .meaning = senderRefusedMeaning,
     .nextStep = senderRefusedNext},
    {.code = 550, .stages = at(Mail), .meaning = senderRefusedMeaning, .nextStep = senderRefusedNext, .guess = true},
    {.code = 553,
     .stages = at(Mail),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server does not allow this sender address: it is malformed, or you may send only as "
                         "your own address."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Use the address of the account you logged in with, written as <user@example.com>, and "
                         "check its spelling.")},
    {.code = 552,
     .stages = at(Mail),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The message size given with MAIL FROM (SIZE=) is larger than the server accepts."),
     .nextStep = sizeNext},
    {.subject = 1,
     .detail = 7,
     .stages = at(Mail),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The sender address is not written correctly."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Write it as user@example.com: no spaces, no display name, one @.")},
    {.subject = 1,
     .detail = 8,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The domain of the sender address does not exist in DNS or cannot receive replies."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Use a sender address whose domain exists and has MX (or address) records, so bounces "
                         "can reach it; check the domain part for typos.")},
    {.classes = C5,
     .stages = at(Mail),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server refused the sender: %1."),
     .nextStep = senderRefusedNext},

    // --- RCPT TO -----------------------------------------------------------------------------------
    {.classes = C5, .subject = 7, .detail = 1, .stages = at(Rcpt), .meaning = relayMeaning, .nextStep = relayNext},
    {.classes = C4, .subject = 7, .detail = 1, .meaning = tempPolicyMeaning, .nextStep = greylistNext},
    {.classes = Failures,
     .subject = 1,
     .detail = 1,
     .stages = Delivery,
     .meaning = noMailboxMeaning,
     .nextStep = noMailboxNext},
    {.classes = Failures,
     .subject = 1,
     .detail = 2,
     .stages = Delivery,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The domain of the recipient address does not exist or takes no mail."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Check the part after the @ for typos, and check the domain's MX records.")},
    {.classes = Failures,
     .subject = 1,
     .detail = 3,
     .stages = Delivery,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The recipient address is not written correctly."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Write it as user@example.com: no spaces, commas or display name, one @.")},
    {.classes = Failures,
     .subject = 1,
     .detail = 6,
     .stages = Delivery,
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The mailbox has moved and the server knows no forwarding address."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Ask the recipient for the new address.")},
    {.subject = 1, .detail = 10, .meaning = noMailHereMeaning, .nextStep = noMailHereNext},
    {.subject = 7,
     .detail = 27,
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The sender's domain publishes a null MX: it accepts no mail, so it may not send mail "
                         "either."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Use a sender address of a domain that can receive mail (bounces must be deliverable).")},
    {.classes = Failures,
     .subject = 2,
     .detail = 1,
     .stages = Delivery,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The mailbox is disabled and does not accept messages."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Reach the recipient another way: the account may have been closed or suspended.")},
    {.classes = Failures,
     .subject = 2,
     .detail = 2,
     .stages = Delivery,
     .meaning = mailboxFullMeaning,
     .nextStep = mailboxFullNext},
    {.classes = Failures,
     .subject = 5,
     .detail = 3,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Too many recipients for one message."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Send to fewer recipients per message. Real mail servers send the rest in another "
                                   "transaction on their own.")},
    {.code = 452,
     .stages = at(Rcpt),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server takes no more recipients now: too many recipients for one message, or it is "
                         "short of storage space."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Send to fewer recipients per message (real mail servers send the rest in another "
                                   "transaction on their own), or retry later if the server is out of space.")},
    {.code = 550,
     .stages = at(Rcpt),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server refused this recipient: the mailbox does not exist, or the server will not "
                         "accept mail for it from you."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Check the spelling of the address and read the server's text: \"user unknown\" means "
                         "ask the recipient for the right address; \"relay\" means this server does not handle "
                         "that domain for you: test the recipient domain's own MX host."),
     .guess = true},
    {.code = 551, .stages = at(Rcpt), .meaning = userNotLocalMeaning, .nextStep = userNotLocalNext},
    // Servers send 551 with 5.1.6 ("moved"), yet 551 names the new address.
    {.code = 551, .subject = 1, .detail = 6, .meaning = userNotLocalMeaning, .nextStep = userNotLocalNext},
    {.code = 553,
     .stages = at(Rcpt),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server does not allow this recipient address: it is malformed or not accepted here."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Check the address: written as <user@example.com>, no spaces, the right domain.")},
    {.code = 554,
     .stages = at(Rcpt),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server refused this recipient (transaction failed), most often because it does not "
                         "relay mail for that domain from you, or by policy."),
     .nextStep = relayNext,
     .guess = true},
    {.classes = C5,
     .stages = at(Rcpt),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server refused this recipient: %1."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Read the server's text for the reason and check the spelling of the address.")},

    // --- Parameters of MAIL FROM / RCPT TO ------------------------------------------------------
    {.classes = C5, .subject = 6, .detail = 7, .meaning = utf8Meaning, .nextStep = utf8Next},
    {.classes = C5,
     .stages = Envelope,
     .keywords = "smtputf8|utf8|utf-8|non-ascii",
     .meaning = utf8Meaning,
     .nextStep = utf8Next},
    {.code = 555, .meaning = parameterMeaning, .nextStep = parameterNext},
    {.code = 455,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The server cannot handle a parameter of this command right now (such as SIZE= or "
                                  "NOTIFY=)."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Try again later, or run the test without the optional parameters.")},

    // --- DATA and the end of the message -----------------------------------------------------------
    {.code = 503,
     .stages = at(Data),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "Bad sequence of commands: DATA was refused because no recipient has been accepted."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Fix the refused RCPT TO first: the server needs at least one accepted recipient before "
                         "the message.")},
    {.code = 503,
     .stages = at(Rcpt),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "Bad sequence of commands: RCPT TO came without an accepted MAIL FROM."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Fix the refused MAIL FROM first.")},
    {.code = 552, .stages = at(Data, EndOfData), .meaning = sizeMeaning, .nextStep = sizeNext},
    {.subject = 2, .detail = 3, .meaning = sizeMeaning, .nextStep = sizeNext},
    {.subject = 3, .detail = 4, .meaning = sizeMeaning, .nextStep = sizeNext},
    {.classes = C5,
     .subject = 7,
     .detail = 1,
     .stages = at(EndOfData),
     .meaning = contentRefusedMeaning,
     .nextStep = contentRefusedNext},
    {.code = 554,
     .stages = at(EndOfData),
     .meaning = contentRefusedMeaning,
     .nextStep = contentRefusedNext,
     .guess = true},
    {.code = 550,
     .stages = at(EndOfData),
     .meaning = contentRefusedMeaning,
     .nextStep = contentRefusedNext,
     .guess = true},
    {.classes = C5,
     .stages = at(EndOfData),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server received the message and refused it: %1."),
     .nextStep = contentRefusedNext},
    {.classes = C5,
     .stages = at(Data),
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server will not take a message now: %1."),
     .nextStep = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                   "Check that at least one recipient was accepted, and read the server's text.")},

    // --- Authentication results of the message (RFC 7372) ---------------------------------------
    {.classes = Failures, .subject = 7, .detail = 23, .meaning = spfMeaning, .nextStep = spfNext},
    {.classes = Failures,
     .subject = 7,
     .detail = 24,
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "SPF check error: the sender domain's SPF record is broken or could not be looked up."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Ask the sender domain's owner to check its SPF record (syntax, too many lookups); if it "
                         "was a DNS timeout, retry later.")},
    {.classes = Failures, .subject = 7, .detail = 20, .meaning = dkimMeaning, .nextStep = dkimNext},
    {.classes = Failures, .subject = 7, .detail = 21, .meaning = dkimMeaning, .nextStep = dkimNext},
    {.classes = Failures, .subject = 7, .detail = 22, .meaning = dkimMeaning, .nextStep = dkimNext},
    {.classes = Failures, .subject = 7, .detail = 25, .meaning = reverseDnsMeaning, .nextStep = reverseDnsNext},
    {.classes = Failures,
     .subject = 7,
     .detail = 26,
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Several sender checks failed at once (SPF, DKIM, reverse DNS)."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Send through the sender domain's normal outgoing server, which SPF allows and which "
                         "signs with DKIM, from an IP address with a proper reverse DNS name.")},

    // --- Codes that mean the same at every stage ---------------------------------------------------
    {.code = 421,
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "The server is closing the connection: it is shutting down, overloaded, or you hit one of "
                         "its limits (connections, commands or errors)."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Try again later. A real mail server retries on its own; repeated 421 replies from one "
                         "server point at a limit on your address.")},
    {.code = 450, .stages = Transaction, .meaning = greylistMeaning, .nextStep = greylistNext},
    {.code = 451, .stages = Transaction, .meaning = greylistMeaning, .nextStep = greylistNext},
    {.code = 452,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server is short of storage space right now."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Try again later; a real mail server retries on its own. If it lasts, tell the server's "
                         "administrator.")},
    {.code = 500, .meaning = syntaxMeaning, .nextStep = syntaxNext},
    {.code = 501,
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Syntax error in the arguments: the server knows the command but not what followed it."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Check the syntax: addresses go in angle brackets with no spaces or display name "
                         "(MAIL FROM:<user@example.com>), and parameters must be ones the server announced.")},
    {.code = 502,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server does not implement this command."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Leave the command out or use another one; the EHLO reply lists what the server offers.")},
    {.code = 503,
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Bad sequence of commands: the command came at the wrong moment (for example RCPT before "
                         "MAIL, or DATA with no accepted recipient)."),
     .nextStep = badSequenceNext},
    {.code = 504,
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server does not implement this parameter of the command."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Use only parameters the server announced in its EHLO reply.")},
    {.code = 521, .meaning = noMailHereMeaning, .nextStep = noMailHereNext},
    {.code = 556, .meaning = noMailHereMeaning, .nextStep = noMailHereNext},
    {.code = 552,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "Storage limit exceeded: the message is too large or the mailbox is full."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Compare the message size with the SIZE limit in the EHLO reply, and ask the recipient "
                         "whether the mailbox is full.")},
    {.classes = Failures,
     .stages = at(Quit),
     .meaning
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "The server refused QUIT (%1). This is harmless: the test is over."),
     .nextStep = nothingToDo,
     .stageFirst = true},

    // --- Whatever is left: by class ------------------------------------------------------------
    {.classes = C4,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "A temporary refusal: %1. The server expects the command to be tried again later."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Not a fault by itself: real mail servers retry for days. Run the test again in a few "
                         "minutes; if it persists, read the server's text and contact its administrator.")},
    {.classes = C5,
     .meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "A permanent refusal: %1."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                         "Read the server's text for the reason. Retrying the same thing will not help: something "
                         "in the request or on the server must change.")},
    {.meaning = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog",
                                  "The server answered with a code SMTP does not define, so its meaning is unknown."),
     .nextStep
     = QT_TRANSLATE_NOOP("mailflow::ReplyCatalog", "Check that this is really an SMTP server, and read its text: %2")},
};

} // namespace

std::span<const ReplyRule> replyRules()
{
    return rules;
}

} // namespace mailflow::catalog
