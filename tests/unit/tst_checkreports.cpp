#include "checks/openrelaycheck.h"
#include "evidence/htmlreport.h"
#include "evidence/jsonreport.h"
#include "evidence/textreport.h"
#include "samplereport.h"
#include "schemavalidator.h"

#include <QJsonArray>
#include <QTest>

using namespace mailflow;

namespace {
ReportData reportWithFindings()
{
    ReportData d = test::sampleReport();
    CheckFinding port;
    port.checkId = QStringLiteral("port-25");
    port.severity = CheckSeverity::Warning;
    port.title = QStringLiteral("Port 25 from this network");
    port.sentence = QStringLiteral("Port 25 seems blocked between you and the server — 587 answers.");
    port.who = Actor::You;
    port.steps << QStringLiteral("Ask your provider.");
    port.evidence << QStringLiteral("198.51.100.7:587 answered");
    port.durationMs = 40;
    CheckFinding relay;
    relay.checkId = QStringLiteral("open-relay");
    relay.severity = CheckSeverity::Failure;
    relay.title = QStringLiteral("Relaying from outside to outside");
    relay.sentence = QStringLiteral("OPEN RELAY: accepted.");
    relay.who = Actor::YourAdministrator;
    d.checks << port << relay;
    return d;
}
} // namespace

/** The checks' findings in every report: JSON (against the schema), text, HTML, redaction. */
class TestCheckReports : public QObject
{
    Q_OBJECT
private slots:
    void jsonHasTheChecksAndValidates()
    {
        const QJsonObject report = reportDataToJson(reportWithFindings());
        const QStringList errors = test::validateJson(report);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const QJsonArray checks = report.value(QStringLiteral("checks")).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(checks.at(1).toObject().value(QStringLiteral("who")).toString(), QStringLiteral("your-administrator"));
        // No findings, no member: reports of tests without checks stay as they were.
        QVERIFY(!reportDataToJson(test::sampleReport()).contains(QStringLiteral("checks")));
    }

    void textAndHtmlShowTheSection()
    {
        const QString text = reportToText(reportWithFindings());
        QVERIFY2(text.contains(QStringLiteral("Around the conversation")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("WARNING — Port 25 seems blocked")));
        QVERIFY(text.contains(QStringLiteral("FAILURE — OPEN RELAY")));
        const QString html = reportToHtml(reportWithFindings());
        QVERIFY(html.contains(QStringLiteral("id=\"checks\"")));
        QVERIFY(html.contains(QStringLiteral("OPEN RELAY")));
        QVERIFY(!reportToText(test::sampleReport()).contains(QStringLiteral("Around the conversation")));
    }

    void redactionReachesTheFindings()
    {
        ReportData d = reportWithFindings();
        d.redaction.maskHosts = true; // IP addresses go with the host names
        const QString text = reportToText(d);
        QVERIFY2(!text.contains(QStringLiteral("198.51.100.7")), qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestCheckReports)
#include "tst_checkreports.moc"
