#include "diagnosis/catalogexplainer.h"
#include "historyfill.h"
#include "smtp/smtpsession.h"
#include "store/historydatabase.h"
#include "store/historyrecorder.h"
#include "store/historystore.h"
#include "store/historywriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

using namespace mailflow;

namespace {
/** A transport with no socket: records what the session writes, the test injects the replies. */
class FakeTransport : public Transport
{
public:
    using Transport::Transport;
    void connectToHost(const QString &, quint16 port) override
    {
        QTimer::singleShot(0, this, [this, port] {
            Q_EMIT trying(QHostAddress::LocalHost, port);
            m_connected = true;
            Q_EMIT connected();
        });
    }
    void write(const QByteArray &data) override
    {
        written += data;
        QTimer::singleShot(0, this, [this, n = data.size()] { Q_EMIT bytesWritten(n); });
    }
    qint64 bytesToWrite() const override { return 0; }
    void startTls() override { }
    void disconnectFromHost() override { close(); }
    void abort() override { close(); }
    bool isConnected() const override { return m_connected; }
    bool isEncrypted() const override { return false; }
    QHostAddress peerAddress() const override { return QHostAddress::LocalHost; }
    quint16 peerPort() const override { return 25; }
    QHostAddress localAddress() const override { return QHostAddress(QStringLiteral("127.0.0.9")); }
    quint16 localPort() const override { return 40000; }

    void reply(const QByteArray &line) { Q_EMIT dataReceived(line + "\r\n"); }
    QByteArray written;

private:
    void close()
    {
        if (!m_connected)
            return;
        m_connected = false;
        QTimer::singleShot(0, this, [this] { Q_EMIT disconnected(); });
    }
    bool m_connected = false;
};

/** A connection of the test's own to the history database: it sees only what was committed. */
class RawDatabase
{
public:
    explicit RawDatabase(const QString &dir)
        : m_name(QStringLiteral("raw-%1").arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(QDir(dir).filePath(QStringLiteral("history.sqlite")));
        db.open();
    }
    ~RawDatabase() { QSqlDatabase::removeDatabase(m_name); }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name); }
    qint64 number(const QString &sql) const
    {
        QSqlQuery q(db());
        return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
    }
    QByteArray text(const QString &sql) const
    {
        QSqlQuery q(db());
        QByteArray all;
        if (q.exec(sql)) {
            while (q.next())
                all += q.value(0).toString().toUtf8() + '\n';
        }
        return all;
    }

private:
    static inline int s_counter = 0;
    QString m_name;
};

/** What the old line count counted: the run, every transcript entry and every milestone change committed. */
int lineCount(const QString &dir)
{
    const RawDatabase raw(dir);
    if (raw.number(QStringLiteral("SELECT count(*) FROM runs")) != 1)
        return -1;
    return int(1 + raw.number(QStringLiteral("SELECT count(*) FROM entries"))
               + raw.number(QStringLiteral("SELECT count(*) FROM milestones")));
}

QByteArray fileText(const QString &dir)
{
    const RawDatabase raw(dir);
    return raw.text(QStringLiteral("SELECT options || environment || recipients || sentence || report FROM runs"))
        + raw.text(QStringLiteral("SELECT data FROM entries"))
        + raw.text(QStringLiteral("SELECT data FROM milestones"));
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/** SHA-256 of a file read in pieces (the files here may be 100 MB). */
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    return f.open(QIODevice::ReadOnly) && hash.addData(&f) ? hash.result() : QByteArray();
}

/** The one database file moved aside in dir (its logs left out). */
QString movedAside(const QString &dir)
{
    QStringList databases;
    for (const QString &name : QDir(dir).entryList({QStringLiteral("history.sqlite.unusable-*")})) {
        if (!name.endsWith(QStringLiteral("-wal")) && !name.endsWith(QStringLiteral("-shm")))
            databases << name;
    }
    return databases.size() == 1 ? QDir(dir).filePath(databases.first()) : QString();
}

/** A small tmpfs mounted on a folder of its own for the test's lifetime (root only). */
class SmallTmpfs
{
public:
    explicit SmallTmpfs(const char *size)
    {
        if (::geteuid() != 0) {
            m_why = QStringLiteral("mounting a tmpfs needs root (CI runs as root)");
            return;
        }
        if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, size) != 0) {
            m_why = QStringLiteral("cannot mount a tmpfs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
            return;
        }
        m_mounted = true;
    }
    ~SmallTmpfs()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    SmallTmpfs(const SmallTmpfs &) = delete;
    SmallTmpfs &operator=(const SmallTmpfs &) = delete;
    bool isMounted() const { return m_mounted; }
    QString whyNot() const { return m_why; }
    QString path() const { return m_dir.path(); }
    /** Writes a file until the file system says it is full. */
    bool fill() const
    {
        QFile filler(QDir(m_dir.path()).filePath(QStringLiteral("filler")));
        if (!filler.open(QIODevice::WriteOnly))
            return false;
        const QByteArray block(4096, 'f');
        while (filler.write(block) == block.size() && filler.flush()) { }
        return filler.error() != QFileDevice::NoError;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_why;
};

