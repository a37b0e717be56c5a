// Broken, slow and hostile servers on raw loopback sockets: every case ends within its timeout with a
// clear line in the checklist, the transcript intact and escaped, memory bounded; and the engine leaks
// neither file descriptors nor memory over 10,000 connections to smtp-sink.
#include "base/printable.h"
#include "rawserver.h"
#include "sessionharness.h"
#include "smtpsinkfixture.h"
#include "tlssmtpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <sys/socket.h>

using namespace mailflow;
using namespace mailflow::test;

namespace {

/** Writes bytes again and again every intervalMs until the client goes away. */
Behaviour sendForever(const QByteArray &bytes, int intervalMs, const QByteArray &first = {})
{
    return [bytes, intervalMs, first](QTcpSocket *socket) {
        socket->write(first);
        auto *timer = new QTimer(socket);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, bytes] {
            if (socket->bytesToWrite() < 1024 * 1024)
                socket->write(bytes);
        });
        timer->start(intervalMs);
    };
}

/** One byte of text every intervalMs, round and round. */
Behaviour drip(const QByteArray &text, int intervalMs)
{
    return [text, intervalMs](QTcpSocket *socket) {
        auto *timer = new QTimer(socket);
        auto position = std::make_shared<qsizetype>(0);
        QObject::connect(timer, &QTimer::timeout, socket, [socket, text, position] {
            socket->write(text.mid(*position % text.size(), 1));
            ++*position;
        });
        timer->start(intervalMs);
    };
}

/** Greets, then answers each command line through answer(verb, socket); an empty answer sends nothing. */
Behaviour conversation(const QByteArray &greeting,
                       const std::function<QByteArray(const QByteArray &, QTcpSocket *)> &answer)
{
    return [greeting, answer](QTcpSocket *socket) {
        socket->write(greeting);
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, answer] {
            *buffer += socket->readAll();
            qsizetype end = 0;
            while ((end = buffer->indexOf("\r\n")) >= 0) {
                const QByteArray verb = buffer->left(end).split(' ').value(0).toUpper();
                buffer->remove(0, end + 2);
                const QByteArray reply = answer(verb, socket);
                if (socket->state() != QAbstractSocket::ConnectedState)
                    return;
                socket->write(reply);
            }
        });
    };
}

QByteArray ordinary(const QByteArray &verb)
{
    if (verb == "DATA")
        return "354 go ahead\r\n";
    if (verb == "QUIT")
        return "221 bye\r\n";
    return "250 ok\r\n";
}

/** Ends the connection with a TCP reset rather than a FIN. */
void reset(QTcpSocket *socket)
{
    const linger hard {1, 0};
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
    socket->abort();
}

const Milestone *firstFailed(const SmtpSession &session)
{
    for (const Milestone &m : session.checklist()->milestones()) {
        if (m.state == MilestoneState::Failed)
            return &m;
    }
    return nullptr;
}

qsizetype transcriptSize(const SmtpSession &session)
{
    qsizetype size = 0;
    for (const TranscriptEntry &e : session.transcript()->entries())
        size += e.text.size();
    return size;
}

int openFileDescriptors()
{
    return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
}

#if defined(__SANITIZE_ADDRESS__)
#define MAILFLOW_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MAILFLOW_UNDER_ASAN 1
#endif
#endif

#ifdef MAILFLOW_UNDER_ASAN
// The sanitizer runtime's allocator statistics (sanitizer/allocator_interface.h, which gcc does not ship).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

/** The memory the program holds: its resident size, or under AddressSanitizer the bytes it has
 *  allocated, since ASan keeps freed blocks resident on purpose (its quarantine). */
qint64 memoryInUseKiB()
{
#ifdef MAILFLOW_UNDER_ASAN
    return qint64(__sanitizer_get_current_allocated_bytes() / 1024);
#else
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
#endif
}

constexpr int StageMs = 1000;

