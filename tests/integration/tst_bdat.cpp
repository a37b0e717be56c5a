// CHUNKING / BDAT (RFC 3030): the chunks as they go over the wire (the scripted server reads each
// counted chunk), replies a client must not take for success, and a real postfix (CHUNKING since 3.4).
#include "clirun.h"
#include "diagnosis/exitcodes.h"
#include "loopbacksession.h"
#include "postfixfixture.h"
#include "scriptedsmtpserver.h"
#include "sessionharness.h"
#include "smtp/messagesource.h"
#include "testcertificates.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {

const QString ChunkingEhlo = QStringLiteral("S: 250-fake.test\nS: 250-8BITMIME\nS: 250 CHUNKING");

/** A message with lines that DATA would dot-stuff; BDAT must send them as they are. */
const QString DottedBody = QStringLiteral(".hidden line\n..two dots\nlast line\n");

SessionOptions bdatOptions(quint16 port)
{
    SessionOptions o = loopbackSession(port);
    o.message.bodyText = DottedBody;
    o.bdat = BdatMode::Auto;
    return o;
}

/** The bytes BDAT carries for these options: the encoded message without dot-stuffing. */
QByteArray chunkedMessage(const SessionOptions &options)
{
    MessageSource source(options, MessageSource::Framing::Bdat);
    if (!source.open())
        return {};
    QByteArray all;
    while (!source.atEnd())
        all += source.readChunk(4096);
    return all;
}

/** The message without its Date and Message-ID lines, which differ from one build of it to the next. */
QByteArray stable(const QByteArray &message)
{
    static const QRegularExpression varying(QStringLiteral("^(Date|Message-ID): [^\r]*\r\n"),
                                            QRegularExpression::MultilineOption);
    return QString::fromUtf8(message).remove(varying).toUtf8();
}

QString start(const QString &ehlo)
{
    return QStringLiteral("S: 220 fake.test ESMTP\nC: EHLO client.test\n") + ehlo
        + QStringLiteral("\nC: ~MAIL FROM:<a@b\\.test>.*\nS: 250 2.1.0 Ok\nC: RCPT TO:<c@d.test>\nS: 250 2.1.5 Ok\n");
}

/** "C: BDAT n", "B: n", "S: 250 …" for each chunk of size bytes of total; the last one with LAST. */
QString chunkLines(qint64 total, qint64 size)
{
    QString lines;
    for (qint64 sent = 0; sent < total || total == 0; sent += size) {
        const qint64 n = qMin(size, total - sent);
        const bool last = sent + n == total;
        lines += QStringLiteral("C: BDAT %1%2\nB: %1\nS: 250 2.0.0 %3\n")
                     .arg(n)
                     .arg(last ? QStringLiteral(" LAST") : QString(),
                          last ? QStringLiteral("Ok: queued as 42") : QStringLiteral("chunk ok"));
        if (last)
            break;
    }
    return lines;
}

const QString Quit = QStringLiteral("C: QUIT\nS: 221 2.0.0 Bye\nX:\n");

QStringList clientLines(const SmtpSession &session)
{
    QStringList lines;
    for (const TranscriptEntry &e : session.transcript()->entries()) {
        if (e.direction == TranscriptEntry::Direction::Client)
            lines << e.text;
    }
    return lines;
}

QString server(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

} // namespace

