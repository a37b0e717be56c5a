// mailflow-cli running a folder of profiles several at a time (--jobs) and one profile again and
// again (--watch/--until), against real loopback servers.
#include "clirun.h"
#include "evidence/profile.h"
#include "samplereport.h"
#include "smtpsinkfixture.h"
#include "store/profilestore.h"
#include "testpaths.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace mailflow;
using mailflow::test::SmtpSinkFixture;

namespace {
/**
 * A minimal SMTP server that greets nobody until `barrier` clients are connected at once (then
 * everyone, at once and from then on), and notes when it accepted each connection. A client that
 * runs its tests one after another never gets past the first greeting.
 */
class BarrierServer : public QObject
{
public:
    explicit BarrierServer(int barrier)
        : m_barrier(barrier)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                if (!m_clock.isValid())
                    m_clock.start();
                m_acceptedAtMs << m_clock.elapsed();
                m_open << socket;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { answer(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_open.removeOne(socket);
                    socket->deleteLater();
                });
                if (m_released)
                    socket->write("220 barrier ready\r\n");
                else if (m_open.size() >= m_barrier) {
                    m_released = true;
                    for (QTcpSocket *waiting : std::as_const(m_open))
                        waiting->write("220 barrier ready\r\n");
                }
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return int(m_acceptedAtMs.size()); }
    /** Connections accepted within ms of the first one. */
    int acceptedWithin(qint64 ms) const
    {
        return int(std::count_if(m_acceptedAtMs.cbegin(), m_acceptedAtMs.cend(), [ms](qint64 at) { return at <= ms; }));
    }

private:
    void answer(QTcpSocket *socket)
    {
        QByteArray &pending = m_pending[socket];
        pending += socket->readAll();
        while (true) {
            if (m_inData.contains(socket)) {
                const qsizetype end = pending.indexOf("\r\n.\r\n");
                if (end < 0)
                    return;
                pending.remove(0, end + 5);
                m_inData.remove(socket);
                socket->write("250 2.0.0 queued\r\n");
                continue;
            }
            const qsizetype eol = pending.indexOf("\r\n");
            if (eol < 0)
                return;
            const QByteArray command = pending.left(eol).toUpper();
            pending.remove(0, eol + 2);
            if (command.startsWith("DATA")) {
                m_inData.insert(socket);
                // The end of data may follow at once: the body begins after the DATA line's CRLF.
                pending.prepend("\r\n");
                socket->write("354 go on\r\n");
            } else if (command.startsWith("QUIT")) {
                socket->write("221 bye\r\n");
                socket->disconnectFromHost();
                return;
            } else {
                socket->write("250 ok\r\n");
            }
        }
    }

    QTcpServer m_server;
    const int m_barrier;
    bool m_released = false;
    QList<QTcpSocket *> m_open;
    QElapsedTimer m_clock;
    QList<qint64> m_acceptedAtMs;
    QHash<QTcpSocket *, QByteArray> m_pending;
    QSet<QTcpSocket *> m_inData;
};
} // namespace

