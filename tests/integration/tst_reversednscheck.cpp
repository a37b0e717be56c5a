// ReverseDnsCheck (PTR, forward confirmation, banner name) against the loopback DNS responder on 127.0.53.2.
#include "dns/reversednscheck.h"
#include "dnsresponder.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;
using Status = ReverseDnsResult::Status;
using BannerMatch = ReverseDnsResult::BannerMatch;

namespace {
const QHostAddress responderAddress(QStringLiteral("127.0.53.2"));
}

class TestReverseDnsCheck : public QObject
{
    Q_OBJECT
private:
    test::DnsResponder m_responder;

    ReverseDnsResult run(const QHostAddress &address, const QString &banner, int timeoutMs = 5'000)
    {
        ReverseDnsCheck check;
        check.setTimeout(timeoutMs);
        [&] { QVERIFY(check.setNameserver(responderAddress)); }();
        QSignalSpy spy(&check, &ReverseDnsCheck::finished);
        check.check(address, banner);
        [&] {
            QVERIFY(check.isRunning());
            QVERIFY2(spy.wait(20'000), "no finished() signal");
            QCOMPARE(spy.size(), 1);
            QVERIFY(!check.isRunning());
        }();
        return spy.isEmpty() ? ReverseDnsResult() : spy.at(0).at(0).value<ReverseDnsResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_responder.start(test::DnsResponder::zonePath(u"reversedns.json"_s), responderAddress),
                 qPrintable(m_responder.errorString()));
    }

    void cleanupTestCase() { m_responder.stop(); }

    void check_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("banner");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<Status>("status");
        QTest::addColumn<QStringList>("ptrNames");
        QTest::addColumn<QString>("confirmedName");
        QTest::addColumn<BannerMatch>("bannerMatch");
        QTest::addColumn<QString>("summary"); // must appear in the first message

        const int t = 5'000;
        const QString banner = u"220 mx1.example.test ESMTP Postfix"_s;
        QTest::newRow("confirmed, banner matches")
            << u"127.0.0.2"_s << banner << t << Status::Confirmed << QStringList {u"mx1.example.test"_s}
            << u"mx1.example.test"_s << BannerMatch::Matches << u"forward-confirmed"_s;
        QTest::newRow("confirmed, multiline banner in other case")
            << u"127.0.0.2"_s << u"220-MX1.Example.Test. ESMTP\r\n220 welcome"_s << t << Status::Confirmed
            << QStringList {u"mx1.example.test"_s} << u"mx1.example.test"_s << BannerMatch::Matches << u"points back"_s;
        QTest::newRow("confirmed, banner names another host")
            << u"127.0.0.2"_s << u"220 relay.example.net ESMTP"_s << t << Status::Confirmed
            << QStringList {u"mx1.example.test"_s} << u"mx1.example.test"_s << BannerMatch::Differs
            << u"forward-confirmed"_s;
        QTest::newRow("confirmed, banner without a name")
            << u"127.0.0.2"_s << u"220 ESMTP ready"_s << t << Status::Confirmed << QStringList {u"mx1.example.test"_s}
            << u"mx1.example.test"_s << BannerMatch::NoName << u"forward-confirmed"_s;
        QTest::newRow("confirmed, no banner")
            << u"127.0.0.2"_s << QString() << t << Status::Confirmed << QStringList {u"mx1.example.test"_s}
            << u"mx1.example.test"_s << BannerMatch::NotChecked << u"forward-confirmed"_s;
        QTest::newRow("second of two PTR names confirms")
            << u"127.0.0.5"_s << u"220 mx5.example.test"_s << t << Status::Confirmed
            << QStringList {u"other.example.test"_s, u"mx5.example.test"_s} << u"mx5.example.test"_s
            << BannerMatch::Matches << u"mx5.example.test"_s;
        QTest::newRow("PTR name points elsewhere")
            << u"127.0.0.3"_s << u"220 liar.example.test ESMTP"_s << t << Status::NotConfirmed
            << QStringList {u"liar.example.test"_s} << QString() << BannerMatch::Matches << u"does not point back"_s;
        QTest::newRow("PTR name does not exist")
            << u"127.0.0.7"_s << banner << t << Status::NotConfirmed << QStringList {u"ghost.example.test"_s}
            << QString() << BannerMatch::Differs << u"not forward-confirmed"_s;
        QTest::newRow("no PTR") << u"127.0.0.4"_s << banner << t << Status::NoPtr << QStringList() << QString()
                                << BannerMatch::NotChecked << u"has no PTR record"_s;
        QTest::newRow("SERVFAIL") << u"127.0.0.6"_s << banner << t << Status::LookupFailed << QStringList() << QString()
                                  << BannerMatch::NotChecked << u"SERVFAIL"_s;
        QTest::newRow("timeout") << u"127.0.0.8"_s << banner << 1'000 << Status::LookupFailed << QStringList()
                                 << QString() << BannerMatch::NotChecked << u"no answer within 1 second"_s;
        QTest::newRow("IPv6") << u"::1"_s << u"220 mx6.example.test"_s << t << Status::Confirmed
                              << QStringList {u"mx6.example.test"_s} << u"mx6.example.test"_s << BannerMatch::Matches
                              << u"forward-confirmed"_s;
        QTest::newRow("IPv4-mapped address")
            << u"::ffff:127.0.0.2"_s << banner << t << Status::Confirmed << QStringList {u"mx1.example.test"_s}
            << u"mx1.example.test"_s << BannerMatch::Matches << u"127.0.0.2"_s;
    }

    void check()
    {
        QFETCH(QString, address);
        QFETCH(QString, banner);
        QFETCH(int, timeoutMs);
        QFETCH(Status, status);
        QFETCH(QStringList, ptrNames);
        QFETCH(QString, confirmedName);
        QFETCH(BannerMatch, bannerMatch);
        QFETCH(QString, summary);

        const ReverseDnsResult result = run(QHostAddress(address), banner, timeoutMs);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(ReverseDnsResult::statusKey(result.status), ReverseDnsResult::statusKey(status));
        QCOMPARE(result.ptrNames, ptrNames);
        QCOMPARE(result.confirmedName, confirmedName);
        QCOMPARE(ReverseDnsResult::bannerMatchKey(result.bannerMatch), ReverseDnsResult::bannerMatchKey(bannerMatch));
        QVERIFY2(result.summary().contains(summary), qPrintable(result.summary()));
        QCOMPARE(result.isWarning, status != Status::Confirmed);
        // One line for reverse DNS, one more whenever the banner was compared or had no name.
        QCOMPARE(result.messages.size(), bannerMatch == BannerMatch::NotChecked ? 1 : 2);
        QCOMPARE(result.nameserver, responderAddress);
        if (status == Status::LookupFailed && timeoutMs < 2'000)
            QVERIFY2(result.elapsedMs < 2'300, qPrintable(QString::number(result.elapsedMs)));
    }

    void reverseNames() { QCOMPARE(run(QHostAddress(u"127.0.0.2"_s), {}).reverseName, u"2.0.0.127.in-addr.arpa"_s); }

    void bannerHostName_data()
    {
        QTest::addColumn<QString>("banner");
        QTest::addColumn<QString>("name");
        QTest::newRow("postfix") << u"220 mx.example.test ESMTP Postfix (Debian)"_s << u"mx.example.test"_s;
        QTest::newRow("without code") << u"mx.example.test ESMTP"_s << u"mx.example.test"_s;
        QTest::newRow("multiline") << u"220-mx.example.test ESMTP\r\n220 hello"_s << u"mx.example.test"_s;
        QTest::newRow("trailing dot") << u"220 mx.example.test. ready"_s << u"mx.example.test"_s;
        QTest::newRow("address literal") << u"220 [127.0.0.2] ready"_s << u"[127.0.0.2]"_s;
        QTest::newRow("no name") << u"220 ESMTP Service ready"_s << QString();
        QTest::newRow("code only") << u"220"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void bannerHostName()
    {
        QFETCH(QString, banner);
        QFETCH(QString, name);
        QCOMPARE(ReverseDnsResult::bannerHostName(banner), name);
    }

    void ipv6NameserverIsRefused()
    {
        ReverseDnsCheck check;
        QString error;
        QVERIFY(!check.setNameserver(QHostAddress(u"::1"_s), &error));
        QVERIFY2(error.contains(u"IPv6"_s), qPrintable(error));
        QVERIFY(check.nameserver().isNull());
    }

    void abortDropsTheRunningCheck()
    {
        ReverseDnsCheck check;
        check.setTimeout(1'000);
        QVERIFY(check.setNameserver(responderAddress));
        QSignalSpy spy(&check, &ReverseDnsCheck::finished);
        check.check(QHostAddress(u"127.0.0.8"_s), {});
        check.abort();
        QVERIFY(!check.isRunning());
        check.check(QHostAddress(u"127.0.0.2"_s), {});
        QVERIFY(spy.wait(10'000));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<ReverseDnsResult>().address, QHostAddress(u"127.0.0.2"_s));
        QVERIFY(!spy.wait(1'500));
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestReverseDnsCheck)
#include "tst_reversednscheck.moc"
