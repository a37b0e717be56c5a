#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QString>

namespace mailflow {

/**
 * The client side of SCRAM (RFC 5802, SHA-256 in RFC 7677) without channel binding ("n,,"), socket-free.
 * It proves the password without sending it, and checks that the server knows it too: a server whose
 * final signature is wrong is not the one holding the account.
 */
class ScramClient
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::ScramClient)
public:
    /** nonce: the client nonce; empty picks a random one (tests give the RFCs' nonces). */
    ScramClient(QCryptographicHash::Algorithm algorithm, const QString &user, const QString &password,
                const QByteArray &nonce = {});

    /** "n,,n=user,r=nonce". */
    QByteArray clientFirst() const;
    /** Answers the server-first message; false with problem() when it is malformed or the nonce is not ours. */
    bool clientFinal(const QByteArray &serverFirst, QByteArray *message);
    /** Checks "v=signature"; false with problem() for "e=…" or a wrong signature. */
    bool verifyServerFinal(const QByteArray &serverFinal);
    QString problem() const { return m_problem; }

    /** RFC 5802's saslname: "=" and "," escaped as =3D and =2C. */
    static QByteArray saslName(const QString &name);

private:
    QByteArray hmac(const QByteArray &key, const QByteArray &message) const;

    QCryptographicHash::Algorithm m_algorithm;
    QByteArray m_user;
    QByteArray m_password;
    QByteArray m_nonce;
    QByteArray m_expectedServerSignature;
    QString m_problem;
    /** Why SASLprep refused the user name or password; the exchange then stops at the server's first message. */
    QString m_unprepared;
};

} // namespace mailflow
