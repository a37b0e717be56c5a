// The DNS-based checks through start()/finished() against the loopback DNS responder on 127.0.53.41:
// own address, our reverse DNS, block lists (each return code, public-resolver answers, a time limit),
// SPF, DMARC and TLS-RPT.
#include "checks/blocklistcheck.h"
#include "checks/clientreversednscheck.h"
#include "checks/dmarccheck.h"
#include "checks/dnschecks.h"
#include "checks/ownaddresscheck.h"
#include "checks/spfcheck.h"
#include "checks/tlsrptcheck.h"
#include "diagnosis/testdiagnosis.h"
#include "dnsresponder.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

namespace {
const QHostAddress responderAddress(u"127.0.53.41"_s);

CheckContext contextFor(const QString &ownAddress, int timeoutMs = 5'000)
{
    CheckContext c;
    c.host = u"mx.rcpt.test"_s;
    c.serverAddresses = {QHostAddress(u"127.0.0.1"_s)};
    c.ehloName = u"mail.client.test"_s;
    c.senderDomain = u"sender.test"_s;
    c.recipientDomains = {u"rcpt.test"_s};
    c.localAddress = QHostAddress(u"192.168.1.20"_s);
    if (!ownAddress.isEmpty())
        c.serverReplyLines = {u"220 mx.rcpt.test ESMTP"_s, u"250-mx.rcpt.test Hello [%1]"_s.arg(ownAddress)};
    c.dnsServer = responderAddress;
    c.timeoutMs = timeoutMs;
    return c;
}

const CheckFinding *findingTitled(const CheckFindings &findings, const QString &part)
{
    for (const CheckFinding &f : findings)
        if (f.title.contains(part))
            return &f;
    return nullptr;
}

QString dump(const CheckFindings &findings)
{
    QStringList lines;
    for (const CheckFinding &f : findings)
        lines.append(u"%1 [%2] %3 | %4 | %5"_s.arg(f.checkId, checkSeverityKey(f.severity), f.title, f.sentence,
                                                   f.evidence.join(u"; "_s)));
    return lines.join(u'\n');
}
} // namespace

class TestDnsChecks : public QObject
{
    Q_OBJECT
private:
    test::DnsResponder m_responder;

    CheckFindings run(Check &check, const CheckContext &context)
    {
        QSignalSpy spy(&check, &Check::finished);
        check.start(context);
        [&] {
            QCOMPARE(spy.size(), 0); // never from inside start()
            QVERIFY2(spy.wait(context.timeoutMs + 5'000), "no finished() signal");
            QCOMPARE(spy.size(), 1);
        }();
        CheckFindings findings = spy.isEmpty() ? CheckFindings() : spy.at(0).at(0).value<CheckFindings>();
        for (const CheckFinding &f : std::as_const(findings)) {
            [&] {
                QCOMPARE(f.checkId, check.id());
                QVERIFY(!f.title.isEmpty());
                QVERIFY(!f.sentence.isEmpty());
                QVERIFY(f.durationMs >= 0);
            }();
        }
        QTest::qWait(50); // nothing more arrives after finished()
        [&] { QCOMPARE(spy.size(), 1); }();
        return findings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<mailflow::CheckFindings>();
        QVERIFY2(m_responder.start(test::DnsResponder::zonePath(u"checks.json"_s), responderAddress),
                 qPrintable(m_responder.errorString()));
    }

    void cleanupTestCase() { m_responder.stop(); }

    void factories()
    {
        QStringList ids;
        QObject parent;
        for (const auto &[id, make] : dnsCheckFactories()) {
            Check *check = make(&parent);
            QCOMPARE(check->id(), id);
            QCOMPARE(check->parent(), &parent);
            ids.append(id);
        }
        QCOMPARE(ids,
                 (QStringList {u"own-address"_s, u"reverse-dns"_s, u"blocklist"_s, u"spf"_s, u"dmarc"_s, u"mta-sts"_s,
                               u"tls-rpt"_s}));
    }

    void ownAddress()
    {
        OwnAddressCheck check;
        CheckFindings findings = run(check, contextFor(u"203.0.113.5"_s));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).sentence, u"The server sees you as 203.0.113.5."_s);
        QCOMPARE(findings.at(0).evidence, QStringList {u"250-mx.rcpt.test Hello [203.0.113.5]"_s});
        findings = run(check, contextFor({}));
        QVERIFY2(findings.at(0).sentence.contains(u"192.168.1.20 is private"_s), qPrintable(dump(findings)));
    }

