#include "smtp/scramclient.h"

#include "base/printable.h"
#include "smtp/saslprep.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace mailflow {

namespace {
/** The attributes of a SCRAM message ("r=…,s=…,i=…"), by their one-letter names. */
QByteArray attribute(const QByteArray &message, char name)
{
    for (const QByteArray &part : message.split(',')) {
        if (part.size() >= 2 && part.at(0) == name && part.at(1) == '=')
            return part.mid(2);
    }
    return {};
}
} // namespace

ScramClient::ScramClient(QCryptographicHash::Algorithm algorithm, const QString &user, const QString &password,
                         const QByteArray &nonce)
    : m_algorithm(algorithm)
    , m_nonce(nonce)
{
    // RFC 5802 5.1: both are prepared with SASLprep; the server compares what it prepared the same way.
    QString whyUser;
    QString whyPassword;
    const QString preparedUser = SaslPrep::prepare(user, &whyUser);
    const QString preparedPassword = SaslPrep::prepare(password, &whyPassword);
    m_user = saslName(whyUser.isEmpty() ? preparedUser : user);
    m_password = whyPassword.isEmpty() ? preparedPassword.toUtf8() : QByteArray();
    if (!whyUser.isEmpty())
        m_unprepared = tr("The user name cannot be used with SCRAM: %1").arg(whyUser);
    else if (!whyPassword.isEmpty())
        m_unprepared = tr("The password cannot be used with SCRAM: %1").arg(whyPassword);
    if (m_nonce.isEmpty()) {
        QByteArray random(18, Qt::Uninitialized);
        QRandomGenerator::system()->generate(random.begin(), random.end());
        m_nonce = random.toBase64();
    }
}

QByteArray ScramClient::saslName(const QString &name)
{
    QByteArray out = name.toUtf8();
    out.replace('=', "=3D");
    out.replace(',', "=2C");
    return out;
}

QByteArray ScramClient::clientFirst() const
{
    return "n,,n=" + m_user + ",r=" + m_nonce;
}

QByteArray ScramClient::hmac(const QByteArray &key, const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, key, m_algorithm);
}

bool ScramClient::clientFinal(const QByteArray &serverFirst, QByteArray *message)
{
    if (!m_unprepared.isEmpty()) {
        m_problem = m_unprepared;
        return false;
    }
    const QByteArray nonce = attribute(serverFirst, 'r');
    const auto salt
        = QByteArray::fromBase64Encoding(attribute(serverFirst, 's'), QByteArray::AbortOnBase64DecodingErrors);
    bool numeric = false;
    const int iterations = attribute(serverFirst, 'i').toInt(&numeric);
    if (!attribute(serverFirst, 'e').isEmpty()) {
        m_problem = tr("The server ended SCRAM with the error \"%1\".").arg(printableText(attribute(serverFirst, 'e')));
        return false;
    }
    if (!nonce.startsWith(m_nonce) || nonce.size() == m_nonce.size()) {
        m_problem = tr("The server's SCRAM nonce does not extend the one sent: the exchange is not trustworthy.");
        return false;
    }
    if (!salt || salt.decoded.isEmpty() || !numeric || iterations < 1) {
        m_problem = tr("The server's SCRAM message has no valid salt or iteration count.");
        return false;
    }
    const int length = QCryptographicHash::hashLength(m_algorithm);
    const QByteArray saltedPassword
        = QPasswordDigestor::deriveKeyPbkdf2(m_algorithm, m_password, *salt, iterations, quint64(length));
    const QByteArray clientKey = hmac(saltedPassword, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, m_algorithm);
    const QByteArray withoutProof = "c=biws,r=" + nonce;
    const QByteArray authMessage = clientFirst().mid(3) + ',' + serverFirst + ',' + withoutProof;
    const QByteArray clientSignature = hmac(storedKey, authMessage);
    QByteArray proof = clientKey;
    for (int i = 0; i < proof.size(); ++i)
        proof[i] = char(proof.at(i) ^ clientSignature.at(i));
    m_expectedServerSignature = hmac(hmac(saltedPassword, "Server Key"), authMessage);
    *message = withoutProof + ",p=" + proof.toBase64();
    return true;
}

bool ScramClient::verifyServerFinal(const QByteArray &serverFinal)
{
    const QByteArray error = attribute(serverFinal, 'e');
    if (!error.isEmpty()) {
        m_problem = tr("The server refused the SCRAM proof: \"%1\".").arg(printableText(error));
        return false;
    }
    const auto signature
        = QByteArray::fromBase64Encoding(attribute(serverFinal, 'v'), QByteArray::AbortOnBase64DecodingErrors);
    if (m_expectedServerSignature.isEmpty() || !signature || *signature != m_expectedServerSignature) {
        m_problem = tr("The server's SCRAM signature is wrong: it does not know this password, so it may not be "
                       "the server that holds the account.");
        return false;
    }
    return true;
}

} // namespace mailflow
