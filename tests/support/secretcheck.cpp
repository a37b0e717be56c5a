#include "secretcheck.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace mailflow::test {

QStringList secretForms(const QString &user, const QString &password, const QByteArray &cramChallenge)
{
    const QByteArray u = user.toUtf8();
    const QByteArray p = password.toUtf8();
    QStringList forms {password, QString::fromLatin1(p.toBase64()),
                       QString::fromLatin1(('\0' + u + '\0' + p).toBase64()),
                       QString::fromLatin1((u + '\0' + p).toBase64())};
    if (!cramChallenge.isEmpty()) {
        const QByteArray digest = QMessageAuthenticationCode::hash(cramChallenge, p, QCryptographicHash::Md5).toHex();
        forms << QString::fromLatin1(digest) << QString::fromLatin1((u + ' ' + digest).toBase64());
    }
    return forms;
}

QStringList tokenForms(const QString &user, const QString &token)
{
    const QByteArray u = user.toUtf8();
    const QByteArray t = token.toUtf8();
    return {token, QString::fromLatin1(t.toBase64()),
            QString::fromLatin1(("user=" + u
                                 + "\x01"
                                   "auth=Bearer "
                                 + t + "\x01\x01")
                                    .toBase64()),
            QString::fromLatin1(("n,a=" + u
                                 + ",\x01"
                                   "auth=Bearer "
                                 + t + "\x01\x01")
                                    .toBase64())};
}

QStringList leakedSecrets(const QString &text, const QStringList &forms)
{
    QStringList found;
    for (const QString &form : forms) {
        if (!form.isEmpty() && text.contains(form))
            found << form;
    }
    return found;
}

} // namespace mailflow::test