    void reverseDns_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("ehlo");
        QTest::addColumn<CheckSeverity>("severity");
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<Actor>("who");
        QTest::addColumn<CheckSeverity>("ehloSeverity"); // of the EHLO row; NotAnswered: no such row
        QTest::newRow("confirmed, EHLO matches") << u"203.0.113.5"_s << u"mail.client.test"_s << CheckSeverity::Passed
                                                 << u"forward-confirmed"_s << Actor::Nobody << CheckSeverity::Passed;
        QTest::newRow("confirmed, EHLO differs")
            << u"203.0.113.5"_s << u"laptop.local"_s << CheckSeverity::Passed << u"mail.client.test"_s << Actor::Nobody
            << CheckSeverity::Information;
        QTest::newRow("no PTR") << u"203.0.113.6"_s << u"mail.client.test"_s << CheckSeverity::Warning
                                << u"has no reverse DNS"_s << Actor::YourAdministrator << CheckSeverity::NotAnswered;
        QTest::newRow("PTR not confirmed")
            << u"203.0.113.7"_s << u"mail.client.test"_s << CheckSeverity::Warning << u"liar.client.test"_s
            << Actor::YourAdministrator << CheckSeverity::NotAnswered;
        QTest::newRow("private address only") << QString() << u"mail.client.test"_s << CheckSeverity::Information
                                              << u"not checked"_s << Actor::Nobody << CheckSeverity::NotAnswered;
    }

    void reverseDns()
    {
        QFETCH(QString, address);
        QFETCH(QString, ehlo);
        QFETCH(CheckSeverity, severity);
        QFETCH(QString, sentence);
        QFETCH(Actor, who);
        QFETCH(CheckSeverity, ehloSeverity);
        CheckContext context = contextFor(address);
        context.ehloName = ehlo;
        ClientReverseDnsCheck check;
        const CheckFindings findings = run(check, context);
        QVERIFY(!findings.isEmpty());
        QVERIFY2(findings.at(0).severity == severity, qPrintable(dump(findings)));
        QVERIFY2(findings.at(0).sentence.contains(sentence), qPrintable(dump(findings)));
        QCOMPARE(findings.at(0).who, who);
        const CheckFinding *ehloRow = findingTitled(findings, u"EHLO"_s);
        QCOMPARE(ehloRow != nullptr, ehloSeverity != CheckSeverity::NotAnswered);
        if (ehloRow)
            QCOMPARE(ehloRow->severity, ehloSeverity);
    }

    void blocklistDefaults()
    {
        BlocklistCheck check(
            {u"zen.spamhaus.org"_s, u"bl.spamcop.net"_s, u"b.barracudacentral.org"_s, u"dnsbl.example"_s});
        const CheckFindings findings = run(check, contextFor(u"203.0.113.5"_s));
        QCOMPARE(findings.size(), 4);
        const CheckFinding *zen = findingTitled(findings, u"Spamhaus ZEN"_s);
        QVERIFY(zen);
        QCOMPARE(zen->severity, CheckSeverity::Failure);
        QCOMPARE(zen->who, Actor::You);
        QVERIFY2(zen->sentence.contains(u"SBL"_s), qPrintable(zen->sentence)); // the listing before the PBL
        QVERIFY(zen->evidence.contains(u"5.113.0.203.zen.spamhaus.org A 127.0.0.2"_s));
        QVERIFY(!zen->steps.isEmpty());
        QCOMPARE(findingTitled(findings, u"SpamCop"_s)->severity, CheckSeverity::Passed);
        const CheckFinding *barracuda = findingTitled(findings, u"Barracuda"_s);
        QCOMPARE(barracuda->severity, CheckSeverity::NotAnswered);
        QVERIFY(barracuda->sentence.contains(u"public or open DNS resolver"_s));
        QCOMPARE(barracuda->who, Actor::Nobody);
        const CheckFinding *custom = findingTitled(findings, u"dnsbl.example"_s);
        QCOMPARE(custom->severity, CheckSeverity::Failure);
        QVERIFY(custom->sentence.contains(u"127.0.0.5"_s));
    }

