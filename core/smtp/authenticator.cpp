#include "smtp/authenticator.h"

#include "base/printable.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace mailflow {

AuthMechanism Authenticator::choose(AuthMechanism wanted, const QStringList &offered, bool encrypted)
{
    if (wanted != AuthMechanism::Auto)
        return wanted;
    const QList<AuthMechanism> order = encrypted
        ? QList<AuthMechanism> {AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5}
        : QList<AuthMechanism> {AuthMechanism::CramMd5, AuthMechanism::Plain, AuthMechanism::Login};
    for (AuthMechanism m : order) {
        if (offered.contains(mechanismName(m), Qt::CaseInsensitive))
            return m;
    }
    return AuthMechanism::None;
}

QString Authenticator::mechanismName(AuthMechanism mechanism)
{
    // The SASL names are the option keys in capitals; "none" and "auto" are no mechanism.
    if (mechanism == AuthMechanism::None || mechanism == AuthMechanism::Auto)
        return {};
    return authMechanismKey(mechanism).toUpper();
}

Authenticator::Authenticator(AuthMechanism mechanism, const QString &user, const QString &password)
    : m_mechanism(mechanism)
    , m_user(user)
    , m_password(password)
{ }

Authenticator::Step Authenticator::start()
{
    m_round = 0;
    const QByteArray name = mechanismName(m_mechanism).toLatin1();
    if (m_mechanism == AuthMechanism::Plain) {
        // RFC 4616: authzid NUL authcid NUL passwd, as the initial response.
        const QByteArray message = '\0' + m_user.toUtf8() + '\0' + m_password.toUtf8();
        return {"AUTH PLAIN " + message.toBase64(), QStringLiteral("AUTH PLAIN ") + hiddenCredentials()};
    }
    return {"AUTH " + name, QStringLiteral("AUTH ") + QString::fromLatin1(name)};
}

bool Authenticator::respond(const QByteArray &challenge, Step *step, QString *decoded)
{
    const auto result = QByteArray::fromBase64Encoding(challenge.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    const Step cancel {"*", QStringLiteral("*")};
    if (!result) {
        *decoded = printableText(challenge.trimmed());
        *step = cancel;
        return false;
    }
    *decoded = printableText(*result);
    ++m_round;
    switch (m_mechanism) {
    case AuthMechanism::Login:
        if (m_round == 1) {
            *step = {m_user.toUtf8().toBase64(), mask()};
            return true;
        }
        if (m_round == 2) {
            *step = {m_password.toUtf8().toBase64(), mask()};
            return true;
        }
        break;
    case AuthMechanism::CramMd5:
        if (m_round == 1) {
            const QByteArray digest
                = QMessageAuthenticationCode::hash(*result, m_password.toUtf8(), QCryptographicHash::Md5).toHex();
            *step = {(m_user.toUtf8() + ' ' + digest).toBase64(), mask()};
            return true;
        }
        break;
    case AuthMechanism::Plain:
        if (m_round == 1 && result.decoded.isEmpty()) {
            // The server ignored the initial response and asks for it.
            const QByteArray message = '\0' + m_user.toUtf8() + '\0' + m_password.toUtf8();
            *step = {message.toBase64(), mask()};
            return true;
        }
        break;
    case AuthMechanism::None:
    case AuthMechanism::Auto:
        break;
    }
    *step = cancel;
    return false;
}

} // namespace mailflow