class TestCliRepeat : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    void prepare(QProcess *cli) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        cli->setProcessEnvironment(env);
    }
    /** Runs the CLI while this test's event loop keeps serving (the barrier server lives here). */
    Result runCli(const QStringList &args) { return watch(args, {}); }
    static bool writeProfile(const QString &path, const QString &name, quint16 port, int timeoutMs = 5000)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly)
            && file.write(profileToBytes(test::loopbackProfile(name, port, timeoutMs))) > 0;
    }
    static QStringList runLines(const QString &out)
    {
        QStringList lines;
        for (const QString &line : out.split(u'\n', Qt::SkipEmptyParts))
            if (line.contains(QStringLiteral("  run ")))
                lines << line;
        return lines;
    }
    /** Runs the CLI; with --watch, calls onFirstRun (if any) once its first run's line is out. */
    Result watch(const QStringList &args, const std::function<void()> &onFirstRun)
    {
        QProcess cli;
        prepare(&cli);
        QString out;
        bool first = true;
        connect(&cli, &QProcess::readyReadStandardOutput, this, [&] {
            out += QString::fromUtf8(cli.readAllStandardOutput());
            // The first run's line, in text ("run 1") or JSON lines ("run":1).
            if (first && onFirstRun && (!runLines(out).isEmpty() || out.contains(QStringLiteral("\"run\":1")))) {
                first = false;
                onFirstRun();
            }
        });
        QSignalSpy finished(&cli, &QProcess::finished);
        cli.start(test::cliPath(), test::loopbackChecks(args));
        if (!finished.wait(60000)) {
            cli.kill();
            cli.waitForFinished();
        }
        out += QString::fromUtf8(cli.readAllStandardOutput());
        return {cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1, out,
                QString::fromUtf8(cli.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/smtp-sink")),
                 "postfix's smtp-sink is missing: run tools/setup.sh");
    }

    void profilesRunFourAtATimeByDefault()
    {
        BarrierServer server(4);
        QVERIFY(server.listen());
        QTemporaryDir folder;
        for (int i = 0; i < 8; ++i)
            QVERIFY(writeProfile(folder.filePath(QStringLiteral("p%1.json").arg(i)),
                                 QStringLiteral("Barrier %1").arg(i), server.port()));
        const Result r = runCli({QStringLiteral("--profile"), folder.path(), QStringLiteral("--no-history")});
        // Passing at all means four were connected together: fewer would wait for the greeting in vain.
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(server.accepted(), 8);
        // The output reads as if they had run one after another: each block whole, in order.
        qsizetype at = 0;
        for (int i = 0; i < 8; ++i) {
            const qsizetype header = r.out.indexOf(QStringLiteral("=== Profile Barrier %1 ===").arg(i));
            QVERIFY2(header >= at, qPrintable(r.out));
            const qsizetype quit = r.out.indexOf(QStringLiteral("221 bye"), header);
            const qsizetype next = r.out.indexOf(QStringLiteral("=== Profile"), header + 1);
            QVERIFY2(quit > header && (next < 0 || quit < next), qPrintable(r.out));
            at = header;
        }
        const QString summary = r.out.mid(r.out.lastIndexOf(QStringLiteral("Summary:")));
        for (int i = 0; i < 7; ++i)
            QVERIFY(summary.indexOf(QStringLiteral("Barrier %1").arg(i))
                    < summary.indexOf(QStringLiteral("Barrier %1").arg(i + 1)));
    }

    void jobsBoundsHowManyRunAtOnce()
    {
        // Two at a time never reach a barrier of three: the first two wait 3 s for a greeting in
        // vain, and only then does the third connect.
        BarrierServer server(3);
        QVERIFY(server.listen());
        QTemporaryDir folder;
        for (int i = 0; i < 3; ++i)
            QVERIFY(writeProfile(folder.filePath(QStringLiteral("p%1.json").arg(i)),
                                 QStringLiteral("Bounded %1").arg(i), server.port(), 3000));
        const Result r = runCli({QStringLiteral("--profile"), folder.path(), QStringLiteral("--jobs"),
                                 QStringLiteral("2"), QStringLiteral("--no-history")});
        QCOMPARE(server.accepted(), 3);
        QCOMPARE(server.acceptedWithin(2000), 2);
        QVERIFY2(r.exitCode == 31, qPrintable(r.out + r.err)); // greeting timeout
    }

    void watchUntilPasses()
    {
        SmtpSinkFixture refusing({QStringLiteral("-f"), QStringLiteral("RCPT")});
        QVERIFY2(refusing.start(), qPrintable(refusing.errorString()));
        const quint16 port = refusing.port();
        QTemporaryDir folder;
        const QString profile = folder.filePath(QStringLiteral("watched.json"));
        QVERIFY(writeProfile(profile, QStringLiteral("Watched"), port));
        SmtpSinkFixture good;
        // The recipient's administrator lifts the block after the first run.
        const Result r = watch({QStringLiteral("--profile"), profile, QStringLiteral("--watch"), QStringLiteral("0.01"),
                                QStringLiteral("--until"), QStringLiteral("passes"), QStringLiteral("--until"),
                                QStringLiteral("0.05")},
                               [&] {
                                   refusing.stop();
                                   QVERIFY(good.start(QHostAddress::LocalHost, port, {}));
                               });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QStringList lines = runLines(r.out);
        QVERIFY2(lines.size() >= 2, qPrintable(r.out));
        QVERIFY2(lines.first().contains(QStringLiteral("run 1")) && lines.first().contains(QStringLiteral("exit 24")),
                 qPrintable(r.out));
        QVERIFY2(lines.last().contains(QStringLiteral("passed")) && lines.last().contains(QStringLiteral("exit 0")),
                 qPrintable(r.out));
    }

    void watchUntilChangesInJson()
    {
        SmtpSinkFixture good;
        QVERIFY2(good.start(), qPrintable(good.errorString()));
        const quint16 port = good.port();
        QTemporaryDir folder;
        const QString profile = folder.filePath(QStringLiteral("watched.json"));
        QVERIFY(writeProfile(profile, QStringLiteral("Watched"), port));
        SmtpSinkFixture refusing;
        const Result r = watch(
            {QStringLiteral("--profile"), profile, QStringLiteral("--watch"), QStringLiteral("0.01"),
             QStringLiteral("--format"), QStringLiteral("json")},
            [&] {
                good.stop();
                QVERIFY(refusing.start(QHostAddress::LocalHost, port, {QStringLiteral("-f"), QStringLiteral("RCPT")}));
            });
        QVERIFY2(r.exitCode == 40, qPrintable(r.out + r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(r.out));
        const QJsonObject first = QJsonDocument::fromJson(lines.first().toUtf8()).object();
        const QJsonObject last = QJsonDocument::fromJson(lines.last().toUtf8()).object();
        QCOMPARE(first.value(QStringLiteral("run")).toInt(), 1);
        QCOMPARE(first.value(QStringLiteral("exitCode")).toInt(), 0);
        QCOMPARE(first.value(QStringLiteral("changed")).toBool(), false);
        QCOMPARE(last.value(QStringLiteral("run")).toInt(), int(lines.size()));
        QVERIFY(last.value(QStringLiteral("exitCode")).toInt() != 0);
        QCOMPARE(last.value(QStringLiteral("changed")).toBool(), true);
    }

    void watchUntilTimeIsUp()
    {
        SmtpSinkFixture good;
        QVERIFY2(good.start(), qPrintable(good.errorString()));
        QTemporaryDir folder;
        const QString profile = folder.filePath(QStringLiteral("watched.json"));
        QVERIFY(writeProfile(profile, QStringLiteral("Steady"), good.port()));
        // A run every 0.6 s for 1.8 s: the result never changes, the time limit ends it.
        const Result r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("--watch"),
                                 QStringLiteral("0.01"), QStringLiteral("--until"), QStringLiteral("0.0005")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QStringList lines = runLines(r.out);
        QVERIFY2(lines.size() >= 2, qPrintable(r.out));
        for (const QString &line : lines)
            QVERIFY2(line.contains(QStringLiteral("passed")) && !line.contains(QStringLiteral("(changed)")),
                     qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Time is up")), qPrintable(r.out));
    }

    void badRepeatOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString server = QStringLiteral("127.0.0.1:2525");
        QTest::newRow("watch without a profile")
            << QStringList {QStringLiteral("--server"), server,
                            QStringLiteral("--to"),     QStringLiteral("a@b.example"),
                            QStringLiteral("--watch"),  QStringLiteral("1")}
            << QStringLiteral("exactly one --profile");
        QTest::newRow("watch two profiles")
            << QStringList {QStringLiteral("--profile"), QStringLiteral("a"),       QStringLiteral("--profile"),
                            QStringLiteral("b"),         QStringLiteral("--watch"), QStringLiteral("1")}
            << QStringLiteral("exactly one --profile");
        QTest::newRow("zero minutes") << QStringList {QStringLiteral("--profile"), QStringLiteral("a"),
                                                      QStringLiteral("--watch"), QStringLiteral("0")}
                                      << QStringLiteral("--watch:");
        QTest::newRow("until without watch") << QStringList {QStringLiteral("--profile"), QStringLiteral("a"),
                                                             QStringLiteral("--until"), QStringLiteral("passes")}
                                             << QStringLiteral("--until goes with --watch");
        QTest::newRow("until nonsense") << QStringList {QStringLiteral("--profile"), QStringLiteral("a"),
                                                        QStringLiteral("--watch"),   QStringLiteral("1"),
                                                        QStringLiteral("--until"),   QStringLiteral("later")}
                                        << QStringLiteral("--until:");
        QTest::newRow("no jobs") << QStringList {QStringLiteral("--profile"), QStringLiteral("a"),
                                                 QStringLiteral("--jobs"), QStringLiteral("0")}
                                 << QStringLiteral("--jobs:");
    }

    void badRepeatOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void watchOfAMissingProfileStopsAtOnce()
    {
        const Result r = runCli({QStringLiteral("--profile"), QStringLiteral("no-such-profile"),
                                 QStringLiteral("--watch"), QStringLiteral("0.01")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(runLines(r.out).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliRepeat)
#include "tst_clirepeat.moc"
