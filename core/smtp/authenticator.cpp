#include "smtp/authenticator.h"

#include "base/printable.h"
#include "smtp/oauthsasl.h"
#include "smtp/scramclient.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace mailflow {

namespace {
QCryptographicHash::Algorithm scramAlgorithm(AuthMechanism mechanism)
{
    return mechanism == AuthMechanism::ScramSha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
}
} // namespace

AuthMechanism Authenticator::choose(AuthMechanism wanted, const QStringList &offered, bool encrypted, bool token)
{
    if (wanted != AuthMechanism::Auto)
        return wanted;
    QList<AuthMechanism> order;
    if (token) {
        order = {AuthMechanism::OAuthBearer, AuthMechanism::XOAuth2};
    } else {
        order = {AuthMechanism::ScramSha256, AuthMechanism::ScramSha1};
        order += encrypted ? QList<AuthMechanism> {AuthMechanism::Plain, AuthMechanism::Login, AuthMechanism::CramMd5}
                           : QList<AuthMechanism> {AuthMechanism::CramMd5, AuthMechanism::Plain, AuthMechanism::Login};
    }
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

Authenticator::Authenticator(AuthMechanism mechanism, const QString &user, const QString &secret)
    : m_mechanism(mechanism)
    , m_user(user)
    , m_password(secret)
{ }

Authenticator::~Authenticator() = default;

Authenticator::Step Authenticator::start()
{
    m_round = 0;
    m_problem.clear();
    m_refusal = {};
    const QByteArray name = mechanismName(m_mechanism).toLatin1();
    const QString hidden = QStringLiteral("AUTH %1 %2").arg(QString::fromLatin1(name), hiddenCredentials());
    switch (m_mechanism) {
    case AuthMechanism::Plain: {
        // RFC 4616: authzid NUL authcid NUL passwd, as the initial response.
        const QByteArray message = '\0' + m_user.toUtf8() + '\0' + m_password.toUtf8();
        return {"AUTH PLAIN " + message.toBase64(), hidden};
    }
    case AuthMechanism::Login:
        if (!m_loginInitialResponse)
            break;
        // The user name goes with the command: the first challenge is then the password's.
        m_round = 1;
        return {"AUTH LOGIN " + m_user.toUtf8().toBase64(), QStringLiteral("AUTH LOGIN ") + mask()};
    case AuthMechanism::XOAuth2:
        return {"AUTH XOAUTH2 " + OAuthSasl::xoauth2(m_user, m_password.toUtf8()).toBase64(), hidden};
    case AuthMechanism::OAuthBearer:
        return {"AUTH OAUTHBEARER " + OAuthSasl::oauthBearer(m_user, m_password.toUtf8()).toBase64(), hidden};
    case AuthMechanism::ScramSha1:
    case AuthMechanism::ScramSha256: {
        // The first message holds only the user name and a nonce: nothing secret, shown as sent.
        m_scram = std::make_unique<ScramClient>(scramAlgorithm(m_mechanism), m_user, m_password, m_scramNonce);
        const QByteArray line = "AUTH " + name + ' ' + m_scram->clientFirst().toBase64();
        return {line, QString::fromLatin1(line)};
    }
    case AuthMechanism::CramMd5:
    case AuthMechanism::None:
    case AuthMechanism::Auto:
        break;
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
    case AuthMechanism::ScramSha1:
    case AuthMechanism::ScramSha256:
        if (respondScram(*result, step))
            return true;
        break;
    case AuthMechanism::XOAuth2:
    case AuthMechanism::OAuthBearer:
        if (respondOAuth(*result, step))
            return true;
        break;
    case AuthMechanism::None:
    case AuthMechanism::Auto:
        break;
    }
    *step = cancel;
    return false;
}

bool Authenticator::respondScram(const QByteArray &challenge, Step *step)
{
    if (!m_scram)
        return false;
    if (m_round == 1) {
        QByteArray final;
        if (!m_scram->clientFinal(challenge, &final)) {
            m_problem = m_scram->problem();
            return false;
        }
        // The proof is not the password, but it allows guessing it offline: masked like one.
        *step = {final.toBase64(), mask()};
        return true;
    }
    if (m_round == 2) {
        if (!m_scram->verifyServerFinal(challenge)) {
            m_problem = m_scram->problem();
            return false;
        }
        // SMTP has no "success with data": the server's signature comes in a 334, answered empty.
        *step = {QByteArray(), QString()};
        return true;
    }
    return false;
}

bool Authenticator::respondOAuth(const QByteArray &challenge, Step *step)
{
    const std::optional<OAuthSasl::Error> error = OAuthSasl::parseError(challenge);
    if (m_round != 1 || !error)
        return false;
    m_refusal = error->diagnosis();
    // RFC 7628 §3.2.3: the client answers the error with a lone %x01; Google's XOAUTH2 with an empty line.
    if (m_mechanism == AuthMechanism::OAuthBearer) {
        const QByteArray kvsep = QByteArray("\x01").toBase64();
        *step = {kvsep, QString::fromLatin1(kvsep)};
    } else {
        *step = {QByteArray(), QString()};
    }
    return true;
}

} // namespace mailflow
