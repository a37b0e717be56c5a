#include "smtp/socks5handshake.h"

#include <QTest>

using namespace mailflow;

namespace {
QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out += char(v);
    return out;
}
} // namespace

class TestSocks5Handshake : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void noAuthenticationSendsTheHostName()
    {
        Socks5Handshake h(QStringLiteral("mx.example.test"), 25, {}, {});
        QCOMPARE(h.start(), bytes({5, 1, 0}));
        // The method choice, in two pieces: nothing is sent until it is whole.
        QCOMPARE(h.feed(bytes({5})), QByteArray());
        const QByteArray request = h.feed(bytes({0}));
        QCOMPARE(request, bytes({5, 1, 0, 3, 15}) + "mx.example.test" + bytes({0, 25}));
        QCOMPARE(h.state(), Socks5Handshake::State::Connect);
        // The reply with an IPv4 bound address, followed by the server's greeting.
        QCOMPARE(h.feed(bytes({5, 0, 0, 1, 127, 0, 0, 1, 0x04}) + bytes({0x38}) + "220 hi\r\n"), QByteArray());
        QCOMPARE(h.state(), Socks5Handshake::State::Done);
        QCOMPARE(h.leftover(), QByteArray("220 hi\r\n"));
        const QStringList notes = h.takeNotes();
        QCOMPARE(notes.size(), 2);
        QVERIFY2(notes.last().contains(QStringLiteral("mx.example.test port 25")), qPrintable(notes.join(u'\n')));
    }

    void literalAddresses_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QByteArray>("address");
        QTest::newRow("IPv4") << QStringLiteral("127.0.0.1") << bytes({1, 127, 0, 0, 1});
        QTest::newRow("IPv6") << QStringLiteral("::1") << bytes({4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1});
    }
    void literalAddresses()
    {
        QFETCH(QString, host);
        QFETCH(QByteArray, address);
        Socks5Handshake h(host, 587, {}, {});
        h.start();
        QCOMPARE(h.feed(bytes({5, 0})), bytes({5, 1, 0}) + address + bytes({2, 0x4b}));
    }

    void userAndPassword()
    {
        Socks5Handshake h(QStringLiteral("h.test"), 25, QStringLiteral("ann"), QStringLiteral("pw"));
        QCOMPARE(h.start(), bytes({5, 2, 0, 2}));
        QCOMPARE(h.feed(bytes({5, 2})), bytes({1, 3}) + "ann" + bytes({2}) + "pw");
        QCOMPARE(h.state(), Socks5Handshake::State::Login);
        QCOMPARE(h.feed(bytes({1, 0})), bytes({5, 1, 0, 3, 6}) + "h.test" + bytes({0, 25}));
        // A reply with a domain-name bound address.
        h.feed(bytes({5, 0, 0, 3, 4}) + "prox" + bytes({0, 1}));
        QCOMPARE(h.state(), Socks5Handshake::State::Done);
        QCOMPARE(h.leftover(), QByteArray());
    }

    void failures_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QList<QByteArray>>("replies");
        QTest::addColumn<QString>("error");
        QTest::addColumn<int>("kind");
        QTest::newRow("not SOCKS5") << QString() << QList<QByteArray> {bytes({4, 0})}
                                    << QStringLiteral("does not speak SOCKS5") << int(Transport::Error::Other);
        QTest::newRow("wants a login") << QString() << QList<QByteArray> {bytes({5, 0xff})}
                                       << QStringLiteral("wants a user name and password")
                                       << int(Transport::Error::Other);
        QTest::newRow("login refused") << QStringLiteral("ann") << QList<QByteArray> {bytes({5, 2}), bytes({1, 1})}
                                       << QStringLiteral("refused the user name or password")
                                       << int(Transport::Error::Other);
        QTest::newRow("connection refused")
            << QString() << QList<QByteArray> {bytes({5, 0}), bytes({5, 5, 0, 1, 0, 0, 0, 0, 0, 0})}
            << QStringLiteral("could not connect to h.test port 25: connection refused")
            << int(Transport::Error::ConnectionRefused);
        QTest::newRow("not allowed") << QString()
                                     << QList<QByteArray> {bytes({5, 0}), bytes({5, 2, 0, 1, 0, 0, 0, 0, 0, 0})}
                                     << QStringLiteral("not allowed by the proxy's rules")
                                     << int(Transport::Error::Other);
    }
    void failures()
    {
        QFETCH(QString, user);
        QFETCH(QList<QByteArray>, replies);
        QFETCH(QString, error);
        QFETCH(int, kind);
        Socks5Handshake h(QStringLiteral("h.test"), 25, user, QStringLiteral("pw"));
        h.start();
        for (const QByteArray &reply : replies)
            h.feed(reply);
        QCOMPARE(h.state(), Socks5Handshake::State::Failed);
        QVERIFY2(h.error().contains(error), qPrintable(h.error()));
        QCOMPARE(int(h.errorKind()), kind);
    }
};

QTEST_GUILESS_MAIN(TestSocks5Handshake)
#include "tst_socks5handshake.moc"