/** A test of the whole conversation against host:port, every stage with the same timeout. */
SessionOptions conversationOptions(const QString &host, quint16 port, int timeoutMs)
{
    SessionOptions o;
    o.host = host;
    o.port = port;
    o.ehloName = QStringLiteral("client.test");
    o.mailFrom = QStringLiteral("helpdesk@test.example");
    o.recipients = {Recipient {QStringLiteral("user@test.example"), {}, {}}};
    o.message.bodyText = QStringLiteral("Hello.");
    o.timeouts = Timeouts::uniform(timeoutMs);
    o.tls.mode = TlsMode::Off;
    return o;
}

} // namespace

Q_DECLARE_METATYPE(Behaviour)

class TstHostileServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostile_data()
    {
        QTest::addColumn<Behaviour>("behaviour");
        QTest::addColumn<TlsMode>("tls");
        QTest::addColumn<MilestoneKind>("failedAt");
        QTest::addColumn<FailureKind>("failure");
        QTest::addColumn<QString>("summary"); // part of the failed milestone's line in the checklist
        QTest::addColumn<QString>("shown"); // part of the transcript, escaped
        QTest::addColumn<int>("withinMs");

        const auto row
            = [](const char *name, const Behaviour &b, MilestoneKind at, FailureKind failure, const char *summary,
                 const QString &shown = {}, int withinMs = 3 * StageMs, TlsMode tls = TlsMode::Off) {
                  QTest::newRow(name) << b << tls << at << failure << QString::fromUtf8(summary) << shown << withinMs;
              };
        using K = MilestoneKind;
        using F = FailureKind;
        row("1 MB line without newline", sendOnce("220 " + QByteArray(1024 * 1024, 'a')), K::Connect, F::ProtocolError,
            "longer than 4096 bytes", QStringLiteral("220 aaaa"));
        row("endless multiline reply", sendForever(QByteArray("220-more\r\n").repeated(200), 1), K::Connect,
            F::ProtocolError, "more than 1000 lines");
        row("codes disagree", sendOnce("220-mx.test\r\n250 mx.test\r\n"), K::Connect, F::ProtocolError,
            "disagree on the code");
        row("non-numeric code", sendOnce("2x0 hello\r\n"), K::Connect, F::ProtocolError, "not an SMTP reply",
            QStringLiteral("2x0 hello"));
        row("bare LF", sendOnce("220 mx.test\n"), K::Ehlo, F::Timeout, "No reply within 1 s",
            QStringLiteral("bare LF"));
        row("bare CR forging a line", sendOnce("220 mx.test\rS: 250 forged\r\n"), K::Ehlo, F::Timeout,
            "No reply within 1 s", QStringLiteral("220 mx.test\\x0dS: 250 forged"));
        row("NUL, escapes and invalid UTF-8",
            sendOnce(QByteArrayLiteral("220 a\0b\xff\xc0\x80\x1b[2J\xe2\x80\xae!\r\n")), K::Ehlo, F::Timeout,
            "No reply within 1 s", QStringLiteral("220 a\\x00b\\xff\\xc0\\x80\\x1b[2J\\u202e!"));
        row("10,000-line EHLO",
            conversation("220 mx.test\r\n",
                         [](const QByteArray &verb, QTcpSocket *) {
                             if (verb != "EHLO")
                                 return ordinary(verb);
                             QByteArray lines;
                             for (int i = 0; i < 9999; ++i)
                                 lines += "250-X-EXTENSION-" + QByteArray::number(i) + "\r\n";
                             return lines + "250 END\r\n";
                         }),
            K::Ehlo, F::ProtocolError, "more than 1000 lines");
        row(
            "accepts and never speaks", [](QTcpSocket *) {}, K::Connect, F::Timeout, "No reply within 1 s");
        row("drips one byte at a time", drip("220-x\r\n", 100), K::Connect, F::Timeout, "trickling in for 2 s",
            QStringLiteral("220-x"), 2 * StageMs + 1500);
        row("drips a line without end", drip("220 slow", 100), K::Connect, F::Timeout, "No reply within 1 s");
        row(
            "closes after half a reply",
            [](QTcpSocket *socket) {
                socket->write("220-half of\r\n");
                socket->disconnectFromHost();
            },
            K::Connect, F::ConnectionLost, "closed the connection", QStringLiteral("220-half of"));
        row("resets during DATA",
            conversation("220 mx.test\r\n",
                         [](const QByteArray &verb, QTcpSocket *socket) {
                             if (verb == "DATA") {
                                 QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { reset(socket); });
                                 return ordinary(verb);
                             }
                             return ordinary(verb);
                         }),
            K::EndOfData, F::ConnectionLost, "");
        row("answers before the command", sendOnce("220 mx.test\r\n250 early\r\n"), K::Ehlo, F::ProtocolError,
            "answered before the command was sent");
        row("354 and 250 in one packet",
            conversation("220 mx.test\r\n",
                         [](const QByteArray &verb, QTcpSocket *) -> QByteArray {
                             if (verb == "DATA")
                                 return "354 go ahead\r\n250 2.0.0 queued before the message\r\n";
                             return ordinary(verb);
                         }),
            K::EndOfData, F::ProtocolError, "answered before the command was sent",
            QStringLiteral("250 2.0.0 queued before the message"));
        row("STARTTLS handshake stalls",
            conversation("220 mx.test\r\n",
                         [](const QByteArray &verb, QTcpSocket *socket) -> QByteArray {
                             if (verb == "EHLO")
                                 return "250-mx.test\r\n250 STARTTLS\r\n";
                             if (verb == "STARTTLS") {
                                 // Reads the client's hello and never answers it.
                                 QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
                                 return "220 go ahead\r\n";
                             }
                             return ordinary(verb);
                         }),
            K::Tls, F::Timeout, "", {}, 3 * StageMs, TlsMode::StartTls);
    }

    void hostile()
    {
        QFETCH(Behaviour, behaviour);
        QFETCH(TlsMode, tls);
        QFETCH(MilestoneKind, failedAt);
        QFETCH(FailureKind, failure);
        QFETCH(QString, summary);
        QFETCH(QString, shown);
        QFETCH(int, withinMs);

        RawServer server(behaviour);
        const quint16 port = server.start();
        QVERIFY(port);
        SessionHarness h;
        SessionOptions o = conversationOptions(QStringLiteral("127.0.0.1"), port, StageMs);
        o.message.bodyText = QString(QStringLiteral("A line of the message body.\n")).repeated(20'000);
        o.tls.mode = tls;
        o.tls.verifyCertificate = false;
        h.session.setOptions(o);

        QElapsedTimer clock;
        clock.start();
        QVERIFY(runSession(h.session, withinMs + 5000));
        QVERIFY2(clock.elapsed() < withinMs, qPrintable(QString::number(clock.elapsed())));

        const QString text = transcriptText(h.session);
        const Milestone *failed = firstFailed(h.session);
        QVERIFY2(failed, qPrintable(text));
        QCOMPARE(failed->kind, failedAt);
        QCOMPARE(failed->failure, failure);
        QVERIFY2(failed->summary.contains(summary), qPrintable(failed->summary));
        if (!shown.isEmpty())
            QVERIFY2(text.contains(shown), qPrintable(text.left(4000)));
        for (const TranscriptEntry &e : h.session.transcript()->entries())
            QVERIFY2(!hasControlCharacters(e.text), qPrintable(printableString(e.text)));
        // The transcript ends with what went wrong, and stays small whatever the server sent.
        QCOMPARE(h.session.transcript()->entries().constLast().direction, TranscriptEntry::Direction::Error);
        QVERIFY2(transcriptSize(h.session) < 2'000'000, qPrintable(QString::number(transcriptSize(h.session))));
    }

    /** A certificate with a 10 KB subject (with an escape sequence in it) and 500 alternative names. */
    void hugeCertificate()
    {
        QTemporaryDir dir;
        QString subject = QStringLiteral("/CN=localhost/O=evil\x1b[2J\u2028S: 250 forged");
        for (int i = 0; subject.size() < 10 * 1024; ++i)
            subject += QStringLiteral("/OU=%1%2").arg(QString(58, u'u')).arg(i);
        QStringList names {QStringLiteral("DNS:localhost"), QStringLiteral("IP:127.0.0.1")};
        for (int i = 0; i < 500; ++i)
            names << QStringLiteral("DNS:host%1.test").arg(i);
        const QString certificate = dir.filePath(QStringLiteral("huge.pem"));
        const QString key = dir.filePath(QStringLiteral("huge.key"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate, QStringLiteral("-days"),
                       QStringLiteral("2"), QStringLiteral("-utf8"), QStringLiteral("-subj"), subject,
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + names.join(u',')});
        QVERIFY(openssl.waitForFinished(30'000));
        QVERIFY2(openssl.exitCode() == 0, openssl.readAllStandardError().constData());

        TlsSmtpServer server(TlsSmtpServer::Mode::Implicit);
        QVERIFY(server.setCertificate(certificate, key));
        QVERIFY(server.listenOnLoopback());
        SessionHarness h;
        SessionOptions o = conversationOptions(QStringLiteral("localhost"), server.port(), 10'000);
        o.tls.mode = TlsMode::Implicit;
        o.tls.verifyCertificate = false; // self-signed: go on, as chosen
        h.session.setOptions(o);
        QVERIFY(runSession(h.session));
        const QString text = transcriptText(h.session);
        QCOMPARE(milestoneState(h.session, MilestoneKind::EndOfData), MilestoneState::Passed);
        // Shown (escaped by openssl's text form or by Mailflow), never as a line of its own.
        QVERIFY2(text.contains(QStringLiteral("250 forged")), qPrintable(text.left(3000)));
        QVERIFY(!text.contains(QStringLiteral("\nS: 250 forged")));
        QVERIFY2(text.contains(QStringLiteral("and 482 more")), qPrintable(text.left(3000)));
        for (const TranscriptEntry &e : h.session.transcript()->entries())
            QVERIFY2(!hasControlCharacters(e.text), qPrintable(printableString(e.text)));
        QVERIFY(transcriptSize(h.session) < 100'000);
        // The report keeps every name.
        QCOMPARE(h.session.tlsReport().chain.value(0).subjectAlternativeNames.size(), 502);
    }

    void manyConnectionsLeakNothing()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        SessionHarness h;
        SessionOptions o = conversationOptions(sink.host(), sink.port(), 10'000);
        o.stopAfter = StopPoint::Connect;
        h.session.setOptions(o);
        const auto cycle = [&h] {
            if (!runSession(h.session))
                return false;
            const Milestone *connect = findMilestone(h.session, MilestoneKind::Connect);
            return connect && connect->state == MilestoneState::Passed;
        };
        for (int i = 0; i < 200; ++i) // warm up: caches, the allocator's pools
            QVERIFY(cycle());
        const int fdsBefore = openFileDescriptors();
        const qint64 memoryBefore = memoryInUseKiB();
        for (int i = 0; i < 10'000; ++i) {
            if (!cycle())
                QFAIL(qPrintable(QStringLiteral("cycle %1: %2").arg(i).arg(transcriptText(h.session))));
        }
        const int fdsAfter = openFileDescriptors();
        const qint64 memoryAfter = memoryInUseKiB();
        qInfo("10,000 cycles: fds %d -> %d, memory in use %lld -> %lld KiB", fdsBefore, fdsAfter, memoryBefore,
              memoryAfter);
        QVERIFY(fdsAfter <= fdsBefore + 2);
        QVERIFY2(memoryAfter - memoryBefore < 8 * 1024, qPrintable(QString::number(memoryAfter - memoryBefore)));
    }
};

QTEST_GUILESS_MAIN(TstHostileServers)
#include "tst_hostileservers.moc"
