#pragma once

#include "smtp/proxyheader.h"
#include "smtp/xclient.h"
#include "tls/tlsoptions.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mailflow {

/** DSN NOTIFY= keywords (RFC 3461); NEVER excludes the others. */
enum class DsnNotify { None = 0, Success = 1, Failure = 2, Delay = 4, Never = 8 };
Q_DECLARE_FLAGS(DsnNotifyFlags, DsnNotify)
Q_DECLARE_OPERATORS_FOR_FLAGS(DsnNotifyFlags)

/** "SUCCESS,FAILURE" for the flags; empty for none. */
QString dsnNotifyKeywords(DsnNotifyFlags flags);
/** Parses "success,failure" (any case); returns false and an error for an unknown word. */
bool parseDsnNotify(const QString &text, DsnNotifyFlags *flags, QString *error);

enum class DsnReturn { Unset, Full, Headers };
/** "full", "hdrs"; empty for Unset. */
QString dsnReturnKey(DsnReturn ret);
/** Reads a RET key (any case); an empty key is Unset. */
bool parseDsnReturn(const QString &key, DsnReturn *ret);

/** Whether DSN parameters are sent. */
enum class DsnMode {
    Auto, ///< only when the server advertised DSN
    Force, ///< always, as KB 153119 types them by hand
};
QString dsnModeKey(DsnMode mode);
bool parseDsnMode(const QString &key, DsnMode *mode);

/** Whether the message goes in BDAT chunks (CHUNKING, RFC 3030) instead of DATA. */
enum class BdatMode {
    Off, ///< always DATA
    Auto, ///< BDAT when the server offers CHUNKING
    Force, ///< BDAT even when it is not offered (to see how a server answers it)
};
QString bdatModeKey(BdatMode mode);
bool parseBdatMode(const QString &key, BdatMode *mode);

struct Recipient
{
    QString address;
    DsnNotifyFlags notify;
    /** Original recipient for ORCPT=rfc822;…; empty for none. */
    QString orcpt;

    friend bool operator==(const Recipient &, const Recipient &) = default;
};

struct MessageSpec
{
    /** Header overrides; empty means generated from the envelope. */
    QString fromHeader;
    QString toHeader;
    QString subject;
    QList<QPair<QString, QString>> extraHeaders;
    QString bodyText;
    /** When set, the body is read from this file instead of bodyText. */
    QString bodyFile;
    /** The body (text or file) is a complete message with its own headers: send as is. */
    bool rawMessage = false;
    /** Files sent as attachments after the text (multipart/mixed); not with rawMessage. */
    QStringList attachments;

    friend bool operator==(const MessageSpec &, const MessageSpec &) = default;
};

/** The stages a plan can stop after (like swaks --quit-after). */
enum class StopPoint { Connect, Ehlo, Auth, Xclient, Mail, Rcpt, Data, Quit };

/** Per-stage timeouts in milliseconds. RFC 5321 §4.5.3.2 asks for 5 min greeting/MAIL/RCPT,
 *  2 min DATA, 3 min per data block and 10 min after the dot; a helpdesk waits less. */
struct Timeouts
{
    int connectMs = 30'000;
    int greetingMs = 60'000;
    int commandMs = 60'000; ///< EHLO, MAIL, RCPT, RSET, NOOP, raw commands
    int dataStartMs = 60'000; ///< DATA until 354
    int dataBlockMs = 180'000;
    int dataEndMs = 300'000; ///< after the final dot
    int quitMs = 10'000;

    /** Every stage the same, as --timeout gives it. */
    static Timeouts uniform(int ms);

    friend bool operator==(const Timeouts &, const Timeouts &) = default;
};

// ---- AUTH ------------------------------------------------------------------------------------

enum class AuthMechanism { None, Auto, Plain, Login, CramMd5, XOAuth2, OAuthBearer, ScramSha1, ScramSha256 };

/** XOAUTH2 and OAUTHBEARER log in with an access token instead of a password. */
bool isTokenMechanism(AuthMechanism mechanism);

/** AUTH settings; the password is not here (see Credentials): these may be saved, it may not. */
/** Whether the test fails when AUTH is not offered or refused (swaks -ao, -aos). */
enum class AuthRequirement {
    Required, ///< the login must succeed
    Optional, ///< try AUTH when offered; not offered or refused: go on unauthenticated
    OptionalStrict, ///< not offered: go on unauthenticated; offered and refused: a failure
};

struct AuthOptions
{
    AuthMechanism mechanism = AuthMechanism::None;
    QString user;
    /** Sends credentials over an unencrypted connection (refused otherwise). */
    bool allowPlaintext = false;
    /** LOGIN sends the user name with the command ("AUTH LOGIN dXNlcg=="), saving a round trip. */
    bool loginInitialResponse = false;
    AuthRequirement requirement = AuthRequirement::Required;

