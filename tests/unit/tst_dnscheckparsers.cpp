// The pure parts of the DNS-based checks: our address in real server replies, SPF records and macros
// (RFC 7208 7.4), block list names and return codes, DMARC records, MTA-STS policies and TLS-RPT records.
#include "checks/blocklists.h"
#include "checks/dmarccheck.h"
#include "checks/mtastspolicy.h"
#include "checks/ownaddresscheck.h"
#include "checks/spfrecord.h"

#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;
using Verdict = BlocklistReading::Verdict;

class TestDnsCheckParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void addressInReply_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("address"); // empty: none
        QTest::newRow("exim") << u"250-mx.example.com Hello client.example.org [203.0.113.5]"_s << u"203.0.113.5"_s;
        QTest::newRow("sendmail")
            << u"250-mail.example.com Hello host.example.net [198.51.100.23], pleased to meet you"_s
            << u"198.51.100.23"_s;
        QTest::newRow("exchange online") << u"250-AM4PEPF00027A5F.mail.protection.outlook.com Hello [203.0.113.5]"_s
                                         << u"203.0.113.5"_s;
        QTest::newRow("gmail") << u"250-mx.google.com at your service, [2001:db8:1::5]"_s << u"2001:db8:1::5"_s;
        QTest::newRow("gmail rate") << u"421-4.7.0 [203.0.113.5      15] Our system has detected an unusual rate of"_s
                                    << u"203.0.113.5"_s;
        QTest::newRow("postfix rbl")
            << u"554 5.7.1 Service unavailable; Client host [203.0.113.5] blocked using zen.spamhaus.org"_s
            << u"203.0.113.5"_s;
        QTest::newRow("postfix no ptr")
            << u"450 4.7.1 Client host rejected: cannot find your reverse hostname, [203.0.113.5]"_s
            << u"203.0.113.5"_s;
        QTest::newRow("outlook.com") << u"550 5.7.1 Unfortunately, messages from [203.0.113.5] weren't sent."_s
                                     << u"203.0.113.5"_s;
        QTest::newRow("yahoo unbracketed")
            << u"421 4.7.0 [TSS04] Messages from 203.0.113.5 temporarily deferred due to unexpected volume"_s
            << u"203.0.113.5"_s;
        QTest::newRow("address literal") << u"250-mx.example Hello [IPv6:2001:db8::5]"_s << u"2001:db8::5"_s;
        QTest::newRow("enhanced code is no address") << u"550 5.7.1 Relaying denied"_s << QString();
        QTest::newRow("postfix greeting") << u"250-mx.example.com"_s << QString();
        QTest::newRow("provider tag") << u"550 5.7.1 [BL21] Connections not accepted"_s << QString();
    }

    void addressInReply()
    {
        QFETCH(QString, line);
        QFETCH(QString, address);
        const QHostAddress found = addressInReplyLine(line);
        QCOMPARE(found.isNull() ? QString() : found.toString(), address);
    }

    void ownAddressOrder()
    {
        const QHostAddress server(u"198.51.100.1"_s);
        const QStringList lines {
            u"220 mx.example.com ESMTP [198.51.100.1]"_s,
            u"250-mx.example.com Hello [203.0.113.5]"_s,
            u"554 5.7.1 Client host [203.0.113.99] blocked"_s,
        };
        OwnAddress own = findOwnAddress(lines, QHostAddress(u"192.168.1.10"_s), {server});
        QCOMPARE(own.address, QHostAddress(u"203.0.113.5"_s));
        QCOMPARE(own.source, OwnAddress::Source::EhloReply);
        QVERIFY(own.isPublic());

        own = findOwnAddress({lines.at(0), lines.at(2)}, QHostAddress(u"192.168.1.10"_s), {server});
        QCOMPARE(own.address, QHostAddress(u"203.0.113.99"_s));
        QCOMPARE(own.source, OwnAddress::Source::ServerReply);

        // Neither names us: the socket's address, which is private, so no public one is known.
        own = findOwnAddress({lines.at(0)}, QHostAddress(u"192.168.1.10"_s), {server});
        QCOMPARE(own.source, OwnAddress::Source::LocalSocket);
        QVERIFY(!own.isPublic());
        const CheckFinding f = OwnAddressCheck::describe(own);
        QVERIFY2(f.sentence.contains(u"private"_s) && f.sentence.contains(u"unknown"_s), qPrintable(f.sentence));
        QVERIFY(!f.sentence.contains(u"Your public address is 192.168"_s));

        own = findOwnAddress({u"250-mx Hello [10.1.2.3]"_s}, {}, {});
        QVERIFY(!own.isPublic());
        QVERIFY(OwnAddressCheck::describe(own).sentence.contains(u"private address"_s));
    }

    void publicAddresses()
    {
        for (const char *a : {"127.0.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.1", "192.168.0.1", "100.64.0.1",
                              "169.254.1.1", "::1", "fe80::1", "fd00::1", "0.0.0.0", "::ffff:192.168.1.1"})
            QVERIFY2(!isPublicAddress(QHostAddress(QString::fromLatin1(a))), a);
        for (const char *a : {"203.0.113.5", "8.8.8.8", "172.32.0.1", "2001:db8::5", "2a00:1450::1"})
            QVERIFY2(isPublicAddress(QHostAddress(QString::fromLatin1(a))), a);
    }

    void spfMacros_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("expanded");
        // RFC 7208 7.4: sender strong-bad@email.example.com, domain email.example.com.
        const QString v4 = u"192.0.2.3"_s;
        QTest::newRow("s") << u"%{s}"_s << v4 << u"strong-bad@email.example.com"_s;
        QTest::newRow("o") << u"%{o}"_s << v4 << u"email.example.com"_s;
        QTest::newRow("d") << u"%{d}"_s << v4 << u"email.example.com"_s;
        QTest::newRow("d4") << u"%{d4}"_s << v4 << u"email.example.com"_s;
        QTest::newRow("d3") << u"%{d3}"_s << v4 << u"email.example.com"_s;
        QTest::newRow("d2") << u"%{d2}"_s << v4 << u"example.com"_s;
        QTest::newRow("d1") << u"%{d1}"_s << v4 << u"com"_s;
        QTest::newRow("dr") << u"%{dr}"_s << v4 << u"com.example.email"_s;
        QTest::newRow("d2r") << u"%{d2r}"_s << v4 << u"example.email"_s;
        QTest::newRow("l") << u"%{l}"_s << v4 << u"strong-bad"_s;
        QTest::newRow("l-") << u"%{l-}"_s << v4 << u"strong.bad"_s;
        QTest::newRow("lr") << u"%{lr}"_s << v4 << u"strong-bad"_s;
        QTest::newRow("lr-") << u"%{lr-}"_s << v4 << u"bad.strong"_s;
        QTest::newRow("l1r-") << u"%{l1r-}"_s << v4 << u"strong"_s;
        QTest::newRow("ir.v") << u"%{ir}.%{v}._spf.%{d2}"_s << v4 << u"3.2.0.192.in-addr._spf.example.com"_s;
        QTest::newRow("lr-.lp") << u"%{lr-}.lp._spf.%{d2}"_s << v4 << u"bad.strong.lp._spf.example.com"_s;
        QTest::newRow("lr-.lp.ir") << u"%{lr-}.lp.%{ir}.%{v}._spf.%{d2}"_s << v4
                                   << u"bad.strong.lp.3.2.0.192.in-addr._spf.example.com"_s;
        QTest::newRow("ir.l1r-") << u"%{ir}.%{v}.%{l1r-}.lp._spf.%{d2}"_s << v4
                                 << u"3.2.0.192.in-addr.strong.lp._spf.example.com"_s;
        QTest::newRow("trusted") << u"%{d2}.trusted-domains.example.net"_s << v4
                                 << u"example.com.trusted-domains.example.net"_s;
        QTest::newRow("ipv6")
            << u"%{ir}.%{v}._spf.%{d2}"_s << u"2001:db8::cb01"_s
            << u"1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6._spf.example.com"_s;
        QTest::newRow("escapes") << u"a%%b%_c%-d"_s << v4 << u"a%b c%20d"_s;
        QTest::newRow("bad letter") << u"%{x}"_s << v4 << QString();
        QTest::newRow("lone percent") << u"a%b"_s << v4 << QString();
    }

    void spfMacros()
    {
        QFETCH(QString, spec);
        QFETCH(QString, ip);
        QFETCH(QString, expanded);
        const SpfMacroData data {QHostAddress(ip), u"strong-bad@email.example.com"_s, u"email.example.com"_s, {}};
        const QString out = expandSpfMacros(spec, data);
        QCOMPARE(out.isNull(), expanded.isNull());
        QCOMPARE(out, expanded);
    }

    void spfRecord()
    {
        QVERIFY(SpfRecord::isSpf(u"v=spf1"_s));
        QVERIFY(SpfRecord::isSpf(u"V=SPF1 -all"_s));
        QVERIFY(!SpfRecord::isSpf(u"v=spf10 -all"_s));
        SpfRecord r
            = SpfRecord::parse(u"v=spf1 a:mail.example.com/24//64 mx/28 -ip6:2001:db8::/32 ~all redirect=x.test"_s);
        QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
        QCOMPARE(r.terms.size(), 5);
        QCOMPARE(r.terms.at(0).domainSpec, u"mail.example.com"_s);
        QCOMPARE(r.terms.at(0).cidr4, 24);
        QCOMPARE(r.terms.at(0).cidr6, 64);
        QCOMPARE(r.terms.at(1).cidr4, 28);
        QCOMPARE(r.terms.at(2).matchResult(), SpfResult::Fail);
        QCOMPARE(r.terms.at(3).matchResult(), SpfResult::SoftFail);
        QCOMPARE(r.redirect, u"x.test"_s);
        for (const char *bad : {"v=spf1 ip4:192.0.2.1/33", "v=spf1 all:x", "v=spf1 include", "v=spf1 a/07",
                                "v=spf1 redirect=a.test redirect=b.test", "v=spf1 ip4:2001:db8::1", "v=spf1 bogus"})
            QVERIFY2(!SpfRecord::parse(QString::fromLatin1(bad)).error.isEmpty(), bad);
    }

    void blocklistNames()
    {
        QCOMPARE(blocklistQueryName(QHostAddress(u"203.0.113.5"_s), u"zen.spamhaus.org"_s),
                 u"5.113.0.203.zen.spamhaus.org"_s);
        QCOMPARE(blocklistQueryName(QHostAddress(u"2001:db8::cb01"_s), u"bl.example"_s),
                 u"1.0.b.c.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.bl.example"_s);
        QCOMPARE(defaultBlocklistZones(),
                 (QStringList {u"zen.spamhaus.org"_s, u"bl.spamcop.net"_s, u"b.barracudacentral.org"_s}));
    }

    void blocklistZones()
    {
        QStringList zones;
        QVERIFY(parseBlocklistZones(u" zen.spamhaus.org, DNSBL.Example.;dnsbl.example  bl.spamcop.net"_s, &zones));
        QCOMPARE(zones, (QStringList {u"zen.spamhaus.org"_s, u"dnsbl.example"_s, u"bl.spamcop.net"_s}));
        QString error;
        QVERIFY(!parseBlocklistZones(u"zen.spamhaus.org, bad..zone"_s, &zones, &error));
        QVERIFY2(error.contains(u"bad..zone"_s), qPrintable(error));
        QVERIFY(!parseBlocklistZones(u"localhost"_s, &zones, &error));
        QCOMPARE(zones.size(), 3); // unchanged on error
    }

    void blocklistCodes_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("code");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("meaning");
        const QString zen = u"zen.spamhaus.org"_s;
        QTest::newRow("SBL") << zen << u"127.0.0.2"_s << Verdict::Listed << u"SBL"_s;
        QTest::newRow("CSS") << zen << u"127.0.0.3"_s << Verdict::Listed << u"CSS"_s;
        for (int i = 4; i <= 7; ++i)
            QTest::addRow("XBL .%d", i) << zen << u"127.0.0.%1"_s.arg(i) << Verdict::Listed << u"XBL"_s;
        QTest::newRow("DROP") << zen << u"127.0.0.9"_s << Verdict::Listed << u"DROP"_s;
        QTest::newRow("PBL ISP") << zen << u"127.0.0.10"_s << Verdict::Listed << u"PBL (listed by the ISP)"_s;
        QTest::newRow("PBL Spamhaus") << zen << u"127.0.0.11"_s << Verdict::Listed << u"PBL (listed by Spamhaus)"_s;
        QTest::newRow("ZEN undocumented") << zen << u"127.0.0.8"_s << Verdict::Listed << u"does not document"_s;
        QTest::newRow("typo .252") << zen << u"127.255.255.252"_s << Verdict::NotAnswered << u"typo"_s;
        QTest::newRow("public resolver .254")
            << zen << u"127.255.255.254"_s << Verdict::NotAnswered << u"public or open DNS resolver"_s;
        QTest::newRow("excessive .255") << zen << u"127.255.255.255"_s << Verdict::NotAnswered << u"too many"_s;
        QTest::newRow("spamcop") << u"bl.spamcop.net"_s << u"127.0.0.2"_s << Verdict::Listed << u"SpamCop"_s;
        QTest::newRow("barracuda") << u"b.barracudacentral.org"_s << u"127.0.0.2"_s << Verdict::Listed
                                   << u"Barracuda"_s;
        QTest::newRow("custom list") << u"dnsbl.example"_s << u"127.0.0.5"_s << Verdict::Listed << u"127.0.0.5"_s;
        QTest::newRow("custom .254") << u"dnsbl.example"_s << u"127.255.255.254"_s << Verdict::NotAnswered
                                     << u"public"_s;
        QTest::newRow("wildcard answer") << u"dnsbl.example"_s << u"192.0.2.1"_s << Verdict::NotAnswered
                                         << u"not a block list return code"_s;
    }

    void blocklistCodes()
    {
        QFETCH(QString, zone);
        QFETCH(QString, code);
        QFETCH(Verdict, verdict);
        QFETCH(QString, meaning);
        const BlocklistReading reading = BlocklistReading::ofCode(zone, QHostAddress(code));
        QCOMPARE(reading.verdict, verdict);
        QVERIFY2(reading.meaning.contains(meaning), qPrintable(reading.meaning));
    }

    void dmarcRecord()
    {
        DmarcRecord r = DmarcRecord::parse(
            u"v=DMARC1; p=reject; sp=quarantine; pct=50; adkim=s; aspf=r; rua=mailto:a@example.com,mailto:b@example.net"_s);
        QVERIFY(r.isValid());
        QCOMPARE(r.policy, u"reject"_s);
        QCOMPARE(r.subdomainPolicy, u"quarantine"_s);
        QCOMPARE(r.percent, 50);
        QCOMPARE(r.dkimAlignment, u"s"_s);
        QCOMPARE(r.aggregateReports, (QStringList {u"mailto:a@example.com"_s, u"mailto:b@example.net"_s}));
        r = DmarcRecord::parse(u"v=DMARC1; p=none"_s);
        QCOMPARE(r.subdomainPolicy, u"none"_s);
        QCOMPARE(r.percent, 100);
        QVERIFY(!DmarcRecord::parse(u"v=DMARC1; rua=mailto:x@y"_s).isValid());
        QVERIFY(!DmarcRecord::parse(u"p=reject; v=DMARC1"_s).isValid());
        QVERIFY(!DmarcRecord::parse(u"v=DMARC1; p=block"_s).isValid());
    }

    void mtaStsPolicy()
    {
        const MtaStsPolicy p = MtaStsPolicy::parse(
            "version: STSv1\r\nmode: enforce\r\nmx: mail.example.com\r\nmx: *.example.net\r\nmax_age: 604800\r\n");
        QVERIFY2(p.isValid(), qPrintable(p.error));
        QCOMPARE(p.mode, u"enforce"_s);
        QCOMPARE(p.mx, (QStringList {u"mail.example.com"_s, u"*.example.net"_s}));
        QCOMPARE(p.maxAgeSeconds, 604800);
        QVERIFY(p.matches(u"MAIL.example.com."_s));
        QVERIFY(p.matches(u"mx1.example.net"_s));
        QVERIFY(!p.matches(u"example.net"_s));
        QVERIFY(!p.matches(u"a.b.example.net"_s));
        QVERIFY(!p.matches(u"mail.example.org"_s));
        QVERIFY(!MtaStsPolicy::parse("version: STSv1\nmode: strict\nmx: a\nmax_age: 1\n").isValid());
        QVERIFY(!MtaStsPolicy::parse("version: STSv1\nmode: enforce\nmx: a\n").isValid());
        QVERIFY(!MtaStsPolicy::parse("version: STSv1\nmode: enforce\nmx: a\nmax_age: 31557601\n").isValid());
        QVERIFY(MtaStsPolicy::parse("version: STSv1\nmode: none\nmax_age: 86400\n").isValid());
        QCOMPARE(MtaStsPolicy::recordId(u"v=STSv1; id=20240101T000000"_s), u"20240101T000000"_s);
        QCOMPARE(MtaStsPolicy::recordId(u"v=STSv1;"_s), QString());
        QCOMPARE(MtaStsPolicy::recordId(u"v=STSv2; id=1"_s), QString());
        QCOMPARE(tlsRptReportAddresses(u"v=TLSRPTv1; rua=mailto:tls@example.com,https://r.example.com/x"_s),
                 (QStringList {u"mailto:tls@example.com"_s, u"https://r.example.com/x"_s}));
        QVERIFY(tlsRptReportAddresses(u"v=TLSRPTv1;"_s).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDnsCheckParsers)
#include "tst_dnscheckparsers.moc"
