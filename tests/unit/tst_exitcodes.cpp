#include "diagnosis/exitcodes.h"

#include <QTest>

using namespace mailflow;

namespace {

struct Step
{
    Step() = default;
    Step(MilestoneKind k, MilestoneState s, int c = 0, FailureKind f = FailureKind::None, const QString &who = {})
        : kind(k)
        , state(s)
        , code(c)
        , failure(f)
        , subject(who)
    { }
    MilestoneKind kind = MilestoneKind::Connect;
    MilestoneState state = MilestoneState::Pending;
    int code = 0;
    FailureKind failure = FailureKind::None;
    QString subject;
};

SmtpReply replyWith(int code)
{
    SmtpReply r;
    if (code > 0) {
        r.code = code;
        r.setLines({QStringLiteral("text")});
    }
    return r;
}

/** A whole conversation that passed, with the steps given replacing the ones of the same kind and subject. */
void fill(Checklist &checklist, const QList<Step> &changes)
{
    QList<Step> steps {
        {MilestoneKind::Connect, MilestoneState::Passed, 220},
        {MilestoneKind::Ehlo, MilestoneState::Passed, 250},
        {MilestoneKind::Mail, MilestoneState::Passed, 250, FailureKind::None, QStringLiteral("a@example.test")},
        {MilestoneKind::Rcpt, MilestoneState::Passed, 250, FailureKind::None, QStringLiteral("u1@example.test")},
        {MilestoneKind::Rcpt, MilestoneState::Passed, 250, FailureKind::None, QStringLiteral("u2@example.test")},
        {MilestoneKind::Data, MilestoneState::Passed, 354},
        {MilestoneKind::EndOfData, MilestoneState::Passed, 250},
        {MilestoneKind::Quit, MilestoneState::Passed, 221},
    };
    for (const Step &change : changes) {
        bool replaced = false;
        for (Step &s : steps) {
            if (s.kind == change.kind && s.subject == change.subject) {
                s = change;
                replaced = true;
            }
        }
        if (!replaced)
            steps.prepend(change); // e.g. a DNS step
    }
    for (const Step &s : std::as_const(steps)) {
        Milestone m;
        m.kind = s.kind;
        m.subject = s.subject;
        m.state = s.state;
        m.reply = replyWith(s.code);
        m.failure = s.failure;
        checklist.add(m);
    }
}

const QString u1 = QStringLiteral("u1@example.test");
const QString u2 = QStringLiteral("u2@example.test");

} // namespace

Q_DECLARE_METATYPE(QList<Step>)

