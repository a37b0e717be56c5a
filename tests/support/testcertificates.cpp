#include "testcertificates.h"

#include <QFile>
#include <QProcess>

namespace mailflow::test {

namespace {
const QStringList ecKey {QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1")};
const QString serverExtensions = QStringLiteral(
    "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n");
} // namespace

bool TestCertificates::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = QStringLiteral("openssl %1 failed: %2 %3")
                      .arg(arguments.join(u' '), process.errorString(),
                           QString::fromLocal8Bit(process.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificates::signedBy(const QString &name, const QString &subject, const QString &extensions, int days,
                                bool rsa)
{
    const QString extFile = path(name + QStringLiteral(".ext"));
    QFile ext(extFile);
    if (!ext.open(QIODevice::WriteOnly) || ext.write(extensions.toUtf8()) < 0) {
        m_error = ext.errorString();
        return false;
    }
    ext.close();
    QStringList request {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes")};
    request += rsa ? QStringList {QStringLiteral("-newkey"), QStringLiteral("rsa:2048")} : ecKey;
    request += {QStringLiteral("-keyout"),     name + QStringLiteral(".key"), QStringLiteral("-out"),
                name + QStringLiteral(".csr"), QStringLiteral("-subj"),       subject};
    return openssl(request)
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                    name + QStringLiteral(".csr"), QStringLiteral("-CA"), QStringLiteral("ca.pem"),
                    QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
                    QStringLiteral("-out"), name + QStringLiteral(".pem"), QStringLiteral("-days"),
                    QString::number(days), QStringLiteral("-extfile"), extFile});
}

bool TestCertificates::generate()
{
    if (!m_dir.isValid()) {
        m_error = m_dir.errorString();
        return false;
    }
    QStringList ca {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes")};
    ca += ecKey;
    ca += {QStringLiteral("-keyout"), QStringLiteral("ca.key"),
           QStringLiteral("-out"),    QStringLiteral("ca.pem"),
           QStringLiteral("-days"),   QStringLiteral("3650"),
           QStringLiteral("-subj"),   QStringLiteral("/O=Mailflow tests/CN=Mailflow Test CA"),
           QStringLiteral("-addext"), QStringLiteral("basicConstraints=critical,CA:TRUE"),
           QStringLiteral("-addext"), QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")};
    QStringList self {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-nodes")};
    self += ecKey;
    self += {QStringLiteral("-keyout"), QStringLiteral("selfsigned.key"),
             QStringLiteral("-out"),    QStringLiteral("selfsigned.pem"),
             QStringLiteral("-days"),   QStringLiteral("825"),
             QStringLiteral("-subj"),   QStringLiteral("/CN=localhost"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")};
    return openssl(ca) && signedBy(QStringLiteral("valid"), QStringLiteral("/CN=localhost"), serverExtensions, 825)
        && signedBy(QStringLiteral("rsa"), QStringLiteral("/CN=localhost"), serverExtensions, 825, true)
        && signedBy(QStringLiteral("expired"), QStringLiteral("/CN=localhost"), serverExtensions, -1)
        && signedBy(QStringLiteral("soon"), QStringLiteral("/CN=localhost"), serverExtensions, 10)
        && signedBy(QStringLiteral("wrongname"), QStringLiteral("/CN=wrong.example.org"),
                    QStringLiteral("subjectAltName=DNS:wrong.example.org\nbasicConstraints=CA:FALSE\n"
                                   "extendedKeyUsage=serverAuth\n"),
                    825)
        && signedBy(QStringLiteral("client"), QStringLiteral("/CN=mailflow-client"),
                    QStringLiteral("basicConstraints=CA:FALSE\nextendedKeyUsage=clientAuth\n"), 825)
        && openssl(self);
}

bool TestCertificates::issue(const QString &name, const QStringList &dnsNames, Pair *issued)
{
    QStringList names;
    for (const QString &dns : dnsNames)
        names.append(QStringLiteral("DNS:") + dns);
    const QString extensions
        = QStringLiteral("subjectAltName=%1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
              .arg(names.join(u','));
    if (!signedBy(name, QStringLiteral("/CN=") + dnsNames.value(0), extensions, 825))
        return false;
    *issued = pair(name);
    return true;
}

} // namespace mailflow::test