class TstBdat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chunksAreCountedAndNotDotStuffed()
    {
        ScriptedSmtpServer fake;
        SessionOptions o = bdatOptions(0);
        o.bdatChunkSize = 100;
        const QByteArray message = chunkedMessage(o);
        QVERIFY(message.size() > 250);
        fake.setScript(start(ChunkingEhlo) + chunkLines(message.size(), 100) + Quit);
        o.port = fake.start();
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        QCOMPARE(fake.dataBodies().size(), int((message.size() + 99) / 100));
        QCOMPARE(stable(fake.dataBodies().join()), stable(message));
        QCOMPARE(fake.dataBodies().join().size(), message.size());
        QVERIFY(message.contains("\r\n.hidden line\r\n..two dots\r\n"));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Data), MilestoneState::Passed);
        QCOMPARE(findMilestone(h.session, MilestoneKind::Data)->expected, QStringLiteral("250"));
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Passed);
        QVERIFY(findMilestone(h.session, MilestoneKind::EndOfData)->reply.text().contains(u"queued as 42"));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
        // The transcript shows the BDAT commands, not the message they carry.
        const QStringList client = clientLines(h.session);
        QVERIFY2(client.contains(QStringLiteral("BDAT 100")), qPrintable(client.join(u'\n')));
        QVERIFY2(client.contains(QStringLiteral("BDAT %1 LAST").arg(message.size() % 100)),
                 qPrintable(client.join(u'\n')));
        QVERIFY2(!transcriptText(h.session).contains(u"hidden line"), qPrintable(transcriptText(h.session)));
        QVERIFY(!client.contains(QStringLiteral("DATA")));
    }

    void smallMessageGoesInOneChunk()
    {
        ScriptedSmtpServer fake;
        SessionOptions o = bdatOptions(0);
        const QByteArray message = chunkedMessage(o);
        fake.setScript(start(ChunkingEhlo) + chunkLines(message.size(), 1024 * 1024) + Quit);
        o.port = fake.start();
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        QCOMPARE(fake.dataBodies().size(), 1);
        QCOMPARE(stable(fake.dataBodies().constFirst()), stable(message));
        QCOMPARE(milestoneState(h.session, MilestoneKind::Data), MilestoneState::Skipped);
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Passed);
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
    }

    void offOrNotOfferedSendsData_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("ehlo");
        QTest::newRow("off, offered") << int(BdatMode::Off) << ChunkingEhlo;
        QTest::newRow("auto, not offered")
            << int(BdatMode::Auto) << QStringLiteral("S: 250-fake.test\nS: 250 8BITMIME");
    }
    void offOrNotOfferedSendsData()
    {
        QFETCH(int, mode);
        QFETCH(QString, ehlo);
        ScriptedSmtpServer fake;
        fake.setScript(start(ehlo) + QStringLiteral("C: DATA\nS: 354 go\nD:\nS: 250 2.0.0 Ok\n") + Quit);
        SessionOptions o = bdatOptions(fake.start());
        o.bdat = BdatMode(mode);
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        // DATA dot-stuffs the lines that start with a dot.
        QVERIFY(fake.dataBodies().value(0).contains("\r\n..hidden line\r\n...two dots\r\n"));
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
    }

    void forcedWithoutChunking()
    {
        ScriptedSmtpServer fake;
        SessionOptions o = bdatOptions(0);
        o.bdat = BdatMode::Force;
        const qint64 size = chunkedMessage(o).size();
        fake.setScript(start(QStringLiteral("S: 250-fake.test\nS: 250 8BITMIME"))
                       + QStringLiteral("C: BDAT %1 LAST\nB: %1\nS: 500 5.5.1 Command unrecognized\n").arg(size)
                       + Quit);
        o.port = fake.start();
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Failed);
        QCOMPARE(findMilestone(h.session, MilestoneKind::EndOfData)->reply.code, 500);
    }

    void brokenReplies_data()
    {
        QTest::addColumn<QString>("firstReply");
        QTest::addColumn<QString>("secondReply");
        QTest::addColumn<int>("failedKind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("why");
        QTest::newRow("354 to BDAT") << QStringLiteral("S: 354 go ahead") << QString() << int(MilestoneKind::Data)
                                     << int(ExitData) << QStringLiteral("never with 354");
        QTest::newRow("second chunk refused")
            << QStringLiteral("S: 250 2.0.0 chunk ok") << QStringLiteral("S: 554 5.6.0 chunk refused")
            << int(MilestoneKind::Data) << int(ExitData) << QString();
        QTest::newRow("two replies to one chunk")
            << QStringLiteral("S: 250 2.0.0 chunk ok\nS: 250 2.0.0 again") << QString() << int(MilestoneKind::Data)
            << int(ExitProtocolError) << QStringLiteral("answered before");
        QTest::newRow("deferred chunk") << QStringLiteral("S: 451 4.3.0 try later") << QString()
                                        << int(MilestoneKind::Data) << -1 << QString();
    }
    void brokenReplies()
    {
        QFETCH(QString, firstReply);
        QFETCH(QString, secondReply);
        QFETCH(int, failedKind);
        QFETCH(int, exitCode);
        QFETCH(QString, why);
        ScriptedSmtpServer fake;
        QString script = start(ChunkingEhlo) + QStringLiteral("C: BDAT 100\nB: 100\n") + firstReply + u'\n';
        if (!secondReply.isEmpty())
            script += QStringLiteral("C: BDAT 100\nB: 100\n") + secondReply + u'\n';
        // After a refused chunk the client sends no further chunk (RFC 3030) and quits; after replies that no
        // longer match it closes at once.
        script += exitCode == int(ExitProtocolError) ? QString() : Quit;
        fake.setScript(script);
        SessionOptions o = bdatOptions(fake.start());
        o.message.bodyText = QString(2000, u'x') + u'\n';
        o.bdatChunkSize = 100;
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        const Milestone *m = findMilestone(h.session, MilestoneKind(failedKind));
        QVERIFY(m);
        QVERIFY2(m->state == (exitCode < 0 ? MilestoneState::Warning : MilestoneState::Failed),
                 qPrintable(Checklist::stateKey(m->state)));
        if (exitCode >= 0)
            QCOMPARE(exitCodeFor(*h.session.checklist()), exitCode);
        QVERIFY2(why.isEmpty() || transcriptText(h.session).contains(why), qPrintable(transcriptText(h.session)));
        QVERIFY(!clientLines(h.session).join(u'\n').contains(u"LAST"));
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Skipped);
    }

    void bodyDeclaration_data()
    {
        QTest::addColumn<QString>("ehlo");
        QTest::addColumn<QString>("body");
        QTest::newRow("BINARYMIME offered") << QStringLiteral("S: 250-fake.test\nS: 250-BINARYMIME\nS: 250 CHUNKING")
                                            << QStringLiteral(" BODY=BINARYMIME");
        QTest::newRow("8BITMIME only") << ChunkingEhlo << QStringLiteral(" BODY=8BITMIME");
    }
    void bodyDeclaration()
    {
        QFETCH(QString, ehlo);
        QFETCH(QString, body);
        ScriptedSmtpServer fake;
        SessionOptions o = bdatOptions(0);
        o.message.bodyText = QStringLiteral("Grüße\n");
        const qint64 size = chunkedMessage(o).size();
        fake.setScript(QStringLiteral("S: 220 fake.test ESMTP\nC: EHLO client.test\n") + ehlo
                       + QStringLiteral("\nC: MAIL FROM:<a@b.test>%1\nS: 250 2.1.0 Ok\nC: RCPT TO:<c@d.test>\n"
                                        "S: 250 2.1.5 Ok\n")
                             .arg(body)
                       + chunkLines(size, size) + Quit);
        o.port = fake.start();
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        QVERIFY(fake.dataBodies().value(0).contains("Grüße"));
    }

    void pipelinedEnvelopeThenChunks()
    {
        ScriptedSmtpServer fake;
        SessionOptions o = bdatOptions(0);
        o.pipelining = true;
        const qint64 size = chunkedMessage(o).size();
        fake.setScript(
            QStringLiteral("S: 220 fake.test ESMTP\nC: EHLO client.test\nS: 250-fake.test\nS: 250-PIPELINING\n"
                           "S: 250 CHUNKING\nC: MAIL FROM:<a@b.test>\nC: RCPT TO:<c@d.test>\n"
                           "S: 250 2.1.0 Ok\nS: 250 2.1.5 Ok\n")
            + chunkLines(size, size) + Quit);
        o.port = fake.start();
        SessionHarness h;
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        MAILFLOW_VERIFY_SCRIPT(fake);
        QCOMPARE(exitCodeFor(*h.session.checklist()), int(ExitOk));
        QVERIFY(transcriptText(h.session).contains(u"the next 2 commands"));
    }

    void cliOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("error");
        QTest::newRow("bad mode") << QStringList {QStringLiteral("--bdat"), QStringLiteral("sometimes")}
                                  << QStringLiteral("--bdat: use auto, force or off.");
        QTest::newRow("size without bdat") << QStringList {QStringLiteral("--bdat-chunk-size"), QStringLiteral("4k")}
                                           << QStringLiteral("needs --bdat auto or --bdat force");
        QTest::newRow("zero size") << QStringList {QStringLiteral("--bdat"), QStringLiteral("auto"),
                                                   QStringLiteral("--bdat-chunk-size"), QStringLiteral("0")}
                                   << QStringLiteral("--bdat-chunk-size: give a number");
    }
    void cliOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        const CliResult r
            = runCli(QStringList {QStringLiteral("--server"), QStringLiteral("127.0.0.1:1"), QStringLiteral("--from"),
                                  QStringLiteral("a@b.test"), QStringLiteral("--to"), QStringLiteral("c@d.test")}
                     + arguments);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.contains(error.toUtf8()), qPrintable(describe(r)));
    }

    void realPostfix()
    {
        if (const QString why = PostfixFixture::unavailableReason(); !why.isEmpty())
            QSKIP(qPrintable(why));
        TestCertificates certs;
        QVERIFY2(certs.generate(), qPrintable(certs.errorString()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // postfix logs a WARN for a body line that is exactly ".hidden line": a dot-stuffed one would not match.
        QFile checks(dir.filePath(QStringLiteral("body_checks")));
        QVERIFY(checks.open(QIODevice::WriteOnly));
        checks.write("/^\\.hidden line$/ WARN one dot arrived\n");
        checks.close();
        QFile body(dir.filePath(QStringLiteral("body.txt")));
        QVERIFY(body.open(QIODevice::WriteOnly));
        for (int i = 0; i < 200; ++i)
            body.write("A line of the test message, long enough to need several chunks.\n");
        body.write(DottedBody.toUtf8());
        body.close();
        PostfixFixture postfix;
        postfix.setExtraConfig(QStringLiteral("body_checks = regexp:%1\n").arg(checks.fileName()));
        QVERIFY2(postfix.start(certs.valid().certificate, certs.valid().key), qPrintable(postfix.errorString()));
        const CliResult r
            = runCli({QStringLiteral("--server"), server(postfix.port()), QStringLiteral("--from"),
                      QStringLiteral("a@example.com"), QStringLiteral("--to"), QStringLiteral("anyone@postfix.test"),
                      QStringLiteral("--tls"), QStringLiteral("off"), QStringLiteral("--body"), u'@' + body.fileName(),
                      QStringLiteral("--bdat"), QStringLiteral("auto"), QStringLiteral("--bdat-chunk-size"),
                      QStringLiteral("4k")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r) + postfix.log()));
        QVERIFY2(r.out.contains("CHUNKING"), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("BDAT 4096\r\n") || r.out.contains("BDAT 4096\n"), qPrintable(describe(r)));
        QVERIFY2(QRegularExpression(QStringLiteral("BDAT \\d+ LAST")).match(QString::fromUtf8(r.out)).hasMatch(),
                 qPrintable(describe(r)));
        QVERIFY2(!r.out.contains("A line of the test message"), qPrintable(describe(r)));
        QTRY_VERIFY2_WITH_TIMEOUT(postfix.log().contains(QStringLiteral("one dot arrived")), qPrintable(postfix.log()),
                                  10'000);
        QTRY_VERIFY_WITH_TIMEOUT(postfix.log().contains(QStringLiteral("status=sent")), 10'000);
    }
};

QTEST_GUILESS_MAIN(TstBdat)
#include "tst_bdat.moc"
