#pragma once

#include "smtp/sessionoptions.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailflow {

/**
 * The client side of SMTP AUTH (RFC 4954) for PLAIN, LOGIN and CRAM-MD5, socket-free. It gives the
 * bytes to send and, separately, what the transcript may show: the credentials never appear there.
 */
class Authenticator
{
public:
    /** What replaces credentials in the transcript. */
    static QString mask() { return QStringLiteral("********"); }
    static QString hiddenCredentials() { return QStringLiteral("<credentials hidden>"); }

    struct Step
    {
        /** The line to send, without CRLF. */
        QByteArray wire;
        /** The line for the transcript, with the secret masked. */
        QString shown;
    };

    /**
     * The mechanism to use: forced (anything but Auto) is used as is; Auto picks from what the server
     * offers — over TLS PLAIN, LOGIN, CRAM-MD5; without TLS CRAM-MD5 first, as it does not reveal the
     * password. None when nothing usable is offered.
     */
    static AuthMechanism choose(AuthMechanism wanted, const QStringList &offered, bool encrypted);
    /** "PLAIN", "LOGIN", "CRAM-MD5". */
    static QString mechanismName(AuthMechanism mechanism);

    Authenticator(AuthMechanism mechanism, const QString &user, const QString &password);

    AuthMechanism mechanism() const { return m_mechanism; }
    /** The AUTH command (with PLAIN's initial response). */
    Step start();
    /**
     * The answer to a 334 challenge (base64 text after "334 "). decoded receives the challenge in
     * readable form. Returns false, with the cancel line "*" as step, when the exchange should be
     * over (an unexpected challenge or one that is not base64).
     */
    bool respond(const QByteArray &challenge, Step *step, QString *decoded);

private:
    AuthMechanism m_mechanism;
    QString m_user;
    QString m_password;
    int m_round = 0;
};

} // namespace mailflow
