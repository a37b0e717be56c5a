#pragma once

#include "smtp/diagnosisdata.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mailflow {

/** The OAuth 2.0 logins: Google's and Microsoft's XOAUTH2, and OAUTHBEARER (RFC 7628). */
class OAuthSasl
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::OAuthSasl)
public:
    /** "user=U^Aauth=Bearer T^A^A" (not yet base64). */
    static QByteArray xoauth2(const QString &user, const QByteArray &token);
    /** "n,a=U,^Aauth=Bearer T^A^A" (RFC 7628 §3.1; not yet base64). */
    static QByteArray oauthBearer(const QString &user, const QByteArray &token);

    /** The error a server sends in a 334 after a refused token (RFC 7628 §3.2.2). */
    struct Error
    {
        QString status;
        QString schemes;
        QString scope;
        /** The user's reading: expired or invalid token, wrong scope, bad request. */
        Diagnosis diagnosis() const;
    };
    /** The error in a decoded 334 challenge; nullopt when it is not the JSON object of RFC 7628. */
    static std::optional<Error> parseError(const QByteArray &decoded);
};

} // namespace mailflow