/** A run file written by hand: a start line and, when verdict is set, an end line. */
bool writeRun(const QString &dir, const QString &id, const QDateTime &started, const QString &profile,
              const QString &verdict, const QByteArray &extra = {})
{
    QDir().mkpath(dir);
    QFile f(QDir(dir).filePath(id + HistoryStore::fileSuffix()));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject start {{QStringLiteral("type"), QStringLiteral("start")},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
                             {QStringLiteral("profile"), profile},
                             {QStringLiteral("options"),
                              QJsonObject {{QStringLiteral("format"), QStringLiteral("mailflow-profile")},
                                           {QStringLiteral("version"), 2},
                                           {QStringLiteral("target"),
                                            QJsonObject {{QStringLiteral("host"), QStringLiteral("mx.test")},
                                                         {QStringLiteral("port"), 2525}}}}}};
    f.write(QJsonDocument(start).toJson(QJsonDocument::Compact) + '\n');
    f.write(extra);
    if (!verdict.isEmpty())
        f.write(QJsonDocument(QJsonObject {{QStringLiteral("type"), QStringLiteral("end")},
                                           {QStringLiteral("verdict"), verdict},
                                           {QStringLiteral("exitCode"), verdict == u"passed" ? 0 : 24}})
                    .toJson(QJsonDocument::Compact)
                + '\n');
    return true;
}

/** A test of mx.test:2525 that stops after RCPT TO for these recipients. */
SessionOptions rcptTestOptions(const QStringList &recipients)
{
    SessionOptions options;
    options.host = QStringLiteral("mx.test");
    options.port = 2525;
    options.mailFrom = QStringLiteral("a@test.example");
    for (const QString &address : recipients)
        options.recipients.append(Recipient {address, {}, {}});
    options.stopAfter = StopPoint::Rcpt;
    return options;
}

/** What a short run through a recorder left: what the recorder said it could not write, and when. */
struct RecordedRun
{
    QStringList failures;
    /** Failures said by the time the test started (before any reply). */
    int failuresAtStart = -1;
    bool finished = false;
    MilestoneState connect = MilestoneState::Pending;
};

/** One short run (connect, greeting, QUIT) through a recorder into dir. */
RecordedRun recordOneRun(const QString &dir)
{
    FakeTransport transport;
    SmtpSession session(&transport);
    session.setExplainer(catalogExplainer());
    SessionOptions options;
    options.host = QStringLiteral("mx.test");
    options.stopAfter = StopPoint::Connect;
    session.setOptions(options);
    HistoryRecorder recorder(dir);
    recorder.attach(&session);
    RecordedRun run;
    QObject::connect(&recorder, &HistoryRecorder::writeFailed, &recorder,
                     [&run](const QString &error) { run.failures << error; });
    QSignalSpy finished(&session, &SmtpSession::finished);
    session.startNewTest();
    run.failuresAtStart = int(run.failures.size());
    session.runTo(StopPoint::Connect);
    if (QTest::qWaitFor([&] { return transport.isConnected(); }, 5000)) {
        transport.reply("220 fake.test ESMTP");
        if (QTest::qWaitFor([&] { return transport.written.contains("QUIT"); }, 5000))
            transport.reply("221 Bye");
        if (finished.isEmpty())
            finished.wait(5000);
    }
    run.finished = finished.size() == 1;
    run.connect = session.checklist()->at(0).state;
    recorder.detach();
    return run;
}
} // namespace

class TestHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void recorderWritesEachLineAsItHappens()
    {
        QTemporaryDir dir;
        FakeTransport transport;
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        SessionOptions options = rcptTestOptions({QStringLiteral("b@test.example")});
        options.ehloName = QStringLiteral("hunter2.test"); // stands in for a credential in the conversation
        session.setOptions(options);
        HistoryRecorder recorder(dir.path());
        recorder.setProfileName(QStringLiteral("Unit profile"));
        recorder.addSecret(QStringLiteral("hunter2"));
        recorder.attach(&session);
        QSignalSpy started(&recorder, &HistoryRecorder::runStarted);
        QSignalSpy finished(&session, &SmtpSession::finished);

        session.startNewTest();
        QCOMPARE(started.size(), 1);
        const int planned = lineCount(dir.path());
        QCOMPARE(planned, 1 + session.checklist()->count()); // start + one line per planned milestone
        session.runTo(StopPoint::Rcpt);
        QTRY_VERIFY(transport.isConnected());
        const int connected = lineCount(dir.path());
        QVERIFY(connected > planned);

        transport.reply("220 fake.test ESMTP");
        // Written before the event loop runs again: the reply is on disk as soon as it is in the transcript.
        QVERIFY(fileText(dir.path()).contains("220 fake.test ESMTP"));
        QVERIFY(lineCount(dir.path()) > connected);
        QTRY_VERIFY(transport.written.contains("EHLO"));
        // A line with no milestone change after it is committed with the next batch, within the interval.
        QTRY_VERIFY_WITH_TIMEOUT(fileText(dir.path()).contains("\"text\":\"EHLO ********.test"),
                                 10 * HistoryRecorder::flushIntervalMs());
        transport.reply("250 fake.test");
        QTRY_VERIFY(transport.written.contains("MAIL FROM"));
        transport.reply("250 2.1.0 Ok");
        QTRY_VERIFY(transport.written.contains("RCPT TO"));
        const int beforeRcpt = lineCount(dir.path());
        transport.reply("550 5.1.1 No such user");
        QVERIFY(lineCount(dir.path()) >= beforeRcpt + 2); // the reply entry and the milestone change
        QTRY_VERIFY(transport.written.contains("QUIT"));
        transport.reply("221 Bye");
        QTRY_COMPARE(finished.size(), 1);

        const QByteArray text = fileText(dir.path());
        QVERIFY(!text.contains("hunter2"));
        QVERIFY(!text.contains(QByteArray("hunter2").toBase64()));

        const HistoryStore store(dir.path());
        const QList<HistoryRunInfo> runs = store.list();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().id, recorder.currentRunId());
        QCOMPARE(runs.first().profileName, QStringLiteral("Unit profile"));
        QCOMPARE(runs.first().verdict, QStringLiteral("failed"));
        QCOMPARE(runs.first().exitCode, 24);
        QCOMPARE(runs.first().server, QStringLiteral("mx.test:2525"));
        QVERIFY(runs.first().complete);

        Transcript transcript;
        Checklist checklist;
        ReportData data;
        QVERIFY(store.load(runs.first().id, &transcript, &checklist, &data));
        QCOMPARE(transcript.count(), session.transcript()->count());
        for (int i = 0; i < transcript.count(); ++i) {
            const TranscriptEntry &a = transcript.entries().at(i);
            const TranscriptEntry &b = session.transcript()->entries().at(i);
            QCOMPARE(a.direction, b.direction);
            QCOMPARE(a.elapsedMs, b.elapsedMs);
            QCOMPARE(a.text, QString(b.text).replace(QStringLiteral("hunter2"), QStringLiteral("********")));
        }
        QCOMPARE(checklist.count(), session.checklist()->count());
        for (int i = 0; i < checklist.count(); ++i) {
            QCOMPARE(checklist.at(i).state, session.checklist()->at(i).state);
            QCOMPARE(checklist.at(i).reply.code, session.checklist()->at(i).reply.code);
            QCOMPARE(checklist.at(i).summary, session.checklist()->at(i).summary);
        }
        QCOMPARE(data.environment.localAddress, QStringLiteral("127.0.0.9"));
        QCOMPARE(data.options.recipients.size(), 1);
        QCOMPARE(data.outcome.verdict, SessionOutcome::Verdict::Failed);

        // A new test is a new run file.
        session.startNewTest();
        QCOMPARE(started.size(), 2);
        QCOMPARE(store.list().size(), 2);
    }

    void unwritableHistoryIsReportedAndTheTestGoesOn()
    {
        QTemporaryDir dir;
        const QString blocked = dir.filePath(QStringLiteral("history"));
        QFile file(blocked);
        QVERIFY(file.open(QIODevice::WriteOnly)); // a file where the folder should be: fails for root too
        file.close();
        const RecordedRun run = recordOneRun(blocked);
        QCOMPARE(run.failuresAtStart, 1); // reported at once...
        QCOMPARE(run.failures.size(), 1); // ...and once, not once per line
        QVERIFY(run.failures.first().contains(blocked));
        QVERIFY(run.finished);
        QCOMPARE(run.connect, MilestoneState::Passed);
    }

    void cutLastLineIsSkipped()
    {
        QTemporaryDir dir;
        QByteArray entry = QJsonDocument(QJsonObject {{QStringLiteral("type"), QStringLiteral("entry")},
                                                      {QStringLiteral("direction"), QStringLiteral("server")},
                                                      {QStringLiteral("elapsedMs"), 5},
                                                      {QStringLiteral("text"), QStringLiteral("220 hi")}})
                               .toJson(QJsonDocument::Compact)
            + '\n';
        const QByteArray second = QJsonDocument(QJsonObject {{QStringLiteral("type"), QStringLiteral("entry")},
                                                             {QStringLiteral("direction"), QStringLiteral("client")},
                                                             {QStringLiteral("text"), QStringLiteral("EHLO x")}})
                                      .toJson(QJsonDocument::Compact);
        entry += second.left(second.size() - 9); // cut mid-line, as a crash would leave it
        QVERIFY(writeRun(dir.path(), QStringLiteral("cut"), QDateTime::currentDateTime(), {}, {}, entry));
        const HistoryStore store(dir.path());
        ReportData data;
        QString error;
        QVERIFY2(store.loadReport(QStringLiteral("cut"), &data, &error), qPrintable(error));
        QCOMPARE(data.transcript.size(), 1);
        QCOMPARE(data.transcript.first().text, QStringLiteral("220 hi"));
        QCOMPARE(store.info(QStringLiteral("cut")).verdict, QStringLiteral("incomplete"));
    }

    void notAHistoryFile()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("junk.jsonl")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello\n");
        f.close();
        const HistoryStore store(dir.path());
        QVERIFY(store.list().isEmpty());
        QString error;
        ReportData data;
        QVERIFY(!store.loadReport(QStringLiteral("junk"), &data, &error));
        QVERIFY(error.contains(QStringLiteral("junk.jsonl")));
    }

    void previousRunOfAProfile()
    {
        QTemporaryDir dir;
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0));
        QVERIFY(writeRun(dir.path(), QStringLiteral("r1"), t0, QStringLiteral("A"), QStringLiteral("passed")));
        QVERIFY(
            writeRun(dir.path(), QStringLiteral("r2"), t0.addDays(1), QStringLiteral("B"), QStringLiteral("passed")));
        QVERIFY(
            writeRun(dir.path(), QStringLiteral("r3"), t0.addDays(2), QStringLiteral("A"), QStringLiteral("failed")));
        QVERIFY(writeRun(dir.path(), QStringLiteral("r4"), t0.addDays(3), QStringLiteral("A"), {})); // never ended
        QVERIFY(
            writeRun(dir.path(), QStringLiteral("r5"), t0.addDays(4), QStringLiteral("A"), QStringLiteral("passed")));
        const HistoryStore store(dir.path());
        QCOMPARE(store.list().first().id, QStringLiteral("r5"));
        QCOMPARE(store.previousRunOf(QStringLiteral("A"), QStringLiteral("r5")).id, QStringLiteral("r3"));
        QCOMPARE(store.previousRunOf(QStringLiteral("A"), QStringLiteral("r3")).id, QStringLiteral("r1"));
        QCOMPARE(store.previousRunOf(QStringLiteral("A"), QStringLiteral("r1")).id, QString());
        QCOMPARE(store.previousRunOf(QStringLiteral("A")).id, QStringLiteral("r5"));
        QCOMPARE(store.previousRunOf(QStringLiteral("C")).id, QString());

        QString error;
        QVERIFY(store.info(QStringLiteral("r2")).complete);
        QVERIFY(HistoryStore(dir.path()).remove(QStringLiteral("r2"), &error));
        QVERIFY(!HistoryStore(dir.path()).remove(QStringLiteral("r2"), &error));
        QVERIFY(error.contains(QStringLiteral("r2")));
        QCOMPARE(store.list().size(), 4);
    }

    void pruneByAgeCountAndSize_data()
    {
        QTest::addColumn<int>("maxAgeDays");
        QTest::addColumn<int>("maxRuns");
        QTest::addColumn<qint64>("maxBytes");
        QTest::addColumn<QString>("keep");
        QTest::addColumn<QString>("leftIds");
        QTest::newRow("age") << 30 << 0 << qint64(0) << QString() << "d01,d10";
        QTest::newRow("count") << 0 << 2 << qint64(0) << QString() << "d01,d10";
        QTest::newRow("count keeps the named run") << 0 << 1 << qint64(0) << QStringLiteral("d90") << "d01,d90";
        QTest::newRow("size") << 0 << 0 << qint64(1) << QString() << QString();
        QTest::newRow("no limits") << 0 << 0 << qint64(0) << QString() << "d01,d10,d40,d90";
    }
    void pruneByAgeCountAndSize()
    {
        QFETCH(int, maxAgeDays);
        QFETCH(int, maxRuns);
        QFETCH(qint64, maxBytes);
        QFETCH(QString, keep);
        QFETCH(QString, leftIds);
        const QStringList left = leftIds.split(u',', Qt::SkipEmptyParts);
        QTemporaryDir dir;
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0));
        for (int days : {1, 10, 40, 90})
            QVERIFY(writeRun(dir.path(), QStringLiteral("d%1").arg(days, 2, 10, QLatin1Char('0')), now.addDays(-days),
                             {}, QStringLiteral("passed")));
        HistoryStore store(dir.path());
        const int before = int(store.list().size());
        const int removed = store.prune(HistoryLimits {maxAgeDays, maxRuns, maxBytes}, keep, now);
        QStringList ids;
        for (const HistoryRunInfo &r : store.list())
            ids << r.id;
        ids.sort();
        QCOMPARE(ids, left);
        QCOMPARE(removed, before - int(left.size()));
    }

    void pruneOnlyWhenDue()
    {
        QTemporaryDir dir;
        const QDateTime now(QDate(2026, 11, 28), QTime(12, 0));
        for (int days : {1, 10, 40, 90})
            QVERIFY(writeRun(dir.path(), QStringLiteral("d%1").arg(days, 2, 10, QLatin1Char('0')), now.addDays(-days),
                             {}, QStringLiteral("passed")));
        const HistoryLimits limits {30, 3, 0};
        {
            HistoryDatabase db(dir.path());
            QVERIFY(db.open());
            QCOMPARE(db.runCountAtOpen(), 4);
            QVERIFY(historyPruneDue(db, limits, now)); // never pruned
            QCOMPARE(pruneHistoryIfDue(db, limits, now), 2);
            // Pruned a minute ago with the same limits: not again.
            QVERIFY(!historyPruneDue(db, limits, now.addSecs(60)));
            QCOMPARE(pruneHistoryIfDue(db, limits, now.addSecs(60)), 0);
            // Other limits, the interval past, or a clock set back: due.
            QVERIFY(historyPruneDue(db, HistoryLimits {30, 1, 0}, now.addSecs(60)));
            QVERIFY(historyPruneDue(db, limits, now.addMSecs(historyPruneIntervalMs())));
            QVERIFY(historyPruneDue(db, limits, now.addSecs(-60)));
            HistoryWriter writer(db);
            for (const QString &id : {QStringLiteral("n1"), QStringLiteral("n2")}) {
                HistoryRunStart run;
                run.id = id;
                run.started = now;
                QVERIFY(writer.startRun(run, 0));
            }
        }
        // Four runs where three are allowed: due at once, whenever the last prune was.
        HistoryDatabase db(dir.path());
        QVERIFY(db.open());
        QCOMPARE(db.runCountAtOpen(), 4);
        QVERIFY(historyPruneDue(db, limits, now.addSecs(60)));
        QCOMPARE(pruneHistoryIfDue(db, limits, now.addSecs(60)), 1);
        QVERIFY(!historyPruneDue(db, limits, now.addSecs(120)));
        QStringList ids;
        for (const HistoryRunInfo &r : HistoryStore(dir.path()).list())
            ids << r.id;
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("d01"), QStringLiteral("n1"), QStringLiteral("n2")}));
    }

    void entriesAreBatchedAndCommittedWithin100ms()
    {
        QTemporaryDir dir;
        FakeTransport transport;
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        SessionOptions options;
        options.host = QStringLiteral("mx.test");
        session.setOptions(options);
        HistoryRecorder recorder(dir.path());
        recorder.attach(&session);
        session.startNewTest();
        const RawDatabase raw(dir.path());
        const qint64 before = raw.number(QStringLiteral("SELECT count(*) FROM entries"));
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 50; ++i)
            session.transcript()->append(TranscriptEntry::Direction::Info, QStringLiteral("line %1").arg(i));
        // Gathered, not written one by one...
        QCOMPARE(raw.number(QStringLiteral("SELECT count(*) FROM entries")), before);
        // ...and committed together within the flush interval, without a milestone to push them.
        QTRY_COMPARE_WITH_TIMEOUT(raw.number(QStringLiteral("SELECT count(*) FROM entries")), before + 50, 2000);
        QVERIFY2(clock.elapsed() >= HistoryRecorder::flushIntervalMs() / 2,
                 qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(raw.text(QStringLiteral("PRAGMA journal_mode")), QByteArray("wal\n"));
    }

    void jsonLinesAreImportedOnceAndLeftInPlace()
    {
        QTemporaryDir dir;
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0));
        QVERIFY(writeRun(dir.path(), QStringLiteral("old1"), t0, QStringLiteral("A"), QStringLiteral("passed")));
        QVERIFY(
            writeRun(dir.path(), QStringLiteral("old2"), t0.addDays(1), QStringLiteral("B"), QStringLiteral("failed")));
        const QString file1 = dir.filePath(QStringLiteral("old1.jsonl"));
        const QByteArray bytes1 = readAll(file1);
        {
            const HistoryStore store(dir.path());
            QCOMPARE(store.list().size(), 2);
            QCOMPARE(store.info(QStringLiteral("old2")).verdict, QStringLiteral("failed"));
            QCOMPARE(store.info(QStringLiteral("old2")).exitCode, 24);
            QCOMPARE(store.info(QStringLiteral("old1")).host, QStringLiteral("mx.test"));
            QCOMPARE(store.info(QStringLiteral("old1")).port, 2525);
        }
        QCOMPARE(readAll(file1), bytes1); // left in place, unchanged
        QVERIFY(HistoryStore(dir.path()).remove(QStringLiteral("old1")));
        // A later start does not import again: the removed run stays removed, the file stays too.
        QCOMPARE(HistoryStore(dir.path()).list().size(), 1);
        QVERIFY(QFile::exists(file1));
        const RawDatabase raw(dir.path());
        QCOMPARE(raw.number(QStringLiteral("PRAGMA user_version")), qint64(HistoryDatabase::schemaVersion()));
    }

    void damagedDatabaseIsMovedAsideAndANewOneStarted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QByteArray junk(8192, 'x');
        junk.prepend("this is not a database at all");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(junk);
        f.close();
        const HistoryStore store(dir.path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY2(store.notice().contains(QStringLiteral("moved to")), qPrintable(store.notice()));
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("history.sqlite.unusable-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(store.notice().contains(aside.first()));
        QCOMPARE(readAll(dir.filePath(aside.first())), junk); // never deleted, not even touched
        QVERIFY(store.list().isEmpty());
        // The new file works: a recorder writes a run into it.
        QCOMPARE(recordOneRun(dir.path()).failures, QStringList());
        QCOMPARE(HistoryStore(dir.path()).list().size(), 1);
    }

    void lockedDatabaseIsMovedAside()
    {
        QTemporaryDir dir;
        QCOMPARE(recordOneRun(dir.path()).failures, QStringList());
        {
            // Another program holds the file locked for writing and does not let go.
            const RawDatabase raw(dir.path());
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral("PRAGMA locking_mode=EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("BEGIN EXCLUSIVE")));
            QVERIFY(q.exec(QStringLiteral("DELETE FROM meta")));
            HistoryDatabase::setBusyTimeoutMs(200);
            const HistoryStore store(dir.path());
            const bool opened = store.open();
            HistoryDatabase::setBusyTimeoutMs(5000);
            QVERIFY2(opened, qPrintable(store.errorString()));
            QVERIFY2(store.notice().contains(QStringLiteral("locked")), qPrintable(store.notice()));
            QVERIFY(store.list().isEmpty()); // a new, empty history
            q.exec(QStringLiteral("ROLLBACK"));
        }
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("history.sqlite.unusable-*")});
        QStringList databases;
        for (const QString &name : aside) {
            if (!name.endsWith(QStringLiteral("-wal")) && !name.endsWith(QStringLiteral("-shm")))
                databases << name;
        }
        QCOMPARE(databases.size(), 1); // the locked file is kept, beside the new one
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("history.sqlite"))));
    }

    void newerSchemaIsRefusedAndLeftUntouched()
    {
        QTemporaryDir dir;
        {
            const RawDatabase raw(dir.path());
            QSqlQuery q(raw.db());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
        }
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const QByteArray before = readAll(path);
        const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files);
        const HistoryStore store(dir.path());
        QVERIFY(!store.open());
        QVERIFY2(store.errorString().contains(QStringLiteral("newer")), qPrintable(store.errorString()));
        QVERIFY(store.errorString().contains(QStringLiteral("99")));
        QVERIFY(store.list().isEmpty());
        const QStringList failed = recordOneRun(dir.path()).failures;
        QCOMPARE(failed.size(), 1); // said once, not once per line
        QVERIFY(failed.first().contains(QStringLiteral("newer")));
        QCOMPARE(readAll(path), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), filesBefore);
    }

    void hundredMegabyteDatabaseIsMovedAsideWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database, and a big one");
        QVERIFY(f.resize(100LL * 1024 * 1024));
        f.close();
        const QByteArray before = fileHash(path);
        QElapsedTimer clock;
        clock.start();
        const HistoryStore store(dir.path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY2(clock.elapsed() < 10'000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(store.notice().contains(QDir::toNativeSeparators(path)), qPrintable(store.notice()));
        const QString aside = movedAside(dir.path());
        QVERIFY2(!aside.isEmpty(), qPrintable(store.notice()));
        QVERIFY(store.notice().contains(QDir::toNativeSeparators(aside)));
        QCOMPARE(QFileInfo(aside).size(), 100LL * 1024 * 1024);
        QCOMPARE(fileHash(aside), before); // nothing lost, not a byte changed
        QVERIFY(store.list().isEmpty());
        QCOMPARE(recordOneRun(dir.path()).failures, QStringList());
    }

    void truncatedDatabaseIsMovedAsideAsItIs()
    {
        QTemporaryDir dir;
        QString error;
        QVERIFY2(test::fillHistory(dir.path(), 400, &error), qPrintable(error));
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            // Everything in the main file, so that cutting it cuts the runs.
            const RawDatabase raw(dir.path());
            QCOMPARE(raw.number(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")), qint64(0));
        }
        QFile f(path);
        const qint64 full = f.size();
        QVERIFY2(full > 64 * 1024, qPrintable(QString::number(full)));
        QVERIFY(f.resize(full / 2)); // cut as a full disk or a copy broken off would leave it
        const QByteArray before = fileHash(path);
        const HistoryStore store(dir.path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        QVERIFY2(store.notice().contains(QDir::toNativeSeparators(path)), qPrintable(store.notice()));
        QVERIFY2(store.notice().contains(QStringLiteral("damaged")), qPrintable(store.notice()));
        const QString aside = movedAside(dir.path());
        QVERIFY2(!aside.isEmpty(), qPrintable(store.notice()));
        QCOMPARE(fileHash(aside), before);
        QVERIFY(store.list().isEmpty());
        QCOMPARE(recordOneRun(dir.path()).failures, QStringList());
    }

    void fullDiskIsReportedAndKeepsEarlierRuns()
    {
        const SmallTmpfs disk("size=512k");
        if (!disk.isMounted())
            QSKIP(qPrintable(disk.whyNot()));
        QCOMPARE(recordOneRun(disk.path()).failures, QStringList());
        QCOMPARE(HistoryStore(disk.path()).list().size(), 1);
        QVERIFY(disk.fill());
        const RecordedRun run = recordOneRun(disk.path());
        QVERIFY(run.finished); // the test itself goes on
        QCOMPARE(run.connect, MilestoneState::Passed);
        QCOMPARE(run.failures.size(), 1); // said once, not once per line
        QVERIFY2(run.failures.first().contains(disk.path()), qPrintable(run.failures.first())); // names the file
        QFile::remove(QDir(disk.path()).filePath(QStringLiteral("filler")));
        // The run written before the disk filled is all there.
        const HistoryStore store(disk.path());
        QVERIFY2(store.open(), qPrintable(store.errorString()));
        int complete = 0;
        for (const HistoryRunInfo &info : store.list()) {
            ReportData data;
            QString error;
            if (store.loadReport(info.id, &data, &error) && !data.transcript.isEmpty())
                ++complete;
        }
        QVERIFY(complete >= 1);
    }

    void searchFilterAndSortInSql()
    {
        QTemporaryDir dir;
        const QDateTime t0(QDate(2026, 11, 1), QTime(9, 0));
        struct Row
        {
            const char *id;
            int day;
            const char *profile;
            const char *verdict;
        };
        const Row rows[] = {{"a", 0, "Contoso", "passed"},
                            {"b", 1, "Fabrikam", "failed"},
                            {"c", 2, "Contoso", "failed"},
                            {"d", 3, "", ""}};
        for (const Row &r : rows)
            QVERIFY(writeRun(dir.path(), QString::fromLatin1(r.id), t0.addDays(r.day), QString::fromLatin1(r.profile),
                             QString::fromLatin1(r.verdict)));
        const HistoryStore store(dir.path());
        auto ids = [&](const HistoryQuery &q) {
            QStringList out;
            for (const HistoryRunInfo &r : store.query(q))
                out << r.id;
            return out.join(u',');
        };
        HistoryQuery q;
        QCOMPARE(ids(q), QStringLiteral("d,c,b,a"));
        q.ascending = true;
        QCOMPARE(ids(q), QStringLiteral("a,b,c,d"));
        q = {};
        q.profile = QStringLiteral("Contoso");
        QCOMPARE(ids(q), QStringLiteral("c,a"));
        QCOMPARE(store.count(q), 2);
        q.verdict = QStringLiteral("failed");
        QCOMPARE(ids(q), QStringLiteral("c"));
        q = {};
        q.verdict = QStringLiteral("incomplete");
        QCOMPARE(ids(q), QStringLiteral("d"));
        q = {};
        q.text = QStringLiteral("fabri");
        QCOMPARE(ids(q), QStringLiteral("b"));
        q.text = QStringLiteral("100%_"); // LIKE wildcards are searched as text
        QCOMPARE(ids(q), QString());
        q = {};
        q.host = QStringLiteral("mx.te");
        QCOMPARE(store.count(q), 4);
        q.host = QStringLiteral("other");
        QCOMPARE(store.count(q), 0);
        q = {};
        q.from = t0.date().addDays(1);
        q.to = t0.date().addDays(2);
        QCOMPARE(ids(q), QStringLiteral("c,b"));
        q = {};
        q.sort = HistoryQuery::Sort::Profile;
        q.ascending = true;
        QCOMPARE(ids(q), QStringLiteral("d,c,a,b")); // ties newest first
        q.limit = 2;
        q.offset = 1;
        QCOMPARE(ids(q), QStringLiteral("c,a"));
        QCOMPARE(store.distinctValues(HistoryQuery::Sort::Profile),
                 (QStringList {QStringLiteral("Contoso"), QStringLiteral("Fabrikam")}));
    }

    void theRunKeepsItsColumnsAndTheCause()
    {
        QTemporaryDir dir;
        FakeTransport transport;
        SmtpSession session(&transport);
        session.setExplainer(catalogExplainer());
        session.setOptions(
            rcptTestOptions({QStringLiteral("b@contoso.example"), QStringLiteral("c@fabrikam.example")}));
        HistoryRecorder recorder(dir.path());
        recorder.setMxDomain(QStringLiteral("contoso.example"));
        recorder.attach(&session);
        QSignalSpy finished(&session, &SmtpSession::finished);
        session.startNewTest();
        session.runTo(StopPoint::Rcpt);
        QTRY_VERIFY(transport.isConnected());
        transport.reply("220 fake.test ESMTP");
        QTRY_VERIFY(transport.written.contains("EHLO"));
        transport.reply("250 fake.test");
        QTRY_VERIFY(transport.written.contains("MAIL FROM"));
        transport.reply("250 2.1.0 Ok");
        QTRY_VERIFY(transport.written.contains("RCPT TO"));
        transport.reply("550 5.1.1 No such user");
        QTRY_COMPARE(transport.written.count("RCPT TO"), 2);
        transport.reply("250 2.1.5 Ok");
        QTRY_VERIFY(transport.written.contains("QUIT"));
        transport.reply("221 Bye");
        QTRY_COMPARE(finished.size(), 1);
        const HistoryRunInfo run = HistoryStore(dir.path()).info(recorder.currentRunId());
        QCOMPARE(run.failedStep, QStringLiteral("rcpt"));
        QCOMPARE(run.cause, QStringLiteral("unknown-recipient"));
        QCOMPARE(run.mxDomain, QStringLiteral("contoso.example"));
        QCOMPARE(run.recipients, QStringLiteral("b@contoso.example, c@fabrikam.example"));
        QVERIFY(run.ended.isValid() && run.ended >= run.started);
        QVERIFY(run.sizeBytes > 0);
        HistoryQuery byDomain;
        byDomain.domain = QStringLiteral("fabrikam.example");
        QCOMPARE(HistoryStore(dir.path()).count(byDomain), 1);
        byDomain.cause = QStringLiteral("unknown-recipient");
        QCOMPARE(HistoryStore(dir.path()).count(byDomain), 1);
        const RawDatabase raw(dir.path());
        QVERIFY(raw.text(QStringLiteral("SELECT report FROM runs")).contains("\"format\""));
    }

    void defaultDirectoryIsUnderAppData()
    {
        QVERIFY(HistoryStore::defaultDirectory().endsWith(QStringLiteral("/Mailflow/mailflow/history")));
        QVERIFY(HistoryStore::defaultDirectory().contains(QStringLiteral(".qttest")));
    }
};

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
