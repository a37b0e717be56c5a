#pragma once

#include "tls/tlsoptions.h"

#include <QSslConfiguration>
#include <QString>

namespace mailflow {

/**
 * The TLS configuration for a test: the system's CA certificates plus options.caFile, and the client
 * certificate and key when given, the TLS versions and ciphers chosen. Returns false with a readable error when a file
 * cannot be used.
 */
bool buildSslConfiguration(const TlsOptions &options, QSslConfiguration *configuration, QString *error);

/**
 * The options name a CA, certificate or key file, a TLS version or ciphers, which buildSslConfiguration reads
 * and checks.
 */
inline bool tlsOptionsNeedChecking(const TlsOptions &options)
{
    return !options.caFile.isEmpty() || !options.clientCertificateFile.isEmpty() || !options.clientKeyFile.isEmpty()
        || options.versions != TlsVersions::Any || !options.ciphers.isEmpty();
}

} // namespace mailflow
