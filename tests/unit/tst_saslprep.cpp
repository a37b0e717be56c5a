#include "smtp/saslprep.h"
#include "smtp/scramclient.h"

#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

class TestSaslPrep : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc4013Examples_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("prepared"); // empty: refused
        // RFC 4013 section 3.
        QTest::newRow("soft hyphen mapped to nothing") << u"I\u00ADX"_s << u"IX"_s;
        QTest::newRow("no transformation") << u"user"_s << u"user"_s;
        QTest::newRow("case preserved") << u"USER"_s << u"USER"_s;
        QTest::newRow("output is NFKC") << u"\u00AA"_s << u"a"_s;
        QTest::newRow("output is NFKC, roman numeral") << u"\u2168"_s << u"IX"_s;
        QTest::newRow("prohibited character") << u"\u0007"_s << QString();
        QTest::newRow("bidirectional check") << u"\u0627\u0031"_s << QString();
        // RFC 3454 C.1.2 and the rest of C.
        QTest::newRow("non-ASCII space") << u"a\u00A0b\u3000c"_s << u"a b c"_s;
        QTest::newRow("right-to-left only") << u"\u0627\u0628"_s << u"\u0627\u0628"_s;
        QTest::newRow("private use") << u"pass\uE000"_s << QString();
        QTest::newRow("line separator") << u"pass\u2028word"_s << QString();
        QTest::newRow("non-character") << u"pass\uFFFF"_s << QString();
    }
    void rfc4013Examples()
    {
        QFETCH(QString, input);
        QFETCH(QString, prepared);
        QString why;
        QCOMPARE(SaslPrep::prepare(input, &why), prepared);
        QCOMPARE(why.isEmpty(), !prepared.isEmpty());
        // The reason never quotes what it refused: it may be a password.
        if (!why.isEmpty())
            QVERIFY2(!why.contains(input), qPrintable(why));
    }

    void scramUsesThePreparedPassword()
    {
        // RFC 7677 section 3's exchange: a soft hyphen in the password is mapped away, so the proof is the one
        // for "pencil".
        const QByteArray nonce = "rOprNGfwEbeRWgbNEkqO";
        const QByteArray serverFirst
            = "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096";
        ScramClient plain(QCryptographicHash::Sha256, u"user"_s, u"pencil"_s, nonce);
        ScramClient hyphen(QCryptographicHash::Sha256, u"user"_s, u"pen\u00ADcil"_s, nonce);
        QByteArray expected;
        QByteArray prepared;
        QVERIFY(plain.clientFinal(serverFirst, &expected));
        QVERIFY(hyphen.clientFinal(serverFirst, &prepared));
        QCOMPARE(prepared, expected);
        QCOMPARE(expected,
                 QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                            "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ="));
    }

    void scramStopsOnARefusedPassword()
    {
        ScramClient client(QCryptographicHash::Sha256, u"user"_s, u"pen\u0007cil"_s, "rOprNGfwEbeRWgbNEkqO");
        QCOMPARE(client.clientFirst(), QByteArray("n,,n=user,r=rOprNGfwEbeRWgbNEkqO"));
        QByteArray final;
        QVERIFY(!client.clientFinal(
            "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096", &final));
        QVERIFY2(client.problem().contains(u"SASLprep"_s), qPrintable(client.problem()));
        QVERIFY2(client.problem().contains(u"password"_s), qPrintable(client.problem()));
    }
};

QTEST_GUILESS_MAIN(TestSaslPrep)
#include "tst_saslprep.moc"
