#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow {

/** The results of an SPF evaluation (RFC 7208 2.6). */
enum class SpfResult { None, Neutral, Pass, Fail, SoftFail, TempError, PermError };

/** "softfail", as RFC 7208 and Received-SPF spell it. */
QString spfResultKey(SpfResult result);
bool parseSpfResultKey(QStringView key, SpfResult *result);

/** One term of an SPF record, its syntax checked. */
struct SpfTerm
{
    enum class Kind { All, Include, A, Mx, Ptr, Ip4, Ip6, Exists, Redirect, Explanation, UnknownModifier };

    Kind kind = Kind::All;
    /** What a match means: '+', '-', '~' or '?'. */
    QChar qualifier = u'+';
    /** The domain-spec (macros unexpanded), empty for the current domain. */
    QString domainSpec;
    /** ip4/ip6: the network. */
    QHostAddress network;
    int cidr4 = 32;
    int cidr6 = 128;
    /** The term as written. */
    QString text;

    bool isMechanism() const { return kind < Kind::Redirect; }
    /** Mechanisms and modifiers that cost one of the ten DNS lookups. */
    bool countsLookup() const;
    SpfResult matchResult() const;
};

/** A parsed record, or the reason it is a permerror. */
struct SpfRecord
{
    QList<SpfTerm> terms;
    /** The redirect= domain-spec, empty when none. */
    QString redirect;
    /** Empty when the record is valid. */
    QString error;

    /** Whether text is an SPF record at all ("v=spf1" then a space or the end). */
    static bool isSpf(const QString &text);
    static SpfRecord parse(const QString &text);
};

/** What the macros of a domain-spec are expanded with (RFC 7208 7). */
struct SpfMacroData
{
    QHostAddress ip;
    /** The MAIL FROM address (or postmaster@HELO). */
    QString sender;
    QString domain;
    QString helo;
};

/** The domain-spec with its macros expanded; a null string for a syntax error. */
QString expandSpfMacros(const QString &spec, const SpfMacroData &data);

} // namespace mailflow
