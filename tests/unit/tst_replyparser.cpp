#include "replyparser.h"

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
        QTest::newRow("byte by byte") << QByteArray("250-mx.test\r\n250-SIZE 100\r\n250 DSN\r\n") << 1 << 250 << 3 << QString() << 0;
        QTest::newRow("enhanced") << QByteArray("550 5.7.1 Relaying denied\r\n") << 7 << 550 << 1 << QStringLiteral("5.7.1") << 0;
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
        QCOMPARE(replies.first().reply.lines.size(), lineCount);
        QCOMPARE(replies.first().reply.status.toString(), enhanced);
        QCOMPARE(ofKind(events, ParserEvent::Kind::Violation).size(), violations);
        QCOMPARE(ofKind(events, ParserEvent::Kind::Error).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReplyParser)
#include "tst_replyparser.moc"
