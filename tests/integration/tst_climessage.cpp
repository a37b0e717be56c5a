// mailflow-cli's message options against aiosmtpd: --attach, --data (and --raw-message), the tokens.
#include "aiosmtpdfixture.h"
#include "clirun.h"
#include "testfiles.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow::test;

namespace {

QStringList basicArguments(quint16 port)
{
    return {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(port),
            QStringLiteral("--from"),   QStringLiteral("a@test.com"),
            QStringLiteral("--to"),     QStringLiteral("u@example.com"),
            QStringLiteral("--ehlo"),   QStringLiteral("client.test")};
}

/**
 * The message as Python's email package reads it (an independent MIME parser): the text and each
 * attachment's type, file name and decoded content (base64 in the JSON).
 */
QJsonObject parseWithPython(const QByteArray &message, QString *error)
{
    const QString script = QStringLiteral(R"(
import base64, email, email.policy, json, sys
m = email.message_from_bytes(sys.stdin.buffer.read(), policy=email.policy.default)
body = m.get_body(preferencelist=("plain",))
out = {"type": m.get_content_type(), "defects": [str(d) for d in m.defects],
       "text": body.get_content() if body is not None else None, "attachments": []}
for part in m.iter_attachments():
    out["defects"] += [str(d) for d in part.defects]
    out["attachments"].append({"type": part.get_content_type(), "filename": part.get_filename(),
                               "content": base64.b64encode(part.get_payload(decode=True)).decode()})
print(json.dumps(out))
)");
    QProcess python;
    python.start(AiosmtpdFixture::python(), {QStringLiteral("-c"), script});
    python.write(message);
    python.closeWriteChannel();
    if (!python.waitForFinished(30'000) || python.exitCode() != 0) {
        *error = QString::fromUtf8(python.readAllStandardError());
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

/** The message with what differs from one run to the next (date, message id, MIME boundary) made fixed. */
QByteArray withoutRunValues(QByteArray message)
{
    const QRegularExpressionMatch boundary
        = QRegularExpression(QStringLiteral("boundary=\"([^\"]+)\"")).match(QString::fromLatin1(message));
    if (boundary.hasMatch())
        message.replace(boundary.captured(1).toLatin1(), "BOUNDARY");
    QString text = QString::fromUtf8(message);
    text.replace(QRegularExpression(QStringLiteral("^Date: [^\r]*\r\n"), QRegularExpression::MultilineOption),
                 QStringLiteral("Date: DATE\r\n"));
    text.replace(QRegularExpression(QStringLiteral("^Message-ID: [^\r]*\r\n"), QRegularExpression::MultilineOption),
                 QStringLiteral("Message-ID: ID\r\n"));
    return text.toUtf8();
}

} // namespace

class TestCliMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(cliPath()), qPrintable(cliPath())); }

