#include "practice/practicecertificate.h"

#include <QCoreApplication>

#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace mailflow {

namespace {
template<typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using Cert = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION, X509_EXTENSION_free>>;

void freeBio(BIO *bio)
{
    BIO_free(bio);
}
using Bio = std::unique_ptr<BIO, Deleter<BIO, freeBio>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, qsizetype(size));
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, cert, cert, nullptr, nullptr, 0);
    const Extension extension(X509V3_EXT_conf_nid(nullptr, &context, nid, value));
    return extension && X509_add_ext(cert, extension.get(), -1) == 1;
}
} // namespace

bool PracticeCertificate::make(const QString &commonName, PracticeCertificate *out, QString *error)
{
    const auto failed = [error](const char *what) {
        *error = QCoreApplication::translate("mailflow::PracticeServer", "Cannot make the practice certificate (%1).")
                     .arg(QLatin1StringView(what));
        return false;
    };
    const Key key(EVP_EC_gen("P-256"));
    if (!key)
        return failed("key");
    Cert cert(X509_new());
    if (!cert || X509_set_version(cert.get(), 2) != 1)
        return failed("certificate");
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), long(QDateTime::currentSecsSinceEpoch() & 0x7fffffff));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600);
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char *>("Mailflow practice"),
                               -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1,
                               -1, 0);
    X509_set_issuer_name(cert.get(), name);
    if (X509_set_pubkey(cert.get(), key.get()) != 1)
        return failed("public key");
    const QByteArray names = "DNS:localhost,DNS:" + cn + ",IP:127.0.0.1";
    if (!addExtension(cert.get(), NID_subject_alt_name, names.constData())
        || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:TRUE")
        || !addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return failed("extensions");
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) <= 0)
        return failed("signature");

    const Bio certPem(BIO_new(BIO_s_mem()));
    const Bio keyPem(BIO_new(BIO_s_mem()));
    if (!certPem || !keyPem || PEM_write_bio_X509(certPem.get(), cert.get()) != 1
        || PEM_write_bio_PrivateKey(keyPem.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return failed("PEM");
    out->certificate = QSslCertificate(bioBytes(certPem.get()), QSsl::Pem);
    out->key = QSslKey(bioBytes(keyPem.get()), QSsl::Ec, QSsl::Pem);
    if (out->certificate.isNull() || out->key.isNull())
        return failed("Qt");
    return true;
}

} // namespace mailflow
