// The open relay check against real servers on loopback: smtp-sink accepts every recipient (an open
// relay), postfix refuses to relay for a client outside mynetworks.

#include "clirun.h"
#include "postfixfixture.h"
#include "smtpsinkfixture.h"
#include "testcertificates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mailflow::test;

namespace {
QStringList relayArguments(quint16 port, const QString &recipient)
{
    return {QStringLiteral("--server"),     QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--from"),       QStringLiteral("a@postfix.test"),
            QStringLiteral("--to"),         recipient,
            QStringLiteral("--quit-after"), QStringLiteral("rcpt"),
            QStringLiteral("--timeout"),    QStringLiteral("15"),
            QStringLiteral("--no-history"), QStringLiteral("--relay-check")};
}

QJsonObject finding(const CliResult &r, const QString &check)
{
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    for (const QJsonValue v : report.value(QStringLiteral("checks")).toArray()) {
        if (v.toObject().value(QStringLiteral("check")).toString() == check)
            return v.toObject();
    }
    return {};
}
} // namespace

class TstRelayCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void smtpSinkIsAnOpenRelay()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult text = runCli(relayArguments(sink.port(), QStringLiteral("u@example.com")));
        QVERIFY2(text.finished, qPrintable(describe(text)));
        // The probe is in the transcript, after the test's own envelope, and never sends DATA.
        const QByteArray &out = text.out;
        const qsizetype own = out.indexOf("C: RCPT TO:<u@example.com>");
        const qsizetype probe = out.indexOf("C: RCPT TO:<relay-test@mailflow-relay-check.invalid>");
        QVERIFY2(own >= 0 && probe > own, qPrintable(describe(text)));
        QVERIFY(out.indexOf("C: MAIL FROM:<relay-check@mailflow-relay-sender.invalid>") > own);
        QVERIFY(out.indexOf("C: RSET", probe) > probe);
        QVERIFY(out.indexOf("C: QUIT", probe) > probe);
        QVERIFY(!out.contains("C: DATA"));
        QVERIFY2(out.contains("Checks:") && out.contains("OPEN RELAY"), qPrintable(describe(text)));
        QVERIFY(out.contains("FAILURE"));

        const CliResult json = runCli(relayArguments(sink.port(), QStringLiteral("u@example.com"))
                                      << QStringLiteral("--format") << QStringLiteral("json"));
        QVERIFY2(json.finished, qPrintable(describe(json)));
        const QJsonObject f = finding(json, QStringLiteral("open-relay"));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("failure"));
        QCOMPARE(f.value(QStringLiteral("who")).toString(), QStringLiteral("your-administrator"));
    }

    void userGivenRelayAddresses()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r = runCli(relayArguments(sink.port(), QStringLiteral("u@example.com"))
                                   << QStringLiteral("--relay-check-to") << QStringLiteral("outside@elsewhere.test")
                                   << QStringLiteral("--relay-check-from") << QStringLiteral("x@outside.test"));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("C: MAIL FROM:<x@outside.test>"), qPrintable(describe(r)));
        QVERIFY(r.out.contains("C: RCPT TO:<outside@elsewhere.test>"));
        const CliResult bad = runCli(relayArguments(sink.port(), QStringLiteral("u@example.com"))
                                     << QStringLiteral("--relay-check-to") << QStringLiteral("not an address"));
        QVERIFY(bad.finished);
        QVERIFY2(bad.exitCode != 0 && bad.err.contains("--relay-check-to"), qPrintable(describe(bad)));
    }

    void withoutTheOptionNoProbe()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        QStringList arguments = relayArguments(sink.port(), QStringLiteral("u@example.com"));
        arguments.removeAll(QStringLiteral("--relay-check"));
        const CliResult r = runCli(arguments);
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY(!r.out.contains("relay-check"));
        QVERIFY(!r.out.contains("C: RSET"));
        QVERIFY(!r.out.contains("Checks:"));
    }

    void postfixRefusesToRelay()
    {
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.errorString()));
        PostfixFixture postfix;
        // 127.0.0.1 is outside its networks: it relays for nobody, as a server on the Internet should.
        postfix.setExtraConfig(QStringLiteral("mynetworks = 127.0.0.2/32\n"));
        QVERIFY2(postfix.start(certs.valid().certificate, certs.valid().key), qPrintable(postfix.errorString()));
        const CliResult r = runCli(relayArguments(postfix.port(), QStringLiteral("someone@postfix.test"))
                                   << QStringLiteral("--format") << QStringLiteral("json"));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        const QJsonObject f = finding(r, QStringLiteral("open-relay"));
        QVERIFY2(!f.isEmpty(), qPrintable(describe(r) + postfix.log()));
        QCOMPARE(f.value(QStringLiteral("severity")).toString(), QStringLiteral("passed"));
        QVERIFY2(f.value(QStringLiteral("sentence")).toString().contains(QStringLiteral("Relay access denied")),
                 qPrintable(f.value(QStringLiteral("sentence")).toString()));
        // The test's own recipient, in postfix's domain, was accepted: the probe changed nothing of the test.
        bool ownRecipientPassed = false;
        for (const QJsonValue m :
             QJsonDocument::fromJson(r.out).object().value(QStringLiteral("checklist")).toArray()) {
            const QJsonObject o = m.toObject();
            if (o.value(QStringLiteral("kind")).toString() == u"rcpt")
                ownRecipientPassed = o.value(QStringLiteral("state")).toString() == u"passed";
        }
        QVERIFY2(ownRecipientPassed, qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TstRelayCheck)
#include "tst_relaycheck.moc"
