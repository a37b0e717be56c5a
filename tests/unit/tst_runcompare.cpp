#include "evidence/runcompare.h"
#include "samplereport.h"

#include <QJsonArray>
#include <QTest>

using namespace mailflow;
using test::sampleMilestone;

namespace {
using K = MilestoneKind;
using S = MilestoneState;

/** A run from a compact spec: "kind:subject=state/code/ms;..." e.g. "rcpt:a@x=failed/550/12". */
ReportData run(const QString &spec, const QString &fingerprint = {})
{
    ReportData d;
    bool failed = false;
    for (const QString &item : spec.split(u';', Qt::SkipEmptyParts)) {
        const QString head = item.section(u'=', 0, 0);
        const QStringList tail = item.section(u'=', 1).split(u'/');
        MilestoneKind kind = K::Connect;
        const QString kindKey = head.section(u':', 0, 0);
        for (K k : {K::Connect, K::Ehlo, K::Mail, K::Rcpt, K::Data, K::EndOfData, K::Quit})
            if (Checklist::kindKey(k) == kindKey)
                kind = k;
        MilestoneState state = S::Passed;
        for (S s : {S::Pending, S::Passed, S::Warning, S::Failed, S::Skipped})
            if (Checklist::stateKey(s) == tail.value(0))
                state = s;
        const int code = tail.value(1).toInt();
        const QString text = tail.value(3, QStringLiteral("text"));
        d.milestones.append(sampleMilestone(kind, state, code, text, tail.value(2, QStringLiteral("-1")).toLongLong(),
                                            head.section(u':', 1)));
        failed = failed || state == S::Failed;
    }
    d.outcome.verdict = failed ? SessionOutcome::Verdict::Failed : SessionOutcome::Verdict::Passed;
    d.certificateFingerprint = fingerprint;
    return d;
}
} // namespace

class TestRunCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("fpBefore");
        QTest::addColumn<QString>("fpAfter");
        QTest::addColumn<QStringList>("expected"); // "step/kind"

        const QString base = QStringLiteral("connect=passed/220/10;ehlo=passed/250/10;mail:a@x.example=passed/250/10;"
                                            "rcpt:b@x.example=passed/250/10");
        QTest::newRow("identical") << base << base << QString() << QString() << QStringList();
        QTest::newRow("rcpt now fails")
            << base
            << QStringLiteral("connect=passed/220/10;ehlo=passed/250/10;mail:a@x.example=passed/250/10;"
                              "rcpt:b@x.example=failed/550/10")
            << QString() << QString()
            << QStringList {QStringLiteral("/verdict-changed"), QStringLiteral("rcpt:b@x.example/now-fails")};
        QTest::newRow("rcpt now passes") << QStringLiteral("connect=passed/220/10;rcpt:b@x.example=failed/550/10")
                                         << QStringLiteral("connect=passed/220/10;rcpt:b@x.example=passed/250/10")
                                         << QString() << QString()
                                         << QStringList {QStringLiteral("/verdict-changed"),
                                                         QStringLiteral("rcpt:b@x.example/now-passes")};
        QTest::newRow("greylisted now") << QStringLiteral("connect=passed/220/10;rcpt:b@x.example=passed/250/10")
                                        << QStringLiteral("connect=passed/220/10;rcpt:b@x.example=warning/451/10")
                                        << QString() << QString()
                                        << QStringList {QStringLiteral("rcpt:b@x.example/now-warns")};
        QTest::newRow("different code, same state")
            << QStringLiteral("connect=failed/554/10") << QStringLiteral("connect=failed/521/10") << QString()
            << QString() << QStringList {QStringLiteral("connect/reply-code-changed")};
        QTest::newRow("different words") << QStringLiteral("connect=passed/220/10/mx1 ESMTP Postfix")
                                         << QStringLiteral("connect=passed/220/10/mx1 ESMTP Exim") << QString()
                                         << QString() << QStringList {QStringLiteral("connect/reply-text-changed")};
        QTest::newRow("slower beyond threshold")
            << QStringLiteral("connect=passed/220/100") << QStringLiteral("connect=passed/220/5100") << QString()
            << QString() << QStringList {QStringLiteral("connect/slower")};
        QTest::newRow("slower but under 500 ms")
            << QStringLiteral("connect=passed/220/100") << QStringLiteral("connect=passed/220/450") << QString()
            << QString() << QStringList();
        QTest::newRow("600 ms more but not twice as long")
            << QStringLiteral("connect=passed/220/1000") << QStringLiteral("connect=passed/220/1600") << QString()
            << QString() << QStringList();
        QTest::newRow("faster is no change")
            << QStringLiteral("connect=passed/220/5000") << QStringLiteral("connect=passed/220/10") << QString()
            << QString() << QStringList();
        QTest::newRow("new certificate") << QStringLiteral("connect=passed/220/10")
                                         << QStringLiteral("connect=passed/220/10") << QStringLiteral("AA:BB")
                                         << QStringLiteral("CC:DD")
                                         << QStringList {QStringLiteral("tls/certificate-changed")};
        QTest::newRow("first certificate")
            << QStringLiteral("connect=passed/220/10") << QStringLiteral("connect=passed/220/10") << QString()
            << QStringLiteral("CC:DD") << QStringList {QStringLiteral("tls/certificate-changed")};
        QTest::newRow("recipient added and removed")
            << QStringLiteral("connect=passed/220/10;rcpt:old@x.example=passed/250/10")
            << QStringLiteral("connect=passed/220/10;rcpt:new@x.example=passed/250/10") << QString() << QString()
            << QStringList {QStringLiteral("rcpt:new@x.example/step-added"),
                            QStringLiteral("rcpt:old@x.example/step-missing")};
        QTest::newRow("subject matched case-insensitively")
            << QStringLiteral("rcpt:B@X.example=passed/250/10") << QStringLiteral("rcpt:b@x.example=passed/250/10")
            << QString() << QString() << QStringList();
        QTest::newRow("now skipped after an earlier failure")
            << QStringLiteral("mail:a@x.example=passed/250/10;rcpt:b@x.example=passed/250/10")
            << QStringLiteral("mail:a@x.example=failed/550/10;rcpt:b@x.example=skipped/0/-1") << QString() << QString()
            << QStringList {QStringLiteral("/verdict-changed"), QStringLiteral("mail:a@x.example/now-fails"),
                            QStringLiteral("rcpt:b@x.example/step-missing")};
    }
    void compare()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, fpBefore);
        QFETCH(QString, fpAfter);
        QFETCH(QStringList, expected);
        const ReportData previous = run(before, fpBefore);
        const QList<RunChange> changes = compareRuns(previous, run(after, fpAfter));
        QStringList got;
        for (const RunChange &c : changes) {
            got << c.step + u'/' + runChangeKindKey(c.kind);
            QVERIFY(!c.text.isEmpty());
        }
        got.sort();
        expected.sort();
        QCOMPARE(got, expected);

        const QStringList text = runChangesToText(changes);
        QCOMPARE(text.size(), qMax<qsizetype>(1, changes.size()));
        if (changes.isEmpty())
            QCOMPARE(text.first(), QStringLiteral("Nothing changed since the previous run."));
        const QJsonObject json = runChangesToJson(changes, previous);
        QCOMPARE(json.value(QStringLiteral("changes")).toArray().size(), changes.size());
        QCOMPARE(json.value(QStringLiteral("previousVerdict")).toString(), verdictKey(previous.outcome.verdict));
    }

    void textNamesStepAndValues()
    {
        const QList<RunChange> changes
            = compareRuns(run(QStringLiteral("rcpt:b@x.example=passed/250/10")),
                          run(QStringLiteral("rcpt:b@x.example=failed/550/10/5.1.1 unknown")));
        QCOMPARE(changes.size(), 2);
        const QString line = runChangesToText(changes).join(u'\n');
        QVERIFY2(line.contains(QStringLiteral("RCPT TO b@x.example now fails (550 5.1.1)")), qPrintable(line));
        QVERIFY(line.contains(QStringLiteral("was Passed (250)")));
    }

    void customThreshold()
    {
        CompareOptions options;
        options.slowerByMs = 50;
        options.slowerFactor = 1.2;
        const QList<RunChange> changes = compareRuns(run(QStringLiteral("ehlo=passed/250/100")),
                                                     run(QStringLiteral("ehlo=passed/250/200")), options);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().kind, RunChange::Kind::Slower);
        QCOMPARE(changes.first().before, QStringLiteral("100"));
        QCOMPARE(changes.first().after, QStringLiteral("200"));
    }
};

QTEST_GUILESS_MAIN(TestRunCompare)
#include "tst_runcompare.moc"