    void blocklistCodes_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<CheckSeverity>("severity");
        QTest::addColumn<QString>("sentence");
        const QString zen = u"zen.spamhaus.org"_s;
        QTest::newRow("CSS") << u"198.51.100.3"_s << zen << CheckSeverity::Failure << u"CSS"_s;
        QTest::newRow("XBL .4") << u"198.51.100.4"_s << zen << CheckSeverity::Failure << u"XBL"_s;
        QTest::newRow("XBL .7") << u"198.51.100.7"_s << zen << CheckSeverity::Failure << u"XBL"_s;
        QTest::newRow("DROP") << u"198.51.100.9"_s << zen << CheckSeverity::Failure << u"DROP"_s;
        QTest::newRow("PBL .10") << u"198.51.100.10"_s << zen << CheckSeverity::Failure << u"PBL (listed by the ISP)"_s;
        QTest::newRow("PBL .11") << u"198.51.100.11"_s << zen << CheckSeverity::Failure
                                 << u"PBL (listed by Spamhaus)"_s;
        QTest::newRow(".252") << u"198.51.100.252"_s << zen << CheckSeverity::NotAnswered << u"typo"_s;
        QTest::newRow(".254") << u"198.51.100.254"_s << zen << CheckSeverity::NotAnswered << u"public or open"_s;
        QTest::newRow(".255") << u"198.51.100.255"_s << zen << CheckSeverity::NotAnswered << u"too many"_s;
        QTest::newRow("not listed") << u"198.51.100.100"_s << zen << CheckSeverity::Passed << u"is not listed"_s;
        QTest::newRow("SpamCop") << u"198.51.100.2"_s << u"bl.spamcop.net"_s << CheckSeverity::Failure
                                 << u"SpamCop users reported"_s;
        QTest::newRow("Barracuda") << u"198.51.100.2"_s << u"b.barracudacentral.org"_s << CheckSeverity::Failure
                                   << u"poor-reputation"_s;
        QTest::newRow("IPv6 nibbles") << u"2001:db8::cb01"_s << zen << CheckSeverity::Failure << u"CSS"_s;
    }

    void blocklistCodes()
    {
        QFETCH(QString, address);
        QFETCH(QString, zone);
        QFETCH(CheckSeverity, severity);
        QFETCH(QString, sentence);
        BlocklistCheck check({zone});
        const CheckFindings findings = run(check, contextFor(address));
        QCOMPARE(findings.size(), 1);
        QVERIFY2(findings.at(0).severity == severity, qPrintable(dump(findings)));
        QVERIFY2(findings.at(0).sentence.contains(sentence), qPrintable(dump(findings)));
    }

    void blocklistServerAddress()
    {
        CheckContext context = contextFor(u"198.51.100.100"_s);
        context.serverAddresses = {QHostAddress(u"198.51.100.20"_s)};
        QVERIFY(!BlocklistCheck::serverLookupWanted(context));
        context.serverReplyLines.append(u"554 5.7.1 Service unavailable; blocked using zen.spamhaus.org"_s);
        QVERIFY(BlocklistCheck::serverLookupWanted(context));
        BlocklistCheck check({u"zen.spamhaus.org"_s});
        const CheckFindings findings = run(check, context);
        QCOMPARE(findings.size(), 2);
        const CheckFinding *server = findingTitled(findings, u"the server's address 198.51.100.20"_s);
        QVERIFY2(server, qPrintable(dump(findings)));
        QCOMPARE(server->severity, CheckSeverity::Warning);
        QCOMPARE(server->who, Actor::RecipientAdministrator);
        QCOMPARE(findingTitled(findings, u"your address"_s)->severity, CheckSeverity::Passed);
    }

    void blocklistPrivateAddress()
    {
        BlocklistCheck check;
        const CheckFindings findings = run(check, contextFor({}));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).severity, CheckSeverity::Information);
        QVERIFY2(findings.at(0).sentence.contains(u"not looked up"_s), qPrintable(dump(findings)));
    }

    void blocklistTimeLimit()
    {
        BlocklistCheck check({u"zen.spamhaus.org"_s, u"bl.spamcop.net"_s});
        QElapsedTimer clock;
        clock.start();
        const CheckFindings findings = run(check, contextFor(u"198.51.100.8"_s, 1'000));
        QVERIFY2(clock.elapsed() < 2'500, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findingTitled(findings, u"Spamhaus"_s)->severity, CheckSeverity::NotAnswered);
        QCOMPARE(findingTitled(findings, u"SpamCop"_s)->severity, CheckSeverity::Passed);
    }

    void wanted()
    {
        TestDiagnosis diagnosis;
        diagnosis.cause = Cause::SenderAuthentication;
        QVERIFY(SpfCheck::wanted(diagnosis));
        QVERIFY(DmarcCheck::wanted(diagnosis));
        diagnosis.cause = Cause::UnknownRecipient;
        QVERIFY(!SpfCheck::wanted(diagnosis));
        QVERIFY(!DmarcCheck::wanted(diagnosis));
    }

    void spf()
    {
        SpfCheck check;
        CheckFindings findings = run(check, contextFor(u"203.0.113.5"_s));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).severity, CheckSeverity::Failure);
        QCOMPARE(findings.at(0).who, Actor::YourAdministrator);
        QVERIFY2(findings.at(0).sentence.contains(u"Your domain's SPF record does not include 203.0.113.5"_s),
                 qPrintable(dump(findings)));
        QVERIFY(findings.at(0).evidence.contains(u"sender.test TXT \"v=spf1 ip4:198.51.100.0/24 -all\""_s));
        QVERIFY(findings.at(0).steps.join(u' ').contains(u"ip4:203.0.113.5"_s));

        findings = run(check, contextFor(u"198.51.100.7"_s));
        QCOMPARE(findings.at(0).severity, CheckSeverity::Passed);

        CheckContext none = contextFor(u"203.0.113.5"_s);
        none.senderDomain = u"bare.test"_s;
        findings = run(check, none);
        QCOMPARE(findings.at(0).severity, CheckSeverity::Warning);
        QVERIFY(findings.at(0).sentence.contains(u"publishes no SPF record"_s));

        // Without a public address the record is shown, not evaluated.
        findings = run(check, contextFor({}));
        QCOMPARE(findings.at(0).severity, CheckSeverity::Information);
        QVERIFY2(findings.at(0).sentence.contains(u"v=spf1 ip4:198.51.100.0/24 -all"_s), qPrintable(dump(findings)));
    }

    void dmarc()
    {
        DmarcCheck check;
        CheckFindings findings = run(check, contextFor(u"203.0.113.5"_s));
        QCOMPARE(findings.size(), 2);
        QVERIFY2(findings.at(0).sentence.contains(u"p=reject"_s), qPrintable(dump(findings)));
        QVERIFY(findings.at(0).sentence.contains(u"mailto:dmarc@sender.test"_s));
        QCOMPARE(findings.at(1).severity, CheckSeverity::Failure);
        QCOMPARE(findings.at(1).who, Actor::YourAdministrator);
        QVERIFY2(findings.at(1).sentence.contains(u"refuse"_s) && findings.at(1).sentence.contains(u"203.0.113.5"_s)
                     && findings.at(1).sentence.contains(u"(fail)"_s),
                 qPrintable(dump(findings)));

        // SPF passes: the policy alone, nothing explained by it.
        findings = run(check, contextFor(u"198.51.100.7"_s));
        QCOMPARE(findings.size(), 1);

        // A subdomain without its own record falls under the organizational domain's sp=.
        CheckContext sub = contextFor(u"203.0.113.5"_s);
        sub.senderDomain = u"sub.sender.test"_s;
        findings = run(check, sub);
        QVERIFY2(findings.size() == 2 && findings.at(0).sentence.contains(u"p=quarantine"_s),
                 qPrintable(dump(findings)));
        QVERIFY(findings.at(1).sentence.contains(u"quarantine"_s));

        // p=none with softfail: information only.
        CheckContext lax = contextFor(u"192.0.2.99"_s);
        lax.senderDomain = u"lax.test"_s;
        findings = run(check, lax);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).severity, CheckSeverity::Information);

        CheckContext bare = contextFor(u"203.0.113.5"_s);
        bare.senderDomain = u"bare.test"_s;
        findings = run(check, bare);
        QCOMPARE(findings.size(), 1);
        QVERIFY(findings.at(0).sentence.contains(u"publishes no DMARC policy"_s));
    }

    void tlsRpt()
    {
        TlsRptCheck check;
        CheckFindings findings = run(check, contextFor(u"203.0.113.5"_s));
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).severity, CheckSeverity::Passed);
        QVERIFY(findings.at(0).sentence.contains(u"mailto:tls@rcpt.test"_s));
        CheckContext bad = contextFor(u"203.0.113.5"_s);
        bad.recipientDomains = {u"bad.test"_s};
        findings = run(check, bad);
        QCOMPARE(findings.at(0).severity, CheckSeverity::Warning);
        bad.recipientDomains = {u"bare.test"_s};
        findings = run(check, bad);
        QCOMPARE(findings.at(0).severity, CheckSeverity::Information);
        QVERIFY(findings.at(0).sentence.contains(u"no TLS-RPT record"_s));
    }
};

QTEST_GUILESS_MAIN(TestDnsChecks)
#include "tst_dnschecks.moc"
