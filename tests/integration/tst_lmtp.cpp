// LMTP (RFC 2033) against aiosmtpd's LMTP server (aiosmtpd.lmtp.LMTP), on a TCP port and on a UNIX socket:
// LHLO, and after the message one reply per accepted recipient, each its own checklist row.
#include "aiosmtpdfixture.h"
#include "clirun.h"
#include "diagnosis/exitcodes.h"
#include "sessionharness.h"

#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {

SessionOptions lmtpOptions(const QString &host, quint16 port)
{
    SessionOptions o;
    o.host = host;
    o.port = port;
    o.ehloName = QStringLiteral("client.test");
    o.mailFrom = QStringLiteral("a@b.test");
    o.recipients = {Recipient {QStringLiteral("u@x.test"), {}, {}}, Recipient {QStringLiteral("full@x.test"), {}, {}}};
    o.message.bodyText = QStringLiteral("Hello.\n");
    o.timeouts = Timeouts::uniform(10'000);
    o.tls.mode = TlsMode::Off;
    o.lmtp = true;
    return o;
}

const QString FullMailbox = QStringLiteral("452 4.2.2 <full@x.test> mailbox full");

} // namespace

class TstLmtp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onePerRecipientOverTcp()
    {
        AiosmtpdFixture server;
        server.setExtraArguments({QStringLiteral("--lmtp"), QStringLiteral("--reply-rule"), QStringLiteral("EOM"),
                                  QStringLiteral("full@x.test"), QStringLiteral("0"), FullMailbox});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SessionHarness h;
        h.session.setOptions(lmtpOptions(server.host(), server.port()));
        QVERIFY(runSession(h.session));
        const QString transcript = transcriptText(h.session);
        QVERIFY2(transcript.contains(u"LHLO client.test"), qPrintable(transcript));
        QVERIFY2(!transcript.contains(u"EHLO"), qPrintable(transcript));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Ehlo), MilestoneState::Passed);
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData, QStringLiteral("u@x.test")),
                 MilestoneState::Passed);
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData, QStringLiteral("full@x.test")),
                 MilestoneState::Warning);
        QCOMPARE(findMilestone(h.session, MilestoneKind::EndOfData, QStringLiteral("full@x.test"))->reply.code, 452);
        QCOMPARE(milestoneState(h.session, MilestoneKind::Quit), MilestoneState::Passed);
        QTRY_COMPARE(server.messages().size(), 1);
        QCOMPARE(server.messages().first().rcptTos,
                 (QStringList {QStringLiteral("u@x.test"), QStringLiteral("full@x.test")}));
    }

    void refusedRecipientHasNoReplyAfterTheMessage()
    {
        AiosmtpdFixture server;
        server.addReply(QStringLiteral("RCPT"), QStringLiteral("550 5.1.1 no such user"),
                        QStringLiteral("nobody@x.test"));
        server.setExtraArguments({QStringLiteral("--lmtp")});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SessionHarness h;
        SessionOptions o = lmtpOptions(server.host(), server.port());
        o.recipients
            = {Recipient {QStringLiteral("nobody@x.test"), {}, {}}, Recipient {QStringLiteral("u@x.test"), {}, {}}};
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Rcpt, QStringLiteral("nobody@x.test")),
                 MilestoneState::Failed);
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData, QStringLiteral("nobody@x.test")),
                 MilestoneState::Skipped);
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData, QStringLiteral("u@x.test")),
                 MilestoneState::Passed);
        // One reply only (for u@x.test): a second would be taken for the reply to QUIT.
        QCOMPARE(milestoneState(h.session, MilestoneKind::Quit), MilestoneState::Passed);
        QCOMPARE(findMilestone(h.session, MilestoneKind::Quit)->reply.code, 221);
    }

    void smtpServerRefusesLhlo()
    {
        AiosmtpdFixture server; // plain SMTP: LHLO is an unknown command
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        SessionHarness h;
        h.session.setOptions(lmtpOptions(server.host(), server.port()));
        QVERIFY(runSession(h.session));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Ehlo), MilestoneState::Failed);
        const QString transcript = transcriptText(h.session);
        QVERIFY2(transcript.contains(u"does not speak LMTP"), qPrintable(transcript));
        QVERIFY2(!transcript.contains(u"HELO client.test"), qPrintable(transcript));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitEhlo));
    }

    void cliOverUnixSocket_data()
    {
        QTest::addColumn<bool>("socketOption");
        QTest::newRow("--socket PATH") << true;
        QTest::newRow("--server unix:PATH") << false;
    }
    void cliOverUnixSocket()
    {
        QFETCH(bool, socketOption);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("lmtp.sock"));
        AiosmtpdFixture server;
        server.setExtraArguments({QStringLiteral("--lmtp"), QStringLiteral("--unix"), path,
                                  QStringLiteral("--reply-rule"), QStringLiteral("EOM"), QStringLiteral("full@x.test"),
                                  QStringLiteral("0"), FullMailbox});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QStringList where = socketOption
            ? QStringList {QStringLiteral("--socket"), path}
            : QStringList {QStringLiteral("--server"), QStringLiteral("unix:") + path};
        const CliResult r
            = runCli(where
                     + QStringList {QStringLiteral("--lmtp"), QStringLiteral("--tls"), QStringLiteral("off"),
                                    QStringLiteral("--from"), QStringLiteral("a@b.test"), QStringLiteral("--to"),
                                    QStringLiteral("u@x.test,full@x.test")});
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("Connected to the UNIX socket"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("C: LHLO "), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("250 2.0.0 <u@x.test> delivered"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains(FullMailbox.toUtf8()), qPrintable(describe(r)));
        // Each recipient's delivery is a checklist row; a 4xx for one of them is a deferral, not a failure.
        QVERIFY2(r.out.contains("End of data u@x.test"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("End of data full@x.test"), qPrintable(describe(r)));
        QTRY_COMPARE(server.messages().size(), 1);
    }

    void cliSocketErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("relative path") << QStringList {QStringLiteral("--socket"), QStringLiteral("lmtp.sock")}
                                       << QStringLiteral("full path");
        QTest::newRow("both --socket and --server")
            << QStringList {QStringLiteral("--socket"), QStringLiteral("/run/x.sock"), QStringLiteral("--server"),
                            QStringLiteral("127.0.0.1")}
            << QStringLiteral("give one of them");
    }
    void cliSocketErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const CliResult r
            = runCli(arguments
                     + QStringList {QStringLiteral("--lmtp"), QStringLiteral("--from"), QStringLiteral("a@b.test"),
                                    QStringLiteral("--to"), QStringLiteral("u@x.test")});
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(error.toUtf8()), qPrintable(describe(r)));
    }

    void missingSocketIsRefused()
    {
        const CliResult r = runCli({QStringLiteral("--socket"), QStringLiteral("/nonexistent/mailflow-lmtp.sock"),
                                    QStringLiteral("--lmtp"), QStringLiteral("--from"), QStringLiteral("a@b.test"),
                                    QStringLiteral("--to"), QStringLiteral("u@x.test")});
        QVERIFY2(r.finished && r.exitCode == int(ExitConnect), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("/nonexistent/mailflow-lmtp.sock"), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TstLmtp)
#include "tst_lmtp.moc"
