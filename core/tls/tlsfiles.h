#pragma once

#include "tls/tlsoptions.h"

#include <QSslConfiguration>
#include <QString>

namespace mailflow {

/**
 * The TLS configuration for a test: the system's CA certificates plus options.caFile, and the client
 * certificate and key when given. Returns false with a readable error when a file cannot be used.
 */
bool buildSslConfiguration(const TlsOptions &options, QSslConfiguration *configuration, QString *error);

} // namespace mailflow