    void attachmentsArriveIntact()
    {
        AiosmtpdFixture server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QByteArray binary(300'000, Qt::Uninitialized);
        QRandomGenerator generator(15);
        for (char &c : binary)
            c = char(generator.bounded(256));
        const QString binaryPath = dir.filePath(QStringLiteral("capture.bin"));
        const QString textPath = dir.filePath(QStringLiteral("Übersicht.txt"));
        QVERIFY(writeTestFile(binaryPath, binary));
        QVERIFY(writeTestFile(textPath, "first line\n.second line\n"));

        const CliResult r
            = runCli(basicArguments(server.port())
                     + QStringList {QStringLiteral("--body"), QStringLiteral("See the files."),
                                    QStringLiteral("--attach"), binaryPath, QStringLiteral("--attach"), textPath});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
        const auto messages = server.messages();
        QCOMPARE(messages.size(), 1);
        QString error;
        const QJsonObject parsed = parseWithPython(messages.first().content, &error);
        QVERIFY2(!parsed.isEmpty(), qPrintable(error));
        QCOMPARE(parsed.value(QLatin1String("type")).toString(), QStringLiteral("multipart/mixed"));
        QCOMPARE(parsed.value(QLatin1String("defects")).toArray(), QJsonArray());
        QCOMPARE(parsed.value(QLatin1String("text")).toString(), QStringLiteral("See the files.\r\n"));
        const QJsonArray attachments = parsed.value(QLatin1String("attachments")).toArray();
        QCOMPARE(attachments.size(), 2);
        const QJsonObject first = attachments.at(0).toObject();
        QCOMPARE(first.value(QLatin1String("filename")).toString(), QStringLiteral("capture.bin"));
        QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("application/octet-stream"));
        QVERIFY(QByteArray::fromBase64(first.value(QLatin1String("content")).toString().toLatin1()) == binary);
        const QJsonObject second = attachments.at(1).toObject();
        QCOMPARE(second.value(QLatin1String("filename")).toString(), QStringLiteral("Übersicht.txt"));
        QCOMPARE(second.value(QLatin1String("type")).toString(), QStringLiteral("text/plain"));
        QCOMPARE(QByteArray::fromBase64(second.value(QLatin1String("content")).toString().toLatin1()),
                 QByteArray("first line\n.second line\n"));
        // The transcript does not print 400 KB of base64.
        QVERIFY2(r.out.size() < 100'000, qPrintable(describe(r)));
    }

    void dumpMailIsWhatTheServerReceives()
    {
        AiosmtpdFixture server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTemporaryDir dir;
        const QString attachment = dir.filePath(QStringLiteral("notes.txt"));
        QVERIFY(writeTestFile(attachment, "first\n.second\n"));
        const QStringList message {QStringLiteral("--body"), QStringLiteral("Hello %TO_ADDRESS%\n.dot"),
                                   QStringLiteral("--attach"), attachment};
        const CliResult dumped
            = runCli(basicArguments(server.port()) + message + QStringList {QStringLiteral("--dump-mail")});
        QVERIFY2(dumped.finished && dumped.exitCode == 0, qPrintable(describe(dumped)));
        QVERIFY2(server.messages().isEmpty(), "--dump-mail connected");
        QVERIFY2(dumped.out.contains("Hello u@example.com\r\n.dot\r\n"), dumped.out.constData());
        const CliResult sent = runCli(basicArguments(server.port()) + message);
        QVERIFY2(sent.finished && sent.exitCode == 0, qPrintable(describe(sent)));
        const auto messages = server.messages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(withoutRunValues(dumped.out), withoutRunValues(messages.first().content));
    }

    void completeMessage_data()
    {
        QTest::addColumn<QStringList>("options"); // FILE is replaced by the message file
        QTest::newRow("--data FILE") << QStringList {QStringLiteral("--data"), QStringLiteral("FILE")};
        QTest::newRow("--body @FILE --raw-message")
            << QStringList {QStringLiteral("--body"), QStringLiteral("@FILE"), QStringLiteral("--raw-message")};
    }
    void completeMessage()
    {
        QFETCH(QStringList, options);
        AiosmtpdFixture server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("message.eml"));
        QVERIFY(writeTestFile(path,
                              "From: Me <a@test.com>\nTo: %TO_ADDRESS%\nSubject: raw\nDate: %DATE%\n"
                              "Message-ID: <%MESSAGEID%>\n\nHello\n.dot\n"));
        for (QString &o : options)
            o.replace(QStringLiteral("FILE"), path);
        const CliResult r = runCli(basicArguments(server.port()) + options);
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
        const auto messages = server.messages();
        QCOMPARE(messages.size(), 1);
        const QString content = QString::fromUtf8(messages.first().content);
        // Sent as it is, no headers added, the tokens replaced.
        const QRegularExpression expected(QStringLiteral(
            "^From: Me <a@test.com>\r\nTo: u@example.com\r\nSubject: raw\r\n"
            "Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d\\d [A-Z][a-z][a-z] \\d{4} \\d\\d:\\d\\d:\\d\\d [+-]\\d{4}\r\n"
            "Message-ID: <[0-9a-f-]{36}@test.com>\r\n\r\nHello\r\n.dot\r\n$"));
        QVERIFY2(expected.match(content).hasMatch(), qPrintable(content));
    }

