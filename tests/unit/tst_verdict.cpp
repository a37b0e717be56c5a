#include "diagnosis/verdict.h"
#include "smtp/smtpsession.h"

#include <QTest>

using namespace mailflow;

namespace {

SmtpReply reply(int code, const QString &text)
{
    SmtpReply r;
    r.code = code;
    r.status = EnhancedStatus::parse(text);
    r.setLines({text});
    return r;
}

Milestone milestone(MilestoneKind kind, MilestoneState state, const SmtpReply &r = {}, const QString &subject = {},
                    const QString &summary = {})
{
    Milestone m;
    m.kind = kind;
    m.state = state;
    m.reply = r;
    m.subject = subject;
    m.summary = summary.isEmpty() && r.isValid() ? r.summary() : summary;
    if (state == MilestoneState::Failed || state == MilestoneState::Warning)
        m.failure = r.isValid() ? FailureKind::Reply : FailureKind::Timeout;
    return m;
}

SessionOptions options()
{
    SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.mailFrom = QStringLiteral("a@example.test");
    o.recipients = {Recipient {QStringLiteral("u1@example.test"), {}, {}},
                    Recipient {QStringLiteral("u2@example.test"), {}, {}}};
    return o;
}

const SmtpReply greeting = reply(220, QStringLiteral("mx.example.test ESMTP Postfix"));

/** A conversation where everything passed, up to the end of data. */
void delivered(Checklist &c, const SmtpReply &endOfData, MilestoneState rcpt2 = MilestoneState::Passed)
{
    c.add(milestone(MilestoneKind::Connect, MilestoneState::Passed, greeting));
    c.add(milestone(MilestoneKind::Ehlo, MilestoneState::Passed, reply(250, QStringLiteral("mx.example.test"))));
    c.add(milestone(MilestoneKind::Mail, MilestoneState::Passed, reply(250, QStringLiteral("2.1.0 Ok")),
                    QStringLiteral("a@example.test")));
    c.add(milestone(MilestoneKind::Rcpt, MilestoneState::Passed, reply(250, QStringLiteral("2.1.5 Ok")),
                    QStringLiteral("u1@example.test")));
    c.add(milestone(MilestoneKind::Rcpt, rcpt2,
                    rcpt2 == MilestoneState::Passed ? reply(250, QStringLiteral("2.1.5 Ok"))
                                                    : reply(550, QStringLiteral("5.1.1 No such user")),
                    QStringLiteral("u2@example.test")));
    c.add(milestone(MilestoneKind::Data, MilestoneState::Passed, reply(354, QStringLiteral("go ahead"))));
    c.add(milestone(MilestoneKind::EndOfData, MilestoneState::Passed, endOfData));
    c.add(milestone(MilestoneKind::Quit, MilestoneState::Passed, reply(221, QStringLiteral("2.0.0 Bye"))));
}

} // namespace