    bool isEnabled() const { return mechanism != AuthMechanism::None; }

    friend bool operator==(const AuthOptions &, const AuthOptions &) = default;
};

/**
 * The secret of a test. Transient by design: it is kept apart from SessionOptions so that nothing
 * that saves options (profiles, reports) can write it; give it with SmtpSession::setCredentials().
 */
struct Credentials
{
    /** The password, or the OAuth 2.0 access token when isToken. */
    QString password;
    bool isToken = false;
    /** The SOCKS5 proxy's password, for ConnectionOptions::proxyUser. */
    QString proxyPassword {};
};

QString authMechanismKey(AuthMechanism mechanism);
/** "required", "optional", "optional-strict" */
QString authRequirementKey(AuthRequirement requirement);
bool parseAuthRequirement(const QString &key, AuthRequirement *requirement);
bool parseAuthMechanism(const QString &key, AuthMechanism *mechanism);

/** The open relay probe: after the envelope, an outside sender to an outside recipient, then RSET (never DATA). */
struct RelayCheckOptions
{
    bool enabled = false;
    /** Empty: defaultSender / defaultRecipient, in domains that cannot be the server's (.invalid). */
    QString sender;
    QString recipient;

    QString senderOrDefault() const { return sender.isEmpty() ? defaultSender() : sender; }
    QString recipientOrDefault() const { return recipient.isEmpty() ? defaultRecipient() : recipient; }
    static QString defaultSender() { return QStringLiteral("relay-check@mailflow-relay-sender.invalid"); }
    static QString defaultRecipient() { return QStringLiteral("relay-test@mailflow-relay-check.invalid"); }

    friend bool operator==(const RelayCheckOptions &, const RelayCheckOptions &) = default;
};

/** Which of the server's addresses are tried. */
enum class AddressFamily { Any, IPv4, IPv6 };
QString addressFamilyKey(AddressFamily family);
bool parseAddressFamily(const QString &key, AddressFamily *family);

/** How the connection is made. The proxy's password is not here (see Credentials). */
struct ConnectionOptions
{
    AddressFamily family = AddressFamily::Any;
    /** Bound before connecting; empty for the system's choice. */
    QString localAddress;
    quint16 localPort = 0;
    /** A SOCKS5 proxy (RFC 1928); empty for none. The proxy resolves the server's name. */
    QString proxyHost;
    quint16 proxyPort = 1080;
    /** Logs in to the proxy with this user (RFC 1929); empty for no login. */
    QString proxyUser;
    /** A PROXY protocol header sent first, as a load balancer in front of the server would. */
    ProxyHeaderOptions proxyHeader;

    bool usesProxy() const { return !proxyHost.isEmpty(); }

    friend bool operator==(const ConnectionOptions &, const ConnectionOptions &) = default;
};

struct SessionOptions
{
    QString host;
    quint16 port = 25;
    /** Name sent with EHLO/HELO; empty means the local host name. */
    QString ehloName;
    QString mailFrom;
    QList<Recipient> recipients;
    DsnMode dsnMode = DsnMode::Auto;
    DsnReturn dsnReturn = DsnReturn::Unset;
    QString envelopeId;
    MessageSpec message;
    StopPoint stopAfter = StopPoint::Quit;
    /** At the stop point the connection is closed without QUIT, as a broken client would. */
    bool dropAtStop = false;
    /** MAIL, the RCPTs and DATA go out in one write when the server offers PIPELINING (RFC 2920). */
    bool pipelining = false;
    /** LMTP (RFC 2033), for a delivery agent: LHLO instead of EHLO, one reply per accepted recipient after the
     *  message. host "unix:PATH" is a UNIX socket. */
    bool lmtp = false;
    BdatMode bdat = BdatMode::Off;
    /** Bytes in each BDAT chunk but the last; 0: automatic (the whole message up to 1 MiB, else 1 MiB chunks). */
    qint64 bdatChunkSize = 0;
    Timeouts timeouts;
    TlsOptions tls;
    AuthOptions auth;
    RelayCheckOptions relayCheck;
    ConnectionOptions connection;
    /** postfix's XCLIENT after EHLO (and STARTTLS, AUTH): the client the server should take this one for. */
    QList<XclientAttribute> xclient;
    XclientPolicy xclientPolicy;

    friend bool operator==(const SessionOptions &, const SessionOptions &) = default;
};

QString stopPointKey(StopPoint stop);
bool parseStopPoint(const QString &key, StopPoint *stop);

} // namespace mailflow
