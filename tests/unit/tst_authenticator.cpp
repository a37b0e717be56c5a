#include "smtp/authenticator.h"

#include <QTest>

using namespace mailflow;

class TstAuthenticator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<AuthMechanism>("wanted");
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<AuthMechanism>("expected");
        const QStringList all {QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5"), QStringLiteral("PLAIN")};
        QTest::newRow("tls-prefers-plain") << AuthMechanism::Auto << all << true << AuthMechanism::Plain;
        QTest::newRow("clear-prefers-cram") << AuthMechanism::Auto << all << false << AuthMechanism::CramMd5;
        QTest::newRow("only-login") << AuthMechanism::Auto << QStringList {QStringLiteral("login")} << true
                                    << AuthMechanism::Login;
        QTest::newRow("unknown-only") << AuthMechanism::Auto << QStringList {QStringLiteral("XOAUTH2")} << true
                                      << AuthMechanism::None;
        QTest::newRow("none-offered") << AuthMechanism::Auto << QStringList {} << true << AuthMechanism::None;
        QTest::newRow("forced") << AuthMechanism::Login << QStringList {QStringLiteral("PLAIN")} << true
                                << AuthMechanism::Login;
    }
    void choose()
    {
        QFETCH(AuthMechanism, wanted);
        QFETCH(QStringList, offered);
        QFETCH(bool, encrypted);
        QFETCH(AuthMechanism, expected);
        QCOMPARE(Authenticator::choose(wanted, offered, encrypted), expected);
    }

    void plain()
    {
        Authenticator a(AuthMechanism::Plain, QStringLiteral("tim"), QStringLiteral("tanstaaf"));
        const Authenticator::Step start = a.start();
        QCOMPARE(start.wire, QByteArray("AUTH PLAIN ") + QByteArray("\0tim\0tanstaaf", 13).toBase64());
        QCOMPARE(start.shown, QStringLiteral("AUTH PLAIN <credentials hidden>"));
        // A server that ignores the initial response asks with an empty challenge.
        Authenticator::Step step;
        QString decoded;
        QVERIFY(a.respond("", &step, &decoded));
        QCOMPARE(step.wire, QByteArray("\0tim\0tanstaaf", 13).toBase64());
        QCOMPARE(step.shown, Authenticator::mask());
        QVERIFY(!a.respond("", &step, &decoded));
        QCOMPARE(step.wire, QByteArray("*"));
    }

    void login()
    {
        Authenticator a(AuthMechanism::Login, QStringLiteral("tim"), QStringLiteral("tanstaaf"));
        QCOMPARE(a.start().wire, QByteArray("AUTH LOGIN"));
        Authenticator::Step step;
        QString decoded;
        QVERIFY(a.respond("VXNlcm5hbWU6", &step, &decoded));
        QCOMPARE(decoded, QStringLiteral("Username:"));
        QCOMPARE(step.wire, QByteArray("tim").toBase64());
        QCOMPARE(step.shown, QStringLiteral("********"));
        QVERIFY(a.respond("UGFzc3dvcmQ6", &step, &decoded));
        QCOMPARE(decoded, QStringLiteral("Password:"));
        QCOMPARE(step.wire, QByteArray("tanstaaf").toBase64());
        QCOMPARE(step.shown, QStringLiteral("********"));
        QVERIFY(!a.respond("VXNlcm5hbWU6", &step, &decoded));
        QCOMPARE(step.wire, QByteArray("*"));
    }

    void cramMd5Rfc2195Example()
    {
        // RFC 2195 section 2.
        Authenticator a(AuthMechanism::CramMd5, QStringLiteral("tim"), QStringLiteral("tanstaaftanstaaf"));
        QCOMPARE(a.start().wire, QByteArray("AUTH CRAM-MD5"));
        Authenticator::Step step;
        QString decoded;
        QVERIFY(a.respond("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+", &step, &decoded));
        QCOMPARE(decoded, QStringLiteral("<1896.697170952@postoffice.reston.mci.net>"));
        QCOMPARE(step.wire, QByteArray("dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw"));
        QCOMPARE(step.shown, Authenticator::mask());
    }

    void badBase64Cancels()
    {
        Authenticator a(AuthMechanism::Login, QStringLiteral("tim"), QStringLiteral("x"));
        a.start();
        Authenticator::Step step;
        QString decoded;
        QVERIFY(!a.respond("not base64 !!", &step, &decoded));
        QCOMPARE(step.wire, QByteArray("*"));
    }

    void hostileChallengeIsEscaped_data()
    {
        QTest::addColumn<QByteArray>("challenge");
        QTest::addColumn<QString>("shown");
        // An ANSI "clear screen" and a forged transcript line inside a base64 challenge.
        QTest::newRow("escape and newline")
            << QByteArray("\x1b[2J\r\nS: 235 forged").toBase64() << QStringLiteral("\\x1b[2J\\x0d\\x0aS: 235 forged");
        QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8"
                                                      "b")
                                               .toBase64()
                                        << QStringLiteral("a\\u2028b");
        QTest::newRow("not utf-8") << QByteArray("a\xff\x00", 3).toBase64() << QStringLiteral("a\\xff\\x00");
        QTest::newRow("not base64") << QByteArray("!!\x1b[31m") << QStringLiteral("!!\\x1b[31m");
    }
    void hostileChallengeIsEscaped()
    {
        QFETCH(QByteArray, challenge);
        QFETCH(QString, shown);
        Authenticator a(AuthMechanism::Login, QStringLiteral("tim"), QStringLiteral("x"));
        a.start();
        Authenticator::Step step;
        QString decoded;
        a.respond(challenge, &step, &decoded);
        QCOMPARE(decoded, shown);
    }
};

QTEST_GUILESS_MAIN(TstAuthenticator)
#include "tst_authenticator.moc"
