#include "smtp/messagesource.h"
#include "smtp/messagetokens.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;

namespace {

SessionOptions baseOptions()
{
    SessionOptions o;
    o.host = QStringLiteral("127.0.0.1");
    o.mailFrom = QStringLiteral("sender@example.test");
    o.recipients = {Recipient {QStringLiteral("u1@example.test"), {}, {}},
                    Recipient {QStringLiteral("u2@example.test"), {}, {}}};
    return o;
}

SessionOptions rawOptions(const QByteArray &body)
{
    SessionOptions o = baseOptions();
    o.message.rawMessage = true;
    o.message.bodyText = QString::fromLatin1(body);
    return o;
}

/** Reads the whole source in chunks of at most maxBytes; fails the test when a chunk is too big. */
QByteArray readAll(MessageSource &source, qint64 maxBytes, int *chunks = nullptr)
{
    QByteArray all;
    int count = 0;
    int guard = 0;
    while (!source.atEnd() && guard++ < 10'000'000) {
        const QByteArray chunk = source.readChunk(maxBytes);
        all += chunk;
        ++count;
    }
    if (chunks)
        *chunks = count;
    return all;
}

/** Header name → value from the header block (first occurrence); the block ends at the blank line. */
QList<QPair<QByteArray, QByteArray>> headerFields(const QByteArray &message)
{
    QList<QPair<QByteArray, QByteArray>> fields;
    const qsizetype end = message.indexOf("\r\n\r\n");
    const QByteArray block = message.left(end);
    for (const QByteArray &line : block.split('\n')) {
        const QByteArray l = line.endsWith('\r') ? line.chopped(1) : line;
        if ((l.startsWith(' ') || l.startsWith('\t')) && !fields.isEmpty()) {
            fields.last().second += l; // a folded continuation line
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        if (colon > 0)
            fields.append({l.left(colon), l.mid(colon + 1).trimmed()});
    }
    return fields;
}

QByteArray headerValue(const QByteArray &message, const QByteArray &name)
{
    for (const auto &[n, v] : headerFields(message)) {
        if (qstricmp(n.constData(), name.constData()) == 0)
            return v;
    }
    return {};
}

int headerCount(const QByteArray &message, const QByteArray &name)
{
    int count = 0;
    for (const auto &field : headerFields(message))
        count += qstricmp(field.first.constData(), name.constData()) == 0 ? 1 : 0;
    return count;
}

/** Decodes a header value made only of =?UTF-8?B?…?= words separated by white space; each word must
 *  hold whole characters (RFC 2047 §5). Returns a null string when the value is not like that. */
QString decodeEncodedWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="),
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(value);
    QString out;
    qsizetype pos = 0;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        if (!text.mid(pos, m.capturedStart() - pos).trimmed().isEmpty())
            return {};
        const QByteArray bytes = QByteArray::fromBase64(m.captured(1).toLatin1());
        const QString part = QString::fromUtf8(bytes);
        if (part.toUtf8() != bytes || part.contains(QChar::ReplacementCharacter))
            return {};
        out += part;
        pos = m.capturedEnd();
    }
    if (!text.mid(pos).trimmed().isEmpty())
        return {};
    return out;
}

struct MimePart
{
    QByteArray head; ///< the part's header block with its blank line
    QByteArray body;
};

/** The parts of a multipart message, split at its boundary (RFC 2046 §5.1.1); empty when it is not one. */
QList<MimePart> multipartParts(const QByteArray &message, QByteArray *preamble = nullptr)
{
    const QRegularExpression boundaryParameter(QStringLiteral("^multipart/mixed; boundary=\"([^\"]+)\"$"));
    const auto match = boundaryParameter.match(QString::fromLatin1(headerValue(message, "Content-Type")));
    if (!match.hasMatch())
        return {};
    const QByteArray delimiter = "\r\n--" + match.captured(1).toLatin1();
    const QByteArray content = message.mid(message.indexOf("\r\n\r\n") + 4);
    QList<QByteArray> pieces;
    qsizetype pos = 0;
    for (qsizetype next; (next = content.indexOf(delimiter, pos)) >= 0; pos = next + delimiter.size())
        pieces << content.mid(pos, next - pos);
    pieces << content.mid(pos);
    if (preamble)
        *preamble = pieces.value(0);
    if (pieces.size() < 3 || pieces.last() != "--\r\n")
        return {};
    QList<MimePart> parts;
    for (qsizetype i = 1; i + 1 < pieces.size(); ++i) {
        if (!pieces.at(i).startsWith("\r\n"))
            return {};
        const QByteArray piece = pieces.at(i).mid(2);
        const qsizetype blank = piece.indexOf("\r\n\r\n");
        parts.append({piece.left(blank + 4), piece.mid(blank + 4)});
    }
    return parts;
}

