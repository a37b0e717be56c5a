#include "checks/addressfamilycheck.h"

#include <QCoreApplication>

namespace mailflow {

namespace {
struct AddressFamilyCheck
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::AddressFamilyCheck)
};

bool isV6(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol;
}
} // namespace

CheckFindings addressFamilyFindings(const QList<AddressFamilyRow> &rows)
{
    QStringList hosts;
    for (const AddressFamilyRow &r : rows) {
        if (!r.address.isNull() && !hosts.contains(r.host))
            hosts << r.host;
    }
    CheckFindings findings;
    for (const QString &host : std::as_const(hosts)) {
        // [family][passed]: how many addresses of each family passed and failed.
        int count[2][2] = {{0, 0}, {0, 0}};
        QStringList evidence;
        for (const AddressFamilyRow &r : rows) {
            if (r.host != host || r.address.isNull())
                continue;
            ++count[isV6(r.address)][r.passed];
            evidence << QStringLiteral("%1 %2%3").arg(
                r.address.toString(), r.passed ? QStringLiteral("passed") : QStringLiteral("failed"),
                r.summary.isEmpty() ? QString() : QStringLiteral(": ") + r.summary);
        }
        const bool v4Only = count[0][1] > 0 && count[0][0] == 0 && count[1][0] > 0 && count[1][1] == 0;
        const bool v6Only = count[1][1] > 0 && count[1][0] == 0 && count[0][0] > 0 && count[0][1] == 0;
        if (!v4Only && !v6Only)
            continue;
        CheckFinding f;
        f.checkId = QStringLiteral("address-family");
        f.severity = CheckSeverity::Warning;
        f.title = AddressFamilyCheck::tr("IPv4 against IPv6 for %1").arg(host);
        f.evidence = evidence;
        if (v4Only) {
            f.who = Actor::You;
            f.sentence = AddressFamilyCheck::tr(
                             "%1 passes over IPv4 but fails over IPv6. Providers are stricter with IPv6 senders: "
                             "most want a reverse DNS name (PTR) for the sending IPv6 address, and some want SPF "
                             "and DKIM as well.")
                             .arg(host);
            f.steps << AddressFamilyCheck::tr(
                "Give your IPv6 sending address a PTR record that resolves back to it, or send over "
                "IPv4 only.");
        } else {
            f.who = Actor::YourAdministrator;
            f.sentence = AddressFamilyCheck::tr(
                             "%1 passes over IPv6 but fails over IPv4: the IPv4 path or address is the problem "
                             "(a block list entry, a missing PTR or a filter on one family).")
                             .arg(host);
            f.steps << AddressFamilyCheck::tr("Compare the IPv4 rows' replies with the IPv6 rows' in the matrix.");
        }
        findings << f;
    }
    return findings;
}

} // namespace mailflow
