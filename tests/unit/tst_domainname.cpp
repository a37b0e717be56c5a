#include "base/domainname.h"

#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

class TestDomainName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void domainPart_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("domain");
        QTest::newRow("domain") << u"example.test"_s << u"example.test"_s;
        QTest::newRow("trailing dot") << u"example.test."_s << u"example.test"_s;
        QTest::newRow("address") << u"user@bücher.example"_s << u"bücher.example"_s;
        QTest::newRow("blanks") << u"  user@example.test  "_s << u"example.test"_s;
        QTest::newRow("angle brackets") << u"<user@example.test>"_s << u"example.test"_s;
        QTest::newRow("display name") << u"Jane Doe <jane@example.test.>"_s << u"example.test"_s;
        QTest::newRow("quoted local part with @") << u"\"a@b\"@example.test"_s << u"example.test"_s;
        QTest::newRow("no domain") << u"user@"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void domainPart()
    {
        QFETCH(QString, input);
        QFETCH(QString, domain);
        QCOMPARE(DomainName::domainPart(input), domain);
    }

    void idnForms()
    {
        QCOMPARE(DomainName::toAce(u"bücher.example"_s), u"xn--bcher-kva.example"_s);
        QCOMPARE(DomainName::toAce(u"BÜCHER.Example."_s), u"xn--bcher-kva.example"_s);
        QCOMPARE(DomainName::toAce(u"Example.TEST"_s), u"example.test"_s);
        QCOMPARE(DomainName::toUnicode(u"xn--bcher-kva.example"_s), u"bücher.example"_s);
        QCOMPARE(DomainName::display(u"bücher.example"_s), u"bücher.example (xn--bcher-kva.example)"_s);
        QCOMPARE(DomainName::display(u"xn--bcher-kva.example"_s), u"bücher.example (xn--bcher-kva.example)"_s);
        QCOMPARE(DomainName::display(u"example.test"_s), u"example.test"_s);
    }

    void ipLiteral_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("literal");
        QTest::addColumn<QString>("address");
        QTest::newRow("IPv4") << u"127.0.0.7"_s << true << u"127.0.0.7"_s;
        QTest::newRow("IPv4, trailing dot") << u"127.0.0.7."_s << true << u"127.0.0.7"_s;
        QTest::newRow("bracketed") << u"[127.0.0.7]"_s << true << u"127.0.0.7"_s;
        QTest::newRow("IPv6 tag") << u"[IPv6:::1]"_s << true << u"::1"_s;
        QTest::newRow("IPv6") << u"::1"_s << true << u"::1"_s;
        QTest::newRow("host name") << u"mx.example.test"_s << false << QString();
        QTest::newRow("short IPv4 form") << u"127.1"_s << false << QString();
        QTest::newRow("number") << u"2130706433"_s << false << QString();
    }
    void ipLiteral()
    {
        QFETCH(QString, name);
        QFETCH(bool, literal);
        QFETCH(QString, address);
        QHostAddress parsed;
        QCOMPARE(DomainName::isIpLiteral(name, &parsed), literal);
        QCOMPARE(parsed.toString(), address);
    }

    void problem_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("problem"); // empty: valid
        QTest::newRow("valid") << u"example.test"_s << QString();
        QTest::newRow("IDN") << u"bücher.example"_s << QString();
        QTest::newRow("single label") << u"localhost"_s << QString();
        QTest::newRow("empty") << QString() << u"Type a domain"_s;
        QTest::newRow("IP address") << u"127.0.0.1"_s << u"is an IP address"_s;
        QTest::newRow("blank") << u"exa mple.test"_s << u"exa mple.test"_s;
        QTest::newRow("empty label") << u"a..test"_s << u"empty part"_s;
        QTest::newRow("long label") << QString(64, u'a') + u".test"_s << u"longer than 63"_s;
        QTest::newRow("bad character") << u"ex!ample.test"_s << u"ex!ample.test"_s;
    }
    void problem()
    {
        QFETCH(QString, domain);
        QFETCH(QString, problem);
        const QString actual = DomainName::problem(domain);
        if (problem.isEmpty())
            QVERIFY2(actual.isEmpty(), qPrintable(actual));
        else
            QVERIFY2(actual.contains(problem), qPrintable(actual));
    }

    void reverseName()
    {
        QCOMPARE(DomainName::reverseName(QHostAddress(u"127.0.0.2"_s)), u"2.0.0.127.in-addr.arpa"_s);
        QCOMPARE(DomainName::reverseName(QHostAddress(u"::ffff:192.0.2.10"_s)), u"10.2.0.192.in-addr.arpa"_s);
        QCOMPARE(DomainName::reverseName(QHostAddress(u"2001:db8::1"_s)),
                 u"1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.ip6.arpa"_s);
        QVERIFY(DomainName::reverseName(QHostAddress()).isEmpty());
    }

    void sameName()
    {
        QVERIFY(DomainName::sameName(u"MX.Example.Test."_s, u"mx.example.test"_s));
        QVERIFY(DomainName::sameName(u"mx.bücher.example"_s, u"mx.xn--bcher-kva.example"_s));
        QVERIFY(!DomainName::sameName(u"mx1.example.test"_s, u"mx2.example.test"_s));
    }
};

QTEST_GUILESS_MAIN(TestDomainName)
#include "tst_domainname.moc"
