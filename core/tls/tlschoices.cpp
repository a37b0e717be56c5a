#include "tls/tlschoices.h"

#include "base/domainname.h"
#include "base/enumtable.h"

#include <QCoreApplication>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>

namespace mailflow {

namespace {
struct TlsChoicesText
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::TlsChoices)
};

struct VersionRow
{
    TlsVersions value;
    const char *key;
    QSsl::SslProtocol protocol;
    /** Qt 6 has no usable protocol value for it: OpenSSL 3 and Qt refuse it. */
    bool usable;
};

constexpr VersionRow versionRows[] = {
    {TlsVersions::Any, "any", QSsl::SecureProtocols, true},
    {TlsVersions::Tls1_2, "tlsv1_2", QSsl::TlsV1_2, true},
    {TlsVersions::Tls1_2OrLater, "tlsv1_2+", QSsl::TlsV1_2OrLater, true},
    {TlsVersions::Tls1_3, "tlsv1_3", QSsl::TlsV1_3, true},
    {TlsVersions::Tls1_1, "tlsv1_1", QSsl::UnknownProtocol, false},
    {TlsVersions::Tls1_0, "tlsv1", QSsl::UnknownProtocol, false},
    {TlsVersions::Ssl3, "sslv3", QSsl::UnknownProtocol, false},
};

QStringList cipherNames(const QString &ciphers)
{
    return ciphers.split(u':', Qt::SkipEmptyParts);
}
} // namespace

QString tlsVersionsKey(TlsVersions versions)
{
    return enumKey(versionRows, versions);
}

bool parseTlsVersions(const QString &key, TlsVersions *versions)
{
    // TLS 1.3 is the newest version, so "1.3 or later" is 1.3.
    if (key.compare(u"tlsv1_3+", Qt::CaseInsensitive) == 0) {
        *versions = TlsVersions::Tls1_3;
        return true;
    }
    return parseEnumKey(versionRows, key, versions);
}

QStringList usableTlsVersionKeys()
{
    QStringList keys;
    for (const VersionRow &row : versionRows) {
        if (row.usable)
            keys << QString::fromLatin1(row.key);
    }
    return keys;
}

QString tlsVersionsProblem(TlsVersions versions)
{
    const VersionRow *row = findEnum(versionRows, versions);
    if (!row)
        return {};
    if (!row->usable || !QSslSocket::isProtocolSupported(row->protocol))
        return TlsChoicesText::tr("%1 cannot be used: this build of Qt and OpenSSL offers only %2.")
            .arg(QString::fromLatin1(row->key), usableTlsVersionKeys().join(QStringLiteral(", ")));
    return {};
}

QStringList unknownTlsCiphers(const QString &ciphers)
{
    QStringList known;
    for (const QSslCipher &cipher : QSslConfiguration::supportedCiphers())
        known << cipher.name();
    QStringList unknown;
    for (const QString &name : cipherNames(ciphers)) {
        if (!known.contains(name))
            unknown << name;
    }
    return unknown;
}

bool isSniName(const QString &name)
{
    return DomainName::problem(name).isEmpty() && !DomainName::isIpLiteral(name);
}

QString describeTlsChoices(const TlsOptions &options)
{
    QStringList parts;
    if (options.versions != TlsVersions::Any)
        parts << tlsVersionsKey(options.versions);
    if (!options.ciphers.isEmpty())
        parts << options.ciphers;
    return parts.join(QStringLiteral(", "));
}

bool applyTlsChoices(const TlsOptions &options, QSslConfiguration *configuration, QString *error)
{
    if (options.versions != TlsVersions::Any) {
        const QString problem = tlsVersionsProblem(options.versions);
        if (!problem.isEmpty()) {
            *error = problem;
            return false;
        }
        configuration->setProtocol(findEnum(versionRows, options.versions)->protocol);
    }
    if (!options.ciphers.isEmpty()) {
        const QStringList unknown = unknownTlsCiphers(options.ciphers);
        if (!unknown.isEmpty()) {
            *error = TlsChoicesText::tr("Unknown TLS cipher: %1").arg(unknown.join(QStringLiteral(", ")));
            return false;
        }
        QList<QSslCipher> chosen;
        const QList<QSslCipher> supported = QSslConfiguration::supportedCiphers();
        for (const QString &name : cipherNames(options.ciphers)) {
            for (const QSslCipher &cipher : supported) {
                if (cipher.name() == name)
                    chosen << cipher;
            }
        }
        configuration->setCiphers(chosen);
    }
    return true;
}

} // namespace mailflow
