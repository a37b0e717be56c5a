#include "tls/tlsreport.h"

#include "base/enumtable.h"
#include "base/printable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <QSslSocket>

namespace mailflow {

namespace {
/** The translation context of this file's messages. */
struct TlsReportText
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::TlsReport)
};

/** "Subject: CN = x, O = y" from openssl's text form, else the attributes Qt lists. */
QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    const QString prefix = issuer ? QStringLiteral("Issuer:") : QStringLiteral("Subject:");
    const QStringList lines = certificate.toText().split(u'\n');
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().replace(QStringLiteral(" = "), QStringLiteral("="));
    }
    QStringList parts;
    const QList<QByteArray> attributes
        = issuer ? certificate.issuerInfoAttributes() : certificate.subjectInfoAttributes();
    for (const QByteArray &attribute : attributes) {
        const QStringList values = issuer ? certificate.issuerInfo(attribute) : certificate.subjectInfo(attribute);
        parts << QStringLiteral("%1=%2").arg(QString::fromLatin1(attribute), values.join(u'+'));
    }
    return parts.join(QStringLiteral(", "));
}

QString keyTypeName(QSsl::KeyAlgorithm algorithm)
{
    switch (algorithm) {
    case QSsl::Rsa:
        return QStringLiteral("RSA");
    case QSsl::Ec:
        return QStringLiteral("EC");
    case QSsl::Dsa:
        return QStringLiteral("DSA");
    case QSsl::Dh:
        return QStringLiteral("DH");
    case QSsl::Opaque:
        break;
    }
    return QStringLiteral("unknown");
}

QString day(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}
} // namespace

CertificateSummary CertificateSummary::fromCertificate(const QSslCertificate &certificate, const QDateTime &now)
{
    CertificateSummary c;
    c.pem = certificate.toPem();
    // The server chose every byte of these fields: they are shown escaped, like its replies.
    c.subject = printableString(distinguishedName(certificate, false));
    c.issuer = printableString(distinguishedName(certificate, true));
    const auto names = certificate.subjectAlternativeNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const QString value = printableString(it.value());
        switch (it.key()) {
        case QSsl::DnsEntry:
            c.subjectAlternativeNames << QStringLiteral("DNS:") + value;
            break;
        case QSsl::IpAddressEntry:
            c.subjectAlternativeNames << QStringLiteral("IP:") + value;
            break;
        case QSsl::EmailEntry:
            c.subjectAlternativeNames << QStringLiteral("email:") + value;
            break;
        }
    }
    c.notBefore = certificate.effectiveDate();
    c.notAfter = certificate.expiryDate();
    const qint64 secs = now.secsTo(c.notAfter);
    c.daysLeft = secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
    const QSslKey key = certificate.publicKey();
    c.keyType = keyTypeName(key.algorithm());
    c.keyBits = key.length();
    c.sha256Fingerprint = QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    c.selfSigned = certificate.isSelfSigned();
    return c;
}

namespace {
constexpr EnumName<TlsProblem::Kind> problemKinds[] = {
    {TlsProblem::Kind::Expired, "expired"},
    {TlsProblem::Kind::NotYetValid, "not-yet-valid"},
    {TlsProblem::Kind::SelfSigned, "self-signed"},
    {TlsProblem::Kind::UnknownIssuer, "unknown-issuer"},
    {TlsProblem::Kind::NameMismatch, "name-mismatch"},
    {TlsProblem::Kind::Revoked, "revoked"},
    {TlsProblem::Kind::Untrusted, "untrusted"},
    {TlsProblem::Kind::NoCertificate, "no-certificate"},
    {TlsProblem::Kind::Other, "other"},
};
} // namespace

QString TlsProblem::kindKey(Kind kind)
{
    return enumKey(problemKinds, kind);
}

QString TlsProblem::explanation(Kind kind)
{
    switch (kind) {
    case Kind::Expired:
        return TlsReportText::tr("The certificate has expired: the server's administrator must renew it.");
    case Kind::NotYetValid:
        return TlsReportText::tr(
            "The certificate is not valid yet: its start date is in the future (or this computer's clock "
            "is wrong).");
    case Kind::SelfSigned:
        return TlsReportText::tr(
            "The certificate is self-signed: nobody vouches for it, so it cannot be told apart from an "
            "impostor's. Trust it explicitly (CA file) only if you know it is the server's.");
    case Kind::UnknownIssuer:
        return TlsReportText::tr(
            "The certificate was issued by an authority this computer does not trust (a private CA, or a "
            "missing intermediate certificate on the server).");
    case Kind::NameMismatch:
        return TlsReportText::tr(
            "The certificate is for another name than the one connected to: check the server name, or the "
            "server presents the wrong certificate.");
    case Kind::Revoked:
        return TlsReportText::tr("The certificate has been revoked by its issuer.");
    case Kind::Untrusted:
        return TlsReportText::tr("The certificate is not trusted for this purpose.");
    case Kind::NoCertificate:
        return TlsReportText::tr("The server sent no certificate.");
    case Kind::Other:
        break;
    }
    return TlsReportText::tr("The certificate failed verification.");
}

