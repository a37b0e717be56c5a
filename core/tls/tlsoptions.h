#pragma once

#include <QString>

namespace mailflow {

/** How the connection is secured. */
enum class TlsMode {
    Auto, ///< follows the port: 465 implicit, 587 starttls, otherwise optional
    Off, ///< never STARTTLS
    Optional, ///< STARTTLS when offered; a failed verification is a warning (opportunistic, as MTAs do)
    StartTls, ///< STARTTLS required: the test fails when it is not offered or the certificate fails
    Implicit, ///< TLS from the first byte (port 465, "SMTPS")
};

/** Which TLS versions the handshake may use (swaks --tls-protocol). */
enum class TlsVersions {
    Any, ///< what Qt considers secure (TLS 1.2 and later)
    Tls1_2,
    Tls1_2OrLater,
    Tls1_3,
    Tls1_1, ///< known names the build cannot use: refused with a message
    Tls1_0,
    Ssl3,
};

struct TlsOptions
{
    TlsMode mode = TlsMode::Auto;
    /** PEM file of CA certificates trusted in addition to the system's. */
    QString caFile;
    /** PEM client certificate and its key, for servers that ask for one. */
    QString clientCertificateFile;
    QString clientKeyFile;
    /** Off: a certificate that fails verification is only a warning (--no-tls-verify). */
    bool verifyCertificate = true;
    TlsVersions versions = TlsVersions::Any;
    /** OpenSSL cipher names separated by ':'; empty: the default list. */
    QString ciphers;
    /** Sent as SNI and checked against the certificate instead of the server's host name; empty: the host. */
    QString sniName;

    friend bool operator==(const TlsOptions &, const TlsOptions &) = default;
};

QString tlsModeKey(TlsMode mode);
bool parseTlsMode(const QString &key, TlsMode *mode);
/** The mode actually used: Auto resolved by the port. */
TlsMode effectiveTlsMode(TlsMode mode, quint16 port);

} // namespace mailflow
