// Port 25 blocked on the way: in a network namespace of its own (unshare(CLONE_NEWNET), gone with the
// process), an nftables rule drops every packet to port 25 — a TIMEOUT, not a refusal — while a
// listener answers on 587 and 465 is closed (refused).

#include "checks/checkrunner.h"
#include "checks/portprobecheck.h"
#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

#include <sched.h>
#include <unistd.h>

using namespace mailflow;
using namespace mailflow::test;

namespace {
const QString Table = QStringLiteral("mailflow_portprobe");

bool run(const QString &program, const QStringList &arguments, const QByteArray &input, QString *error)
{
    QProcess p;
    p.start(program, arguments);
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(10'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *error = QStringLiteral("%1 %2: %3")
                     .arg(program, arguments.join(u' '), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    return true;
}
} // namespace

class TstPortProbe : public QObject
{
    Q_OBJECT

    QTcpServer m_submission;
    QString m_nft;

private Q_SLOTS:
    void initTestCase()
    {
        if (geteuid() != 0)
            QSKIP("needs root for a network namespace of its own (CI runs as root)");
        m_nft = QStandardPaths::findExecutable(QStringLiteral("nft"),
                                               {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
        QVERIFY2(!m_nft.isEmpty(), "nft (package nftables, tools/setup.sh) is missing");
        // From here on this thread (and every process it starts) is in a namespace with only its own loopback.
        QVERIFY2(unshare(CLONE_NEWNET) == 0, strerror(errno));
        QString error;
        QVERIFY2(run(QStringLiteral("/usr/sbin/ip"),
                     {QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")}, {},
                     &error),
                 qPrintable(error));
        const QByteArray rules = "table inet " + Table.toLatin1()
            + " {\n chain output {\n  type filter hook output priority 0; policy accept;\n"
              "  tcp dport 25 drop\n }\n}\n";
        QVERIFY2(run(m_nft, {QStringLiteral("-f"), QStringLiteral("-")}, rules, &error), qPrintable(error));
        QVERIFY2(m_submission.listen(QHostAddress::LocalHost, 587), qPrintable(m_submission.errorString()));
    }

    void cleanupTestCase()
    {
        if (m_nft.isEmpty())
            return;
        QString error;
        run(m_nft, {QStringLiteral("delete"), QStringLiteral("table"), QStringLiteral("inet"), Table}, {}, &error);
    }

    void checkSaysPort25IsBlocked()
    {
        PortProbeCheck check;
        QSignalSpy done(&check, &Check::finished);
        CheckContext c;
        c.host = QStringLiteral("127.0.0.1");
        c.serverAddresses << QHostAddress(QHostAddress::LocalHost);
        c.connectFailure = FailureKind::Timeout;
        c.timeoutMs = 4000;
        check.start(c);
        QVERIFY(done.wait(10'000));
        const auto findings = done.at(0).at(0).value<CheckFindings>();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).severity, CheckSeverity::Warning);
        QCOMPARE(findings.at(0).who, Actor::You);
        QVERIFY2(findings.at(0).sentence.contains(QStringLiteral("587 answers")), qPrintable(findings.at(0).sentence));
        QVERIFY(findings.at(0).evidence.contains(QStringLiteral("127.0.0.1:465 refused")));
    }

    void cliShowsTheFinding()
    {
        const QStringList arguments {QStringLiteral("--server"),     QStringLiteral("127.0.0.1:25"),
                                     QStringLiteral("--timeout"),    QStringLiteral("2"),
                                     QStringLiteral("--quit-after"), QStringLiteral("connect"),
                                     QStringLiteral("--no-history")};
        const CliResult text = runCli(arguments);
        QVERIFY2(text.finished, qPrintable(describe(text)));
        QVERIFY2(text.out.contains("Checks:"), qPrintable(describe(text)));
        QVERIFY2(text.out.contains("seems blocked between you and the server"), qPrintable(describe(text)));

        const CliResult json = runCli(QStringList(arguments) << QStringLiteral("--format") << QStringLiteral("json"));
        QVERIFY2(json.finished, qPrintable(describe(json)));
        const QJsonArray checks = QJsonDocument::fromJson(json.out).object().value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.at(0).toObject().value(QStringLiteral("check")).toString(), QStringLiteral("port-25"));
        QCOMPARE(checks.at(0).toObject().value(QStringLiteral("who")).toString(), QStringLiteral("you"));

        // Switched off, it does not run.
        const CliResult off
            = runCli(QStringList(arguments) << QStringLiteral("--skip-checks") << QStringLiteral("port-25"));
        QVERIFY2(off.finished, qPrintable(describe(off)));
        QVERIFY(!off.out.contains("Checks:"));
    }
};

QTEST_GUILESS_MAIN(TstPortProbe)
#include "tst_portprobe.moc"