class TestExitCodes : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void codes_data()
    {
        using K = MilestoneKind;
        using S = MilestoneState;
        using F = FailureKind;
        QTest::addColumn<QList<Step>>("changes");
        QTest::addColumn<int>("exitCode");

        QTest::newRow("all passed") << QList<Step> {} << 0;
        QTest::newRow("HELO fall-back is a warning, not a failure") << QList<Step> {{K::Ehlo, S::Warning, 250}} << 0;
        QTest::newRow("QUIT unanswered is only a warning")
            << QList<Step> {{K::Quit, S::Warning, 0, F::ConnectionLost}} << 0;
        QTest::newRow("QUIT 421 warning") << QList<Step> {{K::Quit, S::Warning, 421, F::Reply}} << 0;
        QTest::newRow("connection refused") << QList<Step> {{K::Connect, S::Failed, 0, F::ConnectionRefused},
                                                            {K::Ehlo, S::Skipped},
                                                            {K::Quit, S::Skipped}}
                                            << 2;
        QTest::newRow("host not found") << QList<Step> {{K::Connect, S::Failed, 0, F::HostNotFound}} << 2;
        QTest::newRow("unreachable") << QList<Step> {{K::Connect, S::Failed, 0, F::NetworkUnreachable}} << 2;
        QTest::newRow("closed before greeting") << QList<Step> {{K::Connect, S::Failed, 0, F::ConnectionLost}} << 2;
        QTest::newRow("554 greeting") << QList<Step> {{K::Connect, S::Failed, 554, F::Reply}} << 21;
        QTest::newRow("421 greeting") << QList<Step> {{K::Connect, S::Warning, 421, F::Reply}} << 21;
        QTest::newRow("EHLO and HELO refused") << QList<Step> {{K::Ehlo, S::Failed, 501, F::Reply}} << 22;
        QTest::newRow("MAIL refused") << QList<Step> {{K::Mail, S::Failed, 553, F::Reply,
                                                       QStringLiteral("a@example.test")}}
                                      << 23;
        QTest::newRow("MAIL deferred") << QList<Step> {{K::Mail, S::Warning, 451, F::Reply,
                                                        QStringLiteral("a@example.test")}}
                                       << 23;
        QTest::newRow("one recipient refused, other accepted")
            << QList<Step> {{K::Rcpt, S::Failed, 550, F::Reply, u2}} << 24;
        QTest::newRow("recipient greylisted") << QList<Step> {{K::Rcpt, S::Warning, 451, F::Reply, u1}} << 24;
        QTest::newRow("DATA refused") << QList<Step> {{K::Data, S::Failed, 554, F::Reply}, {K::EndOfData, S::Skipped}}
                                      << 25;
        QTest::newRow("connection lost in DATA") << QList<Step> {{K::Data, S::Failed, 0, F::ConnectionLost},
                                                                 {K::EndOfData, S::Skipped},
                                                                 {K::Quit, S::Skipped}}
                                                 << 25;
        QTest::newRow("message refused after the dot") << QList<Step> {{K::EndOfData, S::Failed, 552, F::Reply}} << 26;
        QTest::newRow("QUIT refused") << QList<Step> {{K::Quit, S::Failed, 500, F::Reply}} << 27;
        QTest::newRow("protocol error at EHLO")
            << QList<Step> {{K::Ehlo, S::Failed, 0, F::ProtocolError},
                            {K::Mail, S::Skipped, 0, F::None, QStringLiteral("a@example.test")}}
            << 30;
        QTest::newRow("timeout at greeting") << QList<Step> {{K::Connect, S::Failed, 0, F::Timeout}} << 31;
        QTest::newRow("timeout at end of data") << QList<Step> {{K::EndOfData, S::Failed, 0, F::Timeout}} << 31;
        QTest::newRow("DNS failed") << QList<Step> {{K::Dns, S::Failed, 0, F::HostNotFound}} << 32;
        QTest::newRow("aborted") << QList<Step> {{K::Rcpt, S::Failed, 0, F::Aborted, u1}} << 33;
        QTest::newRow("local error") << QList<Step> {{K::Mail, S::Failed, 0, F::LocalError,
                                                      QStringLiteral("a@example.test")}}
                                     << 1;
        QTest::newRow("AUTH refused") << QList<Step> {{K::Auth, S::Failed, 535, F::Reply}} << 28;
        QTest::newRow("TLS failed") << QList<Step> {{K::Tls, S::Failed, 0, F::TlsFailed}} << 29;
        QTest::newRow("first failure wins")
            << QList<Step> {{K::Rcpt, S::Failed, 550, F::Reply, u1}, {K::EndOfData, S::Failed, 554, F::Reply}} << 24;
        QTest::newRow("deferral before a failure wins")
            << QList<Step> {{K::Rcpt, S::Warning, 450, F::Reply, u1}, {K::Rcpt, S::Failed, 550, F::Reply, u2}} << 24;
        QTest::newRow("skipped steps alone are not a failure")
            << QList<Step> {{K::Data, S::Skipped}, {K::EndOfData, S::Skipped}} << 0;
    }
    void codes()
    {
        QFETCH(QList<Step>, changes);
        QFETCH(int, exitCode);
        Checklist checklist;
        fill(checklist, changes);
        QCOMPARE(exitCodeFor(checklist), exitCode);
    }

    void emptyChecklist()
    {
        Checklist checklist;
        QCOMPARE(exitCodeFor(checklist), int(ExitOk));
    }

    void codesAreDistinct()
    {
        const QList<MilestoneKind> kinds {MilestoneKind::Dns,  MilestoneKind::Connect,   MilestoneKind::Ehlo,
                                          MilestoneKind::Auth, MilestoneKind::Mail,      MilestoneKind::Rcpt,
                                          MilestoneKind::Data, MilestoneKind::EndOfData, MilestoneKind::Quit};
        QList<int> seen {ExitOk, ExitBadInput, ExitProtocolError, ExitTimeout, ExitGreeting, ExitAborted};
        for (const MilestoneKind kind : kinds) {
            const int code = exitCodeForStage(kind);
            QVERIFY2(!seen.contains(code), qPrintable(QString::number(code)));
            seen << code;
        }
        QCOMPARE(exitCodeForStage(MilestoneKind::StartTls), exitCodeForStage(MilestoneKind::Tls));
    }
};

QTEST_GUILESS_MAIN(TestExitCodes)
#include "tst_exitcodes.moc"
