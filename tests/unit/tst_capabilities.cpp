#include "replytext.h"
#include "smtp/capabilities.h"

#include <QTest>

using namespace mailflow;

namespace {

/** The reply the parser makes of these bytes (the way the session gets it). */
SmtpReply parse(const QByteArray &bytes)
{
    return test::parseReply(bytes);
}

} // namespace

class TestCapabilities : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smtpSinkReply()
    {
        // What postfix 3.7's smtp-sink sends: its last line is a bare "250 ".
        const SmtpReply reply = parse("250-smtp-sink\r\n250-PIPELINING\r\n250-8BITMIME\r\n250-AUTH PLAIN LOGIN\r\n"
                                      "250-XCLIENT NAME HELO\r\n250-XFORWARD NAME ADDR PROTO HELO\r\n"
                                      "250-ENHANCEDSTATUSCODES\r\n250-SMTPUTF8\r\n250-DSN\r\n250 \r\n");
        QCOMPARE(reply.code, 250);
        const Capabilities caps = Capabilities::fromEhloReply(reply);
        QVERIFY(caps.esmtp);
        QCOMPARE(caps.serverName, QStringLiteral("smtp-sink"));
        QVERIFY(caps.pipelining);
        QVERIFY(caps.eightBitMime);
        QVERIFY(caps.enhancedStatusCodes);
        QVERIFY(caps.smtpUtf8);
        QVERIFY(caps.dsn);
        QVERIFY(!caps.size);
        QVERIFY(!caps.startTls);
        QVERIFY(!caps.chunking);
        QCOMPARE(caps.authMechanisms, (QStringList {QStringLiteral("PLAIN"), QStringLiteral("LOGIN")}));
        // The bare last line is no extension; the others are kept verbatim, unknown ones too.
        QCOMPARE(
            caps.extensions,
            (QStringList {QStringLiteral("PIPELINING"), QStringLiteral("8BITMIME"), QStringLiteral("AUTH PLAIN LOGIN"),
                          QStringLiteral("XCLIENT NAME HELO"), QStringLiteral("XFORWARD NAME ADDR PROTO HELO"),
                          QStringLiteral("ENHANCEDSTATUSCODES"), QStringLiteral("SMTPUTF8"), QStringLiteral("DSN")}));
        QCOMPARE(caps.summary(), caps.extensions.join(QStringLiteral(", ")));
        QVERIFY(!caps.summary().endsWith(QStringLiteral(", ")));
    }

    void keywords_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::addColumn<QString>("serverName");
        QTest::addColumn<bool>("size");
        QTest::addColumn<qint64>("sizeLimit");
        QTest::addColumn<bool>("startTls");
        QTest::addColumn<bool>("chunking");
        QTest::addColumn<QStringList>("auth");
        QTest::addColumn<int>("extensions");
        QTest::newRow("postfix") << QByteArray("250-mx.example.test\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n"
                                               "250-VRFY\r\n250-ETRN\r\n250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n"
                                               "250-8BITMIME\r\n250-DSN\r\n250-SMTPUTF8\r\n250 CHUNKING\r\n")
                                 << QStringLiteral("mx.example.test") << true << qint64(10240000) << true << true
                                 << QStringList {} << 10;
        QTest::newRow("greeting text after name")
            << QByteArray("250-mx.example.test Hello client [127.0.0.1]\r\n250 SIZE\r\n")
            << QStringLiteral("mx.example.test") << true << qint64(0) << false << false << QStringList {} << 1;
        QTest::newRow("SIZE 0") << QByteArray("250-mx\r\n250 SIZE 0\r\n") << QStringLiteral("mx") << true << qint64(0)
                                << false << false << QStringList {} << 1;
        QTest::newRow("SIZE not a number") << QByteArray("250-mx\r\n250 SIZE lots\r\n") << QStringLiteral("mx") << true
                                           << qint64(0) << false << false << QStringList {} << 1;
        QTest::newRow("SIZE negative") << QByteArray("250-mx\r\n250 SIZE -5\r\n") << QStringLiteral("mx") << true
                                       << qint64(0) << false << false << QStringList {} << 1;
        QTest::newRow("SIZE huge") << QByteArray("250-mx\r\n250 SIZE 53687091200\r\n") << QStringLiteral("mx") << true
                                   << qint64(53687091200) << false << false << QStringList {} << 1;
        QTest::newRow("lower case") << QByteArray("250-mx\r\n250-starttls\r\n250-size 1000\r\n250 auth login plain\r\n")
                                    << QStringLiteral("mx") << true << qint64(1000) << true << false
                                    << QStringList {QStringLiteral("LOGIN"), QStringLiteral("PLAIN")} << 3;
        QTest::newRow("AUTH= legacy form")
            << QByteArray("250-mx\r\n250-AUTH=LOGIN\r\n250 8BITMIME\r\n") << QStringLiteral("mx") << false << qint64(0)
            << false << false << QStringList {QStringLiteral("LOGIN")} << 2;
        QTest::newRow("AUTH= legacy with more")
            << QByteArray("250-mx\r\n250 AUTH=LOGIN PLAIN\r\n") << QStringLiteral("mx") << false << qint64(0) << false
            << false << QStringList {QStringLiteral("LOGIN"), QStringLiteral("PLAIN")} << 1;
        QTest::newRow("AUTH and AUTH= together, no duplicates")
            << QByteArray("250-mx\r\n250-AUTH PLAIN LOGIN CRAM-MD5\r\n250 AUTH=LOGIN\r\n") << QStringLiteral("mx")
            << false << qint64(0) << false << false
            << QStringList {QStringLiteral("PLAIN"), QStringLiteral("LOGIN"), QStringLiteral("CRAM-MD5")} << 2;
        QTest::newRow("extra spaces") << QByteArray("250-mx\r\n250-  SIZE   2048  \r\n250 AUTH  PLAIN\r\n")
                                      << QStringLiteral("mx") << true << qint64(2048) << false << false
                                      << QStringList {QStringLiteral("PLAIN")} << 2;
        QTest::newRow("one line only") << QByteArray("250 mx.example.test\r\n") << QStringLiteral("mx.example.test")
                                       << false << qint64(0) << false << false << QStringList {} << 0;
        QTest::newRow("enhanced codes on every line (Exchange style)")
            << QByteArray("250-mx.example.test Hello\r\n250-SIZE 37748736\r\n250 STARTTLS\r\n")
            << QStringLiteral("mx.example.test") << true << qint64(37748736) << true << false << QStringList {} << 2;
    }
    void keywords()
    {
        QFETCH(QByteArray, reply);
        QFETCH(QString, serverName);
        QFETCH(bool, size);
        QFETCH(qint64, sizeLimit);
        QFETCH(bool, startTls);
        QFETCH(bool, chunking);
        QFETCH(QStringList, auth);
        QFETCH(int, extensions);
        const SmtpReply parsed = parse(reply);
        QCOMPARE(parsed.code, 250);
        const Capabilities caps = Capabilities::fromEhloReply(parsed);
        QCOMPARE(caps.serverName, serverName);
        QCOMPARE(caps.size, size);
        QCOMPARE(caps.sizeLimit, sizeLimit);
        QCOMPARE(caps.startTls, startTls);
        QCOMPARE(caps.chunking, chunking);
        QCOMPARE(caps.authMechanisms, auth);
        QCOMPARE(caps.extensions.size(), extensions);
        for (const QString &m : auth) {
            QVERIFY(caps.hasAuthMechanism(m.toLower()));
            QVERIFY(caps.hasAuthMechanism(m));
        }
        QVERIFY(!caps.hasAuthMechanism(QStringLiteral("XOAUTH2")));
    }

    void chunkingAndBinaryMime()
    {
        SmtpReply reply;
        reply.code = 250;
        reply.setLines({QStringLiteral("mx.example.test"), QStringLiteral("BINARYMIME"), QStringLiteral("CHUNKING")});
        const Capabilities caps = Capabilities::fromEhloReply(reply);
        QVERIFY(caps.chunking);
        QVERIFY(caps.binaryMime);
        reply.setLines({QStringLiteral("mx.example.test"), QStringLiteral("CHUNKING")});
        QVERIFY(!Capabilities::fromEhloReply(reply).binaryMime);
    }

    void emptyReply()
    {
        const Capabilities caps = Capabilities::fromEhloReply(SmtpReply {});
        QVERIFY(caps.serverName.isEmpty());
        QVERIFY(caps.extensions.isEmpty());
        QVERIFY(!caps.dsn);
        QCOMPARE(caps.summary(), QString());
    }
};

QTEST_GUILESS_MAIN(TestCapabilities)
#include "tst_capabilities.moc"