/** The content of a base64 part; fails the test when a line is longer than 76 or a full line shorter. */
QByteArray decodeBase64Lines(const QByteArray &body)
{
    QList<QByteArray> lines = body.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    QByteArray all;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).endsWith('\r'))
            return "bare LF";
        const QByteArray line = lines.at(i).chopped(1);
        if (line.size() > 76 || (i + 1 < lines.size() && line.size() != 76))
            return "bad line length " + QByteArray::number(line.size());
        all += line;
    }
    return QByteArray::fromBase64(all);
}

} // namespace

class TestMessageSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatedHeaders()
    {
        SessionOptions o = baseOptions();
        o.message.bodyText = QStringLiteral("Hello\n");
        MessageSource source(o);
        QVERIFY2(source.open(), qPrintable(source.error()));
        const QByteArray message = readAll(source, 64 * 1024);
        QCOMPARE(headerValue(message, "From"), QByteArray("sender@example.test"));
        QCOMPARE(headerValue(message, "To"), QByteArray("u1@example.test, u2@example.test"));
        QCOMPARE(headerValue(message, "Subject"), QByteArray("Mailflow test message"));
        QCOMPARE(headerValue(message, "MIME-Version"), QByteArray("1.0"));
        QCOMPARE(headerValue(message, "Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(headerValue(message, "Content-Transfer-Encoding"), QByteArray("7bit"));
        // RFC 5322 date, e.g. "Tue, 05 Mar 2024 10:11:12 +0100"
        const QByteArray date = headerValue(message, "Date");
        QVERIFY2(QRegularExpression(
                     QStringLiteral(
                         "^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
                         "\\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}$"))
                     .match(QString::fromLatin1(date))
                     .hasMatch(),
                 date.constData());
        const QByteArray id = headerValue(message, "Message-ID");
        QVERIFY2(QRegularExpression(QStringLiteral("^<[0-9a-f-]{36}@example\\.test>$"))
                     .match(QString::fromLatin1(id))
                     .hasMatch(),
                 id.constData());
        // Headers, a blank line, the body.
        QVERIFY(message.endsWith("\r\n\r\nHello\r\n"));
        QCOMPARE(message.count("\r\n\r\n"), 1);
        // Every header line ends with CRLF, no bare LF anywhere.
        QCOMPARE(message.count('\n'), message.count("\r\n"));

        // Two messages get two Message-IDs.
        MessageSource second(o);
        QVERIFY(second.open());
        QVERIFY(headerValue(readAll(second, 4096), "Message-ID") != id);
    }

    void messageIdDomain_data()
    {
        QTest::addColumn<QString>("mailFrom");
        QTest::addColumn<QString>("ehloName");
        QTest::addColumn<QString>("domain");
        QTest::newRow("from sender") << QStringLiteral("a@mail.example.test") << QStringLiteral("client.test")
                                     << QStringLiteral("mail.example.test");
        QTest::newRow("null sender, ehlo name")
            << QString() << QStringLiteral("client.test") << QStringLiteral("client.test");
        QTest::newRow("nothing") << QString() << QString() << QStringLiteral("mailflow.invalid");
    }
    void messageIdDomain()
    {
        QFETCH(QString, mailFrom);
        QFETCH(QString, ehloName);
        QFETCH(QString, domain);
        SessionOptions o = baseOptions();
        o.mailFrom = mailFrom;
        o.ehloName = ehloName;
        MessageSource source(o);
        QVERIFY(source.open());
        const QByteArray message = readAll(source, 1024);
        QVERIFY2(headerValue(message, "Message-ID").endsWith("@" + domain.toLatin1() + ">"),
                 headerValue(message, "Message-ID").constData());
        if (mailFrom.isEmpty())
            QCOMPARE(headerValue(message, "From"), QByteArray("<>"));
    }

    void headerOverrides_data()
    {
        QTest::addColumn<QString>("fromHeader");
        QTest::addColumn<QString>("toHeader");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QStringList>("extra"); // name, value, name, value …
        QTest::addColumn<QStringList>("expected"); // name, value, name, value … (each exactly once)
        QTest::newRow("spec fields") << QStringLiteral("Help Desk <hd@example.test>")
                                     << QStringLiteral("Team <t@example.test>") << QStringLiteral("Ticket 42")
                                     << QStringList {}
                                     << QStringList {
                                            QStringLiteral("From"),    QStringLiteral("Help Desk <hd@example.test>"),
                                            QStringLiteral("To"),      QStringLiteral("Team <t@example.test>"),
                                            QStringLiteral("Subject"), QStringLiteral("Ticket 42")};
        QTest::newRow("extra header added")
            << QString() << QString() << QString() << QStringList {QStringLiteral("X-Ticket"), QStringLiteral("42")}
            << QStringList {QStringLiteral("X-Ticket"), QStringLiteral("42"), QStringLiteral("From"),
                            QStringLiteral("sender@example.test")};
        QTest::newRow("extra replaces generated, any case")
            << QString() << QString() << QStringLiteral("ignored")
            << QStringList {QStringLiteral("subject"),    QStringLiteral("From extra"),
                            QStringLiteral("message-id"), QStringLiteral("<fixed@example.test>"),
                            QStringLiteral("DATE"),       QStringLiteral("Mon, 01 Jan 2024 00:00:00 +0000")}
            << QStringList {QStringLiteral("Subject"),    QStringLiteral("From extra"),
                            QStringLiteral("Message-ID"), QStringLiteral("<fixed@example.test>"),
                            QStringLiteral("Date"),       QStringLiteral("Mon, 01 Jan 2024 00:00:00 +0000")};
        QTest::newRow("Content-Type override")
            << QString() << QString() << QString()
            << QStringList {QStringLiteral("Content-Type"), QStringLiteral("text/html; charset=UTF-8")}
            << QStringList {QStringLiteral("Content-Type"), QStringLiteral("text/html; charset=UTF-8")};
    }
    void headerOverrides()
    {
        QFETCH(QString, fromHeader);
        QFETCH(QString, toHeader);
        QFETCH(QString, subject);
        QFETCH(QStringList, extra);
        QFETCH(QStringList, expected);
        SessionOptions o = baseOptions();
        o.message.fromHeader = fromHeader;
        o.message.toHeader = toHeader;
        o.message.subject = subject;
        for (qsizetype i = 0; i + 1 < extra.size(); i += 2)
            o.message.extraHeaders.append({extra.at(i), extra.at(i + 1)});
        MessageSource source(o);
        QVERIFY(source.open());
        const QByteArray message = readAll(source, 100);
        for (qsizetype i = 0; i + 1 < expected.size(); i += 2) {
            const QByteArray name = expected.at(i).toLatin1();
            QCOMPARE(headerCount(message, name), 1);
            QCOMPARE(headerValue(message, name), expected.at(i + 1).toUtf8());
        }
    }

    void nonAsciiSubject_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::newRow("umlaut") << QStringLiteral("Prüfung der Zustellung");
        QTest::newRow("cjk") << QStringLiteral("メールのテスト");
        QTest::newRow("long") << QStringLiteral("Überprüfung ").repeated(20);
    }
    void nonAsciiSubject()
    {
        QFETCH(QString, subject);
        SessionOptions o = baseOptions();
        o.message.subject = subject;
        MessageSource source(o);
        QVERIFY(source.open());
        const QByteArray message = readAll(source, 4096);
        const QByteArray value = headerValue(message, "Subject");
        // Only ASCII on the wire; the decoded words give back the subject.
        for (const char c : value)
            QVERIFY2(static_cast<unsigned char>(c) < 0x80, value.constData());
        QVERIFY2(value.startsWith("=?UTF-8?B?"), value.constData());
        QCOMPARE(decodeEncodedWords(value), subject);
        // RFC 2047 §2: an encoded word is at most 75 characters; RFC 5322: lines at most 998.
        static const QRegularExpression word(QStringLiteral("=\\?[^?]+\\?[BbQq]\\?[^?]*\\?="));
        auto it = word.globalMatch(QString::fromLatin1(value));
        int words = 0;
        while (it.hasNext()) {
            const auto m = it.next();
            QVERIFY2(m.capturedLength() <= 75, qPrintable(m.captured()));
            ++words;
        }
        QVERIFY(words >= 1);
        for (const QByteArray &line : message.left(message.indexOf("\r\n\r\n")).split('\n'))
            QVERIFY2(line.size() <= 999, line.constData());
        // The body is 7-bit, so the 8-bit subject does not make the message 8-bit.
        QVERIFY(!source.hasEightBitContent());
    }

    void rawMessageHasNoGeneratedHeaders()
    {
        SessionOptions o = baseOptions();
        o.message.rawMessage = true;
        o.message.subject = QStringLiteral("not used");
        o.message.bodyText = QStringLiteral("Subject: mine\nFrom: me@example.test\n\nbody\n");
        MessageSource source(o);
        QVERIFY(source.open());
        const QByteArray message = readAll(source, 7);
        QCOMPARE(message, QByteArray("Subject: mine\r\nFrom: me@example.test\r\n\r\nbody\r\n"));
        QCOMPARE(source.encodedSize(), message.size());
        QCOMPARE(headerCount(message, "Message-ID"), 0);
        QCOMPARE(headerCount(message, "Date"), 0);
    }

    void encoding_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("LF") << QByteArray("a\nb\n") << QByteArray("a\r\nb\r\n");
        QTest::newRow("CR") << QByteArray("a\rb\r") << QByteArray("a\r\nb\r\n");
        QTest::newRow("CRLF") << QByteArray("a\r\nb\r\n") << QByteArray("a\r\nb\r\n");
        QTest::newRow("mixed") << QByteArray("a\r\nb\nc\rd") << QByteArray("a\r\nb\r\nc\r\nd\r\n");
        QTest::newRow("CR CR LF") << QByteArray("a\r\r\nb") << QByteArray("a\r\n\r\nb\r\n");
        QTest::newRow("LF CR") << QByteArray("a\n\rb") << QByteArray("a\r\n\r\nb\r\n");
        QTest::newRow("blank lines") << QByteArray("\n\n\n") << QByteArray("\r\n\r\n\r\n");
        QTest::newRow("no final newline") << QByteArray("last line") << QByteArray("last line\r\n");
        QTest::newRow("dot first line") << QByteArray(".hidden\n") << QByteArray("..hidden\r\n");
        QTest::newRow("lone dot line") << QByteArray("a\n.\nb\n") << QByteArray("a\r\n..\r\nb\r\n");
        QTest::newRow("dot after CR") << QByteArray("a\r.b\r") << QByteArray("a\r\n..b\r\n");
        QTest::newRow("dot after CRLF") << QByteArray("a\r\n.\r\n") << QByteArray("a\r\n..\r\n");
        QTest::newRow("double dot") << QByteArray("..\n") << QByteArray("...\r\n");
        QTest::newRow("dot mid line") << QByteArray("a.b .c\n") << QByteArray("a.b .c\r\n");
        QTest::newRow("CRLF dot CRLF attack")
            << QByteArray("x\r\n.\r\nMAIL FROM:<evil@x>\r\n") << QByteArray("x\r\n..\r\nMAIL FROM:<evil@x>\r\n");
        QTest::newRow("empty raw body") << QByteArray() << QByteArray();
    }
    void encoding()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, wire);
        // The same bytes whatever the chunk size: state carries across chunk boundaries.
        for (const qint64 maxBytes : {1, 2, 3, 5, 64 * 1024}) {
            MessageSource source(rawOptions(body));
            QVERIFY(source.open());
            const QByteArray out = readAll(source, maxBytes);
            QCOMPARE(out, wire);
            QCOMPARE(source.encodedSize(), qint64(wire.size()));
            QVERIFY(source.atEnd());
            QCOMPARE(source.readChunk(maxBytes), QByteArray());
        }
    }

    void bdatFramingIsNotDotStuffed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("wire");
        QTest::newRow("dot first line") << QByteArray(".hidden\n") << QByteArray(".hidden\r\n");
        QTest::newRow("lone dot line") << QByteArray("a\n.\nb\n") << QByteArray("a\r\n.\r\nb\r\n");
        QTest::newRow("double dot, bare LF") << QByteArray("..\nx") << QByteArray("..\r\nx\r\n");
    }
    void bdatFramingIsNotDotStuffed()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, wire);
        for (const qint64 maxBytes : {1, 2, 64 * 1024}) {
            MessageSource source(rawOptions(body), MessageSource::Framing::Bdat);
            QVERIFY(source.open());
            QCOMPARE(readAll(source, maxBytes), wire);
            QCOMPARE(source.encodedSize(), qint64(wire.size()));
        }
    }

    void chunksStayNearMaxBytes()
    {
        // A body full of dots and bare LFs grows when encoded; a chunk may exceed maxBytes only by that growth.
        QByteArray body;
        for (int i = 0; i < 2000; ++i)
            body += ".\n";
        MessageSource source(rawOptions(body));
        QVERIFY(source.open());
        qint64 total = 0;
        while (!source.atEnd()) {
            const QByteArray chunk = source.readChunk(100);
            QVERIFY2(chunk.size() <= 200 + 2, QByteArray::number(chunk.size()).constData());
            total += chunk.size();
        }
        QCOMPARE(total, source.encodedSize());
        QCOMPARE(total, qint64(2000 * 4));
    }

    void encodedSizeMatchesOutput_data()
    {
        QTest::addColumn<bool>("raw");
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("subject");
        QTest::newRow("generated, default body") << false << QString() << QString();
        QTest::newRow("generated, dots and LFs") << false << QStringLiteral(".a\n..b\nc\r\n.") << QString();
        QTest::newRow("generated, 8-bit") << false << QStringLiteral("Grüße\n") << QStringLiteral("Grüße");
        QTest::newRow("raw") << true << QStringLiteral("Subject: x\n\n.\n") << QString();
    }
    void encodedSizeMatchesOutput()
    {
        QFETCH(bool, raw);
        QFETCH(QString, body);
        QFETCH(QString, subject);
        SessionOptions o = baseOptions();
        o.message.rawMessage = raw;
        o.message.bodyText = body;
        o.message.subject = subject;
        for (const qint64 maxBytes : {1, 13, 65536}) {
            MessageSource source(o);
            QVERIFY(source.open());
            const QByteArray out = readAll(source, maxBytes);
            QCOMPARE(source.encodedSize(), qint64(out.size()));
            QVERIFY(out.endsWith("\r\n"));
        }
    }

    void eightBitDetection_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("eightBit");
        QTest::newRow("ascii") << QStringLiteral("plain text\n") << false;
        QTest::newRow("latin") << QStringLiteral("café\n") << true;
        QTest::newRow("emoji") << QStringLiteral("ok \U0001F600\n") << true;
        QTest::newRow("8-bit only in last byte") << QStringLiteral("%1é").arg(QString(300'000, u'a')) << true;
    }
    void eightBitDetection()
    {
        QFETCH(QString, body);
        QFETCH(bool, eightBit);
        SessionOptions o = baseOptions();
        o.message.bodyText = body;
        MessageSource source(o);
        QVERIFY(source.open());
        QCOMPARE(source.hasEightBitContent(), eightBit);
        const QByteArray message = readAll(source, 65536);
        QCOMPARE(headerValue(message, "Content-Transfer-Encoding"), eightBit ? QByteArray("8bit") : QByteArray("7bit"));
        // The UTF-8 bytes go out unchanged.
        QVERIFY(message.contains(body.trimmed().toUtf8().left(20)));
    }

    void fileBody()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("body.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray body;
        for (int i = 0; i < 50'000; ++i)
            body += (i % 7 == 0 ? "." : "") + QByteArray::number(i) + (i % 3 == 0 ? "\n" : "\r\n");
        body += "\xc3\xa9 end"; // 8-bit, no final newline
        file.write(body);
        file.close();

        SessionOptions o = baseOptions();
        o.message.bodyText = QStringLiteral("ignored: the file wins");
        o.message.bodyFile = path;
        MessageSource source(o);
        QVERIFY2(source.open(), qPrintable(source.error()));
        QVERIFY(source.hasEightBitContent());
        const QByteArray message = readAll(source, 4096);
        QCOMPARE(source.encodedSize(), qint64(message.size()));
        const QByteArray content = message.mid(message.indexOf("\r\n\r\n") + 4);
        QVERIFY(!content.contains("ignored"));
        QVERIFY(content.startsWith("..0\r\n1\r\n2\r\n3\r\n"));
        QVERIFY(content.endsWith("\xc3\xa9 end\r\n"));
        QCOMPARE(content.count("\r\n"), 50'001);
        QCOMPARE(content.count('\n'), content.count("\r\n"));

        // Reopening reads the file again from the start.
        MessageSource again(o);
        QVERIFY(again.open());
        QCOMPARE(readAll(again, 65536).mid(message.indexOf("\r\n\r\n")), message.mid(message.indexOf("\r\n\r\n")));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nope.txt"));
        SessionOptions o = baseOptions();
        o.message.bodyFile = path;
        MessageSource source(o);
        QVERIFY(!source.open());
        QVERIFY2(source.error().startsWith(QStringLiteral("Cannot read the message file ")),
                 qPrintable(source.error()));
        QVERIFY2(source.error().contains(path), qPrintable(source.error()));
        QVERIFY(!source.error().contains(u'\n'));
    }

    void emptyBody_data()
    {
        QTest::addColumn<bool>("raw");
        QTest::newRow("generated") << false;
        QTest::newRow("raw") << true;
    }
    void emptyBody()
    {
        QFETCH(bool, raw);
        SessionOptions o = baseOptions();
        o.message.rawMessage = raw;
        MessageSource source(o);
        QVERIFY(source.open());
        const QByteArray message = readAll(source, 64);
        QCOMPARE(source.encodedSize(), qint64(message.size()));
        if (raw) {
            QCOMPARE(message, QByteArray());
        } else {
            // An empty body gets the default test text, after the headers.
            const QByteArray content = message.mid(message.indexOf("\r\n\r\n") + 4);
            QVERIFY2(content.startsWith("This is a test message sent by Mailflow"), content.constData());
            QVERIFY(content.endsWith("\r\n"));
        }
        QCOMPARE(MessageSource::terminator(), QByteArray(".\r\n"));
    }
    void attachments_data()
    {
        QTest::addColumn<qint64>("maxBytes");
        QTest::newRow("1 byte chunks") << qint64(1);
        QTest::newRow("77 byte chunks") << qint64(77);
        QTest::newRow("64 KiB chunks") << qint64(65536);
    }
    void attachments()
    {
        QFETCH(qint64, maxBytes);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray binary;
        for (int i = 0; i < 5000; ++i)
            binary += char((i * 7 + i / 256) & 0xff);
        binary += "\r\n.\r\n"; // an end of data inside the file must not end the message
        const QString binaryPath = dir.filePath(QStringLiteral("data.bin"));
        const QString textPath = dir.filePath(QStringLiteral("grüße über.txt"));
        const QString emptyPath = dir.filePath(QStringLiteral("empty \"quoted\".txt"));
        for (const auto &[path, content] :
             {std::pair {binaryPath, binary}, {textPath, QByteArray("Hallo Welt\n")}, {emptyPath, QByteArray()}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(content);
        }
        SessionOptions o = baseOptions();
        o.message.bodyText = QStringLiteral("Grüße,\nsee the files.\n");
        o.message.attachments = {binaryPath, textPath, emptyPath};
        MessageSource source(o);
        QVERIFY2(source.open(), qPrintable(source.error()));
        const QByteArray message = readAll(source, maxBytes);
        QCOMPARE(source.encodedSize(), qint64(message.size()));
        QCOMPARE(headerValue(message, "MIME-Version"), QByteArray("1.0"));
        QCOMPARE(headerValue(message, "Content-Transfer-Encoding"), QByteArray("8bit"));

        QByteArray preamble;
        const QList<MimePart> parts = multipartParts(message, &preamble);
        QCOMPARE(parts.size(), 4);
        QVERIFY(!preamble.contains("Content-Type"));
        // The text first, as it was.
        QCOMPARE(headerValue(parts[0].head, "Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(headerValue(parts[0].head, "Content-Transfer-Encoding"), QByteArray("8bit"));
        QCOMPARE(parts[0].body, QByteArray("Grüße,\r\nsee the files.\r\n"));
        // Then each file in base64, its name in Content-Disposition.
        QCOMPARE(headerValue(parts[1].head, "Content-Type"), QByteArray("application/octet-stream; name=\"data.bin\""));
        QCOMPARE(headerValue(parts[1].head, "Content-Disposition"), QByteArray("attachment; filename=\"data.bin\""));
        QCOMPARE(headerValue(parts[1].head, "Content-Transfer-Encoding"), QByteArray("base64"));
        QCOMPARE(decodeBase64Lines(parts[1].body), binary);
        QCOMPARE(headerValue(parts[2].head, "Content-Type"),
                 QByteArray("text/plain; name*=UTF-8''gr%C3%BC%C3%9Fe%20%C3%BCber.txt"));
        QCOMPARE(headerValue(parts[2].head, "Content-Disposition"),
                 QByteArray("attachment; filename*=UTF-8''gr%C3%BC%C3%9Fe%20%C3%BCber.txt"));
        QCOMPARE(decodeBase64Lines(parts[2].body), QByteArray("Hallo Welt\n"));
        QCOMPARE(headerValue(parts[3].head, "Content-Disposition"),
                 QByteArray("attachment; filename=\"empty \\\"quoted\\\".txt\""));
        QCOMPARE(decodeBase64Lines(parts[3].body), QByteArray());
        // Nothing in the message ends the data early.
        QVERIFY(!message.contains("\r\n.\r\n"));
    }

    void missingAttachment()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gone.pdf"));
        SessionOptions o = baseOptions();
        o.message.attachments = {path};
        MessageSource source(o);
        QVERIFY(!source.open());
        QVERIFY2(source.error().contains(path), qPrintable(source.error()));
    }

    void rawMessageIgnoresAttachments()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("attached");
        file.close();
        SessionOptions o = rawOptions("Subject: x\n\nbody\n");
        o.message.attachments = {path};
        MessageSource source(o);
        QVERIFY(source.open());
        QCOMPARE(readAll(source, 4096), QByteArray("Subject: x\r\n\r\nbody\r\n"));
    }

    void tokens_data()
    {
        QTest::addColumn<qint64>("maxBytes");
        QTest::newRow("1 byte chunks: every token cut") << qint64(1);
        QTest::newRow("5 byte chunks") << qint64(5);
        QTest::newRow("64 KiB chunks") << qint64(65536);
    }
    void tokens()
    {
        QFETCH(qint64, maxBytes);
        SessionOptions o = baseOptions();
        o.message.subject = QStringLiteral("Test %DATE%");
        o.message.extraHeaders = {{QStringLiteral("X-Id"), QStringLiteral("<%MESSAGEID%>")},
                                  {QStringLiteral("X-Line"), QStringLiteral("a%NEWLINE%b")}};
        o.message.bodyText = QStringLiteral("from %FROM_ADDRESS% to %TO_ADDRESS%%NEWLINE%id %MESSAGEID%\n"
                                            "100%% %DATEX %DAT\n%");
        MessageSource source(o);
        QVERIFY(source.open());
        const QByteArray message = readAll(source, maxBytes);
        QCOMPARE(source.encodedSize(), qint64(message.size()));
        const QByteArray date = headerValue(message, "Date");
        const QByteArray id = headerValue(message, "Message-ID");
        QVERIFY(id.startsWith('<') && id.endsWith('>'));
        QCOMPARE(headerValue(message, "Subject"), "Test " + date);
        QCOMPARE(headerValue(message, "X-Id"), id);
        // A header stays one line.
        QCOMPARE(headerValue(message, "X-Line"), QByteArray("a%NEWLINE%b"));
        const QByteArray content = message.mid(message.indexOf("\r\n\r\n") + 4);
        QCOMPARE(content,
                 "from sender@example.test to u1@example.test, u2@example.test\r\nid " + id.mid(1, id.size() - 2)
                     + "\r\n100%% %DATEX %DAT\r\n%\r\n");
    }

    void tokensStreamAcrossPieces()
    {
        const SessionOptions o = baseOptions();
        const MessageTokens tokens(o, QDateTime::currentDateTime());
        const QByteArray text = "a%FROM_ADDRESS%b%TO_ADDRESS%%%DATE%%c%";
        const QByteArray expected = "asender@example.testbu1@example.test, u2@example.test%" + tokens.date() + "%c%";
        for (qsizetype cut = 0; cut <= text.size(); ++cut) {
            QByteArray carry;
            QByteArray out = tokens.expandStream(text.left(cut), carry);
            out += tokens.expandStream(text.mid(cut), carry);
            out += tokens.expandStream(QByteArray(), carry);
            QCOMPARE(out, expected);
            QVERIFY(carry.isEmpty());
        }
        // Without a '%' the piece is passed on as it is.
        QByteArray carry;
        const QByteArray plain(1000, 'x');
        QCOMPARE(tokens.expandStream(plain, carry).constData(), plain.constData());
    }
};

QTEST_GUILESS_MAIN(TestMessageSource)
#include "tst_messagesource.moc"
