#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QString>

namespace mailflow {

/** Helpers for domain names as people type them: address parts, IDN forms, IP literals, reverse names. */
class DomainName
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::DomainName)
public:
    /**
     * The domain of "user@bücher.example", "<user@example.test>", "Name <user@example.test>" or of a
     * bare domain, trimmed and without a trailing dot. Empty when there is none ("user@").
     */
    static QString domainPart(const QString &domainOrAddress);
    /** ACE form ("xn--bcher-kva.example"), lower case, no trailing dot; empty when it cannot be encoded. */
    static QString toAce(const QString &domain);
    /** Unicode form of a name (also for TLDs outside Qt's IDN whitelist), no trailing dot. */
    static QString toUnicode(const QString &domain);
    /** "bücher.example (xn--bcher-kva.example)" when the two forms differ, otherwise the name. */
    static QString display(const QString &domain);
    /** Whether name is an IPv4 or IPv6 literal, bare or bracketed ("[127.0.0.1]", "[IPv6:::1]"). */
    static bool isIpLiteral(const QString &name, QHostAddress *address = nullptr);
    /** Why domain (as domainPart() returns it) cannot be looked up; empty when it can. */
    static QString problem(const QString &domain);
    /** "2.0.0.127.in-addr.arpa" or the nibble name under ip6.arpa; empty for a null address. */
    static QString reverseName(const QHostAddress &address);
    /** Same name: compares the ACE forms without case and trailing dot. */
    static bool sameName(const QString &a, const QString &b);
};

} // namespace mailflow