class TestVerdict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void deliveredWithQueueId()
    {
        Checklist c;
        delivered(c, reply(250, QStringLiteral("2.0.0 Ok: queued as 4F3A2B1C0D")));
        const SessionOutcome o = evaluateOutcome(c, greeting, options());
        QCOMPARE(o.verdict, SessionOutcome::Verdict::Passed);
        QCOMPARE(o.failedMilestone, -1);
        QCOMPARE(o.sentence,
                 QStringLiteral("Mail to u1@example.test, u2@example.test was accepted by mx.example.test "
                                "(queued as 4F3A2B1C0D)."));
    }

    void deliveredWithoutQueueId()
    {
        Checklist c;
        delivered(c, reply(250, QStringLiteral("Ok")));
        // A greeting without a host name: the host the user gave names the server.
        const SessionOutcome o = evaluateOutcome(c, reply(220, QStringLiteral("ESMTP ready")), options());
        QCOMPARE(o.verdict, SessionOutcome::Verdict::Passed);
        QCOMPARE(o.sentence, QStringLiteral("Mail to u1@example.test, u2@example.test was accepted by 127.0.0.1."));
    }

    void stoppedEarly_data()
    {
        QTest::addColumn<int>("milestones"); // how many of the full list ran (then QUIT)
        QTest::addColumn<QString>("sentence");
        QTest::newRow("after connect") << 1
                                       << QStringLiteral("mx.example.test answered as expected up to Connect and "
                                                         "greeting; no message was sent.");
        QTest::newRow("after EHLO") << 2
                                    << QStringLiteral("mx.example.test answered as expected up to EHLO; no message "
                                                      "was sent.");
        QTest::newRow("after RCPT") << 5
                                    << QStringLiteral("mx.example.test answered as expected up to RCPT TO "
                                                      "u2@example.test; no message was sent.");
    }
    void stoppedEarly()
    {
        QFETCH(int, milestones);
        QFETCH(QString, sentence);
        Checklist full;
        delivered(full, reply(250, QStringLiteral("Ok")));
        Checklist c;
        for (int i = 0; i < milestones; ++i)
            c.add(full.at(i));
        c.add(full.at(full.count() - 1)); // QUIT 221
        const SessionOutcome o = evaluateOutcome(c, greeting, options());
        QCOMPARE(o.verdict, SessionOutcome::Verdict::Passed);
        QCOMPARE(o.sentence, sentence);
    }

    void failed_data()
    {
        QTest::addColumn<int>("failAt");
        QTest::addColumn<bool>("withReply");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("greeting 554") << 0 << true
                                      << QStringLiteral(
                                             "Failed at Connect and greeting: 554 5.7.1 Go away — the meaning");
        QTest::newRow("MAIL timeout") << 2 << false
                                      << QStringLiteral(
                                             "Failed at MAIL FROM a@example.test: No reply within 1 s. — the meaning");
    }
    void failed()
    {
        QFETCH(int, failAt);
        QFETCH(bool, withReply);
        QFETCH(QString, sentence);
        Checklist full;
        delivered(full, reply(250, QStringLiteral("Ok")));
        Checklist c;
        for (int i = 0; i < full.count(); ++i) {
            Milestone m = full.at(i);
            if (i == failAt) {
                m = milestone(m.kind, MilestoneState::Failed,
                              withReply ? reply(554, QStringLiteral("5.7.1 Go away")) : SmtpReply {}, m.subject,
                              withReply ? QString() : QStringLiteral("No reply within 1 s."));
                m.diagnosis.meaning = QStringLiteral("the meaning");
            } else if (i > failAt && m.kind != MilestoneKind::Quit) {
                m.state = MilestoneState::Skipped;
            }
            c.add(m);
        }
        const SessionOutcome o = evaluateOutcome(c, greeting, options());
        QCOMPARE(o.verdict, SessionOutcome::Verdict::Failed);
        QCOMPARE(o.failedMilestone, failAt);
        QCOMPARE(o.sentence, sentence);
    }

    void oneRecipientRefused()
    {
        Checklist c;
        delivered(c, reply(250, QStringLiteral("2.0.0 Ok: queued as ABC123")), MilestoneState::Failed);
        const SessionOutcome o = evaluateOutcome(c, greeting, options());
        QCOMPARE(o.verdict, SessionOutcome::Verdict::Failed);
        QCOMPARE(o.failedMilestone, 4);
        // Says what failed and that the message still went to the accepted recipient.
        QVERIFY2(o.sentence.startsWith(QStringLiteral("Failed at RCPT TO u2@example.test: 550 5.1.1 No such user")),
                 qPrintable(o.sentence));
        QVERIFY2(o.sentence.endsWith(
                     QStringLiteral(" Mail to u1@example.test was accepted by mx.example.test (queued as ABC123).")),
                 qPrintable(o.sentence));
    }

    void warnings()
    {
        Checklist c;
        delivered(c, reply(250, QStringLiteral("Ok")));
        Milestone helo = c.at(1);
        helo.state = MilestoneState::Warning;
        helo.summary = QStringLiteral("250 mx (HELO: no ESMTP extensions)");
        c.update(1, helo);
        const SessionOutcome o = evaluateOutcome(c, greeting, options());
        QCOMPARE(o.verdict, SessionOutcome::Verdict::Warning);
        QCOMPARE(o.failedMilestone, -1);
        QCOMPARE(o.sentence,
                 QStringLiteral("Mail to u1@example.test, u2@example.test was accepted by mx.example.test. "
                                "Warning at EHLO: 250 mx (HELO: no ESMTP extensions)"));
    }

    void quitWarningAfterDelivery()
    {
        Checklist c;
        delivered(c, reply(250, QStringLiteral("Ok")));
        Milestone quit = c.at(c.count() - 1);
        quit.state = MilestoneState::Warning;
        quit.reply = {};
        quit.summary = QStringLiteral("Connection closed without a 221 reply");
        c.update(c.count() - 1, quit);
        const SessionOutcome o = evaluateOutcome(c, greeting, options());
        QCOMPARE(o.verdict, SessionOutcome::Verdict::Warning);
        QVERIFY2(o.sentence.startsWith(QStringLiteral("Mail to u1@example.test, u2@example.test was accepted")),
                 qPrintable(o.sentence));
        QVERIFY2(o.sentence.endsWith(QStringLiteral("Warning at QUIT: Connection closed without a 221 reply")),
                 qPrintable(o.sentence));
    }

    void notRun()
    {
        Checklist c;
        Milestone m;
        m.kind = MilestoneKind::Connect;
        c.add(m);
        const SessionOutcome o = evaluateOutcome(c, {}, options());
        QCOMPARE(o.verdict, SessionOutcome::Verdict::NotRun);
        QCOMPARE(o.sentence, QStringLiteral("The test has not run yet."));
        QCOMPARE(evaluateOutcome(Checklist(), {}, options()).verdict, SessionOutcome::Verdict::NotRun);
    }
};

QTEST_GUILESS_MAIN(TestVerdict)
#include "tst_verdict.moc"