TlsProblem::Kind TlsProblem::kindOf(QSslError::SslError error)
{
    switch (error) {
    case QSslError::CertificateExpired:
        return Kind::Expired;
    case QSslError::CertificateNotYetValid:
        return Kind::NotYetValid;
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Kind::SelfSigned;
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
        return Kind::UnknownIssuer;
    case QSslError::HostNameMismatch:
        return Kind::NameMismatch;
    case QSslError::CertificateRevoked:
        return Kind::Revoked;
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
    case QSslError::InvalidPurpose:
        return Kind::Untrusted;
    case QSslError::NoPeerCertificate:
        return Kind::NoCertificate;
    default:
        return Kind::Other;
    }
}

bool TlsReport::hasProblem(TlsProblem::Kind kind) const
{
    for (const TlsProblem &p : problems) {
        if (p.kind == kind)
            return true;
    }
    return false;
}

QStringList TlsReport::advisories(int expiryWarningDays) const
{
    QStringList out;
    if (handshakeDone && protocolOutdated)
        out << TlsReportText::tr(
                   "The connection uses %1, older than TLS 1.2: it is considered insecure and many clients refuse "
                   "it. The server should offer TLS 1.2 or 1.3.")
                   .arg(protocol);
    if (!chain.isEmpty()) {
        const CertificateSummary &leaf = chain.first();
        if (leaf.daysLeft >= 0 && leaf.daysLeft < expiryWarningDays)
            out << TlsReportText::tr("The server's certificate expires in %n day(s) (%1): renew it soon.", nullptr,
                                     int(leaf.daysLeft))
                       .arg(day(leaf.notAfter));
    }
    return out;
}

QStringList TlsReport::describe() const
{
    QStringList out;
    if (!handshakeDone) {
        out << TlsReportText::tr("TLS: no encrypted connection.");
        return out;
    }
    out << TlsReportText::tr("TLS: %1, cipher %2 (%3 bits)").arg(protocol, cipher).arg(cipherBits);
    if (sniName.isEmpty())
        out << TlsReportText::tr("Server name sent (SNI): none (an IP address was given)");
    else
        out << TlsReportText::tr("Server name sent (SNI): %1").arg(sniName);
    for (int i = 0; i < chain.size(); ++i) {
        const CertificateSummary &c = chain.at(i);
        out << TlsReportText::tr("Certificate %1: subject %2").arg(i).arg(c.subject);
        out << TlsReportText::tr("  issuer: %1%2")
                   .arg(c.issuer, c.selfSigned ? TlsReportText::tr(" (self-signed)") : QString());
        if (!c.subjectAlternativeNames.isEmpty()) {
            // The transcript line stays readable; the report's TLS section keeps every name.
            constexpr int shownNames = 20;
            QString names = c.subjectAlternativeNames.mid(0, shownNames).join(QStringLiteral(", "));
            if (c.subjectAlternativeNames.size() > shownNames)
                names
                    += TlsReportText::tr(" … and %n more", nullptr, int(c.subjectAlternativeNames.size()) - shownNames);
            out << TlsReportText::tr("  alternative names: %1").arg(names);
        }
        const QString left = c.daysLeft >= 0 ? TlsReportText::tr("days left: %1").arg(c.daysLeft)
                                             : TlsReportText::tr("EXPIRED %n day(s) ago", nullptr, int(-c.daysLeft));
        out << TlsReportText::tr("  valid from %1 to %2 (%3)").arg(day(c.notBefore), day(c.notAfter), left);
        out << TlsReportText::tr("  key: %1 %2 bits").arg(c.keyType).arg(c.keyBits);
        out << TlsReportText::tr("  SHA-256 fingerprint: %1").arg(c.sha256Fingerprint);
    }
    if (nameMatches)
        out << TlsReportText::tr("Name check: \"%1\" matches the certificate.").arg(connectedName);
    else
        out << TlsReportText::tr("Name check: \"%1\" does NOT match the certificate.").arg(connectedName);
    if (problems.isEmpty())
        out << TlsReportText::tr("Verification: passed (the chain leads to a trusted authority).");
    else
        out << TlsReportText::tr("Verification: FAILED.");
    return out;
}

QStringList TlsReport::problemLines() const
{
    // One line per kind of problem, with every reason Qt gave for it.
    QList<TlsProblem::Kind> kinds;
    QList<QStringList> reasons;
    for (const TlsProblem &p : problems) {
        qsizetype i = kinds.indexOf(p.kind);
        if (i < 0) {
            kinds << p.kind;
            reasons << QStringList();
            i = kinds.size() - 1;
        }
        if (!p.qtReason.isEmpty() && !reasons[i].contains(p.qtReason))
            reasons[i] << p.qtReason;
    }
    QStringList out;
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        QString line = TlsProblem::explanation(kinds.at(i));
        if (!reasons.at(i).isEmpty())
            line += TlsReportText::tr(" (Qt: %1)").arg(reasons.at(i).join(QStringLiteral("; ")));
        out << line;
    }
    return out;
}

