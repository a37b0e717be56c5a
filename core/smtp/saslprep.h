#pragma once

#include <QCoreApplication>
#include <QString>

namespace mailflow {

/**
 * SASLprep (RFC 4013), the stringprep profile (RFC 3454) SCRAM and PLAIN prepare user names and passwords
 * with, as a query string (unassigned code points pass): non-ASCII spaces become U+0020, characters
 * "commonly mapped to nothing" go, then NFKC; prohibited output and a broken bidi rule are refused.
 */
class SaslPrep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SaslPrep)
public:
    /** The prepared string; on refusal an empty string and why (which never quotes the input: it may be a
     *  password). */
    static QString prepare(const QString &text, QString *why);
};

} // namespace mailflow
