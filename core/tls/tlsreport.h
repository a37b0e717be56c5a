#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QSslError>
#include <QString>
#include <QStringList>

class QSslCertificate;
class QSslSocket;

namespace mailflow {

/** One certificate of the chain the server sent, in readable form. */
struct CertificateSummary
{
    /** "CN=mail.example.com, O=Example" */
    QString subject;
    QString issuer;
    /** "DNS:mail.example.com", "IP:192.0.2.1", "email:…" */
    QStringList subjectAlternativeNames;
    QDateTime notBefore;
    QDateTime notAfter;
    /** Whole days from the report's time to notAfter; negative once expired. */
    qint64 daysLeft = 0;
    /** "RSA", "EC", "DSA", "DH" or "unknown". */
    QString keyType;
    int keyBits = 0;
    /** Upper-case hex with colons, like openssl x509 -fingerprint -sha256. */
    QString sha256Fingerprint;
    bool selfSigned = false;
    /** The certificate itself, PEM-encoded (for --tls-peer-cert; not in reports). */
    QByteArray pem;

    static CertificateSummary fromCertificate(const QSslCertificate &certificate, const QDateTime &now);
};

/** One reason verification failed, with Qt's words and ours. */
struct TlsProblem
{
    enum class Kind {
        Expired,
        NotYetValid,
        SelfSigned,
        UnknownIssuer,
        NameMismatch,
        Revoked,
        Untrusted,
        NoCertificate,
        Other
    };

    Kind kind = Kind::Other;
    QSslError::SslError error = QSslError::UnspecifiedError;
    /** Qt's text for the error (QSslError::errorString()). */
    QString qtReason;
    /** Index in TlsReport::chain of the certificate concerned, -1 when none. */
    int certificate = -1;

    /** "expired", "self-signed", "unknown-issuer", "name-mismatch" … for reports and tests. */
    static QString kindKey(Kind kind);
    /** A plain-language sentence for the kind. */
    static QString explanation(Kind kind);
    static Kind kindOf(QSslError::SslError error);
};

/**
 * What a TLS handshake showed, as openssl s_client and testssl.sh show it: protocol, cipher, the
 * chain, the name check, SNI and the verification result. A value, ready for a certificate panel.
 */
struct TlsReport
{
    /** The handshake completed (the connection is encrypted). */
    bool handshakeDone = false;
    /** "TLS 1.3", "TLS 1.2" … */
    QString protocol;
    /** Below TLS 1.2 (1.0, 1.1, SSL). */
    bool protocolOutdated = false;
    QString cipher;
    int cipherBits = 0;
    /** The name typed by the user (what the certificate is checked against). */
    QString connectedName;
    /** The name sent as SNI; empty when none was sent (an IP address was typed). */
    QString sniName;
    bool nameMatches = false;
    QList<CertificateSummary> chain;
    QList<TlsProblem> problems;
    QDateTime checkedAt;

    bool isVerified() const { return handshakeDone && problems.isEmpty(); }
    bool hasProblem(TlsProblem::Kind kind) const;
    /** Things a helpdesk should know even when verification passed: old protocol, expiry within days. */
    QStringList advisories(int expiryWarningDays = 30) const;
    /** Readable lines for the transcript (protocol, cipher, SNI, each certificate, the name check). */
    QStringList describe() const;
    /** One line per problem: "The certificate has expired (Qt: …)". */
    QStringList problemLines() const;
    /** One line for a checklist row: "TLS 1.3, TLS_AES_256_GCM_SHA384 (256 bits), certificate verified". */
    QString summary() const;
    QJsonObject toJson() const;

    /** Builds the report of an encrypted socket and the verification errors Qt reported for it. */
    static TlsReport fromSocket(const QSslSocket &socket, const QList<QSslError> &errors, const QString &connectedName,
                                const QString &sniName);
};

} // namespace mailflow

Q_DECLARE_METATYPE(mailflow::TlsReport)
