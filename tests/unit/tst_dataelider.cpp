#include "smtp/dataelider.h"

#include <QRegularExpression>
#include <QTest>

using namespace mailflow;

namespace {

/** Feeds data in chunks of chunkSize, then finish(); returns every line shown, in order. */
QStringList elide(const QByteArray &data, qsizetype chunkSize, QStringList *fromFinish = nullptr)
{
    DataElider elider;
    QStringList shown;
    for (qsizetype i = 0; i < data.size(); i += chunkSize)
        shown += elider.feed(QByteArrayView(data).sliced(i, qMin(chunkSize, data.size() - i)));
    const QStringList tail = elider.finish();
    if (fromFinish)
        *fromFinish = tail;
    return shown + tail;
}

QByteArray numberedLines(int count, int firstNumber = 1)
{
    QByteArray out;
    for (int i = firstNumber; i < firstNumber + count; ++i)
        out += "line " + QByteArray::number(i) + "\r\n";
    return out;
}

QString noteFor(qint64 lines, qint64 bytes)
{
    return QStringLiteral("[… %1 lines (%2 bytes) of the message not shown …]").arg(lines).arg(bytes);
}

} // namespace

class TestDataElider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineCounts_data()
    {
        QTest::addColumn<int>("lines");
        QTest::newRow("0") << 0;
        QTest::newRow("1") << 1;
        QTest::newRow("40 (head only)") << 40;
        QTest::newRow("43 (head and tail, nothing left out)") << 43;
        QTest::newRow("44 (one left out)") << 44;
        QTest::newRow("1000") << 1000;
        QTest::newRow("100000") << 100000;
    }
    void lineCounts()
    {
        QFETCH(int, lines);
        const QByteArray data = numberedLines(lines);
        QStringList expected;
        for (int i = 1; i <= qMin(lines, DataElider::HeadLines); ++i)
            expected << QStringLiteral("line %1").arg(i);
        const int omitted = qMax(0, lines - DataElider::HeadLines - DataElider::TailLines);
        if (omitted > 0) {
            // Lines 41 … lines-3 are left out: their exact size on the wire, CRLF included.
            const qint64 bytes = numberedLines(omitted, DataElider::HeadLines + 1).size();
            expected << noteFor(omitted, bytes);
        }
        for (int i = qMax(DataElider::HeadLines + 1, lines - DataElider::TailLines + 1); i <= lines; ++i)
            expected << QStringLiteral("line %1").arg(i);
        for (const qsizetype chunk : {qsizetype(1), qsizetype(7), qsizetype(64 * 1024)}) {
            if (chunk == 1 && lines > 1000)
                continue;
            QCOMPARE(elide(data, chunk), expected);
        }
    }

    void headIsShownAsItComes()
    {
        DataElider elider;
        QCOMPARE(elider.feed("a\r\nb"), QStringList {QStringLiteral("a")});
        QCOMPARE(elider.feed("c\r\n"), QStringList {QStringLiteral("bc")});
        QCOMPARE(elider.feed("\r\n"), QStringList {QString()});
        QCOMPARE(elider.finish(), QStringList());
    }

    void lastLineWithoutLineEnd()
    {
        QStringList fromFinish;
        QCOMPARE(elide("one\r\ntwo", 3, &fromFinish), (QStringList {QStringLiteral("one"), QStringLiteral("two")}));
        QCOMPARE(fromFinish, QStringList {QStringLiteral("two")});
    }

    void controlCharactersEscaped()
    {
        const QStringList shown = elide("bell\x07 esc\x1b[31m red\r\n", 5);
        QCOMPARE(shown, QStringList {QStringLiteral("bell\\x07 esc\\x1b[31m red")});
    }

    void longLines_data()
    {
        QTest::addColumn<int>("position"); // line number of the long line
        QTest::addColumn<int>("length"); // bytes before CRLF
        QTest::addColumn<int>("chunk");
        QTest::newRow("in head, 10000, one chunk") << 5 << 10000 << 0;
        QTest::newRow("in head, 10000, small chunks") << 5 << 10000 << 100;
        QTest::newRow("left out, 1 MB") << 60 << 1'000'000 << 65536;
        QTest::newRow("left out, 1 MB, one chunk") << 60 << 1'000'000 << 0;
        QTest::newRow("left out, 5000, small chunks") << 60 << 5000 << 333;
        QTest::newRow("in tail, 1 MB") << 99 << 1'000'000 << 65536;
    }
    void longLines()
    {
        QFETCH(int, position);
        QFETCH(int, length);
        QFETCH(int, chunk);
        const int total = 100;
        QByteArray data;
        qint64 omittedBytes = 0;
        for (int i = 1; i <= total; ++i) {
            const QByteArray line = i == position ? QByteArray(length, 'x') : "line " + QByteArray::number(i);
            data += line + "\r\n";
            if (i > DataElider::HeadLines && i <= total - DataElider::TailLines)
                omittedBytes += line.size() + 2;
        }
        const QStringList shown = elide(data, chunk > 0 ? chunk : data.size());
        QCOMPARE(shown.size(), DataElider::HeadLines + 1 + DataElider::TailLines);
        QCOMPARE(shown.at(DataElider::HeadLines),
                 noteFor(total - DataElider::HeadLines - DataElider::TailLines, omittedBytes));
        for (int i = 1; i <= total; ++i) {
            const int index = i <= DataElider::HeadLines ? i - 1
                : i > total - DataElider::TailLines      ? i - (total - DataElider::TailLines) + DataElider::HeadLines
                                                         : -1;
            if (index < 0)
                continue;
            if (i == position) {
                // Shown cut to a few KiB, never the whole line.
                QVERIFY(shown.at(index).size() >= 1000);
                QVERIFY(shown.at(index).size() <= 4096);
                QVERIFY(shown.at(index).startsWith(QStringLiteral("xxxx")));
            } else {
                QCOMPARE(shown.at(index), QStringLiteral("line %1").arg(i));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestDataElider)
#include "tst_dataelider.moc"
