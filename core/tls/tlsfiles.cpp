#include "tls/tlsfiles.h"

#include "tls/tlschoices.h"

#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

namespace mailflow {

namespace {
/** The translation context of this file's messages. */
struct TlsFilesText
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::TlsFiles)
};

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = TlsFilesText::tr("Cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    *data = file.readAll();
    return true;
}
} // namespace

bool buildSslConfiguration(const TlsOptions &options, QSslConfiguration *configuration, QString *error)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    QByteArray data;
    if (!options.caFile.isEmpty()) {
        if (!readFile(options.caFile, &data, error))
            return false;
        const QList<QSslCertificate> cas = QSslCertificate::fromData(data, QSsl::Pem);
        if (cas.isEmpty()) {
            *error = TlsFilesText::tr("%1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).").arg(options.caFile);
            return false;
        }
        config.addCaCertificates(cas);
    }
    if (options.clientCertificateFile.isEmpty() != options.clientKeyFile.isEmpty()) {
        *error = TlsFilesText::tr("A client certificate needs both the certificate file and its key file.");
        return false;
    }
    if (!options.clientCertificateFile.isEmpty()) {
        if (!readFile(options.clientCertificateFile, &data, error))
            return false;
        const QList<QSslCertificate> chain = QSslCertificate::fromData(data, QSsl::Pem);
        if (chain.isEmpty()) {
            *error = TlsFilesText::tr("%1 holds no PEM certificate.").arg(options.clientCertificateFile);
            return false;
        }
        if (!readFile(options.clientKeyFile, &data, error))
            return false;
        QSslKey key;
        for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
            key = QSslKey(data, algorithm, QSsl::Pem, QSsl::PrivateKey);
            if (!key.isNull())
                break;
        }
        if (key.isNull()) {
            *error = TlsFilesText::tr("%1 holds no usable PEM private key (RSA, EC or DSA, not encrypted).")
                         .arg(options.clientKeyFile);
            return false;
        }
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key);
    }
    if (!applyTlsChoices(options, &config, error))
        return false;
    *configuration = config;
    return true;
}

} // namespace mailflow
