#include "mx/deliveryrule.h"

#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;
using Outcome = MxAttempt::Outcome;
using Kind = DeliveryVerdict::Kind;

namespace {

/** One attempt per letter, mx1, mx2, ... on 127.0.0.2, .3, ...: N no address, C connect failed, 4, 5, A accepted. */
QList<MxAttempt> table(const QString &outcomes)
{
    QList<MxAttempt> attempts;
    for (int i = 0; i < outcomes.size(); ++i) {
        MxAttempt attempt;
        attempt.host = u"mx%1.example.test"_s.arg(i + 1);
        attempt.preference = 10 * (i + 1);
        attempt.address = QHostAddress(u"127.0.0.%1"_s.arg(i + 2));
        switch (outcomes.at(i).unicode()) {
        case 'N':
            attempt.outcome = Outcome::NoAddress;
            attempt.address.clear();
            break;
        case 'C':
            attempt.outcome = Outcome::ConnectFailed;
            attempt.detail = u"Connection refused"_s;
            break;
        case '4':
            attempt.outcome = Outcome::Deferred;
            attempt.detail = u"451 4.7.1 Try again later"_s;
            break;
        case '5':
            attempt.outcome = Outcome::Refused;
            attempt.detail = u"550 5.1.1 User unknown"_s;
            break;
        default:
            attempt.outcome = Outcome::Accepted;
            break;
        }
        attempts << attempt;
    }
    return attempts;
}

} // namespace

class TestDeliveryRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QString>("outcomes");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<QString>("explanation"); // must appear in the explanation

        QTest::newRow("first accepts") << u"A"_s << Kind::Delivered << 0
                                       << u"deliver to mx1.example.test (127.0.0.2), the most preferred"_s;
        QTest::newRow("first accepts, others untried") << u"A54"_s << Kind::Delivered << 0 << u"mx1.example.test"_s;
        QTest::newRow("connect failure moves on")
            << u"CA"_s << Kind::Delivered << 1 << u"deliver to mx2.example.test (127.0.0.3), after 1 more"_s;
        QTest::newRow("4xx moves on") << u"4A"_s << Kind::Delivered << 1 << u"mx2.example.test"_s;
        QTest::newRow("no address moves on") << u"NCA"_s << Kind::Delivered << 2 << u"after 2 more preferred"_s;
        QTest::newRow("5xx stops: bounce")
            << u"5A"_s << Kind::Bounced << 0 << u"mx1.example.test (127.0.0.2) refused with 550 5.1.1 User unknown"_s;
        QTest::newRow("5xx after 4xx: bounce") << u"C45A"_s << Kind::Bounced << 2 << u"mail bounces"_s;
        QTest::newRow("all deferred") << u"4C4"_s << Kind::Deferred << -1 << u"retries later"_s;
        QTest::newRow("single connect failure") << u"C"_s << Kind::Deferred << -1 << u"Every mail server"_s;
        QTest::newRow("nothing to try") << QString() << Kind::NoMx << -1 << u"no mail server to try"_s;
    }

    void apply()
    {
        QFETCH(QString, outcomes);
        QFETCH(Kind, kind);
        QFETCH(int, attempt);
        QFETCH(QString, explanation);

        const DeliveryVerdict verdict = DeliveryRule::apply(table(outcomes));
        QCOMPARE(DeliveryVerdict::kindKey(verdict.kind), DeliveryVerdict::kindKey(kind));
        QCOMPARE(verdict.attempt, attempt);
        QVERIFY2(verdict.explanation.contains(explanation), qPrintable(verdict.explanation));
        QCOMPARE(verdict.steps.size(), outcomes.size());
        // Everything after the deciding attempt was not tried; everything before it was.
        for (int i = 0; i < verdict.steps.size(); ++i) {
            const bool untried = attempt >= 0 && i > attempt;
            QVERIFY2(verdict.steps.at(i).startsWith(u"mx%1.example.test"_s.arg(i + 1)),
                     qPrintable(verdict.steps.at(i)));
            QCOMPARE(verdict.steps.at(i).endsWith(u"not tried."_s), untried);
        }
    }

    void stepsExplainEachAttempt()
    {
        const DeliveryVerdict verdict = DeliveryRule::apply(table(u"C45A"_s));
        QCOMPARE(
            verdict.steps.at(0),
            u"mx1.example.test (127.0.0.2): could not connect (Connection refused) — a sender tries the next server."_s);
        QCOMPARE(
            verdict.steps.at(1),
            u"mx2.example.test (127.0.0.3): temporary failure (451 4.7.1 Try again later) — a sender tries the next server."_s);
        QCOMPARE(verdict.steps.at(2),
                 u"mx3.example.test (127.0.0.4): refused (550 5.1.1 User unknown) — a sender stops here."_s);
        QCOMPARE(verdict.steps.at(3), u"mx4.example.test (127.0.0.5): not tried."_s);
    }

    void noAddressShowsHostOnly()
    {
        const DeliveryVerdict verdict = DeliveryRule::apply(table(u"N"_s));
        QCOMPARE(verdict.steps.at(0), u"mx1.example.test: no address — a sender tries the next server."_s);
    }
};

QTEST_GUILESS_MAIN(TestDeliveryRule)
#include "tst_deliveryrule.moc"
