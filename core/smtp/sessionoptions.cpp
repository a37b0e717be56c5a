#include "smtp/sessionoptions.h"

#include <QCoreApplication>

namespace mailflow {

QString dsnNotifyKeywords(DsnNotifyFlags flags)
{
    if (flags.testFlag(DsnNotify::Never))
        return QStringLiteral("NEVER");
    QStringList words;
    if (flags.testFlag(DsnNotify::Success))
        words << QStringLiteral("SUCCESS");
    if (flags.testFlag(DsnNotify::Failure))
        words << QStringLiteral("FAILURE");
    if (flags.testFlag(DsnNotify::Delay))
        words << QStringLiteral("DELAY");
    return words.join(u',');
}

bool parseDsnNotify(const QString &text, DsnNotifyFlags *flags, QString *error)
{
    DsnNotifyFlags result;
    const QStringList words = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &raw : words) {
        const QString word = raw.trimmed().toUpper();
        if (word == u"SUCCESS")
            result |= DsnNotify::Success;
        else if (word == u"FAILURE")
            result |= DsnNotify::Failure;
        else if (word == u"DELAY")
            result |= DsnNotify::Delay;
        else if (word == u"NEVER")
            result |= DsnNotify::Never;
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
    switch (ret) {
    case DsnReturn::Unset:
        return {};
    case DsnReturn::Full:
        return QStringLiteral("full");
    case DsnReturn::Headers:
        return QStringLiteral("hdrs");
    }
    return {};
}

bool parseDsnReturn(const QString &key, DsnReturn *ret)
{
    for (DsnReturn r : {DsnReturn::Unset, DsnReturn::Full, DsnReturn::Headers}) {
        if (key.compare(dsnReturnKey(r), Qt::CaseInsensitive) == 0) {
            *ret = r;
            return true;
        }
    }
    return false;
}

QString dsnModeKey(DsnMode mode)
{
    switch (mode) {
    case DsnMode::Auto:
        return QStringLiteral("auto");
    case DsnMode::Force:
        return QStringLiteral("force");
    }
    return {};
}

bool parseDsnMode(const QString &key, DsnMode *mode)
{
    for (DsnMode m : {DsnMode::Auto, DsnMode::Force}) {
        if (key.compare(dsnModeKey(m), Qt::CaseInsensitive) == 0) {
            *mode = m;
            return true;
        }
    }
    return false;
}

Timeouts Timeouts::uniform(int ms)
{
    Timeouts t;
    t.connectMs = t.greetingMs = t.commandMs = t.dataStartMs = t.dataBlockMs = t.dataEndMs = t.quitMs = ms;
    return t;
}

QString stopPointKey(StopPoint stop)
{
    switch (stop) {
    case StopPoint::Connect:
        return QStringLiteral("connect");
    case StopPoint::Ehlo:
        return QStringLiteral("ehlo");
    case StopPoint::Auth:
        return QStringLiteral("auth");
    case StopPoint::Mail:
        return QStringLiteral("mail");
    case StopPoint::Rcpt:
        return QStringLiteral("rcpt");
    case StopPoint::Data:
        return QStringLiteral("data");
    case StopPoint::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

bool parseStopPoint(const QString &key, StopPoint *stop)
{
    for (StopPoint s : {StopPoint::Connect, StopPoint::Ehlo, StopPoint::Auth, StopPoint::Mail, StopPoint::Rcpt,
                        StopPoint::Data, StopPoint::Quit}) {
        if (key.compare(stopPointKey(s), Qt::CaseInsensitive) == 0) {
            *stop = s;
            return true;
        }
    }
    return false;
}

// ---- AUTH ------------------------------------------------------------------------------------

QString authMechanismKey(AuthMechanism mechanism)
{
    switch (mechanism) {
    case AuthMechanism::None:
        return QStringLiteral("none");
    case AuthMechanism::Auto:
        return QStringLiteral("auto");
    case AuthMechanism::Plain:
        return QStringLiteral("plain");
    case AuthMechanism::Login:
        return QStringLiteral("login");
    case AuthMechanism::CramMd5:
        return QStringLiteral("cram-md5");
    }
    return {};
}

bool parseAuthMechanism(const QString &key, AuthMechanism *mechanism)
{
    for (AuthMechanism m : {AuthMechanism::None, AuthMechanism::Auto, AuthMechanism::Plain, AuthMechanism::Login,
                            AuthMechanism::CramMd5}) {
        if (key.compare(authMechanismKey(m), Qt::CaseInsensitive) == 0) {
            *mechanism = m;
            return true;
        }
    }
    return false;
}

} // namespace mailflow
