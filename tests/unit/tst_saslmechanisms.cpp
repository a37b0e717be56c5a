// SCRAM-SHA-1/-256 against the RFC 5802 and RFC 7677 examples, XOAUTH2 and OAUTHBEARER initial responses
// and error replies (RFC 7628), LOGIN with an initial response, and which mechanism auto picks.
#include "smtp/authenticator.h"
#include "smtp/oauthsasl.h"
#include "smtp/scramclient.h"

#include <QTest>

using namespace mailflow;

namespace {
QByteArray b64(const QByteArray &text)
{
    return text.toBase64();
}
} // namespace

class TstSaslMechanisms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scramVectors_data()
    {
        QTest::addColumn<AuthMechanism>("mechanism");
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<QByteArray>("serverFirst");
        QTest::addColumn<QByteArray>("clientFinal");
        QTest::addColumn<QByteArray>("serverFinal");
        // RFC 5802 section 5.
        QTest::newRow("rfc5802-sha1") << AuthMechanism::ScramSha1 << QByteArray("fyko+d2lbbFgONRv9qkxdawL")
                                      << QByteArray("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,"
                                                    "i=4096")
                                      << QByteArray("c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,"
                                                    "p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=")
                                      << QByteArray("v=rmF9pqV8S7suAoZWja4dJRkFsKQ=");
        // RFC 7677 section 3.
        QTest::newRow("rfc7677-sha256")
            << AuthMechanism::ScramSha256 << QByteArray("rOprNGfwEbeRWgbNEkqO")
            << QByteArray("r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096")
            << QByteArray("c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,"
                          "p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=")
            << QByteArray("v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4=");
    }
    void scramVectors()
    {
        QFETCH(AuthMechanism, mechanism);
        QFETCH(QByteArray, nonce);
        QFETCH(QByteArray, serverFirst);
        QFETCH(QByteArray, clientFinal);
        QFETCH(QByteArray, serverFinal);
        Authenticator a(mechanism, QStringLiteral("user"), QStringLiteral("pencil"));
        a.setScramNonce(nonce);
        const Authenticator::Step start = a.start();
        QCOMPARE(start.wire,
                 "AUTH " + Authenticator::mechanismName(mechanism).toLatin1() + ' ' + b64("n,,n=user,r=" + nonce));
        Authenticator::Step step;
        QString decoded;
        QVERIFY(a.respond(b64(serverFirst), &step, &decoded));
        QCOMPARE(decoded, QString::fromLatin1(serverFirst));
        QCOMPARE(QByteArray::fromBase64(step.wire), clientFinal);
        QCOMPARE(step.shown, Authenticator::mask());
        // The server proves it knows the password too; the answer to its 334 is an empty line.
        QVERIFY(a.respond(b64(serverFinal), &step, &decoded));
        QCOMPARE(step.wire, QByteArray());
        QVERIFY(a.problem().isEmpty());
    }

    void scramWrongServerSignature()
    {
        Authenticator a(AuthMechanism::ScramSha1, QStringLiteral("user"), QStringLiteral("pencil"));
        a.setScramNonce("fyko+d2lbbFgONRv9qkxdawL");
        a.start();
        Authenticator::Step step;
        QString decoded;
        QVERIFY(
            a.respond(b64("r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096"), &step, &decoded));
        QVERIFY(!a.respond(b64("v=AAAAAAAAAAAAAAAAAAAAAAAAAAA="), &step, &decoded));
        QCOMPARE(step.wire, QByteArray("*"));
        QVERIFY2(a.problem().contains(QStringLiteral("signature is wrong")), qPrintable(a.problem()));
    }

    void scramForeignNonce()
    {
        ScramClient scram(QCryptographicHash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"), "abc");
        QByteArray final;
        QVERIFY(!scram.clientFinal("r=xyz123,s=QSXCR+Q6sek8bf92,i=4096", &final));
        QVERIFY(scram.problem().contains(QStringLiteral("nonce")));
        QVERIFY(!scram.clientFinal("r=abc123,s=,i=4096", &final));
        QVERIFY(scram.problem().contains(QStringLiteral("salt")));
        QCOMPARE(ScramClient::saslName(QStringLiteral("a=b,c")), QByteArray("a=3Db=2Cc"));
        // A random nonce when none is given, different each time.
        ScramClient r1(QCryptographicHash::Sha256, QStringLiteral("u"), QStringLiteral("p"));
        ScramClient r2(QCryptographicHash::Sha256, QStringLiteral("u"), QStringLiteral("p"));
        QVERIFY(r1.clientFirst().startsWith("n,,n=u,r="));
        QVERIFY(r1.clientFirst() != r2.clientFirst());
    }

    void oauthInitialResponses()
    {
        const QByteArray token("ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg");
        Authenticator x(AuthMechanism::XOAuth2, QStringLiteral("someuser@example.com"), QString::fromLatin1(token));
        Authenticator::Step start = x.start();
        // Google's documented example.
        QCOMPARE(QByteArray::fromBase64(start.wire.mid(13)),
                 QByteArray("user=someuser@example.com\x01"
                            "auth=Bearer ya29.vF9dft4qmTc2Nvb3RlckBhdHRhdmlzdGEuY29tCg\x01\x01"));
        QVERIFY(start.wire.startsWith("AUTH XOAUTH2 "));
        QCOMPARE(start.shown, QStringLiteral("AUTH XOAUTH2 <credentials hidden>"));

        Authenticator b(AuthMechanism::OAuthBearer, QStringLiteral("user@example.com"), QStringLiteral("vF9dft4qmTc2"));
        start = b.start();
        // RFC 7628 section 4.1, without the optional host and port.
        QCOMPARE(QByteArray::fromBase64(start.wire.mid(17)),
                 QByteArray("n,a=user@example.com,\x01"
                            "auth=Bearer vF9dft4qmTc2\x01\x01"));
        QCOMPARE(start.shown, QStringLiteral("AUTH OAUTHBEARER <credentials hidden>"));
        QVERIFY(!start.shown.contains(QStringLiteral("vF9dft4qmTc2")));
    }

    void oauthErrorReply_data()
    {
        QTest::addColumn<AuthMechanism>("mechanism");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("meaningPart");
        const QByteArray expired("{\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":\"https://mail.google.com/\"}");
        QTest::newRow("xoauth2-401") << AuthMechanism::XOAuth2 << expired << QByteArray()
                                     << QStringLiteral("has expired");
        QTest::newRow("oauthbearer-401") << AuthMechanism::OAuthBearer << expired << QByteArray("AQ==")
                                         << QStringLiteral("has expired");
        QTest::newRow("scope") << AuthMechanism::OAuthBearer
                               << QByteArray("{\"status\":\"insufficient_scope\",\"scope\":\"SMTP.Send\"}")
                               << QByteArray("AQ==") << QStringLiteral("insufficient scope");
        QTest::newRow("number") << AuthMechanism::XOAuth2 << QByteArray("{\"status\":400}") << QByteArray()
                                << QStringLiteral("status 400");
    }
    void oauthErrorReply()
    {
        QFETCH(AuthMechanism, mechanism);
        QFETCH(QByteArray, json);
        QFETCH(QByteArray, answer);
        QFETCH(QString, meaningPart);
        Authenticator a(mechanism, QStringLiteral("u@example.com"), QStringLiteral("tok"));
        a.start();
        Authenticator::Step step;
        QString decoded;
        QVERIFY(a.respond(b64(json), &step, &decoded));
        QCOMPARE(decoded, QString::fromLatin1(json));
        QCOMPARE(step.wire, answer);
        QVERIFY2(a.refusal().meaning.contains(meaningPart), qPrintable(a.refusal().meaning));
        QVERIFY(!a.refusal().nextStep.isEmpty());
        // A second challenge is not in the protocol: cancel.
        QVERIFY(!a.respond(b64(json), &step, &decoded));
        QCOMPARE(step.wire, QByteArray("*"));
    }

    void oauthNotJson()
    {
        QVERIFY(!OAuthSasl::parseError("not json"));
        QVERIFY(!OAuthSasl::parseError("[1,2]"));
        QVERIFY(!OAuthSasl::parseError("{\"schemes\":\"bearer\"}"));
        const auto e = OAuthSasl::parseError("{\"status\":\"401\",\"schemes\":\"bearer\",\"scope\":\"a b\"}");
        QVERIFY(e);
        QCOMPARE(e->scope, QStringLiteral("a b"));
        QVERIFY(e->diagnosis().meaning.contains(QStringLiteral("\"a b\"")));
    }

    void loginInitialResponse()
    {
        Authenticator a(AuthMechanism::Login, QStringLiteral("user"), QStringLiteral("tanstaaf"));
        a.setLoginInitialResponse(true);
        const Authenticator::Step start = a.start();
        QCOMPARE(start.wire, QByteArray("AUTH LOGIN dXNlcg=="));
        QCOMPARE(start.shown, QStringLiteral("AUTH LOGIN ********"));
        Authenticator::Step step;
        QString decoded;
        QVERIFY(a.respond("UGFzc3dvcmQ6", &step, &decoded));
        QCOMPARE(step.wire, QByteArray("tanstaaf").toBase64());
        QVERIFY(!a.respond("UGFzc3dvcmQ6", &step, &decoded));
        QCOMPARE(step.wire, QByteArray("*"));
    }

    void chooseStrongest_data()
    {
        QTest::addColumn<QStringList>("offered");
        QTest::addColumn<bool>("encrypted");
        QTest::addColumn<bool>("token");
        QTest::addColumn<AuthMechanism>("expected");
        const QStringList dovecot {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("SCRAM-SHA-1"),
                                   QStringLiteral("SCRAM-SHA-256")};
        const QStringList office {QStringLiteral("LOGIN"), QStringLiteral("XOAUTH2")};
        const QStringList both {QStringLiteral("XOAUTH2"), QStringLiteral("OAUTHBEARER"), QStringLiteral("PLAIN")};
        QTest::newRow("scram-256-first") << dovecot << true << false << AuthMechanism::ScramSha256;
        QTest::newRow("scram-in-clear") << dovecot << false << false << AuthMechanism::ScramSha256;
        QTest::newRow("scram-1") << QStringList {QStringLiteral("SCRAM-SHA-1"), QStringLiteral("PLAIN")} << true
                                 << false << AuthMechanism::ScramSha1;
        QTest::newRow("token-xoauth2") << office << true << true << AuthMechanism::XOAuth2;
        QTest::newRow("token-bearer-first") << both << true << true << AuthMechanism::OAuthBearer;
        QTest::newRow("token-no-oauth") << dovecot << true << true << AuthMechanism::None;
        QTest::newRow("password-no-xoauth2")
            << QStringList {QStringLiteral("XOAUTH2")} << true << false << AuthMechanism::None;
    }
    void chooseStrongest()
    {
        QFETCH(QStringList, offered);
        QFETCH(bool, encrypted);
        QFETCH(bool, token);
        QFETCH(AuthMechanism, expected);
        QCOMPARE(Authenticator::choose(AuthMechanism::Auto, offered, encrypted, token), expected);
    }

    void keys()
    {
        for (const auto &[key, mechanism] :
             {std::pair {"xoauth2", AuthMechanism::XOAuth2}, std::pair {"oauthbearer", AuthMechanism::OAuthBearer},
              std::pair {"scram-sha-1", AuthMechanism::ScramSha1},
              std::pair {"scram-sha-256", AuthMechanism::ScramSha256}}) {
            AuthMechanism parsed = AuthMechanism::None;
            QVERIFY(parseAuthMechanism(QString::fromLatin1(key), &parsed));
            QCOMPARE(parsed, mechanism);
        }
        QVERIFY(isTokenMechanism(AuthMechanism::XOAuth2));
        QVERIFY(!isTokenMechanism(AuthMechanism::ScramSha256));
    }
};

QTEST_GUILESS_MAIN(TstSaslMechanisms)
#include "tst_saslmechanisms.moc"
