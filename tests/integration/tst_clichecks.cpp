// mailflow-cli runs the DNS-based checks by default: against a scripted server that names our address and
// refuses the recipient for SPF, with the loopback DNS responder on 127.0.53.44 as --dns-server.
#include "checkscripts.h"
#include "clirun.h"
#include "dnsresponder.h"
#include "schemavalidator.h"
#include "scriptedsmtpserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow::test;
using namespace Qt::StringLiterals;

namespace {
QHostAddress responderAddress()
{
    return QHostAddress(u"127.0.53.44"_s);
}

/** Names our address as 203.0.113.5 in EHLO and refuses the recipient citing SPF. */
QStringList spfRefusal()
{
    return spfRefusalScript();
}

QStringList arguments(quint16 port, const QStringList &extra = {})
{
    return QStringList {u"--server"_s,     u"127.0.0.1:%1"_s.arg(port),
                        u"--from"_s,       u"a@sender.test"_s,
                        u"--to"_s,         u"b@rcpt.test"_s,
                        u"--ehlo"_s,       u"mail.client.test"_s,
                        u"--dns-server"_s, responderAddress().toString(),
                        u"--no-history"_s}
    + extra;
}

QJsonObject findingOf(const QJsonArray &checks, const QString &id)
{
    for (const auto &v : checks) {
        if (v.toObject().value(u"check"_s).toString() == id)
            return v.toObject();
    }
    return {};
}
} // namespace

