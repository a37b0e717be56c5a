// mailflow-cli in MX mode (--mx, --all-mx, --dns-server, --dns-timeout, --to without --server) as a
// process, against the loopback DNS responder on 127.0.53.4 and smtp-sink on 127.0.0.2 (accepts),
// 127.0.0.3 (4xx to RCPT); nothing listens on 127.0.0.4.
#include "aiosmtpdfixture.h"
#include "clirun.h"
#include "dnsresponder.h"
#include "evidence/profile.h"
#include "schemavalidator.h"
#include "smtpsinkfixture.h"
#include "testpaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QHostAddress responderAddress(QStringLiteral("127.0.53.4"));
const QHostAddress acceptAddress(QStringLiteral("127.0.0.2"));
const QHostAddress deferAddress(QStringLiteral("127.0.0.3"));
const QHostAddress refuseAddress(QStringLiteral("127.0.0.4"));
} // namespace

class TestCliMx : public QObject
{
    Q_OBJECT
private:
    mailflow::test::DnsResponder m_responder;
    mailflow::test::SmtpSinkFixture m_accept;
    mailflow::test::SmtpSinkFixture m_defer;
    quint16 m_port = 0;

    int run(const QStringList &arguments, QString *output)
    {
        QProcess cli;
        cli.setProgram(mailflow::test::cliPath());
        cli.setArguments(mailflow::test::loopbackChecks(arguments));
        cli.setProcessChannelMode(QProcess::MergedChannels);
        cli.start();
        [&] { QVERIFY(cli.waitForStarted(10'000)); }();
        const bool finished = cli.waitForFinished(60'000);
        *output = QString::fromUtf8(cli.readAll());
        [&] { QVERIFY2(finished, qPrintable(*output)); }();
        return cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
    }

    QStringList common() const
    {
        return {u"--dns-server"_s, responderAddress.toString(), u"--port"_s,    QString::number(m_port),
                u"--from"_s,       u"sender@client.test"_s,     u"--timeout"_s, u"5"_s};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(mailflow::test::cliPath()), qPrintable(mailflow::test::cliPath()));
        QVERIFY2(m_responder.start(mailflow::test::DnsResponder::zonePath(u"allmx.json"_s), responderAddress),
                 qPrintable(m_responder.errorString()));
        m_port = mailflow::test::SmtpSinkFixture::commonFreePort({acceptAddress, deferAddress, refuseAddress});
        QVERIFY(m_port != 0);
        QVERIFY2(m_accept.start(acceptAddress, m_port, {u"-h"_s, u"accept.allmx.test"_s}),
                 qPrintable(m_accept.errorString()));
        QVERIFY2(m_defer.start(deferAddress, m_port, {u"-r"_s, u"RCPT"_s}), qPrintable(m_defer.errorString()));
    }

    void cleanupTestCase()
    {
        m_accept.stop();
        m_defer.stop();
        m_responder.stop();
    }

    void allMx()
    {
        QString out;
        const int code = run(
            QStringList {u"--all-mx"_s, u"--mx"_s, u"allmx.test"_s, u"--to"_s, u"user@allmx.test"_s} + common(), &out);
        QCOMPARE(code, 0);
        for (
            const QString &expected : {
                u"DNS answer from DNS server 127.0.53.4"_s,
                u"     10  refuse.allmx.test  127.0.0.4"_s,
                u"     40  noaddr.allmx.test  (no address)"_s,
                u"   Pref  Host               Address    DNS      Connect  EHLO     STARTTLS  TLS      EHLO/TLS  MAIL     RCPT     QUIT     Exit"_s,
                u"     10  refuse.allmx.test  127.0.0.4  PASSED   FAILED   SKIPPED  SKIPPED   SKIPPED  SKIPPED   SKIPPED  SKIPPED  SKIPPED  2"_s,
                u"     20  defer.allmx.test   127.0.0.3  PASSED   PASSED   PASSED   SKIPPED   SKIPPED  SKIPPED   PASSED   WARNING  PASSED   24"_s,
                u"     30  accept.allmx.test  127.0.0.2  PASSED   PASSED   PASSED   SKIPPED   SKIPPED  SKIPPED   PASSED   PASSED   PASSED   0"_s,
                u"     40  noaddr.allmx.test  -          FAILED   SKIPPED  SKIPPED  SKIPPED   SKIPPED  SKIPPED   SKIPPED  SKIPPED  SKIPPED  32"_s,
                u"Delivery verdict: A real sender would deliver to accept.allmx.test (127.0.0.2)"_s,
                u"forward-confirmed"_s,
            }) {
            QVERIFY2(out.contains(expected), qPrintable(u"missing: "_s + expected + u"\n"_s + out));
        }
        // No mail is sent unless --quit-after asks for it.
        QVERIFY(!out.contains(u"C: DATA"_s));
    }

    void allMxEveryServerDeferred()
    {
        QString out;
        const int code = run(QStringList {u"--all-mx"_s, u"--to"_s, u"user@deferred.allmx.test"_s} + common(), &out);
        QCOMPARE(code, 24); // the row that got furthest: RCPT deferred
        QVERIFY2(out.contains(u"Delivery verdict: Every mail server deferred the mail"_s), qPrintable(out));
    }

    void allMxDiagnosisPerHost()
    {
        QString out;
        const int code = run(
            QStringList {u"--all-mx"_s, u"--mx"_s, u"allmx.test"_s, u"--to"_s, u"user@allmx.test"_s} + common(), &out);
        QCOMPARE(code, 0);
        // One Diagnosis block per row, each after the row's transcript.
        QCOMPARE(out.count(u"\nDiagnosis:\n"_s), 4);
        for (const QString &expected :
             {u"Exit  Cause"_s, u"127.0.0.4  PASSED   FAILED"_s,
              u"  Cause:         Connection refused (connection-refused)"_s,
              u"  Cause:         No problem: the test passed (none)"_s,
              u"  Cause:         Host not found (host-not-found)"_s, u"  Who must act:  "_s, u"  Next steps:    "_s}) {
            QVERIFY2(out.contains(expected), qPrintable(u"missing: "_s + expected + u"\n"_s + out));
        }
        const QStringList lines = out.split(u'\n');
        auto matrixLine = [&](const QString &host) {
            for (const QString &line : lines) {
                if (line.startsWith(u"     "_s) && line.contains(host) && line.contains(u"PASSED"_s))
                    return line;
            }
            return QString();
        };
        QVERIFY2(matrixLine(u"refuse.allmx.test"_s).endsWith(u"connection-refused"_s), qPrintable(out));
        QVERIFY2(matrixLine(u"accept.allmx.test"_s).endsWith(u"  none"_s), qPrintable(out));
        // The refused host's block comes before the accepting host's heading.
        const qsizetype refused = out.indexOf(u"(connection-refused)"_s);
        QVERIFY(refused > out.indexOf(u"=== MX refuse.allmx.test"_s));
        QVERIFY(refused < out.indexOf(u"=== MX accept.allmx.test"_s));
    }

    void allMxJsonHasADiagnosisPerRow()
    {
        QString out;
        const int code = run(
            QStringList {u"--all-mx"_s, u"--to"_s, u"user@first.allmx.test"_s, u"--format"_s, u"json"_s} + common(),
            &out);
        QCOMPARE(code, 0);
        const QJsonArray rows = QJsonDocument::fromJson(out.toUtf8()).object().value(u"rows"_s).toArray();
        QCOMPARE(rows.size(), 2);
        QStringList causes;
        for (const QJsonValue row : rows) {
            const QJsonObject d = row.toObject().value(u"diagnosis"_s).toObject();
            causes << d.value(u"cause"_s).toString();
            QVERIFY(!d.value(u"who"_s).toString().isEmpty());
            QVERIFY(!d.value(u"steps"_s).toArray().isEmpty());
        }
        QCOMPARE(causes.first(), u"none"_s);
        QVERIFY2(causes.last() != u"none"_s, qPrintable(out));
    }

    void allMxRunsTheDnsChecksOncePerDomain()
    {
        QString out;
        const int code = run(
            QStringList {u"--all-mx"_s, u"--to"_s, u"user@allmx.test"_s, u"--format"_s, u"json"_s} + common(), &out);
        QCOMPARE(code, 0);
        const QJsonArray checks = QJsonDocument::fromJson(out.toUtf8()).object().value(u"checks"_s).toArray();
        QMap<QString, int> perCheck;
        for (const auto &v : checks)
            ++perCheck[v.toObject().value(u"check"_s).toString()];
        // Four MX hosts, yet one answer about the domain's TLS reporting and our own address.
        QVERIFY2(perCheck.value(u"tls-rpt"_s) == 1, qPrintable(out));
        QVERIFY2(perCheck.value(u"own-address"_s) == 1, qPrintable(out));
        QVERIFY2(perCheck.value(u"mta-sts"_s) >= 1, qPrintable(out));

        QString text;
        QCOMPARE(run(QStringList {u"--all-mx"_s, u"--to"_s, u"user@allmx.test"_s} + common(), &text), 0);
        const qsizetype block = text.indexOf(u"\nChecks:\n"_s);
        QVERIFY2(block > text.indexOf(u"Delivery verdict:"_s), qPrintable(text));
        QVERIFY2(text.indexOf(u"TLS reporting of the recipient domain"_s, block) > block, qPrintable(text));

        // Switched off, they do not run.
        QCOMPARE(run(QStringList {u"--all-mx"_s, u"--to"_s, u"user@allmx.test"_s, u"--format"_s, u"json"_s,
                                  u"--skip-checks"_s, u"tls-rpt,mta-sts"_s}
                         + common(),
                     &out),
                 0);
        const QString skipped = QString::fromUtf8(
            QJsonDocument(QJsonDocument::fromJson(out.toUtf8()).object().value(u"checks"_s).toArray()).toJson());
        QVERIFY2(!skipped.contains(u"\"tls-rpt\""_s) && !skipped.contains(u"\"mta-sts\""_s), qPrintable(skipped));
    }

    void allMxRetriesADeferredRow()
    {
        // The deferring MX greylists the first two RCPTs, then accepts.
        m_defer.stop();
        mailflow::test::AiosmtpdFixture grey(deferAddress);
        grey.addReply(u"RCPT"_s,
                      u"450 4.7.1 <user@deferred.allmx.test>: Recipient address rejected: Greylisted, "
                      u"please try again in 1 seconds"_s,
                      {}, 2);
        grey.setExtraArguments({u"--port"_s, QString::number(m_port)});
        const bool started = grey.start();
        auto restart = qScopeGuard([this] { m_defer.start(deferAddress, m_port, {u"-r"_s, u"RCPT"_s}); });
        QVERIFY2(started, qPrintable(grey.errorString()));
        QString out;
        // Without --retry-deferred the deferral is ExitDeferred for that row, and no retry runs.
        int code = run(QStringList {u"--all-mx"_s, u"--to"_s, u"user@deferred.allmx.test"_s} + common(), &out);
        QCOMPARE(code, 34);
        QVERIFY2(out.contains(u"(greylisting)"_s), qPrintable(out));
        QVERIFY2(!out.contains(u"Attempts"_s), qPrintable(out));

        // With it, the row runs again and passes.
        code = run(QStringList {u"--all-mx"_s, u"--to"_s, u"user@deferred.allmx.test"_s, u"--retry-deferred"_s}
                       + common(),
                   &out);
        QCOMPARE(code, 0);
        for (const QString &expected : {u"(greylisting)"_s, u"Deferred, not failed: retrying 1 row once in 1 s."_s,
                                        u"Attempts (the rows retried after a deliberate deferral):"_s,
                                        u"defer.allmx.test 127.0.0.3: 1. DEFERRED (greylisting), 2. PASSED (none)"_s}) {
            QVERIFY2(out.contains(expected), qPrintable(u"missing: "_s + expected + u"\n"_s + out));
        }
        // The retried row is printed twice: once deferred, once passed.
        QCOMPARE(out.count(u"=== MX defer.allmx.test"_s), 2);
    }

    void dnsFailureDiagnosis_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("cause");
        QTest::newRow("NXDOMAIN") << QStringList {u"--mx"_s, u"nosuch.allmx.test"_s, u"--to"_s, u"u@x.test"_s}
                                  << u"(host-not-found)"_s;
        QTest::newRow("null MX") << QStringList {u"--to"_s, u"u@nullmx.allmx.test"_s} << u"(no-mail-server)"_s;
        QTest::newRow("no records") << QStringList {u"--all-mx"_s, u"--to"_s, u"u@norecords.allmx.test"_s}
                                    << u"(no-mail-server)"_s;
    }

    void dnsFailureDiagnosis()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, cause);
        QString out;
        QCOMPARE(run(common() + arguments, &out), 32);
        const qsizetype block = out.indexOf(u"\nDiagnosis:\n"_s);
        QVERIFY2(block >= 0, qPrintable(out));
        QVERIFY2(out.indexOf(cause, block) > block, qPrintable(out));
        QVERIFY2(out.indexOf(u"Next steps:"_s, block) > block, qPrintable(out));
    }

