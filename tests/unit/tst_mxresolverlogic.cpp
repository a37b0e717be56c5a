// The socket-free parts of the MX resolver: ordering, DNS server input, result helpers.
#include "dns/mxresolver.h"

#include <QRandomGenerator>
#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;
using Outcome = MxLookupResult::Outcome;

namespace {

MxHost host(int preference, const QString &name, const QString &address = {})
{
    MxHost h;
    h.preference = preference;
    h.name = name;
    if (!address.isEmpty())
        h.addresses << QHostAddress(address);
    return h;
}

QStringList names(const QList<MxHost> &hosts)
{
    QStringList out;
    for (const MxHost &h : hosts)
        out << u"%1 %2"_s.arg(h.preference).arg(h.name);
    return out;
}

} // namespace

class TestMxResolverLogic : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sortWithoutShuffle()
    {
        QList<MxHost> hosts = {host(20, u"c.test"_s), host(10, u"z.test"_s), host(20, u"a.test"_s),
                               host(5, u"m.test"_s), host(20, u"b.test"_s)};
        MxResolver::sortByPreference(hosts);
        QCOMPARE(names(hosts),
                 (QStringList {u"5 m.test"_s, u"10 z.test"_s, u"20 a.test"_s, u"20 b.test"_s, u"20 c.test"_s}));
    }

    void sortWithShuffle()
    {
        const QList<MxHost> input = {host(20, u"a.test"_s), host(10, u"first.test"_s), host(20, u"b.test"_s),
                                     host(20, u"c.test"_s), host(30, u"last.test"_s)};
        QSet<QString> orders;
        for (quint32 seed = 1; seed <= 64; ++seed) {
            QRandomGenerator generator(seed);
            QList<MxHost> hosts = input;
            MxResolver::sortByPreference(hosts, &generator);
            const QStringList sorted = names(hosts);
            QCOMPARE(sorted.size(), 5);
            QCOMPARE(sorted.first(), u"10 first.test"_s);
            QCOMPARE(sorted.last(), u"30 last.test"_s);
            QStringList middle = sorted.mid(1, 3);
            orders.insert(middle.join(u','));
            middle.sort();
            QCOMPARE(middle, (QStringList {u"20 a.test"_s, u"20 b.test"_s, u"20 c.test"_s}));
        }
        // 3 hosts of equal preference have 6 orders; 64 seeds see more than one of them.
        QVERIFY2(orders.size() > 1, "equal preferences never shuffled");
    }

    void parseNameserver_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("address"); // empty: the system resolver
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QString() << true << QString() << QString();
        QTest::newRow("system") << u" System "_s << true << QString() << QString();
        QTest::newRow("IPv4") << u"127.0.53.1"_s << true << u"127.0.53.1"_s << QString();
        QTest::newRow("IPv4 with port 53") << u"127.0.53.1:53"_s << true << u"127.0.53.1"_s << QString();
        QTest::newRow("IPv4-mapped") << u"::ffff:127.0.53.1"_s << true << u"127.0.53.1"_s << QString();
        QTest::newRow("other port") << u"127.0.53.1:5353"_s << false << QString() << u"port 53"_s;
        QTest::newRow("IPv6") << u"::1"_s << false << QString() << u"IPv6"_s;
        QTest::newRow("name") << u"dns.example.test"_s << false << QString() << u"not an IP address"_s;
    }
    void parseNameserver()
    {
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QString, address);
        QFETCH(QString, error);
        QHostAddress parsed(u"192.0.2.1"_s);
        QString message;
        QCOMPARE(MxResolver::parseNameserver(text, &parsed, &message), ok);
        if (ok) {
            QCOMPARE(parsed.isNull() ? QString() : parsed.toString(), address);
            QVERIFY(message.isEmpty());
        } else {
            QVERIFY2(message.contains(error), qPrintable(message));
        }
    }

    void resultHelpers()
    {
        MxLookupResult result;
        result.domain = u"bücher.example"_s;
        result.aceDomain = u"xn--bcher-kva.example"_s;
        result.outcome = Outcome::Ok;
        result.nameserver = QHostAddress(u"127.0.53.1"_s);
        result.hosts << host(10, u"mx.xn--bcher-kva.example"_s);
        QVERIFY(!result.isUsable());
        QVERIFY(!result.hasWarnings());
        result.hosts.first().addresses << QHostAddress(u"127.0.0.8"_s);
        QVERIFY(result.isUsable());
        result.hosts.first().warnings << u"something"_s;
        QVERIFY(result.hasWarnings());

        QCOMPARE(result.displayDomain(), u"bücher.example (xn--bcher-kva.example)"_s);
        QCOMPARE(result.serverDescription(), u"DNS server 127.0.53.1"_s);
        QCOMPARE(MxLookupResult::outcomeKey(Outcome::NullMx), u"NullMx"_s);
        const QStringList lines = result.describe();
        QVERIFY2(lines.join(u'\n').contains(u"mx.bücher.example (mx.xn--bcher-kva.example)  127.0.0.8"_s),
                 qPrintable(lines.join(u'\n')));
        QVERIFY(lines.join(u'\n').contains(u"warning: something"_s));

        result.outcome = Outcome::NullMx;
        QVERIFY(!result.isUsable());
        result.hosts.clear();
        result.outcome = Outcome::ImplicitMx;
        QVERIFY(result.hasWarnings());
    }

    void everyOutcomeHasAMessage()
    {
        QSet<QString> messages;
        for (Outcome outcome :
             {Outcome::Ok, Outcome::ImplicitMx, Outcome::NullMx, Outcome::NxDomain, Outcome::NoRecords,
              Outcome::ServFail, Outcome::Timeout, Outcome::InvalidInput, Outcome::OtherError}) {
            const QString message = MxLookupResult::outcomeMessage(outcome, u"example.test"_s);
            QVERIFY2(!message.isEmpty(), qPrintable(MxLookupResult::outcomeKey(outcome)));
            messages.insert(message);
        }
        QCOMPARE(messages.size(), 9);
    }
};

QTEST_GUILESS_MAIN(TestMxResolverLogic)
#include "tst_mxresolverlogic.moc"