class TestCliChecks : public QObject
{
    Q_OBJECT
    DnsResponder m_responder;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_responder.start(DnsResponder::zonePath(u"checks.json"_s), responderAddress()),
                 qPrintable(m_responder.errorString()));
    }

    void cleanupTestCase() { m_responder.stop(); }

    void jsonReportHasTheDnsFindings()
    {
        ScriptedSmtpServer server;
        server.setScript(spfRefusal());
        const quint16 port = server.start();
        QVERIFY(port);
        const CliResult r = runCli(arguments(port, {u"--format"_s, u"json"_s}));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(server.isComplete(), qPrintable(server.report()));
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QStringList problems = validateJson(report);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(report.value(u"diagnosis"_s).toObject().value(u"cause"_s).toString(), u"sender-authentication"_s);
        const QJsonArray checks = report.value(u"checks"_s).toArray();
        const QString all = QString::fromUtf8(QJsonDocument(checks).toJson());

        const QJsonObject own = findingOf(checks, u"own-address"_s);
        QVERIFY2(own.value(u"sentence"_s).toString().contains(u"203.0.113.5"_s), qPrintable(all));
        const QJsonObject ptr = findingOf(checks, u"reverse-dns"_s);
        QVERIFY2(QJsonDocument(ptr).toJson().contains("mail.client.test"), qPrintable(all));
        // ZEN lists 203.0.113.5 with 127.0.0.2 (SBL): a failure of ours.
        const QJsonObject listed = findingOf(checks, u"blocklist"_s);
        QCOMPARE(listed.value(u"severity"_s).toString(), u"failure"_s);
        const QJsonObject spf = findingOf(checks, u"spf"_s);
        QCOMPARE(spf.value(u"severity"_s).toString(), u"failure"_s);
        QVERIFY2(spf.value(u"sentence"_s).toString().contains(u"does not include 203.0.113.5"_s), qPrintable(all));
        QVERIFY2(!findingOf(checks, u"dmarc"_s).isEmpty(), qPrintable(all));
        const QJsonObject tlsrpt = findingOf(checks, u"tls-rpt"_s);
        QVERIFY2(QJsonDocument(tlsrpt).toJson().contains("tls@rcpt.test"), qPrintable(all));
        QVERIFY2(!findingOf(checks, u"mta-sts"_s).isEmpty(), qPrintable(all));
    }

    void textReportHasAChecksBlock()
    {
        ScriptedSmtpServer server;
        server.setScript(spfRefusal());
        const quint16 port = server.start();
        QVERIFY(port);
        const CliResult r = runCli(arguments(port));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        const qsizetype block = r.out.indexOf("\nChecks:\n");
        QVERIFY2(block >= 0, qPrintable(describe(r)));
        const QByteArray checks = r.out.mid(block);
        QVERIFY2(checks.contains("SPF of the sender domain"), checks.constData());
        QVERIFY2(checks.contains("DNS block lists"), checks.constData());
        QVERIFY2(checks.contains("FAILURE"), checks.constData());
        QVERIFY2(checks.contains("Who must act"), checks.constData());
    }

    void sendersAuthenticationChecksWaitForARefusalCitingIt()
    {
        ScriptedSmtpServer server;
        server.setScript(QStringList {u"S: 220 mx.rcpt.test ESMTP"_s, u"C: ~EHLO .*"_s,
                                      u"S: 250 mx.rcpt.test Hello [203.0.113.5]"_s, u"C: MAIL FROM:<a@sender.test>"_s,
                                      u"S: 250 2.1.0 Ok"_s, u"C: RCPT TO:<b@rcpt.test>"_s,
                                      u"S: 550 5.1.1 <b@rcpt.test>: Recipient address rejected: User unknown"_s,
                                      u"C: QUIT"_s, u"S: 221 2.0.0 Bye"_s});
        const quint16 port = server.start();
        QVERIFY(port);
        const CliResult r = runCli(arguments(port, {u"--format"_s, u"json"_s}));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        const QJsonArray checks = QJsonDocument::fromJson(r.out).object().value(u"checks"_s).toArray();
        const QString all = QString::fromUtf8(QJsonDocument(checks).toJson());
        QVERIFY2(!findingOf(checks, u"own-address"_s).isEmpty(), qPrintable(all));
        QVERIFY2(findingOf(checks, u"spf"_s).isEmpty(), qPrintable(all));
        QVERIFY2(findingOf(checks, u"dmarc"_s).isEmpty(), qPrintable(all));
    }

    void switchedOffOneByOne()
    {
        ScriptedSmtpServer server;
        server.setScript(spfRefusal());
        const quint16 port = server.start();
        QVERIFY(port);
        const CliResult r
            = runCli(arguments(port, {u"--format"_s, u"json"_s, u"--skip-checks"_s, u"blocklist,mta-sts"_s}));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        const QJsonArray checks = QJsonDocument::fromJson(r.out).object().value(u"checks"_s).toArray();
        const QString all = QString::fromUtf8(QJsonDocument(checks).toJson());
        QVERIFY2(findingOf(checks, u"blocklist"_s).isEmpty(), qPrintable(all));
        QVERIFY2(findingOf(checks, u"mta-sts"_s).isEmpty(), qPrintable(all));
        QVERIFY2(!findingOf(checks, u"spf"_s).isEmpty(), qPrintable(all));
    }

    void blocklistZonesFromTheCommandLine()
    {
        ScriptedSmtpServer server;
        server.setScript(spfRefusal());
        const quint16 port = server.start();
        QVERIFY(port);
        const CliResult r = runCli(arguments(
            port, {u"--format"_s, u"json"_s, u"--checks"_s, u"blocklist"_s, u"--blocklists"_s, u"dnsbl.example"_s}));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        const QJsonArray checks = QJsonDocument::fromJson(r.out).object().value(u"checks"_s).toArray();
        const QString all = QString::fromUtf8(QJsonDocument(checks).toJson());
        QVERIFY2(all.contains(u"dnsbl.example"_s), qPrintable(all));
        QVERIFY2(!all.contains(u"zen.spamhaus.org"_s), qPrintable(all));

        const CliResult bad = runCli(arguments(port, {u"--blocklists"_s, u"not a zone"_s}));
        QVERIFY2(bad.finished, qPrintable(describe(bad)));
        QVERIFY2(bad.err.contains("--blocklists"), qPrintable(describe(bad)));
    }

    void findingsAreKeptInTheHistory()
    {
        QTemporaryDir data;
        QVERIFY(data.isValid());
        // The child processes inherit it: the history goes to data, not to the user's.
        const QByteArray before = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
        const auto restore = qScopeGuard([before] {
            if (before.isEmpty())
                qunsetenv("XDG_DATA_HOME");
            else
                qputenv("XDG_DATA_HOME", before);
        });
        ScriptedSmtpServer server;
        server.setScript(spfRefusal());
        const quint16 port = server.start();
        QVERIFY(port);
        QStringList args = arguments(port);
        args.removeAll(u"--no-history"_s);
        const CliResult run = runCli(args);
        QVERIFY2(run.finished, qPrintable(describe(run)));
        const CliResult list = runCli({u"--history"_s, u"--format"_s, u"json"_s});
        const QJsonArray runs = QJsonDocument::fromJson(list.out).object().value(u"runs"_s).toArray();
        QVERIFY2(runs.size() == 1, qPrintable(describe(list)));
        const QString id = runs.first().toObject().value(u"id"_s).toString();

        const CliResult shown = runCli({u"--history-show"_s, id});
        QVERIFY2(shown.out.contains("SPF of the sender domain"), qPrintable(describe(shown)));
        QVERIFY2(shown.out.contains("DNS block lists"), qPrintable(describe(shown)));
        const CliResult json = runCli({u"--history-show"_s, id, u"--format"_s, u"json"_s});
        const QJsonArray checks = QJsonDocument::fromJson(json.out).object().value(u"checks"_s).toArray();
        QCOMPARE(findingOf(checks, u"blocklist"_s).value(u"severity"_s).toString(), u"failure"_s);
        QCOMPARE(findingOf(checks, u"spf"_s).value(u"severity"_s).toString(), u"failure"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliChecks)
#include "tst_clichecks.moc"
