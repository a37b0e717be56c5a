#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mailflow {

/** An MTA-STS policy file (RFC 8461 3.2) and its _mta-sts TXT record (3.1). */
struct MtaStsPolicy
{
    QString version;
    /** "enforce", "testing" or "none". */
    QString mode;
    /** MX patterns: "mx.example.com", "*.example.com". */
    QStringList mx;
    qint64 maxAgeSeconds = -1;
    /** Why the policy is not valid, untranslated; empty when it is. */
    QString error;

    bool isValid() const { return error.isEmpty(); }
    static MtaStsPolicy parse(const QByteArray &body);
    /** A "*." pattern matches exactly one more label at its left ("*.example.com": a.example.com, not example.com
     *  nor a.b.example.com); case and a trailing dot do not matter. */
    static bool patternMatches(const QString &pattern, const QString &host);
    bool matches(const QString &host) const;

    /** The id= of a "v=STSv1; id=..." record, or empty when text is no valid record. */
    static QString recordId(const QString &text);
};

/** The rua= addresses of a "v=TLSRPTv1; rua=..." record (RFC 8460 3), empty when text is not one. */
QStringList tlsRptReportAddresses(const QString &text);

} // namespace mailflow