    void tokensInBodyAndHeaders()
    {
        AiosmtpdFixture server;
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const CliResult r = runCli(basicArguments(server.port())
                                   + QStringList {QStringLiteral("--subject"), QStringLiteral("Test %DATE%"),
                                                  QStringLiteral("--header"), QStringLiteral("X-Ref: <%MESSAGEID%>"),
                                                  QStringLiteral("--body"),
                                                  QStringLiteral("From %FROM_ADDRESS%%NEWLINE%to %TO_ADDRESS%")});
        QVERIFY2(r.finished && r.exitCode == 0, qPrintable(describe(r)));
        const auto messages = server.messages();
        QCOMPARE(messages.size(), 1);
        const QByteArray content = messages.first().content;
        const auto header = [&content](const QByteArray &name) {
            const qsizetype at = content.indexOf("\r\n" + name + ": ");
            if (at < 0)
                return QByteArray();
            const qsizetype start = at + name.size() + 4;
            return content.mid(start, content.indexOf("\r\n", start) - start);
        };
        QVERIFY2(!header("Date").isEmpty(), content.constData());
        QCOMPARE(header("Subject"), "Test " + header("Date"));
        QCOMPARE(header("X-Ref"), header("Message-ID"));
        QVERIFY2(content.endsWith("\r\n\r\nFrom a@test.com\r\nto u@example.com\r\n"), content.constData());
    }

    void badMessageOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("error");
        const QString missing = QStringLiteral("/nonexistent/mailflow-attachment.pdf");
        QTest::newRow("--attach missing file")
            << QStringList {QStringLiteral("--attach"), missing} << QStringLiteral("--attach: cannot read ") + missing;
        QTest::newRow("--attach a folder") << QStringList {QStringLiteral("--attach"), QStringLiteral("/tmp")}
                                           << QStringLiteral("--attach: cannot read /tmp");
        QTest::newRow("--attach with --data")
            << QStringList {QStringLiteral("--data"), QStringLiteral("/etc/hostname"), QStringLiteral("--attach"),
                            QStringLiteral("/etc/hostname")}
            << QStringLiteral("--attach cannot add to a complete message");
        QTest::newRow("--attach with --raw-message")
            << QStringList {QStringLiteral("--raw-message"), QStringLiteral("--attach"),
                            QStringLiteral("/etc/hostname")}
            << QStringLiteral("--attach cannot add to a complete message");
        QTest::newRow("--data with --body") << QStringList {QStringLiteral("--data"), QStringLiteral("/etc/hostname"),
                                                            QStringLiteral("--body"), QStringLiteral("x")}
                                            << QStringLiteral("Give --data or --body, not both.");
        QTest::newRow("--data missing file")
            << QStringList {QStringLiteral("--data"), QStringLiteral("/nonexistent/mailflow-message.eml")}
            << QStringLiteral("/nonexistent/mailflow-message.eml");
    }
    void badMessageOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, error);
        QTcpServer listener;
        QVERIFY(listener.listen(QHostAddress::LocalHost));
        const CliResult r = runCli(basicArguments(listener.serverPort()) + options);
        QVERIFY2(r.finished && r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(r.err.startsWith("mailflow-cli: ") && r.err.count('\n') == 1, qPrintable(describe(r)));
        QVERIFY2(QString::fromUtf8(r.err).contains(error), qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
        QVERIFY(!listener.hasPendingConnections());
        QVERIFY(!listener.waitForNewConnection(0));
    }
};

QTEST_GUILESS_MAIN(TestCliMessage)
#include "tst_climessage.moc"
