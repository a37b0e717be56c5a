#include "base/addressvalidation.h"

#include <QTest>

using namespace mailflow;

class TestAddressValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mailbox_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowNull");
        QTest::addColumn<QString>("reason"); // empty: valid; else a part of the reason

        const QString local64(64, u'a');
        const QString label(50, u'b');
        // 64 + 1 + 4 × 51 − 1 + ".test" … built to exactly 254 and 255 characters.
        const QString domain = QStringList {label, label, label}.join(u'.') + u'.';
        const QString base = local64 + u'@' + domain; // 64 + 1 + 153 = 218
        const QString total254 = base + QString(254 - base.size() - 5, u'c') + QStringLiteral(".test");
        const QString total255 = base + QString(255 - base.size() - 5, u'c') + QStringLiteral(".test");

        QTest::newRow("plain") << QStringLiteral("user@example.com") << false << QString();
        QTest::newRow("plus and dots") << QStringLiteral("first.last+tag@mail.example.com") << false << QString();
        QTest::newRow("empty") << QString() << false << QStringLiteral("full address");
        QTest::newRow("empty, null sender allowed") << QString() << true << QString();
        QTest::newRow("missing @") << QStringLiteral("user.example.com") << false << QStringLiteral("no @");
        QTest::newRow("nothing before @")
            << QStringLiteral("@example.com") << false << QStringLiteral("nothing before");
        QTest::newRow("nothing after @") << QStringLiteral("user@") << false << QStringLiteral("no domain");
        QTest::newRow("CR LF") << QStringLiteral("user@example.com\r\nRCPT TO:<x@evil.test>") << false
                               << QStringLiteral("line break");
        QTest::newRow("LF only") << QStringLiteral("us\ner@example.com") << false << QStringLiteral("line break");
        QTest::newRow("CR only") << QStringLiteral("user@example.com\r") << false << QStringLiteral("line break");
        QTest::newRow("NUL") << QStringLiteral("user@exa") + QChar(0) + QStringLiteral("mple.com") << false
                             << QStringLiteral("control character");
        QTest::newRow("escape") << QStringLiteral("user\x1b[2J@example.com") << false
                                << QStringLiteral("control character");
        QTest::newRow("DEL") << QStringLiteral("user\x7f@example.com") << false << QStringLiteral("control character");
        QTest::newRow("tab") << QStringLiteral("us\ter@example.com") << false << QStringLiteral("control character");
        QTest::newRow("C1 control") << QStringLiteral("user") + QChar(0x85) + QStringLiteral("@example.com") << false
                                    << QStringLiteral("control character");
        QTest::newRow("line separator") << QStringLiteral("user") + QChar(0x2028) + QStringLiteral("@example.com")
                                        << false << QStringLiteral("line break");
        QTest::newRow("right-to-left override")
            << QStringLiteral("user") + QChar(0x202e) + QStringLiteral("@example.com") << false
            << QStringLiteral("control character");
        QTest::newRow("local part 64") << local64 + QStringLiteral("@example.com") << false << QString();
        QTest::newRow("local part 65") << local64 + QStringLiteral("a@example.com") << false << QStringLiteral("64");
        QTest::newRow("local part 65 bytes in UTF-8")
            << QString(63, u'a') + QStringLiteral("é@example.com") << false << QStringLiteral("64");
        QTest::newRow("total 254") << total254 << false << QString();
        QTest::newRow("total 255") << total255 << false << QStringLiteral("254");
        QTest::newRow("huge") << QString(100'000, u'x') + QStringLiteral("@example.com") << false
                              << QStringLiteral("254");
        QTest::newRow("space in local part")
            << QStringLiteral("john doe@example.com") << false << QStringLiteral("space");
        QTest::newRow("space in domain") << QStringLiteral("john@exam ple.com") << false << QStringLiteral("space");
        QTest::newRow("leading space") << QStringLiteral(" john@example.com") << false << QStringLiteral("space");
        QTest::newRow("quoted local part") << QStringLiteral("\"john doe\"@example.com") << false << QString();
        QTest::newRow("quoted local part with @") << QStringLiteral("\"a@b\"@example.com") << false << QString();
        QTest::newRow("angle brackets") << QStringLiteral("<user@example.com>") << false
                                        << QStringLiteral("angle brackets");
        QTest::newRow("IPv4 literal") << QStringLiteral("postmaster@[127.0.0.1]") << false << QString();
        QTest::newRow("IPv6 literal") << QStringLiteral("postmaster@[IPv6:::1]") << false << QString();
        QTest::newRow("IPv6 literal, lower case tag")
            << QStringLiteral("postmaster@[ipv6:2001:db8::1]") << false << QString();
        QTest::newRow("bad IPv4 literal")
            << QStringLiteral("postmaster@[300.1.1.1]") << false << QStringLiteral("not an IP address");
        QTest::newRow("name in brackets")
            << QStringLiteral("postmaster@[example.com]") << false << QStringLiteral("not an IP address");
        QTest::newRow("IDN domain") << QStringLiteral("user@bücher.example") << false << QString();
        QTest::newRow("IDN domain, CJK") << QStringLiteral("user@例え.テスト") << false << QString();
        QTest::newRow("two dots") << QStringLiteral("user@example..com") << false << QStringLiteral("empty label");
        QTest::newRow("leading dot") << QStringLiteral("user@.example.com") << false << QStringLiteral("empty label");
        QTest::newRow("trailing dot") << QStringLiteral("user@example.com.") << false << QStringLiteral("empty label");
    }
    void mailbox()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowNull);
        QFETCH(QString, reason);
        const QString why = validateMailbox(address, allowNull);
        if (reason.isEmpty()) {
            QVERIFY2(why.isEmpty(), qPrintable(why));
        } else {
            QVERIFY2(why.contains(reason), qPrintable(why));
            QVERIFY(!why.contains(u'\n'));
        }
    }

    void serverHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("reason");
        QTest::newRow("name") << QStringLiteral("mail.example.com") << QString();
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1") << QString();
        QTest::newRow("IPv6") << QStringLiteral("::1") << QString();
        QTest::newRow("IDN") << QStringLiteral("mx.bücher.example") << QString();
        QTest::newRow("empty") << QString() << QStringLiteral("Enter a server");
        QTest::newRow("space") << QStringLiteral("mail example.com") << QStringLiteral("space");
        QTest::newRow("line break") << QStringLiteral("mail.example.com\r\n") << QStringLiteral("line break");
        QTest::newRow("too long") << QString(254, u'a') << QStringLiteral("253");
    }
    void serverHost()
    {
        QFETCH(QString, host);
        QFETCH(QString, reason);
        const QString why = validateServerHost(host);
        if (reason.isEmpty())
            QVERIFY2(why.isEmpty(), qPrintable(why));
        else
            QVERIFY2(why.contains(reason), qPrintable(why));
    }

    void singleLine_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        QTest::newRow("text") << QStringLiteral("A subject with ünïcode") << QString();
        QTest::newRow("tab") << QStringLiteral("a\tb") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("998") << QString(998, u'x') << QString();
        QTest::newRow("999") << QString(999, u'x') << QStringLiteral("998");
        QTest::newRow("CR LF") << QStringLiteral("a\r\nBcc: x@evil.test") << QStringLiteral("line break");
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) << QStringLiteral("control character");
        QTest::newRow("paragraph separator")
            << QStringLiteral("a") + QChar(0x2029) + QStringLiteral("Bcc: x") << QStringLiteral("line break");
        QTest::newRow("bidi isolate") << QStringLiteral("a") + QChar(0x2067) << QStringLiteral("control character");
    }
    void singleLine()
    {
        QFETCH(QString, value);
        QFETCH(QString, reason);
        const QString why = validateSingleLine(value, QStringLiteral("The subject"));
        if (reason.isEmpty()) {
            QVERIFY2(why.isEmpty(), qPrintable(why));
        } else {
            QVERIFY2(why.contains(reason), qPrintable(why));
            QVERIFY2(why.startsWith(QStringLiteral("The subject")), qPrintable(why));
        }
    }

    void headerName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("X-Test") << QStringLiteral("X-Test") << true;
        QTest::newRow("Reply-To") << QStringLiteral("Reply-To") << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("space") << QStringLiteral("X Test") << false;
        QTest::newRow("colon") << QStringLiteral("X:Test") << false;
        QTest::newRow("non-ASCII") << QStringLiteral("Überschrift") << false;
        QTest::newRow("CR") << QStringLiteral("X-Test\r") << false;
    }
    void headerName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        const QString why = validateHeaderName(name);
        QCOMPARE(why.isEmpty(), valid);
        if (!valid)
            QVERIFY2(!why.contains(u'\r') && !why.contains(u'\n'), qPrintable(why));
    }

    void internationalAddresses_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("needsSmtpUtf8");
        QTest::addColumn<QString>("asciiForm"); // empty: none exists
        QTest::newRow("ascii") << QStringLiteral("user@example.com") << false << QStringLiteral("user@example.com");
        QTest::newRow("utf-8 domain") << QStringLiteral("user@bücher.example") << true
                                      << QStringLiteral("user@xn--bcher-kva.example");
        QTest::newRow("utf-8 local part") << QStringLiteral("jürgen@example.com") << true << QString();
        QTest::newRow("both") << QStringLiteral("用户@例子.广告") << true << QString();
        QTest::newRow("literal") << QStringLiteral("user@[127.0.0.1]") << false << QStringLiteral("user@[127.0.0.1]");
    }
    void internationalAddresses()
    {
        QFETCH(QString, address);
        QFETCH(bool, needsSmtpUtf8);
        QFETCH(QString, asciiForm);
        // RFC 6531: a UTF-8 local part or domain is a valid address; the server decides whether it takes it.
        QVERIFY2(validateMailbox(address).isEmpty(), qPrintable(validateMailbox(address)));
        QCOMPARE(mailflow::needsSmtpUtf8(address), needsSmtpUtf8);
        QCOMPARE(asciiDomainAddress(address), asciiForm);
    }
};

QTEST_GUILESS_MAIN(TestAddressValidation)
#include "tst_addressvalidation.moc"