    void firstMx()
    {
        QString out;
        const int code
            = run(QStringList {u"--to"_s, u"user@first.allmx.test"_s, u"--quit-after"_s, u"rcpt"_s} + common(), &out);
        QCOMPARE(code, 0);
        for (const QString &expected :
             {u"Testing the most preferred MX that has an address: accept.allmx.test (preference 10) at 127.0.0.2"_s,
              u"MX lookup of first.allmx.test asked DNS server 127.0.53.4: Ok"_s,
              u"PASSED   DNS lookup first.allmx.test"_s, u"forward-confirmed"_s,
              u"The 220 banner names accept.allmx.test, which matches the reverse DNS."_s}) {
            QVERIFY2(out.contains(expected), qPrintable(u"missing: "_s + expected + u"\n"_s + out));
        }
        QVERIFY(!out.contains(u"127.0.0.3:"_s)); // only the first MX is tested
    }

    void profileWithAnMxDomainRuns()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        mailflow::Profile profile;
        profile.name = u"First MX"_s;
        profile.mxDomain = u"first.allmx.test"_s;
        profile.session.port = m_port;
        profile.session.mailFrom = u"sender@client.test"_s;
        profile.session.recipients = {mailflow::Recipient {u"user@first.allmx.test"_s, {}, {}}};
        profile.session.stopAfter = mailflow::StopPoint::Rcpt;
        profile.session.timeouts = mailflow::Timeouts::uniform(5000);
        const QString path = dir.filePath(u"first.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(mailflow::profileToBytes(profile)) > 0);
        file.close();

        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_DATA_HOME"_s, dir.path()); // its history stays in the test's folder
        cli.setProcessEnvironment(env);
        cli.start(mailflow::test::cliPath(),
                  mailflow::test::loopbackChecks({u"--profile"_s, path, u"--dns-server"_s, responderAddress.toString(),
                                                  u"--format"_s, u"json"_s}));
        QVERIFY(cli.waitForFinished(60'000));
        const QByteArray out = cli.readAllStandardOutput();
        QVERIFY2(cli.exitCode() == 0, out.constData());
        const QJsonObject report = QJsonDocument::fromJson(out).object();
        QCOMPARE(report.value(u"profile"_s).toString(), u"First MX"_s);
        // The most preferred MX with an address was tested, and the report says how DNS led there.
        QCOMPARE(report.value(u"server"_s).toObject().value(u"host"_s).toString(), acceptAddress.toString());
        const QJsonObject mx = report.value(u"dns"_s).toObject().value(u"mx"_s).toObject();
        QCOMPARE(mx.value(u"domain"_s).toString(), u"first.allmx.test"_s);
        QCOMPARE(mx.value(u"outcome"_s).toString(), u"Ok"_s);
        const QJsonArray hosts = mx.value(u"hosts"_s).toArray();
        QCOMPARE(hosts.size(), 2);
        QCOMPARE(hosts.at(0).toObject().value(u"name"_s).toString(), u"accept.allmx.test"_s);
        QCOMPARE(hosts.at(0).toObject().value(u"addresses"_s).toArray().at(0).toString(), acceptAddress.toString());
        const QJsonObject reverse = report.value(u"dns"_s).toObject().value(u"reverse"_s).toObject();
        QCOMPARE(reverse.value(u"address"_s).toString(), acceptAddress.toString());
        QCOMPARE(reverse.value(u"status"_s).toString(), u"Confirmed"_s);
        const QStringList errors = mailflow::test::validateJson(report);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void dnsCases_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");

        QTest::newRow("NXDOMAIN") << QStringList {u"--mx"_s, u"nosuch.allmx.test"_s, u"--to"_s, u"u@x.test"_s} << 32
                                  << u"nosuch.allmx.test does not exist in DNS (NXDOMAIN)"_s;
        QTest::newRow("null MX") << QStringList {u"--to"_s, u"u@nullmx.allmx.test"_s} << 32
                                 << u"it declares that it accepts no mail at all"_s;
        QTest::newRow("no records") << QStringList {u"--all-mx"_s, u"--to"_s, u"u@norecords.allmx.test"_s} << 32
                                    << u"has neither MX nor A/AAAA records"_s;
        QTest::newRow("SERVFAIL") << QStringList {u"--mx"_s, u"servfail.allmx.test"_s, u"--to"_s, u"u@x.test"_s} << 32
                                  << u"could not answer for servfail.allmx.test (SERVFAIL)"_s;
        QTest::newRow("timeout") << QStringList {u"--mx"_s, u"slow.allmx.test"_s, u"--dns-timeout"_s, u"1"_s,
                                                 u"--to"_s, u"u@x.test"_s}
                                 << 32 << u"gave no answer about slow.allmx.test in time"_s;
        QTest::newRow("implicit MX: a warning, the test runs")
            << QStringList {u"--to"_s, u"u@implicit.allmx.test"_s, u"--quit-after"_s, u"rcpt"_s} << 0
            << u"WARNING  DNS lookup implicit.allmx.test"_s;
        QTest::newRow("IPv6 DNS server refused")
            << QStringList {u"--mx"_s, u"allmx.test"_s, u"--to"_s, u"u@x.test"_s, u"--dns-server"_s, u"::1"_s} << 1
            << u"::1 is an IPv6 address"_s;
        QTest::newRow("--mx with --server")
            << QStringList {u"--mx"_s, u"allmx.test"_s, u"--server"_s, u"127.0.0.2"_s, u"--to"_s, u"u@x.test"_s} << 1
            << u"leave --server out"_s;
    }

    void dnsCases()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QString out;
        // A later --dns-server wins in QCommandLineParser::value(), so the IPv6 row's own one counts.
        QCOMPARE(run(common() + arguments, &out), exitCode);
        QVERIFY2(out.contains(message), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliMx)
#include "tst_climx.moc"
