// mailflow-cli's Diagnosis block and --retry-deferred against real servers (smtp-sink, aiosmtpd).
#include "aiosmtpdfixture.h"
#include "clirun.h"
#include "postfixfixture.h"
#include "schemavalidator.h"
#include "smtpsinkfixture.h"
#include "testcertificates.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mailflow::test;

namespace {

CliResult run(const QStringList &arguments)
{
    return runCli(arguments + QStringList {QStringLiteral("--no-history")});
}

QStringList envelope(quint16 port)
{
    return {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--from"),   QStringLiteral("a@test.com"),
            QStringLiteral("--to"),     QStringLiteral("u@example.com")};
}

/** The text after "Diagnosis:" up to the verdict. */
QByteArray diagnosisBlock(const QByteArray &out)
{
    const qsizetype from = out.lastIndexOf("\nDiagnosis:\n");
    const qsizetype to = out.indexOf("\nVerdict:", from);
    return from < 0 ? QByteArray() : out.mid(from, to < 0 ? -1 : to - from);
}

constexpr const char *greylistReply
    = "450 4.2.0 <u@example.com>: Recipient address rejected: Greylisted, please try again in 1 seconds";

} // namespace

class TestDiagnosisCli : public QObject
{
    Q_OBJECT
    TestCertificates m_certificates;
    std::unique_ptr<PostfixFixture> m_postfix;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath())); }

    void hardRefusalAtRcpt()
    {
        SmtpSinkFixture sink({QStringLiteral("-f"), QStringLiteral("RCPT"), QStringLiteral("-B"),
                              QStringLiteral("550 5.7.1 <u@example.com>: Relay access denied")});
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r = run(envelope(sink.port()));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QCOMPARE(r.exitCode, 24);
        const QByteArray block = diagnosisBlock(r.out);
        QVERIFY2(block.contains("(relay-denied)"), qPrintable(describe(r)));
        QVERIFY2(block.contains("Who must act:  You or your network"), block.constData());
        QVERIFY2(block.contains("Next steps:"), block.constData());
        QVERIFY2(block.contains("Rule:          text.relay"), block.constData());
        QVERIFY2(block.contains("Transcript:    lines "), block.constData());
    }

    void softRefusalWithoutReasonIsThin()
    {
        SmtpSinkFixture sink({QStringLiteral("-r"), QStringLiteral("RCPT")});
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r = run(envelope(sink.port()));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        const QByteArray block = diagnosisBlock(r.out);
        QVERIFY2(block.contains("Evidence:      thin"), qPrintable(describe(r)));
        QVERIFY2(!block.contains("(none)"), block.constData());
    }

    void noEsmtpIsAWarning()
    {
        SmtpSinkFixture sink({QStringLiteral("-e")});
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r = run(envelope(sink.port()));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(diagnosisBlock(r.out).contains("(ehlo-not-supported)"), qPrintable(describe(r)));
    }

    void droppedDuringData()
    {
        SmtpSinkFixture sink({QStringLiteral("-q"), QStringLiteral("DATA")});
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r = run(envelope(sink.port()));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY(r.exitCode != 0);
        QVERIFY2(diagnosisBlock(r.out).contains("(connection-dropped)"), qPrintable(describe(r)));
    }

    void greylistingIsDeferredNotFailed()
    {
        AiosmtpdFixture server;
        server.addReply(QStringLiteral("RCPT"), QString::fromLatin1(greylistReply), {}, 1);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const CliResult r = run(envelope(server.port()));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QCOMPARE(r.exitCode, 34);
        const QByteArray block = diagnosisBlock(r.out);
        QVERIFY2(block.contains("(greylisting)"), qPrintable(describe(r)));
        QVERIFY2(block.contains("Deferred:      not failed; the server asks to retry after 1 s"), block.constData());
        QVERIFY2(block.contains("Who must act:  Nobody"), block.constData());
        QVERIFY(!r.out.contains("Attempts:"));
    }

    void retryDeferredRunsTheEnvelopeAgain()
    {
        AiosmtpdFixture server;
        server.addReply(QStringLiteral("RCPT"), QString::fromLatin1(greylistReply), {}, 1);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const CliResult r = run(envelope(server.port()) << QStringLiteral("--retry-deferred"));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Deferred, not failed: retrying once in 1 s."), qPrintable(describe(r)));
        QVERIFY2(r.out.count("\nDiagnosis:\n") == 2, qPrintable(describe(r)));
        const qsizetype attempts = r.out.indexOf("\nAttempts:\n");
        QVERIFY2(attempts > 0, qPrintable(describe(r)));
        QVERIFY(r.out.indexOf("  1. DEFERRED", attempts) > attempts);
        QVERIFY(r.out.indexOf("  2. PASSED", attempts) > attempts);
        QTRY_COMPARE(server.messages().size(), 1);
    }

    void retryDeferredInJsonKeepsTheFirstAttempt()
    {
        AiosmtpdFixture server;
        server.addReply(QStringLiteral("RCPT"), QString::fromLatin1(greylistReply), {}, 1);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const CliResult r = run(envelope(server.port()) << QStringLiteral("--format") << QStringLiteral("json")
                                                        << QStringLiteral("--retry-deferred") << QStringLiteral("0"));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(describe(r)));
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QStringLiteral("diagnosis")).toObject().value(QStringLiteral("cause")).toString(),
                 QStringLiteral("none"));
        const QJsonObject first = root.value(QStringLiteral("firstAttempt")).toObject();
        QCOMPARE(first.value(QStringLiteral("exitCode")).toInt(), 34);
        const QJsonObject firstDiagnosis = first.value(QStringLiteral("diagnosis")).toObject();
        QCOMPARE(firstDiagnosis.value(QStringLiteral("cause")).toString(), QStringLiteral("greylisting"));
        QVERIFY(!firstDiagnosis.value(QStringLiteral("evidenceLines")).toArray().isEmpty());
        const QStringList problems = validateJson(root, reportSchemaPath());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // postfix as a receiving MX: the test client is a stranger (not in mynetworks), one local user exists.
    void postfix_data()
    {
        QTest::addColumn<QString>("recipient");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("cause");
        QTest::addColumn<QByteArray>("who");
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("relaying refused")
            << QStringLiteral("u@example.com") << 24 << QByteArray("(relay-denied)")
            << QByteArray("Who must act:  You or your network") << QByteArray("Relay access denied");
        QTest::newRow("unknown local user")
            << QStringLiteral("nobody@postfix.test") << 24 << QByteArray("(unknown-recipient)")
            << QByteArray("Who must act:  You or your network") << QByteArray("User unknown in local recipient table");
        QTest::newRow("known local user, certificate of an unknown CA")
            << PostfixFixture::knownUser() << 0 << QByteArray("(certificate-problem)")
            << QByteArray("Who must act:  The recipient's mail administrator") << QByteArray("250 2.1.5 Ok");
    }

    void postfix()
    {
        QFETCH(QString, recipient);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, cause);
        QFETCH(QByteArray, who);
        QFETCH(QByteArray, reply);
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        if (!m_postfix) {
            QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
            m_postfix = std::make_unique<PostfixFixture>(PostfixFixture::Policy::Strict);
            QVERIFY2(m_postfix->start(m_certificates.valid().certificate, m_certificates.valid().key),
                     qPrintable(m_postfix->errorString()));
        }
        const CliResult r = run({QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(m_postfix->port()),
                                 QStringLiteral("--from"), QStringLiteral("a@test.com"), QStringLiteral("--to"),
                                 recipient, QStringLiteral("--quit-after"), QStringLiteral("rcpt")});
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(reply), qPrintable(describe(r) + m_postfix->log()));
        QCOMPARE(r.exitCode, exitCode);
        const QByteArray block = diagnosisBlock(r.out);
        QVERIFY2(block.contains(cause), block.constData());
        QVERIFY2(block.contains(who), block.constData());
        QVERIFY2(block.contains("Next steps:"), block.constData());
    }

    void badRetryValue()
    {
        const CliResult r = run(envelope(25) << QStringLiteral("--retry-deferred=soon"));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--retry-deferred"), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestDiagnosisCli)
#include "tst_diagnosiscli.moc"
