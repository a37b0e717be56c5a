// The real DnsMxResolver (QDnsLookup) against the loopback DNS responder on 127.0.53.1 port 53.
#include "dns/dnsmxresolver.h"
#include "dnsresponder.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;
using Outcome = MxLookupResult::Outcome;

namespace {

const QHostAddress responderAddress(QStringLiteral("127.0.53.1"));
constexpr int normalTimeoutMs = 5'000;
constexpr int shortTimeoutMs = 1'000; // below the responder's 2.5 s delay for the slow names

/** "10 mx1.example.test 127.0.0.2,::1" ("-" for no address): one host as a test row states it. */
QString hostLine(const MxHost &host)
{
    QStringList addresses;
    for (const QHostAddress &address : host.addresses)
        addresses << address.toString();
    return QStringLiteral("%1 %2 %3")
        .arg(host.preference)
        .arg(host.name, addresses.isEmpty() ? QStringLiteral("-") : addresses.join(u','));
}

} // namespace

class TestMxResolver : public QObject
{
    Q_OBJECT
private:
    test::DnsResponder m_responder;

    MxLookupResult run(DnsMxResolver &resolver, const QString &input)
    {
        QSignalSpy spy(&resolver, &MxResolver::finished);
        resolver.lookup(input);
        [&] { QVERIFY2(spy.wait(20'000), "no finished() signal"); }();
        if (spy.size() != 1)
            return {};
        return spy.at(0).at(0).value<MxLookupResult>();
    }

    MxLookupResult run(const QString &input, int timeoutMs = normalTimeoutMs)
    {
        DnsMxResolver resolver;
        resolver.setTimeout(timeoutMs);
        [&] { QVERIFY(resolver.setNameserver(responderAddress)); }();
        return run(resolver, input);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_responder.start(test::DnsResponder::zonePath(QStringLiteral("mxresolver.json")), responderAddress),
                 qPrintable(m_responder.errorString()));
    }

    void cleanupTestCase() { m_responder.stop(); }

    void lookup_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<Outcome>("outcome");
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QStringList>("warnings"); // each must appear in some host or domain warning
        QTest::addColumn<QStringList>("errors"); // each must appear in some host error
        QTest::addColumn<QString>("message"); // must appear in the plain-language message

        const QStringList example
            = {QStringLiteral("10 mx1.example.test 127.0.0.2,::1"), QStringLiteral("20 mx-a.example.test 127.0.0.4"),
               QStringLiteral("20 mx-b.example.test 127.0.0.3")};
        const int t = normalTimeoutMs;
        QTest::newRow("several MX, equal preferences by name")
            << u"example.test"_s << t << Outcome::Ok << example << QStringList() << QStringList()
            << u"lowest preference"_s;
        QTest::newRow("full address") << u"user@example.test"_s << t << Outcome::Ok << example << QStringList()
                                      << QStringList() << QString();
        QTest::newRow("address in angle brackets") << u"Jane <jane@example.test>"_s << t << Outcome::Ok << example
                                                   << QStringList() << QStringList() << QString();
        QTest::newRow("trailing dot, capitals") << u"  User@EXAMPLE.Test.  "_s << t << Outcome::Ok << example
                                                << QStringList() << QStringList() << QString();
        QTest::newRow("implicit MX (A)") << u"implicit.test"_s << t << Outcome::ImplicitMx
                                         << QStringList {u"0 implicit.test 127.0.0.5"_s}
                                         << QStringList {u"implicit MX"_s} << QStringList() << u"no MX record"_s;
        QTest::newRow("implicit MX (AAAA only)")
            << u"user@implicit6.test"_s << t << Outcome::ImplicitMx << QStringList {u"0 implicit6.test ::1"_s}
            << QStringList {u"implicit MX"_s} << QStringList() << u"RFC 5321"_s;
        QTest::newRow("null MX") << u"nullmx.test"_s << t << Outcome::NullMx << QStringList() << QStringList()
                                 << QStringList() << u"accepts no mail"_s;
        QTest::newRow("NXDOMAIN") << u"user@nosuch.test"_s << t << Outcome::NxDomain << QStringList() << QStringList()
                                  << QStringList() << u"does not exist"_s;
        QTest::newRow("no MX, no A/AAAA") << u"norecords.test"_s << t << Outcome::NoRecords << QStringList()
                                          << QStringList() << QStringList() << u"neither MX nor A/AAAA"_s;
        QTest::newRow("SERVFAIL") << u"servfail.test"_s << t << Outcome::ServFail << QStringList() << QStringList()
                                  << QStringList() << u"SERVFAIL"_s;
        QTest::newRow("REFUSED") << u"refused.test"_s << t << Outcome::OtherError << QStringList() << QStringList()
                                 << QStringList() << u"REFUSED"_s;
        QTest::newRow("MX target is a CNAME")
            << u"cname.test"_s << t << Outcome::Ok << QStringList {u"10 alias.cname.test 127.0.0.6"_s}
            << QStringList {u"alias (CNAME) of real.cname.test"_s} << QStringList() << QString();
        QTest::newRow("MX target is an IP literal")
            << u"literal.test"_s << t << Outcome::Ok << QStringList {u"10 127.0.0.7 127.0.0.7"_s}
            << QStringList {u"IP address 127.0.0.7 instead of a host name"_s} << QStringList() << QString();
        QTest::newRow("MX hosts without addresses")
            << u"partial.test"_s << t << Outcome::Ok
            << QStringList {u"10 noaddress.partial.test -"_s, u"20 mx.partial.test 127.0.0.9"_s,
                            u"30 missing.partial.test -"_s}
            << QStringList()
            << QStringList {u"noaddress.partial.test has no A or AAAA"_s, u"missing.partial.test does not exist"_s}
            << QString();
        QTest::newRow("IDN, Unicode address")
            << u"user@bücher.example"_s << t << Outcome::Ok << QStringList {u"10 mx.xn--bcher-kva.example 127.0.0.8"_s}
            << QStringList() << QStringList() << u"bücher.example (xn--bcher-kva.example)"_s;
        QTest::newRow("IDN, ACE form") << u"xn--bcher-kva.example"_s << t << Outcome::Ok
                                       << QStringList {u"10 mx.xn--bcher-kva.example 127.0.0.8"_s} << QStringList()
                                       << QStringList() << u"bücher.example (xn--bcher-kva.example)"_s;
        QTest::newRow("IDN, capitals and trailing dot")
            << u"BÜCHER.example."_s << t << Outcome::Ok << QStringList {u"10 mx.xn--bcher-kva.example 127.0.0.8"_s}
            << QStringList() << QStringList() << QString();
        QTest::newRow("slow answer: timeout") << u"slow.test"_s << shortTimeoutMs << Outcome::Timeout << QStringList()
                                              << QStringList() << QStringList() << u"in time"_s;
        QTest::newRow("slow MX host: that host times out, the others work")
            << u"slowhost.test"_s << shortTimeoutMs << Outcome::Ok
            << QStringList {u"10 slow.slowhost.test -"_s, u"20 mx.slowhost.test 127.0.0.11"_s} << QStringList()
            << QStringList {u"no answer within 1 second"_s} << QString();
        QTest::newRow("empty input") << QString() << t << Outcome::InvalidInput << QStringList() << QStringList()
                                     << QStringList() << u"Type a domain"_s;
        QTest::newRow("address without domain") << u"user@"_s << t << Outcome::InvalidInput << QStringList()
                                                << QStringList() << QStringList() << u"Type a domain"_s;
        QTest::newRow("IP address") << u"127.0.0.1"_s << t << Outcome::InvalidInput << QStringList() << QStringList()
                                    << QStringList() << u"is an IP address"_s;
        QTest::newRow("blank inside") << u"exa mple.test"_s << t << Outcome::InvalidInput << QStringList()
                                      << QStringList() << QStringList() << u"exa mple.test"_s;
        QTest::newRow("empty label") << u"a..b.test"_s << t << Outcome::InvalidInput << QStringList() << QStringList()
                                     << QStringList() << u"a..b.test"_s;
    }

    void lookup()
    {
        QFETCH(QString, input);
        QFETCH(int, timeoutMs);
        QFETCH(Outcome, outcome);
        QFETCH(QStringList, hosts);
        QFETCH(QStringList, warnings);
        QFETCH(QStringList, errors);
        QFETCH(QString, message);

        const MxLookupResult result = run(input, timeoutMs);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(result.input, input);
        QCOMPARE(MxLookupResult::outcomeKey(result.outcome), MxLookupResult::outcomeKey(outcome));
        QVERIFY2(result.message.contains(message), qPrintable(result.message));

        QStringList actualHosts;
        QStringList actualWarnings = result.warnings;
        QStringList actualErrors;
        for (const MxHost &host : result.hosts) {
            actualHosts << hostLine(host);
            actualWarnings << host.warnings;
            if (!host.error.isEmpty())
                actualErrors << host.error;
        }
        QCOMPARE(actualHosts, hosts);
        for (const QString &warning : std::as_const(warnings))
            QVERIFY2(actualWarnings.join(u'\n').contains(warning), qPrintable(actualWarnings.join(u'\n')));
        if (warnings.isEmpty() && errors.isEmpty() && (outcome == Outcome::Ok || outcome == Outcome::NullMx))
            QVERIFY2(!result.hasWarnings(), qPrintable(actualWarnings.join(u'\n')));
        for (const QString &error : std::as_const(errors))
            QVERIFY2(actualErrors.join(u'\n').contains(error), qPrintable(actualErrors.join(u'\n')));
        QCOMPARE(actualErrors.size(), errors.size());
        const bool usable
            = std::any_of(hosts.cbegin(), hosts.cend(), [](const QString &h) { return !h.endsWith(u" -"_s); });
        QCOMPARE(result.isUsable(), usable);
        if (outcome == Outcome::ImplicitMx)
            QVERIFY(result.hasWarnings());
        if (outcome == Outcome::Timeout) {
            // Ended by our timer, not by the responder's late answer.
            QVERIFY2(result.elapsedMs < 2'300, qPrintable(QString::number(result.elapsedMs)));
        }
    }

    void idnShowsBothForms()
    {
        const MxLookupResult result = run(u"user@bücher.example"_s);
        QCOMPARE(result.domain, u"bücher.example"_s);
        QCOMPARE(result.aceDomain, u"xn--bcher-kva.example"_s);
        QCOMPARE(result.displayDomain(), u"bücher.example (xn--bcher-kva.example)"_s);
        QCOMPARE(result.hosts.size(), 1);
        QCOMPARE(result.hosts.first().displayName(), u"mx.bücher.example (mx.xn--bcher-kva.example)"_s);

        const MxLookupResult ascii = run(u"example.test"_s);
        QCOMPARE(ascii.displayDomain(), u"example.test"_s);
    }

    void cnameTargetIsReported()
    {
        const MxLookupResult result = run(u"cname.test"_s);
        QCOMPARE(result.hosts.size(), 1);
        QCOMPARE(result.hosts.first().canonicalName, u"real.cname.test"_s);
        QVERIFY(!result.hosts.first().isIpLiteral);
        QVERIFY(result.hasWarnings());

        const MxLookupResult literal = run(u"literal.test"_s);
        QCOMPARE(literal.hosts.size(), 1);
        QVERIFY(literal.hosts.first().isIpLiteral);
        QVERIFY(literal.hosts.first().canonicalName.isEmpty());
    }

    void reportsWhichServerAnswered()
    {
        const MxLookupResult result = run(u"example.test"_s);
        QCOMPARE(result.nameserver, responderAddress);
        QCOMPARE(result.serverDescription(), u"DNS server 127.0.53.1"_s);
        const QStringList lines = result.describe();
        QVERIFY2(lines.first().contains(u"DNS server 127.0.53.1"_s), qPrintable(lines.first()));
        QVERIFY2(lines.join(u'\n').contains(u"mx1.example.test  127.0.0.2, ::1"_s), qPrintable(lines.join(u'\n')));

        DnsMxResolver system;
        QVERIFY(system.nameserver().isNull());
        QCOMPARE(MxResolver::describeNameserver(system.nameserver()), u"the system resolver"_s);
    }

    void ipv6NameserverIsRefused()
    {
        DnsMxResolver resolver;
        QVERIFY(resolver.setNameserver(responderAddress));
        QString error;
        QVERIFY(!resolver.setNameserver(QHostAddress(QStringLiteral("::1")), &error));
        QVERIFY2(error.contains(u"IPv6"_s) && error.contains(u"::1"_s), qPrintable(error));
        QCOMPARE(resolver.nameserver(), responderAddress); // the previous server stays

        // An IPv4-mapped address is an IPv4 address, and still works.
        QVERIFY(resolver.setNameserver(QHostAddress(QStringLiteral("::ffff:127.0.53.1")), &error));
        QCOMPARE(resolver.nameserver(), responderAddress);
        QVERIFY(error.isEmpty());
        const MxLookupResult result = run(resolver, u"example.test"_s);
        QCOMPARE(result.outcome, Outcome::Ok);
    }

    void silentServerIsNotMistakenForNoRecords_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::newRow("domain with MX") << u"example.test"_s;
        QTest::newRow("domain without records") << u"norecords.test"_s;
    }

    void silentServerIsNotMistakenForNoRecords()
    {
        // Qt 6.4 answers "Invalid reply received" both for an empty answer and when no server is there.
        QFETCH(QString, domain);
        DnsMxResolver resolver;
        resolver.setTimeout(normalTimeoutMs);
        QVERIFY(resolver.setNameserver(QHostAddress(QStringLiteral("127.0.53.99"))));
        const MxLookupResult result = run(resolver, domain);
        QVERIFY2(result.outcome == Outcome::OtherError, qPrintable(result.describe().join(u'\n')));
        QVERIFY2(result.message.contains(u"No DNS server answers at 127.0.53.99"_s), qPrintable(result.message));
    }

    void equalPreferencesAreReproducible()
    {
        // QDnsLookup shuffles equal preferences itself; without the option the order must not change.
        DnsMxResolver resolver;
        QVERIFY(resolver.setNameserver(responderAddress));
        for (int i = 0; i < 12; ++i) {
            const MxLookupResult result = run(resolver, u"example.test"_s);
            QCOMPARE(result.hosts.size(), 3);
            QCOMPARE(result.hosts.at(1).name, u"mx-a.example.test"_s);
            QCOMPARE(result.hosts.at(2).name, u"mx-b.example.test"_s);
        }
    }

    void shuffleEqualPreferences()
    {
        DnsMxResolver resolver;
        QVERIFY(resolver.setNameserver(responderAddress));
        QVERIFY(!resolver.shuffleEqualPreferences());
        resolver.setShuffleEqualPreferences(true);
        bool swapped = false;
        for (int i = 0; i < 40 && !swapped; ++i) {
            const MxLookupResult result = run(resolver, u"example.test"_s);
            QCOMPARE(result.hosts.size(), 3);
            QCOMPARE(result.hosts.at(0).name, u"mx1.example.test"_s); // preference 10 always first
            QCOMPARE(result.hosts.at(1).preference, 20);
            QCOMPARE(result.hosts.at(2).preference, 20);
            swapped = result.hosts.at(1).name == u"mx-b.example.test"_s;
        }
        QVERIFY2(swapped, "equal preferences were never shuffled in 40 lookups");
    }

    void abortDropsTheRunningLookup()
    {
        DnsMxResolver resolver;
        resolver.setTimeout(shortTimeoutMs);
        QVERIFY(resolver.setNameserver(responderAddress));
        QSignalSpy spy(&resolver, &MxResolver::finished);
        resolver.lookup(u"slow.test"_s);
        QVERIFY(resolver.isRunning());
        resolver.abort();
        QVERIFY(!resolver.isRunning());
        resolver.lookup(u"nullmx.test"_s);
        QVERIFY(spy.wait(10'000));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<MxLookupResult>().input, u"nullmx.test"_s);
        // Past the aborted lookup's timeout: still nothing from it.
        QVERIFY(!spy.wait(shortTimeoutMs + 500));
        QCOMPARE(spy.size(), 1);
    }

    void progressIsReported()
    {
        DnsMxResolver resolver;
        QVERIFY(resolver.setNameserver(responderAddress));
        QSignalSpy progress(&resolver, &MxResolver::progress);
        const MxLookupResult result = run(resolver, u"implicit.test"_s);
        QCOMPARE(result.outcome, Outcome::ImplicitMx);
        QVERIFY(progress.size() >= 2);
        QVERIFY(progress.at(0).at(0).toString().contains(u"MX records of implicit.test"_s));
    }
};

QTEST_GUILESS_MAIN(TestMxResolver)
#include "tst_mxresolver.moc"
