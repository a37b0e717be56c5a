#include "smtp/oauthsasl.h"

#include "base/printable.h"
#include "smtp/scramclient.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace mailflow {

QByteArray OAuthSasl::xoauth2(const QString &user, const QByteArray &token)
{
    return "user=" + user.toUtf8()
        + "\x01"
          "auth=Bearer "
        + token + "\x01\x01";
}

QByteArray OAuthSasl::oauthBearer(const QString &user, const QByteArray &token)
{
    // The GS2 header's authzid is a saslname, escaped as in SCRAM.
    return "n,a=" + ScramClient::saslName(user)
        + ",\x01"
          "auth=Bearer "
        + token + "\x01\x01";
}

std::optional<OAuthSasl::Error> OAuthSasl::parseError(const QByteArray &decoded)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject o = document.object();
    if (!o.contains(QLatin1String("status")))
        return std::nullopt;
    // Google sends the status as a string, some servers as a number.
    const QJsonValue status = o.value(QLatin1String("status"));
    Error e;
    e.status = status.isDouble() ? QString::number(status.toInt()) : printableText(status.toString().toUtf8());
    e.schemes = printableText(o.value(QLatin1String("schemes")).toString().toUtf8());
    e.scope = printableText(o.value(QLatin1String("scope")).toString().toUtf8());
    return e;
}

Diagnosis OAuthSasl::Error::diagnosis() const
{
    Diagnosis d;
    const QString scopeNote = scope.isEmpty() ? QString() : tr(" The server asks for the scope \"%1\".").arg(scope);
    if (status == u"401" || status == u"invalid_token") {
        d.meaning = tr("The server refused the access token (status %1): it has expired, was revoked or was not "
                       "issued for this account.")
                        .arg(status)
            + scopeNote;
        d.nextStep = tr("Access tokens last about an hour: get a new one for this user and try again. Check that "
                        "the user name is the account the token was issued to.");
    } else if (status == u"403" || status == u"insufficient_scope") {
        d.meaning = tr("The access token is valid but does not allow sending mail (status %1: insufficient "
                       "scope).")
                        .arg(status)
            + scopeNote;
        d.nextStep = tr("Request the token with the mail scope: https://mail.google.com/ for Gmail, "
                        "https://outlook.office.com/SMTP.Send for Microsoft 365.");
    } else {
        d.meaning = tr("The server refused the OAuth login with status %1.").arg(status) + scopeNote;
        d.nextStep = tr("Status 400 means the request was malformed: check the user name and that the token "
                        "is an OAuth 2.0 access token (not an ID or refresh token).");
    }
    return d;
}

} // namespace mailflow
