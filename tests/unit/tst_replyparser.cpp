#include "smtp/replyparser.h"

#include <QTest>

using namespace mailflow;

class TestReplyParser : public QObject
{
    Q_OBJECT
private:
    static QList<ParserEvent> feedAll(const QByteArray &data, int chunk)
    {
        ReplyParser parser;
        QList<ParserEvent> events;
        for (qsizetype i = 0; i < data.size(); i += chunk) {
            parser.feed(data.mid(i, chunk));
            while (parser.hasEvents())
                events << parser.takeEvent();
        }
        return events;
    }
    static QList<ParserEvent> ofKind(const QList<ParserEvent> &events, ParserEvent::Kind kind)
    {
        QList<ParserEvent> out;
        for (const auto &e : events)
            if (e.kind == kind)
                out << e;
        return out;
    }

private Q_SLOTS:
    void multiline_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("lineCount");
        QTest::addColumn<QString>("enhanced");
        QTest::addColumn<int>("violations");
        QTest::newRow("single") << QByteArray("220 mx.test ESMTP\r\n") << 100 << 220 << 1 << QString() << 0;
        QTest::newRow("byte by byte") << QByteArray("250-mx.test\r\n250-SIZE 100\r\n250 DSN\r\n") << 1 << 250 << 3
                                      << QString() << 0;
        QTest::newRow("enhanced") << QByteArray("550 5.7.1 Relaying denied\r\n") << 7 << 550 << 1
                                  << QStringLiteral("5.7.1") << 0;
        QTest::newRow("bare LF") << QByteArray("250-a\n250 b\n") << 3 << 250 << 2 << QString() << 2;
        QTest::newRow("code only") << QByteArray("250\r\n") << 100 << 250 << 1 << QString() << 0;
    }
    void multiline()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, chunk);
        const auto events = feedAll(input, chunk);
        const auto replies = ofKind(events, ParserEvent::Kind::Reply);
        QCOMPARE(replies.size(), 1);
        QFETCH(int, code);
        QFETCH(int, lineCount);
        QFETCH(QString, enhanced);
        QFETCH(int, violations);
        QCOMPARE(replies.first().reply.code, code);
        QCOMPARE(replies.first().reply.lines().size(), lineCount);
        QCOMPARE(replies.first().reply.status.toString(), enhanced);
        QCOMPARE(ofKind(events, ParserEvent::Kind::Violation).size(), violations);
        QCOMPARE(ofKind(events, ParserEvent::Kind::Error).size(), 0);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("message"); // a part of the error text
        QTest::newRow("mixed codes") << QByteArray("250-a\r\n251 b\r\n")
                                     << QStringLiteral("disagree on the code (250, then 251)");
        QTest::newRow("mixed classes") << QByteArray("250-a\r\n550 b\r\n") << QStringLiteral("disagree on the code");
        QTest::newRow("non-numeric") << QByteArray("hello world\r\n") << QStringLiteral("not an SMTP reply");
        QTest::newRow("two digits") << QByteArray("25 ok\r\n") << QStringLiteral("not an SMTP reply");
        QTest::newRow("letter in code") << QByteArray("2x0 ok\r\n") << QStringLiteral("not an SMTP reply");
        QTest::newRow("bad separator") << QByteArray("250_ok\r\n") << QStringLiteral("not an SMTP reply");
        QTest::newRow("empty line") << QByteArray("\r\n") << QStringLiteral("not an SMTP reply");
        QTest::newRow("HTTP server") << QByteArray("HTTP/1.1 400 Bad Request\r\n")
                                     << QStringLiteral("not an SMTP reply");
        QTest::newRow("code 199") << QByteArray("199 x\r\n") << QStringLiteral("code 199");
        QTest::newRow("code 600") << QByteArray("600 x\r\n") << QStringLiteral("code 600");
        QTest::newRow("code 000") << QByteArray("000 x\r\n") << QStringLiteral("code 0,");
        QTest::newRow("code 999 multiline") << QByteArray("999-x\r\n999 y\r\n") << QStringLiteral("code 999");
        QTest::newRow("line 4097 bytes") << QByteArray("250 " + QByteArray(4093, 'a') + "\r\n")
                                         << QStringLiteral("longer than 4096 bytes");
    }
    void errors()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, message);
        for (const int chunk : {1, 5, int(input.size())}) {
            ReplyParser parser;
            QList<ParserEvent> events;
            for (qsizetype i = 0; i < input.size(); i += chunk) {
                parser.feed(QByteArrayView(input).sliced(i, qMin<qsizetype>(chunk, input.size() - i)));
                while (parser.hasEvents())
                    events << parser.takeEvent();
            }
            const auto errors = ofKind(events, ParserEvent::Kind::Error);
            QCOMPARE(errors.size(), 1);
            QVERIFY2(errors.first().text.contains(message), qPrintable(errors.first().text));
            QCOMPARE(ofKind(events, ParserEvent::Kind::Reply).size(), 0);
            QVERIFY(!parser.isInsideReply());
            // The parser goes on with the next reply.
            parser.feed("221 bye\r\n");
            QList<ParserEvent> after;
            while (parser.hasEvents())
                after << parser.takeEvent();
            const auto replies = ofKind(after, ParserEvent::Kind::Reply);
            QCOMPARE(replies.size(), 1);
            QCOMPARE(replies.first().reply.code, 221);
            QCOMPARE(replies.first().reply.lines(), QStringList {QStringLiteral("bye")});
            QCOMPARE(ofKind(after, ParserEvent::Kind::Error).size(), 0);
        }
    }

    void lineLengthLimit_data()
    {
        QTest::addColumn<int>("length"); // bytes before CRLF
        QTest::addColumn<bool>("ok");
        QTest::newRow("512") << 512 << true;
        QTest::newRow("4096") << 4096 << true;
        QTest::newRow("4097") << 4097 << false;
        QTest::newRow("10000") << 10000 << false;
    }
    void lineLengthLimit()
    {
        QFETCH(int, length);
        QFETCH(bool, ok);
        const QByteArray input = "250 " + QByteArray(length - 4, 'x') + "\r\n";
        const auto events = feedAll(input, 1000);
        QCOMPARE(ofKind(events, ParserEvent::Kind::Reply).size(), ok ? 1 : 0);
        QCOMPARE(ofKind(events, ParserEvent::Kind::Error).size(), ok ? 0 : 1);
        if (ok)
            QCOMPARE(ofKind(events, ParserEvent::Kind::Reply).first().reply.lines().first().size(), length - 4);
        // The transcript line never carries the whole over-long line.
        for (const auto &e : ofKind(events, ParserEvent::Kind::Line))
            QVERIFY(e.lineText().size() <= (ok ? length : 200));
    }

    void megabyteWithoutNewline_data()
    {
        QTest::addColumn<QByteArray>("prefix");
        QTest::addColumn<QByteArray>("lineEnd");
        QTest::newRow("no prefix, CRLF") << QByteArray() << QByteArray("\r\n");
        QTest::newRow("no prefix, bare LF") << QByteArray() << QByteArray("\n");
        QTest::newRow("inside a multiline reply") << QByteArray("250-first\r\n") << QByteArray("\r\n");
        QTest::newRow("CR LF split by CR alone") << QByteArray() << QByteArray("\r\r\n");
    }
    void megabyteWithoutNewline()
    {
        QFETCH(QByteArray, prefix);
        QFETCH(QByteArray, lineEnd);
        ReplyParser parser;
        QList<ParserEvent> events;
        auto drain = [&] {
            while (parser.hasEvents())
                events << parser.takeEvent();
        };
        parser.feed(prefix);
        drain();
        const QByteArray block(64 * 1024, 'A');
        qsizetype lineEvents = 0;
        for (int i = 0; i < 16; ++i) { // 1 MiB, no line end
            parser.feed(block);
            drain();
            for (const auto &e : std::as_const(events)) {
                // Nothing the parser hands out holds the megabyte.
                QVERIFY(e.lineText().size() < 1024);
                QVERIFY(e.reply.raw.size() < 1024);
                lineEvents += e.kind == ParserEvent::Kind::Line ? 1 : 0;
            }
            QCOMPARE(ofKind(events, ParserEvent::Kind::Error).size(), 1); // reported once, not per block
            QVERIFY(!parser.isInsideReply());
        }
        QVERIFY(lineEvents >= 1);
        parser.feed(lineEnd);
        parser.feed("250-mx.test\r\n250 DSN\r\n");
        drain();
        const auto replies = ofKind(events, ParserEvent::Kind::Reply);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().reply.code, 250);
        QCOMPARE(replies.first().reply.lines(), (QStringList {QStringLiteral("mx.test"), QStringLiteral("DSN")}));
        QCOMPARE(ofKind(events, ParserEvent::Kind::Error).size(), 1);
    }

    void replyLineLimit_data()
    {
        QTest::addColumn<int>("lines");
        QTest::addColumn<bool>("ok");
        QTest::newRow("999") << 999 << true;
        QTest::newRow("1000") << 1000 << true;
        QTest::newRow("1001") << 1001 << false;
        QTest::newRow("5000") << 5000 << false;
    }
    void replyLineLimit()
    {
        QFETCH(int, lines);
        QFETCH(bool, ok);
        QByteArray input;
        for (int i = 1; i < lines; ++i)
            input += "250-line " + QByteArray::number(i) + "\r\n";
        input += "250 last\r\n221 next\r\n";
        const auto events = feedAll(input, 4096);
        const auto replies = ofKind(events, ParserEvent::Kind::Reply);
        const auto errors = ofKind(events, ParserEvent::Kind::Error);
        QCOMPARE(errors.size(), ok ? 0 : 1);
        if (!ok)
            QVERIFY2(errors.first().text.contains(QStringLiteral("more than 1000 lines")),
                     qPrintable(errors.first().text));
        // The over-long reply is dropped whole; the reply after it is parsed.
        QCOMPARE(replies.size(), ok ? 2 : 1);
        if (ok)
            QCOMPARE(replies.first().reply.lines().size(), lines);
        QCOMPARE(replies.last().reply.code, 221);
    }

    void enhancedStatus_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("violations");
        QTest::newRow("2.1.0") << QByteArray("250 2.1.0 Ok\r\n") << QStringLiteral("2.1.0") << QStringLiteral("Ok")
                               << 0;
        QTest::newRow("status only") << QByteArray("550 5.7.1\r\n") << QStringLiteral("5.7.1") << QString() << 0;
        QTest::newRow("three-digit parts")
            << QByteArray("550 5.123.456 x\r\n") << QStringLiteral("5.123.456") << QStringLiteral("x") << 0;
        QTest::newRow("tab after status")
            << QByteArray("250 2.0.0\tOk\r\n") << QStringLiteral("2.0.0") << QStringLiteral("Ok") << 0;
        QTest::newRow("two parts") << QByteArray("550 5.1 no\r\n") << QString() << QStringLiteral("5.1 no") << 0;
        QTest::newRow("four parts") << QByteArray("550 5.1.1.1 no\r\n") << QString() << QStringLiteral("5.1.1.1 no")
                                    << 0;
        QTest::newRow("four-digit part") << QByteArray("550 5.1234.1 no\r\n") << QString()
                                         << QStringLiteral("5.1234.1 no") << 0;
        QTest::newRow("class 3") << QByteArray("354 3.0.0 go\r\n") << QString() << QStringLiteral("3.0.0 go") << 0;
        QTest::newRow("letter") << QByteArray("550 5.a.1 no\r\n") << QString() << QStringLiteral("5.a.1 no") << 0;
        QTest::newRow("glued text") << QByteArray("550 5.1.1x no\r\n") << QString() << QStringLiteral("5.1.1x no") << 0;
        QTest::newRow("version number") << QByteArray("220 mx ESMTP 2.4.1\r\n") << QString()
                                        << QStringLiteral("mx ESMTP 2.4.1") << 0;
        QTest::newRow("class mismatch") << QByteArray("550 4.7.1 Try later\r\n") << QStringLiteral("4.7.1")
                                        << QStringLiteral("Try later") << 1;
        QTest::newRow("multiline, each line coded")
            << QByteArray("550-5.1.1 The user does not exist\r\n550 5.1.1 Check the address\r\n")
            << QStringLiteral("5.1.1") << QStringLiteral("The user does not exist Check the address") << 0;
        QTest::newRow("no status") << QByteArray("250 Ok\r\n") << QString() << QStringLiteral("Ok") << 0;
    }
    void enhancedStatus()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, status);
        QFETCH(QString, text);
        QFETCH(int, violations);
        const auto events = feedAll(input, 3);
        const auto replies = ofKind(events, ParserEvent::Kind::Reply);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().reply.status.toString(), status);
        QCOMPARE(replies.first().reply.status.isValid(), !status.isEmpty());
        QCOMPARE(replies.first().reply.text(), text);
        QCOMPARE(ofKind(events, ParserEvent::Kind::Violation).size(), violations);
        // The line text keeps the server's words exactly.
        QCOMPARE(replies.first().reply.raw, input);
    }

    void crAloneInsideLine_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("whole") << 100;
        QTest::newRow("bytes") << 1;
        QTest::newRow("split after CR") << 6;
    }
    void crAloneInsideLine()
    {
        QFETCH(int, chunk);
        const auto events = feedAll(QByteArray("250 a\rb\r\n221 c\r\n"), chunk);
        const auto replies = ofKind(events, ParserEvent::Kind::Reply);
        QCOMPARE(replies.size(), 2);
        // The CR does not end the line; it is shown escaped, never as a line break.
        QCOMPARE(replies.at(0).reply.code, 250);
        QCOMPARE(replies.at(0).reply.lines(), QStringList {QStringLiteral("a\\x0db")});
        QCOMPARE(replies.at(1).reply.code, 221);
        QCOMPARE(ofKind(events, ParserEvent::Kind::Error).size(), 0);
        const auto lines = ofKind(events, ParserEvent::Kind::Line);
        QCOMPARE(lines.size(), 2);
        QVERIFY(!lines.first().lineText().contains(u'\r'));
        // RFC 5321 §2.3.8: CR and LF only as CRLF; a CR alone is tolerated but recorded.
        const auto violations = ofKind(events, ParserEvent::Kind::Violation);
        QCOMPARE(violations.size(), 1);
        QVERIFY2(violations.first().text.contains(QStringLiteral("CR")), qPrintable(violations.first().text));
    }

    void everySplitPoint()
    {
        const QByteArray input("250-mx.test Hello\r\n250-SIZE 1000\r\n250 2.0.0 DSN\r\n");
        for (qsizetype split = 0; split <= input.size(); ++split) {
            ReplyParser parser;
            QList<ParserEvent> events;
            parser.feed(QByteArrayView(input).first(split));
            while (parser.hasEvents())
                events << parser.takeEvent();
            QCOMPARE(ofKind(events, ParserEvent::Kind::Reply).size(), split == input.size() ? 1 : 0);
            parser.feed(QByteArrayView(input).sliced(split));
            while (parser.hasEvents())
                events << parser.takeEvent();
            const auto replies = ofKind(events, ParserEvent::Kind::Reply);
            QCOMPARE(replies.size(), 1);
            QCOMPARE(replies.first().reply.code, 250);
            QCOMPARE(replies.first().reply.lines(),
                     (QStringList {QStringLiteral("mx.test Hello"), QStringLiteral("SIZE 1000"),
                                   QStringLiteral("2.0.0 DSN")}));
            QCOMPARE(replies.first().reply.raw, input);
            QCOMPARE(ofKind(events, ParserEvent::Kind::Line).size(), 3);
            QCOMPARE(ofKind(events, ParserEvent::Kind::Violation).size(), 0);
            QCOMPARE(ofKind(events, ParserEvent::Kind::Error).size(), 0);
        }
    }

    void lineTextOutlivesTheParsersBlocks()
    {
        // More lines than one block of the parser holds, each kept until the parser has moved on
        // to later blocks and has been destroyed.
        QByteArray input;
        QStringList expected;
        for (int i = 0; i < 5000; ++i) {
            const QByteArray line = "250-line " + QByteArray::number(i) + " \x1b[2J\t" + QByteArray(i % 97, 'y');
            input += line + "\r\n";
            expected << QString::fromLatin1(line).replace(u'\x1b', QStringLiteral("\\x1b"));
        }
        input += "250 end\r\n";
        expected << QStringLiteral("250 end");
        const auto lines = ofKind(feedAll(input, 4096), ParserEvent::Kind::Line);
        QCOMPARE(lines.size(), expected.size());
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QCOMPARE(lines.at(i).lineText(), expected.at(i));
            QVERIFY(lines.at(i).text.isEmpty());
        }
        QCOMPARE(lines.first().lineBytes(), QByteArrayView("250-line 0 \x1b[2J\t"));
    }

    void twoRepliesInOneChunk()
    {
        const auto events = feedAll(QByteArray("250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n"), 1000);
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).kind, ParserEvent::Kind::Line);
        QCOMPARE(events.at(1).kind, ParserEvent::Kind::Reply);
        QCOMPARE(events.at(1).reply.code, 250);
        QCOMPARE(events.at(2).kind, ParserEvent::Kind::Line);
        QCOMPARE(events.at(3).kind, ParserEvent::Kind::Reply);
        QCOMPARE(events.at(3).reply.code, 354);
        QCOMPARE(events.at(3).reply.lines().size(), 1);
    }

    void resetForgetsPartialReply()
    {
        ReplyParser parser;
        parser.feed("250-first\r\n250-sec");
        while (parser.hasEvents())
            parser.takeEvent();
        QVERIFY(parser.isInsideReply());
        parser.reset();
        QVERIFY(!parser.isInsideReply());
        QVERIFY(!parser.hasEvents());
        parser.feed("220 new\r\n");
        QList<ParserEvent> events;
        while (parser.hasEvents())
            events << parser.takeEvent();
        const auto replies = ofKind(events, ParserEvent::Kind::Reply);
        QCOMPARE(replies.size(), 1);
        QCOMPARE(replies.first().reply.lines(), QStringList {QStringLiteral("new")});
    }

    void linesReadFromRaw()
    {
        // The lines are read from the one raw buffer: each accessor agrees with the bytes received,
        // whatever the line ends (CR LF, bare LF) and a CR inside a line.
        const auto replies = ofKind(feedAll(QByteArray("250-mx.test\n250-a\rb\r\n250-\r\n250 2.0.0 \xff end\r\n"), 100),
                                    ParserEvent::Kind::Reply);
        QCOMPARE(replies.size(), 1);
        const SmtpReply &reply = replies.first().reply;
        const QStringList expected {QStringLiteral("mx.test"), QStringLiteral("a\\x0db"), QString(),
                                    QStringLiteral("2.0.0 \\xff end")};
        QCOMPARE(reply.lines(), expected);
        QCOMPARE(reply.lineCount(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i)
            QCOMPARE(reply.line(i), expected.at(i));
        QCOMPARE(reply.line(expected.size()), QString());
        QCOMPARE(reply.summary(), QStringLiteral("250 mx.test"));
    }

    void setLinesRewritesRaw()
    {
        SmtpReply reply;
        reply.code = 550;
        reply.setLines({QStringLiteral("5.7.1 first"), QStringLiteral("second\nline")});
        QCOMPARE(reply.raw, QByteArray("550-5.7.1 first\r\n550 second\\x0aline\r\n"));
        // A line break given inside a line is escaped, so it reads back as one line.
        QCOMPARE(reply.lines(), (QStringList {QStringLiteral("5.7.1 first"), QStringLiteral("second\\x0aline")}));
        QCOMPARE(reply.text(), QStringLiteral("first second\\x0aline"));
        reply.setLines({});
        QCOMPARE(reply.lineCount(), 0);
        QVERIFY(reply.raw.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
