#pragma once

#include "smtp/diagnosisdata.h"
#include "smtp/sessionoptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace mailflow {

class ScramClient;

/**
 * The client side of SMTP AUTH (RFC 4954) for PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1/-256, XOAUTH2 and
 * OAUTHBEARER, socket-free. It gives the bytes to send and, separately, what the transcript may show: the
 * credentials never appear there.
 */
class Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::Authenticator)
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
     * The mechanism to use: forced (anything but Auto) is used as is; Auto picks the strongest the server
     * offers that fits the secret — for a token OAUTHBEARER, then XOAUTH2; for a password SCRAM-SHA-256
     * and SCRAM-SHA-1 (the password never leaves), then over TLS PLAIN, LOGIN, CRAM-MD5, without TLS
     * CRAM-MD5 first, as it does not reveal the password. None when nothing usable is offered.
     */
    static AuthMechanism choose(AuthMechanism wanted, const QStringList &offered, bool encrypted, bool token = false);
    /** "PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-256", "XOAUTH2", … */
    static QString mechanismName(AuthMechanism mechanism);

    /** secret: the password, or the access token for XOAUTH2/OAUTHBEARER. */
    Authenticator(AuthMechanism mechanism, const QString &user, const QString &secret);
    ~Authenticator();

    /** LOGIN sends the user name with the AUTH command. */
    void setLoginInitialResponse(bool on) { m_loginInitialResponse = on; }
    /** The SCRAM client nonce (tests); random otherwise. */
    void setScramNonce(const QByteArray &nonce) { m_scramNonce = nonce; }

    AuthMechanism mechanism() const { return m_mechanism; }
    /** The AUTH command (with the initial response of PLAIN, SCRAM, the OAuth mechanisms, LOGIN if asked). */
    Step start();
    /**
     * The answer to a 334 challenge (base64 text after "334 "). decoded receives the challenge in
     * readable form. Returns false, with the cancel line "*" as step, when the exchange should be
     * over (an unexpected challenge, one that is not base64, a wrong SCRAM server signature); problem()
     * then says why when it is more than an unexpected challenge. A refused OAuth token is answered as
     * RFC 7628 asks (an empty line, %x01), returning true, with refusal() telling what the server said.
     */
    bool respond(const QByteArray &challenge, Step *step, QString *decoded);
    QString problem() const { return m_problem; }
    /** The server's reading of a refused OAuth token; empty otherwise. */
    Diagnosis refusal() const { return m_refusal; }

private:
    bool respondScram(const QByteArray &challenge, Step *step);
    bool respondOAuth(const QByteArray &challenge, Step *step);

    AuthMechanism m_mechanism;
    QString m_user;
    QString m_password;
    int m_round = 0;
    bool m_loginInitialResponse = false;
    QByteArray m_scramNonce;
    std::unique_ptr<ScramClient> m_scram;
    QString m_problem;
    Diagnosis m_refusal;
};

} // namespace mailflow
