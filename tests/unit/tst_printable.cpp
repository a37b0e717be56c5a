#include "base/printable.h"

#include <QTest>

using namespace mailflow;

class TstPrintable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printableText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QByteArray("250 OK") << QStringLiteral("250 OK");
        QTest::newRow("tab kept") << QByteArray("a\tb") << QStringLiteral("a\tb");
        QTest::newRow("escape") << QByteArray("\x1b[2J") << QStringLiteral("\\x1b[2J");
        QTest::newRow("CR LF") << QByteArray("a\r\nS: 250") << QStringLiteral("a\\x0d\\x0aS: 250");
        QTest::newRow("NUL") << QByteArray("a\0b", 3) << QStringLiteral("a\\x00b");
        QTest::newRow("DEL") << QByteArray("a\x7f") << QStringLiteral("a\\x7f");
        QTest::newRow("C1 NEL") << QByteArray("a\xc2\x85"
                                              "b")
                                << QStringLiteral("a\\x85b");
        QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8"
                                                      "b")
                                        << QStringLiteral("a\\u2028b");
        QTest::newRow("paragraph separator") << QByteArray("a\xe2\x80\xa9"
                                                           "b")
                                             << QStringLiteral("a\\u2029b");
        QTest::newRow("right-to-left override") << QByteArray("a\xe2\x80\xae"
                                                              "b")
                                                << QStringLiteral("a\\u202eb");
        QTest::newRow("isolate") << QByteArray("a\xe2\x81\xa6"
                                               "b")
                                 << QStringLiteral("a\\u2066b");
        QTest::newRow("umlaut kept") << QByteArray("Gr\xc3\xbc\xc3\x9f") << QStringLiteral("Grüß");
        QTest::newRow("emoji kept") << QByteArray("\xf0\x9f\x93\xa7") << QString::fromUtf8("\xf0\x9f\x93\xa7");
        QTest::newRow("invalid byte") << QByteArray("a\xff"
                                                    "b")
                                      << QStringLiteral("a\\xffb");
        QTest::newRow("overlong NUL") << QByteArray("\xc0\x80") << QStringLiteral("\\xc0\\x80");
        QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << QStringLiteral("\\xed\\xa0\\x80");
        QTest::newRow("truncated at end") << QByteArray("a\xe2\x82") << QStringLiteral("a\\xe2\\x82");
        QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << QStringLiteral("\\xf4\\x90\\x80\\x80");
        QTest::newRow("lone continuation") << QByteArray("\x80"
                                                         "a")
                                           << QStringLiteral("\\x80a");
    }
    void printableText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, shown);
        QCOMPARE(mailflow::printableText(bytes), shown);
        QVERIFY(!hasControlCharacters(shown));
    }

    void printableStringEscapesDecodedText()
    {
        const QString hostile = QStringLiteral("ok\u2028S: 250 forged\u202e\x1b[0m\r\n");
        QVERIFY(hasControlCharacters(hostile));
        const QString shown = printableString(hostile);
        QCOMPARE(shown, QStringLiteral("ok\\u2028S: 250 forged\\u202e\\x1b[0m\\x0d\\x0a"));
        QVERIFY(!hasControlCharacters(shown));
        QCOMPARE(printableString(QStringLiteral("Grüß\tdich")), QStringLiteral("Grüß\tdich"));
    }

    /** What hasControlCharacters() counts is exactly what printableText() escapes. */
    void detectionMatchesEscaping()
    {
        for (char32_t u = 0; u < 0x3000; ++u) {
            if (u >= 0xd800 && u <= 0xdfff)
                continue;
            const QString one = QString::fromUcs4(&u, 1);
            const bool escaped = mailflow::printableText(one.toUtf8()) != one;
            QVERIFY2(escaped == hasControlCharacters(one), qPrintable(QString::number(uint(u), 16)));
        }
    }
};

QTEST_GUILESS_MAIN(TstPrintable)
#include "tst_printable.moc"
