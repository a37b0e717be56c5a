#include "smtp/sessionoptions.h"

#include "base/enumtable.h"

#include <QCoreApplication>

namespace mailflow {

namespace {
// In the order RFC 3461 lists them; NEVER stands alone.
constexpr EnumName<DsnNotify> dsnNotifyKeywordTable[] = {{DsnNotify::Success, "SUCCESS"},
                                                         {DsnNotify::Failure, "FAILURE"},
                                                         {DsnNotify::Delay, "DELAY"},
                                                         {DsnNotify::Never, "NEVER"}};

constexpr EnumName<StopPoint> stopPoints[]
    = {{StopPoint::Connect, "connect"}, {StopPoint::Ehlo, "ehlo"}, {StopPoint::Auth, "auth"},
       {StopPoint::Xclient, "xclient"}, {StopPoint::Mail, "mail"}, {StopPoint::Rcpt, "rcpt"},
       {StopPoint::Data, "data"},       {StopPoint::Quit, "quit"}};

constexpr EnumName<AuthMechanism> authMechanisms[] = {{AuthMechanism::None, "none"},
                                                      {AuthMechanism::Auto, "auto"},
                                                      {AuthMechanism::Plain, "plain"},
                                                      {AuthMechanism::Login, "login"},
                                                      {AuthMechanism::CramMd5, "cram-md5"},
                                                      {AuthMechanism::XOAuth2, "xoauth2"},
                                                      {AuthMechanism::OAuthBearer, "oauthbearer"},
                                                      {AuthMechanism::ScramSha1, "scram-sha-1"},
                                                      {AuthMechanism::ScramSha256, "scram-sha-256"}};

constexpr EnumName<AuthRequirement> authRequirements[] = {{AuthRequirement::Required, "required"},
                                                          {AuthRequirement::Optional, "optional"},
                                                          {AuthRequirement::OptionalStrict, "optional-strict"}};

// Unset has the empty key: a profile without "ret" reads back as Unset.
constexpr EnumName<DsnReturn> dsnReturns[]
    = {{DsnReturn::Unset, ""}, {DsnReturn::Full, "full"}, {DsnReturn::Headers, "hdrs"}};

constexpr EnumName<AddressFamily> addressFamilies[]
    = {{AddressFamily::Any, "any"}, {AddressFamily::IPv4, "ipv4"}, {AddressFamily::IPv6, "ipv6"}};

constexpr EnumName<DsnMode> dsnModes[] = {{DsnMode::Auto, "auto"}, {DsnMode::Force, "force"}};

constexpr EnumName<BdatMode> bdatModes[]
    = {{BdatMode::Off, "off"}, {BdatMode::Auto, "auto"}, {BdatMode::Force, "force"}};
} // namespace

QString dsnNotifyKeywords(DsnNotifyFlags flags)
{
    if (flags.testFlag(DsnNotify::Never))
        return enumKey(dsnNotifyKeywordTable, DsnNotify::Never);
    QStringList words;
    for (const EnumName<DsnNotify> &row : dsnNotifyKeywordTable)
        if (row.value != DsnNotify::Never && flags.testFlag(row.value))
            words << QString::fromLatin1(row.key);
    return words.join(u',');
}

bool parseDsnNotify(const QString &text, DsnNotifyFlags *flags, QString *error)
{
    DsnNotifyFlags result;
    const QStringList words = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : words) {
        DsnNotify keyword = DsnNotify::None;
        if (parseEnumKey(dsnNotifyKeywordTable, raw.trimmed(), &keyword))
            result |= keyword;
        else {
            if (error)
                *error = QCoreApplication::translate(
                             "mailflow::SessionOptions",
                             "Unknown NOTIFY keyword \"%1\": use SUCCESS, FAILURE, DELAY or NEVER.")
                             .arg(raw.trimmed());
            return false;
        }
    }
    if (result.testFlag(DsnNotify::Never) && result != DsnNotifyFlags(DsnNotify::Never)) {
        if (error)
            *error = QCoreApplication::translate("mailflow::SessionOptions",
                                                 "NOTIFY=NEVER cannot be combined with other keywords.");
        return false;
    }
    *flags = result;
    return true;
}

QString dsnReturnKey(DsnReturn ret)
{
    return enumKey(dsnReturns, ret);
}

bool parseDsnReturn(const QString &key, DsnReturn *ret)
{
    return parseEnumKey(dsnReturns, key, ret);
}

QString dsnModeKey(DsnMode mode)
{
    return enumKey(dsnModes, mode);
}

bool parseDsnMode(const QString &key, DsnMode *mode)
{
    return parseEnumKey(dsnModes, key, mode);
}

Timeouts Timeouts::uniform(int ms)
{
    Timeouts t;
    t.connectMs = t.greetingMs = t.commandMs = t.dataStartMs = t.dataBlockMs = t.dataEndMs = t.quitMs = ms;
    return t;
}

QString stopPointKey(StopPoint stop)
{
    return enumKey(stopPoints, stop);
}

bool parseStopPoint(const QString &key, StopPoint *stop)
{
    return parseEnumKey(stopPoints, key, stop);
}

QString addressFamilyKey(AddressFamily family)
{
    return enumKey(addressFamilies, family);
}

bool parseAddressFamily(const QString &key, AddressFamily *family)
{
    return parseEnumKey(addressFamilies, key, family);
}

// ---- AUTH ------------------------------------------------------------------------------------

QString authRequirementKey(AuthRequirement requirement)
{
    return enumKey(authRequirements, requirement);
}

bool parseAuthRequirement(const QString &key, AuthRequirement *requirement)
{
    return parseEnumKey(authRequirements, key, requirement);
}

QString authMechanismKey(AuthMechanism mechanism)
{
    return enumKey(authMechanisms, mechanism);
}

bool parseAuthMechanism(const QString &key, AuthMechanism *mechanism)
{
    return parseEnumKey(authMechanisms, key, mechanism);
}

bool isTokenMechanism(AuthMechanism mechanism)
{
    return mechanism == AuthMechanism::XOAuth2 || mechanism == AuthMechanism::OAuthBearer;
}

QString bdatModeKey(BdatMode mode)
{
    return enumKey(bdatModes, mode);
}

bool parseBdatMode(const QString &key, BdatMode *mode)
{
    return parseEnumKey(bdatModes, key, mode);
}

} // namespace mailflow