QString TlsReport::summary() const
{
    if (!handshakeDone)
        return TlsReportText::tr("No TLS");
    const QString verdict = problems.isEmpty() ? TlsReportText::tr("certificate verified")
                                               : TlsReportText::tr("certificate NOT verified: %1").arg([this] {
                                                     QStringList keys;
                                                     for (const TlsProblem &p : problems) {
                                                         if (!keys.contains(TlsProblem::kindKey(p.kind)))
                                                             keys << TlsProblem::kindKey(p.kind);
                                                     }
                                                     return keys.join(QStringLiteral(", "));
                                                 }());
    return TlsReportText::tr("%1, %2 (%3 bits), %4").arg(protocol, cipher).arg(cipherBits).arg(verdict);
}

QJsonObject TlsReport::toJson() const
{
    QJsonObject o;
    o[QStringLiteral("encrypted")] = handshakeDone;
    o[QStringLiteral("protocol")] = protocol;
    o[QStringLiteral("protocolOutdated")] = protocolOutdated;
    o[QStringLiteral("cipher")] = cipher;
    o[QStringLiteral("cipherBits")] = cipherBits;
    o[QStringLiteral("connectedName")] = connectedName;
    o[QStringLiteral("sni")] = sniName;
    o[QStringLiteral("nameMatches")] = nameMatches;
    o[QStringLiteral("verified")] = isVerified();
    QJsonArray chainArray;
    for (const CertificateSummary &c : chain) {
        QJsonObject j;
        j[QStringLiteral("subject")] = c.subject;
        j[QStringLiteral("issuer")] = c.issuer;
        j[QStringLiteral("subjectAlternativeNames")] = QJsonArray::fromStringList(c.subjectAlternativeNames);
        j[QStringLiteral("notBefore")] = c.notBefore.toUTC().toString(Qt::ISODate);
        j[QStringLiteral("notAfter")] = c.notAfter.toUTC().toString(Qt::ISODate);
        j[QStringLiteral("daysLeft")] = c.daysLeft;
        j[QStringLiteral("keyType")] = c.keyType;
        j[QStringLiteral("keyBits")] = c.keyBits;
        j[QStringLiteral("sha256")] = c.sha256Fingerprint;
        j[QStringLiteral("selfSigned")] = c.selfSigned;
        chainArray.append(j);
    }
    o[QStringLiteral("chain")] = chainArray;
    QJsonArray problemArray;
    for (const TlsProblem &p : problems) {
        QJsonObject j;
        j[QStringLiteral("kind")] = TlsProblem::kindKey(p.kind);
        j[QStringLiteral("qtReason")] = p.qtReason;
        j[QStringLiteral("certificate")] = p.certificate;
        problemArray.append(j);
    }
    o[QStringLiteral("problems")] = problemArray;
    return o;
}

TlsReport TlsReport::fromSocket(const QSslSocket &socket, const QList<QSslError> &errors, const QString &connectedName,
                                const QString &sniName)
{
    TlsReport r;
    r.checkedAt = QDateTime::currentDateTimeUtc();
    r.connectedName = connectedName;
    r.sniName = sniName;
    r.handshakeDone = socket.isEncrypted();
    const QSslCipher cipher = socket.sessionCipher();
    r.cipher = cipher.name();
    r.cipherBits = cipher.usedBits();
    const QSsl::SslProtocol protocol = socket.sessionProtocol();
    if (protocol == QSsl::TlsV1_3) {
        r.protocol = QStringLiteral("TLS 1.3");
    } else if (protocol == QSsl::TlsV1_2) {
        r.protocol = QStringLiteral("TLS 1.2");
    } else if (protocol == QSsl::UnknownProtocol) {
        r.protocol = cipher.protocolString();
    } else {
        r.protocol = cipher.protocolString().isEmpty() ? TlsReportText::tr("a protocol older than TLS 1.2")
                                                       : cipher.protocolString();
        r.protocolOutdated = true;
    }
    const QList<QSslCertificate> chain = socket.peerCertificateChain();
    for (const QSslCertificate &certificate : chain)
        r.chain << CertificateSummary::fromCertificate(certificate, r.checkedAt);
    r.nameMatches = !chain.isEmpty();
    for (const QSslError &error : errors) {
        TlsProblem p;
        p.error = error.error();
        p.kind = TlsProblem::kindOf(p.error);
        p.qtReason = error.errorString();
        p.certificate = error.certificate().isNull() ? -1 : int(chain.indexOf(error.certificate()));
        if (p.kind == TlsProblem::Kind::NameMismatch)
            r.nameMatches = false;
        r.problems << p;
    }
    return r;
}

} // namespace mailflow
