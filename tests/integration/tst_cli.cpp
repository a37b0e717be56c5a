// mailflow-cli as a process: output, exit codes, options.
#include "aiosmtpdfixture.h"
#include "clirun.h"
#include "scriptedsmtpserver.h"
#include "smtpsinkfixture.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow::test;

namespace {

QString server(quint16 port)
{
    return QStringLiteral("127.0.0.1:%1").arg(port);
}

QStringList basicArguments(quint16 port)
{
    return {QStringLiteral("--server"), server(port),
            QStringLiteral("--from"),   QStringLiteral("a@test.com"),
            QStringLiteral("--to"),     QStringLiteral("u@example.com"),
            QStringLiteral("--ehlo"),   QStringLiteral("client.test")};
}

/** True when every needle occurs in haystack, in this order. */
bool inOrder(const QByteArray &haystack, const QList<QByteArray> &needles, QByteArray *missing)
{
    qsizetype pos = 0;
    for (const QByteArray &needle : needles) {
        const qsizetype at = haystack.indexOf(needle, pos);
        if (at < 0) {
            *missing = needle;
            return false;
        }
        pos = at + needle.size();
    }
    return true;
}

/** The SMTP commands mailflow-cli printed ("C: " lines), message text left out. */
QStringList commands(const QByteArray &out)
{
    QStringList result;
    bool inMessage = false;
    for (const QByteArray &line : out.split('\n')) {
        const qsizetype at = line.indexOf("] C: ");
        if (at < 0)
            continue;
        const QString text = QString::fromUtf8(line.mid(at + 5));
        if (inMessage) {
            if (text == u".") {
                inMessage = false;
                result << text;
            }
            continue;
        }
        result << text.section(u' ', 0, 0).section(u':', 0, 0);
        inMessage = text == u"DATA";
    }
    return result;
}

QStringList greetingAndEhlo()
{
    return {QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO client.test"),
            QStringLiteral("S: 250 fake.test")};
}

QStringList withQuit(QStringList script)
{
    script << QStringLiteral("C: QUIT") << QStringLiteral("S: 221 Bye") << QStringLiteral("X:");
    return script;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath())); }

    void fullConversationAgainstSmtpSink()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r
            = runCli({QStringLiteral("--server"), server(sink.port()), QStringLiteral("--from"),
                      QStringLiteral("a@test.com"), QStringLiteral("--to"), QStringLiteral("u@example.com")});
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QCOMPARE(r.exitCode, 0);
        QByteArray missing;
        QVERIFY2(inOrder(r.out,
                         {"S: 220 ", "C: EHLO ", "S: 250", "C: MAIL FROM:<a@test.com>", "S: 250 ",
                          "C: RCPT TO:<u@example.com>", "S: 250 ", "C: DATA", "S: 354 ", "] C: .\n", "S: 250 ",
                          "C: QUIT", "S: 221 ", "Checklist:", "Verdict: "},
                         &missing),
                 qPrintable(QStringLiteral("missing %1 in\n%2").arg(QString::fromUtf8(missing), describe(r))));
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QVERIFY(!r.out.contains("FAILED"));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("script");
        QTest::addColumn<QStringList>("extraArguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("shown"); // a part of stdout: the readable reason

        QTest::newRow("21 greeting 554") << withQuit({QStringLiteral("S: 554 5.7.1 No SMTP service here")})
                                         << QStringList {} << 21 << QStringLiteral("554 5.7.1 No SMTP service here");
        QTest::newRow("22 EHLO and HELO refused")
            << withQuit({QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO client.test"),
                         QStringLiteral("S: 502 5.5.1 Not implemented"), QStringLiteral("C: HELO client.test"),
                         QStringLiteral("S: 501 5.5.4 Go away")})
            << QStringList {} << 22 << QStringLiteral("501 5.5.4 Go away");
        QTest::newRow("23 MAIL refused") << withQuit(
            greetingAndEhlo()
            + QStringList {QStringLiteral("C: MAIL FROM:<a@test.com>"),
                           QStringLiteral("S: 553 5.7.1 Sender address rejected")})
                                         << QStringList {} << 23 << QStringLiteral("553 5.7.1 Sender address rejected");
        QTest::newRow("25 DATA refused") << withQuit(
            greetingAndEhlo()
            + QStringList {QStringLiteral("C: MAIL FROM:<a@test.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: RCPT TO:<u@example.com>"), QStringLiteral("S: 250 Ok"),
                           QStringLiteral("C: DATA"), QStringLiteral("S: 554 5.5.1 No valid recipients")})
                                         << QStringList {} << 25 << QStringLiteral("554 5.5.1 No valid recipients");
        QTest::newRow("26 message refused after the dot")
            << withQuit(greetingAndEhlo()
                        + QStringList {QStringLiteral("C: MAIL FROM:<a@test.com>"), QStringLiteral("S: 250 Ok"),
                                       QStringLiteral("C: RCPT TO:<u@example.com>"), QStringLiteral("S: 250 Ok"),
                                       QStringLiteral("C: DATA"), QStringLiteral("S: 354 go ahead"),
                                       QStringLiteral("D:"), QStringLiteral("S: 552 5.3.4 Message too big")})
            << QStringList {} << 26 << QStringLiteral("552 5.3.4 Message too big");
        QTest::newRow("30 protocol error")
            << QStringList {QStringLiteral("S: 220 fake.test ESMTP"), QStringLiteral("C: EHLO client.test"),
                            QStringLiteral("S: HTTP/1.1 400 Bad Request"), QStringLiteral("X:")}
            << QStringList {} << 30 << QStringLiteral("not an SMTP reply");
        QTest::newRow("0 quit after rcpt sends no DATA")
            << withQuit(greetingAndEhlo()
                        + QStringList {QStringLiteral("C: MAIL FROM:<a@test.com>"), QStringLiteral("S: 250 Ok"),
                                       QStringLiteral("C: RCPT TO:<u@example.com>"), QStringLiteral("S: 250 Ok")})
            << QStringList {QStringLiteral("--quit-after"), QStringLiteral("rcpt")} << 0 << QStringLiteral("C: QUIT");
        QTest::newRow("0 KB 153119: NOTIFY forced without DSN advertised")
            << withQuit(greetingAndEhlo()
                        + QStringList {QStringLiteral("C: MAIL FROM:<a@test.com>"), QStringLiteral("S: 250 Ok"),
                                       QStringLiteral("C: RCPT TO:<u@example.com> NOTIFY=SUCCESS,FAILURE"),
                                       QStringLiteral("S: 250 Ok")})
            << QStringList {QStringLiteral("--quit-after"),    QStringLiteral("rcpt"),  QStringLiteral("--notify"),
                            QStringLiteral("success,failure"), QStringLiteral("--dsn"), QStringLiteral("force")}
            << 0 << QStringLiteral("C: RCPT TO:<u@example.com> NOTIFY=SUCCESS,FAILURE");
    }
    void exitCodes()
    {
        QFETCH(QStringList, script);
        QFETCH(QStringList, extraArguments);
        QFETCH(int, exitCode);
        QFETCH(QString, shown);
        ScriptedSmtpServer scripted;
        scripted.setScript(script);
        const quint16 port = scripted.start();
        QVERIFY(port != 0);
        const CliResult r = runCli(basicArguments(port) + extraArguments);
        QVERIFY2(r.finished, qPrintable(describe(r)));
        MAILFLOW_VERIFY_SCRIPT(scripted);
        QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(shown.toUtf8()), qPrintable(describe(r)));
        QVERIFY2(r.out.contains("Verdict: "), qPrintable(describe(r)));
        QVERIFY2(!r.out.contains("C: DATA") || exitCode == 25 || exitCode == 26, qPrintable(describe(r)));
    }

    void quitAfter_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QStringList>("expected");
        const QString ehlo = QStringLiteral("EHLO");
        const QString quit = QStringLiteral("QUIT");
        const QString mail = QStringLiteral("MAIL");
        const QString rcpt = QStringLiteral("RCPT");
        QTest::newRow("connect") << QStringLiteral("connect") << QStringList {quit};
        QTest::newRow("ehlo") << QStringLiteral("ehlo") << QStringList {ehlo, quit};
        QTest::newRow("mail") << QStringLiteral("mail") << QStringList {ehlo, mail, quit};
        QTest::newRow("rcpt") << QStringLiteral("rcpt") << QStringList {ehlo, mail, rcpt, rcpt, quit};
        QTest::newRow("data") << QStringLiteral(
            "data") << QStringList {ehlo, mail, rcpt, rcpt, QStringLiteral("DATA"), QStringLiteral("."), quit};
    }
    void quitAfter()
    {
        QFETCH(QString, stage);
        QFETCH(QStringList, expected);
        SmtpSinkFixture sink;
        sink.setDumpMessages(true);
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r
            = runCli({QStringLiteral("--server"), server(sink.port()), QStringLiteral("--from"),
                      QStringLiteral("a@test.com"), QStringLiteral("--to"),
                      QStringLiteral("u@example.com,v@example.com"), QStringLiteral("--quit-after"), stage});
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(commands(r.out), expected);
        QCOMPARE(sink.dumpedMessages().size(), stage == u"data" ? 1 : 0);
        // Steps after the stop point are not failures.
        QVERIFY2(!r.out.contains("FAILED"), qPrintable(describe(r)));
    }

    void dropAfterClosesWithoutQuit()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r = runCli({QStringLiteral("--server"), server(sink.port()), QStringLiteral("--from"),
                                    QStringLiteral("a@test.com"), QStringLiteral("--to"),
                                    QStringLiteral("u@example.com,v@example.com"), QStringLiteral("--drop-after"),
                                    QStringLiteral("rcpt")});
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(commands(r.out),
                 (QStringList {QStringLiteral("EHLO"), QStringLiteral("MAIL"), QStringLiteral("RCPT"),
                               QStringLiteral("RCPT")}));
        QVERIFY2(r.out.contains("without QUIT"), qPrintable(describe(r)));
    }

    void pipelineAgainstSmtpSink()
    {
        SmtpSinkFixture sink; // smtp-sink offers PIPELINING
        sink.setDumpMessages(true);
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r = runCli({QStringLiteral("--server"), server(sink.port()), QStringLiteral("--from"),
                                    QStringLiteral("a@test.com"), QStringLiteral("--to"),
                                    QStringLiteral("u@example.com,v@example.com"), QStringLiteral("--pipeline")});
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("PIPELINING: the next 4 commands go out in one write"), qPrintable(describe(r)));
        QCOMPARE(commands(r.out),
                 (QStringList {QStringLiteral("EHLO"), QStringLiteral("MAIL"), QStringLiteral("RCPT"),
                               QStringLiteral("RCPT"), QStringLiteral("DATA"), QStringLiteral("."),
                               QStringLiteral("QUIT")}));
        QCOMPARE(sink.dumpedMessages().size(), 1);
    }

    void ipv6Literal()
    {
        SmtpSinkFixture sink({}, QHostAddress(QHostAddress::LocalHostIPv6));
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r
            = runCli({QStringLiteral("--server"), QStringLiteral("[::1]:%1").arg(sink.port()), QStringLiteral("--from"),
                      QStringLiteral("a@test.com"), QStringLiteral("--to"), QStringLiteral("u@example.com")});
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains(QStringLiteral("* Trying [::1]:%1").arg(sink.port()).toUtf8()),
                 qPrintable(describe(r)));
    }

    void oneOfTwoRecipientsRefused()
    {
        AiosmtpdFixture mx;
        mx.addReply(QStringLiteral("RCPT"), QStringLiteral("550 5.1.1 No such user"),
                    QStringLiteral("nobody@example.test"));
        QVERIFY2(mx.start(), qPrintable(mx.errorString()));
        const CliResult r
            = runCli({QStringLiteral("--server"), server(mx.port()), QStringLiteral("--from"),
                      QStringLiteral("a@test.com"), QStringLiteral("--to"), QStringLiteral("nobody@example.test"),
                      QStringLiteral("--to"), QStringLiteral("ok@example.test")});
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 24, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("S: 550 5.1.1 No such user"), qPrintable(describe(r)));
        QCOMPARE(commands(r.out),
                 (QStringList {QStringLiteral("EHLO"), QStringLiteral("MAIL"), QStringLiteral("RCPT"),
                               QStringLiteral("RCPT"), QStringLiteral("DATA"), QStringLiteral("."),
                               QStringLiteral("QUIT")}));
        const auto messages = mx.messages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first().rcptTos, QStringList {QStringLiteral("ok@example.test")});
    }

    void smtpSinkRefusesRecipient()
    {
        SmtpSinkFixture sink({QStringLiteral("-f"), QStringLiteral("RCPT")});
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r = runCli(basicArguments(sink.port()));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 24, qPrintable(describe(r)));
        QVERIFY(!r.out.contains("C: DATA"));
        QVERIFY(r.out.contains("C: QUIT"));
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const CliResult r = runCli(basicArguments(port));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 2, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("Verdict: Failed at Connect and greeting"), qPrintable(describe(r)));
    }

    void timeout()
    {
        QTcpServer silent; // accepts, never says a word
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const CliResult r = runCli(basicArguments(silent.serverPort())
                                   + QStringList {QStringLiteral("--timeout"), QStringLiteral("0.5")});
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 31, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("No reply within 0.5 s."), qPrintable(describe(r)));
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("arguments"); // "PORT" is replaced by the listening port
        QTest::addColumn<QString>("error"); // a part of the message
        const QString port = QStringLiteral("127.0.0.1:PORT");
        const QString s = QStringLiteral("--server");
        const QString f = QStringLiteral("--from");
        const QString t = QStringLiteral("--to");
        const QString from = QStringLiteral("a@test.com");
        const QString to = QStringLiteral("u@example.com");
        QTest::newRow("--drop-after quit")
            << QStringList {s, port, f, from, t, to, QStringLiteral("--drop-after"), QStringLiteral("quit")}
            << QStringLiteral("--drop-after: use");
        QTest::newRow("--drop-after and --quit-after") << QStringList {s,
                                                                       port,
                                                                       f,
                                                                       from,
                                                                       t,
                                                                       to,
                                                                       QStringLiteral("--drop-after"),
                                                                       QStringLiteral("rcpt"),
                                                                       QStringLiteral("--quit-after"),
                                                                       QStringLiteral("mail")}
                                                       << QStringLiteral("give one of them");
        QTest::newRow("--to missing @") << QStringList {s, port, f, from, t, QStringLiteral("user.example.com")}
                                        << QStringLiteral("no @");
        QTest::newRow("--from missing @")
            << QStringList {s, port, f, QStringLiteral("a.test.com"), t, to} << QStringLiteral("no @");
        QTest::newRow("CR LF in --from") << QStringList {s, port,
                                                         f, QStringLiteral("a@test.com\r\nRCPT TO:<x@evil.test>"),
                                                         t, to}
                                         << QStringLiteral("line break");
        QTest::newRow("LF in --to") << QStringList {s, port, f, from, t, QStringLiteral("u@example.com\nDATA")}
                                    << QStringLiteral("line break");
        QTest::newRow("control character") << QStringList {s, port, f, from, t, QStringLiteral("u\x01@example.com")}
                                           << QStringLiteral("control character");
        QTest::newRow("escape in --subject")
            << QStringList {s, port, f, from, t, to, QStringLiteral("--subject"), QStringLiteral("a\x1b[2Jb")}
            << QStringLiteral("control character");
        QTest::newRow("over-long address")
            << QStringList {s, port, f, from, t, QString(300, u'a') + QStringLiteral("@example.com")}
            << QStringLiteral("longer than");
        QTest::newRow("over-long local part")
            << QStringList {s, port, f, QString(65, u'a') + QStringLiteral("@test.com"), t, to} << QStringLiteral("64");
        QTest::newRow("bad --port") << QStringList {s,
                                                    QStringLiteral("127.0.0.1"),
                                                    QStringLiteral("--port"),
                                                    QStringLiteral("70000"),
                                                    f,
                                                    from,
                                                    t,
                                                    to}
                                    << QStringLiteral("port");
        QTest::newRow("--port not a number") << QStringList {s,
                                                             QStringLiteral("127.0.0.1"),
                                                             QStringLiteral("--port"),
                                                             QStringLiteral("smtp"),
                                                             f,
                                                             from,
                                                             t,
                                                             to}
                                             << QStringLiteral("port");
        QTest::newRow("bad port in --server")
            << QStringList {s, QStringLiteral("127.0.0.1:abc"), f, from, t, to} << QStringLiteral("port");
        QTest::newRow("bad --quit-after")
            << QStringList {s, port, f, from, t, to, QStringLiteral("--quit-after"), QStringLiteral("banana")}
            << QStringLiteral("--quit-after");
        QTest::newRow("unknown option") << QStringList {s, port, f, from, t, to, QStringLiteral("--frobnicate")}
                                        << QStringLiteral("frobnicate");
        QTest::newRow("bad --notify")
            << QStringList {s, port, f, from, t, to, QStringLiteral("--notify"), QStringLiteral("sometimes")}
            << QStringLiteral("--notify");
        QTest::newRow("bad --timeout")
            << QStringList {s, port, f, from, t, to, QStringLiteral("--timeout"), QStringLiteral("-1")}
            << QStringLiteral("--timeout");
        QTest::newRow("missing --from") << QStringList {s, port, t, to} << QStringLiteral("--from");
        // With --to but no --server the CLI looks the domain up in DNS; with neither it cannot start.
        QTest::newRow("missing --server and --to") << QStringList {f, from} << QStringLiteral("--server");
        QTest::newRow("missing body file") << QStringList {s,
                                                           port,
                                                           f,
                                                           from,
                                                           t,
                                                           to,
                                                           QStringLiteral("--body"),
                                                           QStringLiteral("@/nonexistent/mailflow-body.txt")}
                                           << QStringLiteral("/nonexistent/mailflow-body.txt");
    }
    void badOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, error);
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const QString port = QString::number(listener.serverPort());
        for (QString &a : arguments) {
            a.replace(QStringLiteral("PORT"), port);
            if (a == u"127.0.0.1")
                a = QStringLiteral("127.0.0.1:") + port; // --port rows: the server without a port…
        }
        const CliResult r = runCli(arguments);
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        // One line on stderr, naming the problem; nothing on stdout.
        QVERIFY2(r.err.startsWith("mailflow-cli: "), qPrintable(describe(r)));
        QVERIFY2(r.err.endsWith('\n') && r.err.count('\n') == 1, qPrintable(describe(r)));
        QVERIFY2(QString::fromUtf8(r.err).contains(error), qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        // And no connection was made.
        QVERIFY(!listener.hasPendingConnections());
        QVERIFY(!listener.waitForNewConnection(0));
    }

    void jsonFormat()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r = runCli(basicArguments(sink.port())
                                   + QStringList {QStringLiteral("--format"), QStringLiteral("json"),
                                                  QStringLiteral("--tls"), QStringLiteral("off")});
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + u'\n' + describe(r)));
        const QJsonObject root = doc.object();
        QCOMPARE(root.value(QLatin1String("verdict")).toString(), QStringLiteral("passed"));
        QCOMPARE(root.value(QLatin1String("exitCode")).toInt(-1), 0);
        const QJsonArray checklist = root.value(QLatin1String("checklist")).toArray();
        QStringList kinds;
        for (const QJsonValue v : checklist) {
            kinds << v.toObject().value(QLatin1String("kind")).toString();
            QCOMPARE(v.toObject().value(QLatin1String("state")).toString(), QStringLiteral("passed"));
        }
        QCOMPARE(kinds,
                 (QStringList {QStringLiteral("connect"), QStringLiteral("ehlo"), QStringLiteral("mail"),
                               QStringLiteral("rcpt"), QStringLiteral("data"), QStringLiteral("end-of-data"),
                               QStringLiteral("quit")}));
        const QJsonArray transcript = root.value(QLatin1String("transcript")).toArray();
        QVERIFY(transcript.size() >= 14);
        QStringList texts;
        for (const QJsonValue v : transcript)
            texts << v.toObject().value(QLatin1String("text")).toString();
        QVERIFY2(texts.contains(QStringLiteral("MAIL FROM:<a@test.com>")), qPrintable(texts.join(u'\n')));
        QVERIFY2(texts.last().startsWith(QStringLiteral("221")), qPrintable(texts.join(u'\n')));
    }

    void bodyFromFileAndStdin_data()
    {
        QTest::addColumn<bool>("fromStdin");
        QTest::newRow("@FILE") << false;
        QTest::newRow("- (stdin)") << true;
    }
    void bodyFromFileAndStdin()
    {
        QFETCH(bool, fromStdin);
        AiosmtpdFixture mx;
        QVERIFY2(mx.start(), qPrintable(mx.errorString()));
        const QByteArray body = "Line one\n.dot line\nGr\xc3\xbc\xc3\x9f"
                                "e\n";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("body.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(body);
        file.close();
        const QString bodyArgument = fromStdin ? QStringLiteral("-") : u'@' + path;
        const CliResult r = runCli(basicArguments(mx.port()) + QStringList {QStringLiteral("--body"), bodyArgument},
                                   fromStdin ? body : QByteArray());
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const auto messages = mx.messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().content.endsWith("\r\n\r\nLine one\r\n.dot line\r\nGr\xc3\xbc\xc3\x9f"
                                                   "e\r\n"),
                 messages.first().content.constData());
    }

    void bigBodyThroughSmtpSink()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("big.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray block;
        for (int i = 0; i < 1024; ++i)
            block += QByteArray(i % 5 == 0 ? "." : "") + "Line of a big test message, number " + QByteArray::number(i)
                + QByteArray(20, 'x') + '\n';
        const qint64 target = 35LL * 1024 * 1024;
        qint64 written = 0;
        while (written < target)
            written += file.write(block);
        file.close();

        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const CliResult r
            = runCli(basicArguments(sink.port()) + QStringList {QStringLiteral("--body"), u'@' + path}, {}, 240'000);
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.contains("S: 250 "), qPrintable(describe(r)));
        // The transcript shows the head and tail of the body and a count, not 35 MB.
        QVERIFY2(r.out.size() < 200 * 1024, qPrintable(QString::number(r.out.size())));
        QVERIFY2(r.out.contains(" of the message not shown"), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
