#include "tlschoiceoptions.h"

#include "clioptions.h"
#include "tls/tlschoices.h"

#include <QCommandLineParser>

namespace mailflow {

TlsChoiceCliOptions::TlsChoiceCliOptions()
    : m_protocol(QStringLiteral("tls-protocol"),
                 tr("TLS versions the handshake may use: tlsv1_2, tlsv1_2+ (1.2 or later), tlsv1_3 or any "
                    "(default)."),
                 tr("version"))
    , m_cipher(QStringLiteral("tls-cipher"),
               tr("Offer only these ciphers (OpenSSL names separated by ':', e.g. ECDHE-RSA-AES128-GCM-SHA256)."),
               tr("list"))
    , m_sni(QStringLiteral("tls-sni"),
            tr("Send this name as SNI and check the certificate against it, instead of the server's host name."),
            tr("name"))
    , m_peerCert(QStringLiteral("tls-peer-cert"), tr("Write the certificate chain the server sent to FILE (PEM)."),
                 tr("file"))
{ }

void TlsChoiceCliOptions::addTo(QCommandLineParser *parser) const
{
    parser->addOptions({m_protocol, m_cipher, m_sni, m_peerCert});
}

bool TlsChoiceCliOptions::read(const QCommandLineParser &parser, CliOptions *options, QString *error) const
{
    options->peerCertificateFile = parser.value(m_peerCert);
    if (options->runsProfiles())
        return true;
    TlsOptions &tls = options->session.tls;
    if (parser.isSet(m_protocol)) {
        if (!parseTlsVersions(parser.value(m_protocol), &tls.versions)) {
            *error = tr("--tls-protocol: use %1.").arg(usableTlsVersionKeys().join(QStringLiteral(", ")));
            return false;
        }
        const QString problem = tlsVersionsProblem(tls.versions);
        if (!problem.isEmpty()) {
            *error = QStringLiteral("--tls-protocol: ") + problem;
            return false;
        }
    }
    if (parser.isSet(m_cipher)) {
        tls.ciphers = parser.value(m_cipher);
        const QStringList unknown = unknownTlsCiphers(tls.ciphers);
        if (!unknown.isEmpty() || tls.ciphers.split(u':', Qt::SkipEmptyParts).isEmpty()) {
            *error = tr("--tls-cipher: unknown cipher name: %1 (see openssl ciphers -s).")
                         .arg(unknown.join(QStringLiteral(", ")));
            return false;
        }
    }
    if (parser.isSet(m_sni)) {
        tls.sniName = parser.value(m_sni);
        if (!isSniName(tls.sniName)) {
            *error = tr("--tls-sni: \"%1\" is not a host name.").arg(tls.sniName);
            return false;
        }
    }
    const bool set
        = parser.isSet(m_protocol) || parser.isSet(m_cipher) || parser.isSet(m_sni) || parser.isSet(m_peerCert);
    if (set && effectiveTlsMode(tls.mode, options->session.port) == TlsMode::Off) {
        *error = tr("--tls-protocol, --tls-cipher, --tls-sni and --tls-peer-cert need TLS (not --tls off).");
        return false;
    }
    return true;
}

} // namespace mailflow
