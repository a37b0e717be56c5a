#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace mailflow::test {

/**
 * Certificates made at test time with the openssl command in a temporary directory: a test CA and
 * server certificates for localhost/127.0.0.1 (valid, expired, expiring in 10 days, self-signed,
 * wrong name) plus a client certificate, all EC P-256 except the RSA one.
 */
class TestCertificates
{
public:
    struct Pair
    {
        QString certificate;
        QString key;
    };

    /** Runs openssl; false with errorString() when it is missing or fails. */
    bool generate();
    QString errorString() const { return m_error; }
    QString directory() const { return m_dir.path(); }

    QString caCertificate() const { return path(QStringLiteral("ca.pem")); }
    Pair valid() const { return pair(QStringLiteral("valid")); }
    /** Valid chain, RSA 2048 key. */
    Pair validRsa() const { return pair(QStringLiteral("rsa")); }
    Pair expired() const { return pair(QStringLiteral("expired")); }
    Pair expiringSoon() const { return pair(QStringLiteral("soon")); }
    Pair selfSigned() const { return pair(QStringLiteral("selfsigned")); }
    Pair wrongName() const { return pair(QStringLiteral("wrongname")); }
    /** A client certificate (CN=mailflow-client) from the test CA. */
    Pair client() const { return pair(QStringLiteral("client")); }
    /** After generate(): a server certificate from the test CA for other DNS names, saved as name.pem/.key. */
    bool issue(const QString &name, const QStringList &dnsNames, Pair *issued);

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Pair pair(const QString &name) const
    {
        return {path(name + QStringLiteral(".pem")), path(name + QStringLiteral(".key"))};
    }
    bool openssl(const QStringList &arguments);
    bool signedBy(const QString &name, const QString &subject, const QString &extensions, int days, bool rsa = false);

    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace mailflow::test
