// SpfEvaluator against the loopback DNS responder on 127.0.53.42: the examples of RFC 7208 Appendix A
// (zone A, the records of A.1, A.2 and A.5), includes, redirect, the lookup and void-lookup limits.
#include "checks/spfevaluator.h"
#include "dnsresponder.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

namespace {
const QHostAddress responderAddress(u"127.0.53.42"_s);
}

class TestSpfEvaluator : public QObject
{
    Q_OBJECT
private:
    test::DnsResponder m_responder;

    SpfOutcome run(const QString &ip, const QString &domain, const QString &record = {})
    {
        SpfEvaluator evaluator(responderAddress, 5'000);
        QSignalSpy spy(&evaluator, &SpfEvaluator::finished);
        if (record.isEmpty())
            evaluator.evaluate(QHostAddress(ip), domain);
        else
            evaluator.evaluateRecord(QHostAddress(ip), domain, record);
        [&] {
            QVERIFY(evaluator.isRunning());
            QCOMPARE(spy.size(), 0); // never from inside the call
            QVERIFY2(spy.wait(20'000), "no finished() signal");
            QCOMPARE(spy.size(), 1);
        }();
        return spy.isEmpty() ? SpfOutcome() : spy.at(0).at(0).value<SpfOutcome>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_responder.start(test::DnsResponder::zonePath(u"spf.json"_s), responderAddress),
                 qPrintable(m_responder.errorString()));
    }

    void cleanupTestCase() { m_responder.stop(); }

    void appendixA_data()
    {
        QTest::addColumn<QString>("record"); // published by example.com; empty: the zone's own
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("result");

        const auto row = [](const char *name, const QString &record, const QString &ip, const QString &result) {
            QTest::newRow(name) << record << ip << result;
        };
        // A.1
        row("+all", u"v=spf1 +all"_s, u"203.0.113.9"_s, u"pass"_s);
        row("a -all .10", u"v=spf1 a -all"_s, u"192.0.2.10"_s, u"pass"_s);
        row("a -all .11", u"v=spf1 a -all"_s, u"192.0.2.11"_s, u"pass"_s);
        row("a -all .65", u"v=spf1 a -all"_s, u"192.0.2.65"_s, u"fail"_s);
        row("a:example.org", u"v=spf1 a:example.org -all"_s, u"192.0.2.140"_s, u"fail"_s);
        row("mx .129", u"v=spf1 mx -all"_s, u"192.0.2.129"_s, u"pass"_s);
        row("mx .130", u"v=spf1 mx -all"_s, u"192.0.2.130"_s, u"pass"_s);
        row("mx .140", u"v=spf1 mx -all"_s, u"192.0.2.140"_s, u"fail"_s);
        row("mx:example.org .140", u"v=spf1 mx:example.org -all"_s, u"192.0.2.140"_s, u"pass"_s);
        row("mx:example.org .129", u"v=spf1 mx:example.org -all"_s, u"192.0.2.129"_s, u"fail"_s);
        row("mx mx:example.org .130", u"v=spf1 mx mx:example.org -all"_s, u"192.0.2.130"_s, u"pass"_s);
        row("mx mx:example.org .140", u"v=spf1 mx mx:example.org -all"_s, u"192.0.2.140"_s, u"pass"_s);
        row("mx/30 .131", u"v=spf1 mx/30 mx:example.org/30 -all"_s, u"192.0.2.131"_s, u"pass"_s);
        row("mx/30 .143", u"v=spf1 mx/30 mx:example.org/30 -all"_s, u"192.0.2.143"_s, u"pass"_s);
        row("mx/30 .132", u"v=spf1 mx/30 mx:example.org/30 -all"_s, u"192.0.2.132"_s, u"fail"_s);
        row("ptr .65 amy", u"v=spf1 ptr -all"_s, u"192.0.2.65"_s, u"pass"_s);
        row("ptr .10 example.com", u"v=spf1 ptr -all"_s, u"192.0.2.10"_s, u"pass"_s);
        row("ptr .140 example.org", u"v=spf1 ptr -all"_s, u"192.0.2.140"_s, u"fail"_s);
        row("ptr 10.2.3.4 not validated", u"v=spf1 ptr -all"_s, u"10.2.3.4"_s, u"fail"_s);
        row("ip4/28 .65", u"v=spf1 ip4:192.0.2.128/28 -all"_s, u"192.0.2.65"_s, u"fail"_s);
        row("ip4/28 .129", u"v=spf1 ip4:192.0.2.128/28 -all"_s, u"192.0.2.129"_s, u"pass"_s);
        // A.2: include:example.org (mx -all) or include:example.net (ip4:198.51.100.0/24 ~all), else -all
        row("A.2 via example.org", QString(), u"192.0.2.140"_s, u"pass"_s);
        row("A.2 via example.net", QString(), u"198.51.100.7"_s, u"pass"_s);
        row("A.2 neither", QString(), u"192.0.2.65"_s, u"fail"_s);
        // A.5: the sender must be in 192.0.2.0/24 and have validated reverse DNS in example.com.
        const QString a4 = u"v=spf1 -include:ip4._spf.%{d} -include:ptr._spf.%{d} +all"_s;
        row("A.5 .10", a4, u"192.0.2.10"_s, u"pass"_s);
        row("A.5 .140", a4, u"192.0.2.140"_s, u"fail"_s);
        row("A.5 10.2.3.4", a4, u"10.2.3.4"_s, u"fail"_s);
        row("neutral default", u"v=spf1 ip4:198.51.100.1"_s, u"192.0.2.1"_s, u"neutral"_s);
        row("softfail", u"v=spf1 ~all"_s, u"192.0.2.1"_s, u"softfail"_s);
        row("?all", u"v=spf1 ?all"_s, u"192.0.2.1"_s, u"neutral"_s);
        row("unknown mechanism", u"v=spf1 foo:bar -all"_s, u"192.0.2.1"_s, u"permerror"_s);
        row("unknown modifier ignored", u"v=spf1 moo=cow +all"_s, u"192.0.2.1"_s, u"pass"_s);
        row("exists macro", u"v=spf1 include:exists.test"_s, u"192.0.2.5"_s, u"pass"_s);
        row("exists macro miss", u"v=spf1 include:exists.test"_s, u"192.0.2.6"_s, u"neutral"_s);
    }

    void appendixA()
    {
        QFETCH(QString, record);
        QFETCH(QString, ip);
        QFETCH(QString, result);
        const SpfOutcome outcome = run(ip, u"example.com"_s, record);
        QCOMPARE(spfResultKey(outcome.result), result);
        QVERIFY(!outcome.evidence.isEmpty());
    }

    void domains_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("result");
        QTest::addColumn<QString>("problem"); // part of outcome.problem
        QTest::newRow("redirect pass") << u"redirect.test"_s << u"192.0.2.140"_s << u"pass"_s << QString();
        QTest::newRow("redirect fail") << u"redirect.test"_s << u"192.0.2.1"_s << u"fail"_s << QString();
        QTest::newRow("no SPF among TXT") << u"nospf.test"_s << u"192.0.2.1"_s << u"none"_s << QString();
        QTest::newRow("no such domain") << u"nx.test"_s << u"192.0.2.1"_s << u"none"_s << QString();
        QTest::newRow("two records") << u"two.test"_s << u"192.0.2.1"_s << u"permerror"_s << u"2 SPF records"_s;
        QTest::newRow("syntax error") << u"broken.test"_s << u"192.0.2.1"_s << u"permerror"_s << u"ip4:192.0.2.300"_s;
        QTest::newRow("strings joined") << u"split.test"_s << u"203.0.113.5"_s << u"pass"_s << QString();
        QTest::newRow("ten lookups pass") << u"ten.limit.test"_s << u"192.0.2.77"_s << u"pass"_s << QString();
        QTest::newRow("eleven lookups") << u"over.limit.test"_s << u"192.0.2.77"_s << u"permerror"_s
                                        << u"more than 10 DNS lookups"_s;
        QTest::newRow("three void lookups")
            << u"void.test"_s << u"192.0.2.1"_s << u"permerror"_s << u"more than 2 DNS lookups without an answer"_s;
        QTest::newRow("two void lookups") << u"twovoid.test"_s << u"192.0.2.1"_s << u"pass"_s << QString();
        QTest::newRow("include SERVFAIL") << u"temp.test"_s << u"192.0.2.1"_s << u"temperror"_s << u"servfail.test"_s;
        QTest::newRow("include without SPF")
            << u"noinclude.test"_s << u"192.0.2.1"_s << u"permerror"_s << u"nospf.test has no SPF record"_s;
        QTest::newRow("ip6 pass") << u"v6.test"_s << u"2001:db8::cb01"_s << u"pass"_s << QString();
        QTest::newRow("ip6 fail") << u"v6.test"_s << u"2001:db9::1"_s << u"fail"_s << QString();
        QTest::newRow("ip4 address against ip6") << u"v6.test"_s << u"192.0.2.1"_s << u"fail"_s << QString();
    }

    void domains()
    {
        QFETCH(QString, domain);
        QFETCH(QString, ip);
        QFETCH(QString, result);
        QFETCH(QString, problem);
        const SpfOutcome outcome = run(ip, domain);
        QVERIFY2(spfResultKey(outcome.result) == result,
                 qPrintable(spfResultKey(outcome.result) + u" / "_s + outcome.problem + u"\n"_s
                            + outcome.evidence.join(u'\n')));
        QVERIFY2(outcome.problem.contains(problem), qPrintable(outcome.problem));
    }

    void outcomeNamesRecordAndTerm()
    {
        const SpfOutcome outcome = run(u"192.0.2.140"_s, u"example.com"_s);
        QCOMPARE(outcome.result, SpfResult::Pass);
        QCOMPARE(outcome.record, u"v=spf1 include:example.org include:example.net -all"_s);
        QCOMPARE(outcome.decidingTerm, u"include:example.org"_s);
        QCOMPARE(outcome.lookups, 2); // include, then mx inside it
        QVERIFY(
            outcome.evidence.contains(u"example.com TXT \"v=spf1 include:example.org include:example.net -all\""_s));
        QVERIFY(outcome.evidence.contains(u"mail-c.example.org A 192.0.2.140"_s));
    }

    void abortEmitsNothing()
    {
        SpfEvaluator evaluator(responderAddress, 5'000);
        QSignalSpy spy(&evaluator, &SpfEvaluator::finished);
        evaluator.evaluate(QHostAddress(u"192.0.2.1"_s), u"example.com"_s);
        evaluator.abort();
        QVERIFY(!evaluator.isRunning());
        // A second evaluation afterwards reports once, for itself only.
        evaluator.evaluate(QHostAddress(u"192.0.2.140"_s), u"example.org"_s);
        QVERIFY(spy.wait(20'000));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<SpfOutcome>().result, SpfResult::Pass);
    }
};

QTEST_GUILESS_MAIN(TestSpfEvaluator)
#include "tst_spfevaluator.moc"
