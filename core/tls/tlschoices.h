#pragma once

#include "tls/tlsoptions.h"

#include <QSsl>
#include <QString>
#include <QStringList>

class QSslConfiguration;

namespace mailflow {

/** "any", "tlsv1_2", "tlsv1_2+", "tlsv1_3" … */
QString tlsVersionsKey(TlsVersions versions);
/** Accepts the keys of tlsVersionsKey (ignoring case; "tlsv1_3+" means "tlsv1_3"). */
bool parseTlsVersions(const QString &key, TlsVersions *versions);
/** The keys of the versions this build can use, for help texts and the window. */
QStringList usableTlsVersionKeys();
/** Empty when this Qt/OpenSSL build can use versions, else a sentence saying why not. */
QString tlsVersionsProblem(TlsVersions versions);
/** The names in a ':'-separated cipher list that this build does not know. */
QStringList unknownTlsCiphers(const QString &ciphers);
/** Whether a name may go in SNI: a host name, never an IP address (RFC 6066 section 3). */
bool isSniName(const QString &name);

/** "tlsv1_3, ECDHE-RSA-AES128-GCM-SHA256" for the choices made; empty when none was. */
QString describeTlsChoices(const TlsOptions &options);

/** Applies the version and cipher choices; false with a readable error for one the build cannot do. */
bool applyTlsChoices(const TlsOptions &options, QSslConfiguration *configuration, QString *error);

} // namespace mailflow
