// The checklist's editing API: start, finish, skip, skip what is unfinished, the DNS row first; and the
// key and name tables of its enums.
#include "smtp/checklist.h"
#include "smtp/milestoneexplainer.h"

#include <QSignalSpy>
#include <QTest>

using namespace mailflow;

namespace {

Milestone planned(MilestoneKind kind, const QString &subject = {})
{
    Milestone m;
    m.kind = kind;
    m.subject = subject;
    return m;
}

class CodeExplainer : public MilestoneExplainer
{
public:
    Diagnosis explain(const Milestone &milestone, bool tcpConnected) const override
    {
        Diagnosis d;
        d.meaning = QStringLiteral("%1 %2").arg(milestone.reply.code).arg(tcpConnected ? u"tcp" : u"none");
        return d;
    }
};

} // namespace

class TstChecklist : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startReusesThePlannedRow()
    {
        Checklist c;
        c.add(planned(MilestoneKind::Connect));
        c.add(planned(MilestoneKind::Rcpt, QStringLiteral("a@example.test")));
        QSignalSpy changed(&c, &Checklist::milestoneChanged);
        QSignalSpy added(&c, &Checklist::milestoneAdded);
        QCOMPARE(c.start(MilestoneKind::Rcpt, QStringLiteral("A@Example.test"), QStringLiteral("250"), 40, 7), 1);
        QCOMPARE(added.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(c.at(1).state, MilestoneState::Running);
        QCOMPARE(c.at(1).expected, QStringLiteral("250"));
        QCOMPARE(c.at(1).startedMs, 40);
        QCOMPARE(c.at(1).firstEntry, 7);
        // A milestone the plan did not list is added.
        QCOMPARE(c.start(MilestoneKind::StartTls, {}, QStringLiteral("220"), 50, 9), 2);
        QCOMPARE(added.count(), 1);
        QCOMPARE(c.at(2).kind, MilestoneKind::StartTls);
        // Subjects tell rows apart: an EHLO after STARTTLS is not the first EHLO.
        c.add(planned(MilestoneKind::Ehlo));
        QCOMPARE(c.start(MilestoneKind::Ehlo, QStringLiteral("after STARTTLS"), QStringLiteral("250"), 60, 10), 4);
    }

    void finishRecordsResultAndMeaning()
    {
        Checklist c;
        c.add(planned(MilestoneKind::Mail));
        const int index = c.start(MilestoneKind::Mail, {}, QStringLiteral("250"), 100, 3);
        QSignalSpy changed(&c, &Checklist::milestoneChanged);
        SmtpReply reply;
        reply.code = 550;
        reply.setLines({QStringLiteral("5.7.1 Relaying denied")});
        const CodeExplainer explainer;
        c.finish(index, MilestoneResult {MilestoneState::Failed, reply, FailureKind::Reply, QStringLiteral("550")}, 350,
                 5, &explainer, true);
        QCOMPARE(changed.count(), 1); // one change, with its meaning already in it
        const Milestone &m = c.at(index);
        QCOMPARE(m.state, MilestoneState::Failed);
        QCOMPARE(m.reply.code, 550);
        QCOMPARE(m.failure, FailureKind::Reply);
        QCOMPARE(m.summary, QStringLiteral("550"));
        QCOMPARE(m.durationMs, 250);
        QCOMPARE(m.lastEntry, 5);
        QCOMPARE(m.diagnosis.meaning, QStringLiteral("550 tcp"));

        c.setSummary(index, QStringLiteral("changed"));
        QCOMPARE(c.at(index).summary, QStringLiteral("changed"));
        Diagnosis d;
        d.nextStep = QStringLiteral("ask");
        c.setDiagnosis(index, d);
        QCOMPARE(c.at(index).diagnosis.nextStep, QStringLiteral("ask"));
        // Out of range: nothing happens.
        c.setSummary(9, QStringLiteral("x"));
        c.finish(-1, {}, 0, 0);
        QCOMPARE(c.count(), 1);
    }

    void skipOnlyTouchesPendingRowsOfThatSubject()
    {
        Checklist c;
        c.add(planned(MilestoneKind::Ehlo));
        c.add(planned(MilestoneKind::Ehlo, QStringLiteral("after STARTTLS")));
        c.add(planned(MilestoneKind::Tls));
        c.start(MilestoneKind::Tls, {}, {}, 0, 0);
        c.skip(MilestoneKind::Ehlo, QStringLiteral("after starttls"), QStringLiteral("refused"));
        c.skip(MilestoneKind::Tls, {}, QStringLiteral("refused"));
        QCOMPARE(c.at(0).state, MilestoneState::Pending);
        QCOMPARE(c.at(1).state, MilestoneState::Skipped);
        QCOMPARE(c.at(1).summary, QStringLiteral("refused"));
        QCOMPARE(c.at(2).state, MilestoneState::Running); // started: not the skip's to change
    }

    void skipUnfinishedKeepsWhatWasSaid()
    {
        Checklist c;
        c.add(planned(MilestoneKind::Connect));
        c.add(planned(MilestoneKind::Ehlo));
        c.add(planned(MilestoneKind::Mail));
        c.add(planned(MilestoneKind::Quit));
        c.finish(c.start(MilestoneKind::Connect, {}, QStringLiteral("220"), 0, 0),
                 MilestoneResult {MilestoneState::Passed, {}, FailureKind::None, QStringLiteral("220 hi")}, 1, 0);
        c.start(MilestoneKind::Ehlo, {}, QStringLiteral("250"), 1, 1);
        c.setSummary(1, QStringLiteral("waiting for TLS"));
        c.skipUnfinished(QStringLiteral("Not reached"));
        QCOMPARE(c.at(0).state, MilestoneState::Passed);
        QCOMPARE(c.at(0).summary, QStringLiteral("220 hi"));
        QCOMPARE(c.at(1).state, MilestoneState::Skipped);
        QCOMPARE(c.at(1).summary, QStringLiteral("waiting for TLS"));
        QCOMPARE(c.at(2).state, MilestoneState::Skipped);
        QCOMPARE(c.at(2).summary, QStringLiteral("Not reached"));
        QCOMPARE(c.at(3).state, MilestoneState::Skipped);
    }

    void dnsMilestoneGoesFirstAndReplacesTheLast()
    {
        Checklist c;
        c.add(planned(MilestoneKind::Connect));
        c.add(planned(MilestoneKind::Quit));
        Milestone dns = planned(MilestoneKind::Dns, QStringLiteral("example.test"));
        dns.state = MilestoneState::Passed;
        QCOMPARE(c.setDnsMilestone(dns), 0);
        QCOMPARE(c.count(), 3);
        QCOMPARE(c.at(0).kind, MilestoneKind::Dns);
        QCOMPARE(c.at(1).kind, MilestoneKind::Connect);
        dns.state = MilestoneState::Failed;
        QCOMPARE(c.setDnsMilestone(dns), 0);
        QCOMPARE(c.count(), 3);
        QCOMPARE(c.at(0).state, MilestoneState::Failed);
        QCOMPARE(c.at(2).kind, MilestoneKind::Quit);
    }

    void tables()
    {
        const QList<QPair<MilestoneKind, QString>> kinds {
            {MilestoneKind::Dns, QStringLiteral("dns")},   {MilestoneKind::Connect, QStringLiteral("connect")},
            {MilestoneKind::Ehlo, QStringLiteral("ehlo")}, {MilestoneKind::StartTls, QStringLiteral("starttls")},
            {MilestoneKind::Tls, QStringLiteral("tls")},   {MilestoneKind::Auth, QStringLiteral("auth")},
            {MilestoneKind::Mail, QStringLiteral("mail")}, {MilestoneKind::Rcpt, QStringLiteral("rcpt")},
            {MilestoneKind::Data, QStringLiteral("data")}, {MilestoneKind::EndOfData, QStringLiteral("end-of-data")},
            {MilestoneKind::Quit, QStringLiteral("quit")}, {MilestoneKind::XClient, QStringLiteral("xclient")},
        };
        for (const auto &[kind, key] : kinds) {
            QCOMPARE(Checklist::kindKey(kind), key);
            QVERIFY(!Checklist::kindTitle(kind).isEmpty());
        }
        QCOMPARE(Checklist::kindTitle(MilestoneKind::Connect), QStringLiteral("Connect and greeting"));
        QCOMPARE(Checklist::kindTitle(MilestoneKind::EndOfData), QStringLiteral("End of data"));
        const QList<QPair<MilestoneState, QString>> states {
            {MilestoneState::Pending, QStringLiteral("pending")}, {MilestoneState::Running, QStringLiteral("running")},
            {MilestoneState::Passed, QStringLiteral("passed")},   {MilestoneState::Warning, QStringLiteral("warning")},
            {MilestoneState::Failed, QStringLiteral("failed")},   {MilestoneState::Skipped, QStringLiteral("skipped")},
        };
        for (const auto &[state, key] : states) {
            QCOMPARE(Checklist::stateKey(state), key);
            QCOMPARE(Checklist::stateName(state).toLower(), key);
        }
    }
};

QTEST_GUILESS_MAIN(TstChecklist)
#include "tst_checklist.moc"
