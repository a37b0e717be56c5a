#pragma once

#include "clioptiongroup.h"

#include <QCommandLineOption>
#include <QCoreApplication>

namespace mailflow {

/** What the TLS handshake may use and shows: --tls-protocol, --tls-cipher, --tls-sni, --tls-peer-cert. */
class TlsChoiceCliOptions : public CliOptionGroup
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::CliParser)

public:
    TlsChoiceCliOptions();
    void addTo(QCommandLineParser *parser) const override;
    /** After the security options: the choices need TLS (not --tls off). */
    bool read(const QCommandLineParser &parser, CliOptions *options, QString *error) const override;

private:
    QCommandLineOption m_protocol;
    QCommandLineOption m_cipher;
    QCommandLineOption m_sni;
    QCommandLineOption m_peerCert;
};

} // namespace mailflow
