#include "aiosmtpdfixture.h"
#include "clirun.h"
#include "evidence/profile.h"
#include "samplereport.h"
#include "schemavalidator.h"
#include "smtpsinkfixture.h"
#include "store/historystore.h"
#include "store/profilestore.h"
#include "testcertificates.h"
#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace mailflow;
using mailflow::test::SmtpSinkFixture;

namespace {
quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

class TestEvidenceCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_data;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        return env;
    }
    QString historyDir() const { return m_data.path() + QStringLiteral("/Mailflow/mailflow/history"); }
    QString profilesDir() const { return m_data.path() + QStringLiteral("/Mailflow/mailflow/profiles"); }

    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Result runCli(const QStringList &args, const QString &password = {})
    {
        QProcess cli;
        QProcessEnvironment env = environment();
        if (!password.isEmpty())
            env.insert(QStringLiteral("MAILFLOW_PASSWORD"), password);
        cli.setProcessEnvironment(env);
        cli.start(test::cliPath(), test::loopbackChecks(args));
        Result r;
        if (!cli.waitForFinished(60000)) {
            cli.kill();
            cli.waitForFinished();
        }
        r.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        r.out = cli.readAllStandardOutput();
        r.err = cli.readAllStandardError();
        return r;
    }
    static QStringList testArgs(quint16 port)
    {
        return {QStringLiteral("--server"),  QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("--from"),    QStringLiteral("sender@test.example"),
                QStringLiteral("--to"),      QStringLiteral("rcpt@test.example"),
                QStringLiteral("--timeout"), QStringLiteral("10")};
    }
    static bool writeProfile(const QString &path, const QString &name, quint16 port, const QString &rcpt)
    {
        Profile p;
        p.name = name;
        p.session.host = QStringLiteral("127.0.0.1");
        p.session.port = port;
        p.session.mailFrom = QStringLiteral("sender@test.example");
        p.session.recipients = {Recipient {rcpt, {}, {}}};
        p.session.timeouts = Timeouts::uniform(10000);
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(profileToBytes(p)) > 0;
    }
    static QString schema() { return test::reportSchemaPath(); }

    static Profile tlsAuthProfile(const QString &name, quint16 port, const QString &caFile)
    {
        return test::starttlsAuthProfile(name, port, caFile);
    }
    static bool writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    static QString fingerprintOf(const QString &pem)
    {
        const QList<QSslCertificate> certificates = QSslCertificate::fromPath(pem);
        return certificates.isEmpty()
            ? QString()
            : QString::fromLatin1(certificates.first().digest(QCryptographicHash::Sha256).toHex(':').toUpper());
    }
    static QString milestoneState(const QJsonObject &report, const QString &kind)
    {
        for (const QJsonValue m : report.value(QStringLiteral("checklist")).toArray()) {
            if (m.toObject().value(QStringLiteral("kind")).toString() == kind)
                return m.toObject().value(QStringLiteral("state")).toString();
        }
        return {};
    }
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        QVERIFY2(QFile::exists(QStringLiteral("/usr/sbin/smtp-sink")),
                 "postfix's smtp-sink is missing: run tools/setup.sh");
        QVERIFY(!test::loadJsonFile(schema()).isEmpty());
    }

    void init()
    {
        QDir(historyDir()).removeRecursively();
        QDir(profilesDir()).removeRecursively();
    }

    void saveInEveryFormat_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::newRow("text") << "report.txt";
        QTest::newRow("html") << "report.html";
        QTest::newRow("json") << "report.json";
        QTest::newRow("pdf") << "report.pdf";
    }
    void saveInEveryFormat()
    {
        QFETCH(QString, fileName);
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        QTemporaryDir out;
        const QString path = out.filePath(fileName);
        const Result r = runCli(testArgs(sink.port()) + QStringList {QStringLiteral("--save"), path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        if (fileName.endsWith(u"pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
            QVERIFY(bytes.trimmed().endsWith("%%EOF"));
        } else if (fileName.endsWith(u"json")) {
            const QJsonObject report = QJsonDocument::fromJson(bytes).object();
            const QStringList errors = test::validateJson(report, schema());
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            QCOMPARE(report.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
            QCOMPARE(
                report.value(QStringLiteral("environment")).toObject().value(QStringLiteral("localAddress")).toString(),
                QStringLiteral("127.0.0.1"));
        } else if (fileName.endsWith(u"html")) {
            QXmlStreamReader xml(bytes);
            int rows = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"tr"
                    && xml.attributes().value(QStringLiteral("class")).startsWith(QStringLiteral("dir-")))
                    ++rows;
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QVERIFY(rows > 10);
        } else {
            // Every line the CLI printed live is in the saved text.
            const QString text = QString::fromUtf8(bytes);
            const QStringList printed = QString::fromUtf8(r.out).split(u'\n');
            int transcriptLines = 0;
            for (const QString &line : printed) {
                if (!line.startsWith(u'['))
                    continue;
                ++transcriptLines;
                const QString body = line.mid(line.indexOf(u']') + 2);
                QVERIFY2(text.contains(body), qPrintable(body));
            }
            QVERIFY(transcriptLines > 10);
            QVERIFY(text.contains(QStringLiteral("S: 221")));
        }
    }

    void saveFailureIsReported()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        QTemporaryDir out;
        QFile blocker(out.filePath(QStringLiteral("file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = out.filePath(QStringLiteral("file/report.txt"));
        const Result r = runCli(testArgs(sink.port()) + QStringList {QStringLiteral("--save"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--save") && r.err.contains(path.toUtf8()), r.err.constData());
    }

    void historyListsSearchesAndShowsRuns()
    {
        QDir(historyDir()).removeRecursively();
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        QCOMPARE(runCli(testArgs(sink.port())).exitCode, 0);
        QStringList other = testArgs(sink.port());
        other[other.indexOf(QStringLiteral("rcpt@test.example"))] = QStringLiteral("someone@fabrikam.example");
        QCOMPARE(runCli(other).exitCode, 0);

        const Result all = runCli({QStringLiteral("--history")});
        QCOMPARE(all.exitCode, 0);
        const QString text = QString::fromUtf8(all.out);
        QVERIFY2(text.contains(QStringLiteral("history.sqlite")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("rcpt@test.example")) && text.contains(QStringLiteral("fabrikam")),
                 qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("2 runs.")));

        const Result found = runCli({QStringLiteral("--history"), QStringLiteral("fabrikam"),
                                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(found.exitCode, 0);
        const QJsonObject list = QJsonDocument::fromJson(found.out).object();
        QCOMPARE(list.value(QStringLiteral("format")).toString(), QStringLiteral("mailflow-history-list"));
        const QJsonArray runs = list.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject run = runs.first().toObject();
        QCOMPARE(run.value(QStringLiteral("recipients")).toString(), QStringLiteral("someone@fabrikam.example"));
        QCOMPARE(run.value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
        QCOMPARE(run.value(QStringLiteral("port")).toInt(), int(sink.port()));

        const Result none = runCli({QStringLiteral("--history"), QStringLiteral("no-such-thing")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains("No run matches"));

        const QString id = run.value(QStringLiteral("id")).toString();
        const Result shown = runCli({QStringLiteral("--history-show"), id});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY2(shown.out.contains("RCPT TO:<someone@fabrikam.example>"), shown.out.constData());
        QVERIFY(shown.out.contains("PASSED"));
        const Result json
            = runCli({QStringLiteral("--history-show"), id, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(json.out).isObject());

        const Result missing = runCli({QStringLiteral("--history-show"), QStringLiteral("nope")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("nope"), missing.err.constData());
        const Result both = runCli({QStringLiteral("--history"), QStringLiteral("--history-show"), id});
        QCOMPARE(both.exitCode, 1);
    }

    void historyKeepsWhatWasWrittenBeforeAKill()
    {
        // A server that greets and then never answers: the CLI waits at EHLO until it is killed.
        QTcpServer stall;
        QVERIFY(stall.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> clients;
        connect(&stall, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *s = stall.nextPendingConnection()) {
                clients << s;
                s->write("220 stall.test ESMTP ready\r\n");
            }
        });
        QProcess cli;
        cli.setProcessEnvironment(environment());
        cli.start(test::cliPath(),
                  test::loopbackChecks(
                      {QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(stall.serverPort()),
                       QStringLiteral("--from"), QStringLiteral("a@test.example"), QStringLiteral("--to"),
                       QStringLiteral("b@test.example"), QStringLiteral("--timeout"), QStringLiteral("120")}));
        QVERIFY(cli.waitForStarted());
        // Wait until the EHLO line is in the history database, as another program reads it (what the CLI
        // committed reached the operating system), then kill the process without warning.
        auto historyHasEhlo = [&] {
            if (!QFile::exists(QDir(historyDir()).filePath(QStringLiteral("history.sqlite"))))
                return false;
            const HistoryStore store(historyDir());
            const QList<HistoryRunInfo> runs = store.list();
            ReportData data;
            if (runs.size() != 1 || !store.loadReport(runs.first().id, &data))
                return false;
            return std::any_of(data.transcript.cbegin(), data.transcript.cend(),
                               [](const TranscriptEntry &e) { return e.text.startsWith(QStringLiteral("EHLO ")); });
        };
        QTRY_VERIFY_WITH_TIMEOUT(historyHasEhlo(), 20000);
        QCOMPARE(cli.state(), QProcess::Running);
        cli.kill();
        QVERIFY(cli.waitForFinished(5000));
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        const HistoryStore store(historyDir());
        const QList<HistoryRunInfo> runs = store.list();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().verdict, QStringLiteral("incomplete"));
        QVERIFY(!runs.first().complete);
        QCOMPARE(runs.first().server, QStringLiteral("127.0.0.1:%1").arg(stall.serverPort()));
        Transcript transcript;
        Checklist checklist;
        ReportData data;
        QString error;
        QVERIFY2(store.load(runs.first().id, &transcript, &checklist, &data, &error), qPrintable(error));
        QStringList lines;
        for (const TranscriptEntry &e : transcript.entries())
            lines << Transcript::marker(e.direction) + u' ' + e.text;
        QVERIFY2(lines.contains(QStringLiteral("S: 220 stall.test ESMTP ready")), qPrintable(lines.join(u'\n')));
        QVERIFY(lines.last().startsWith(QStringLiteral("C: EHLO ")));
        const int connect = checklist.indexOf(MilestoneKind::Connect);
        QVERIFY(connect >= 0);
        QCOMPARE(checklist.at(connect).state, MilestoneState::Passed);
        QCOMPARE(checklist.at(connect).reply.code, 220);
        const int ehlo = checklist.indexOf(MilestoneKind::Ehlo);
        QVERIFY(ehlo >= 0);
        QCOMPARE(checklist.at(ehlo).state, MilestoneState::Running);
        QCOMPARE(data.environment.localAddress, QStringLiteral("127.0.0.1"));
        QVERIFY(data.outcome.sentence.contains(QStringLiteral("did not finish")));
        qDeleteAll(clients);
    }

    void profilesFolderSummaryAndWorstExitCode()
    {
        SmtpSinkFixture good;
        QVERIFY2(good.start(), qPrintable(good.errorString()));
        SmtpSinkFixture refusing({QStringLiteral("-f"), QStringLiteral("RCPT")});
        QVERIFY2(refusing.start(), qPrintable(refusing.errorString()));
        QTemporaryDir folder;
        QVERIFY(writeProfile(folder.filePath(QStringLiteral("a-good.json")), QStringLiteral("Good relay"), good.port(),
                             QStringLiteral("x@test.example")));
        QVERIFY(writeProfile(folder.filePath(QStringLiteral("b-refused.json")), QStringLiteral("Refusing relay"),
                             refusing.port(), QStringLiteral("y@test.example")));
        QFile broken(folder.filePath(QStringLiteral("c-broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"mailflow-profile\", \"version\": 1, \"name\": ");
        broken.close();

        const Result r = runCli({QStringLiteral("--profile"), folder.path()});
        QCOMPARE(r.exitCode, 24); // RCPT refused is the worst
        const QString out = QString::fromUtf8(r.out);
        const QString summary = out.mid(out.lastIndexOf(QStringLiteral("Summary:")));
        const QStringList rows = summary.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(rows.size() >= 6, qPrintable(summary));
        QVERIFY2(rows.at(2).contains(QStringLiteral("Good relay")) && rows.at(2).contains(QStringLiteral("passed")),
                 qPrintable(summary));
        QVERIFY2(rows.at(3).contains(QStringLiteral("Refusing relay")) && rows.at(3).contains(QStringLiteral("failed"))
                     && rows.at(3).contains(QStringLiteral(" 24 ")),
                 qPrintable(summary));
        QVERIFY2(rows.at(4).contains(QStringLiteral("c-broken.json")) && rows.at(4).contains(QStringLiteral("error")),
                 qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("Worst exit code: 24")));
        // The cause column: none for the passed run, a cause for the refused one, "-" for the one not run.
        QVERIFY2(rows.at(1).contains(QStringLiteral(" Cause ")), qPrintable(summary));
        QVERIFY2(rows.at(2).contains(QStringLiteral(" none ")), qPrintable(summary));
        QVERIFY2(!rows.at(3).contains(QStringLiteral(" none ")) && !rows.at(3).contains(QStringLiteral(" - ")),
                 qPrintable(summary));
        QVERIFY2(rows.at(4).contains(QStringLiteral(" - ")), qPrintable(summary));
        // Each profile's run printed its own Diagnosis block.
        QCOMPARE(out.count(QStringLiteral("\nDiagnosis:\n")), 2);
        QVERIFY2(r.err.contains("c-broken.json") && r.err.contains("line 1"), r.err.constData());
        QCOMPARE(HistoryStore(historyDir()).list().size(), 2);
    }

    void profilesRetryAGreylistedRun()
    {
        SmtpSinkFixture good;
        QVERIFY2(good.start(), qPrintable(good.errorString()));
        test::AiosmtpdFixture grey;
        grey.addReply(QStringLiteral("RCPT"),
                      QStringLiteral("451 4.7.1 <y@test.example>: Recipient address rejected: Greylisted, please try "
                                     "again in 1 seconds"),
                      {}, 2); // the run without the retry, then the retried one
        QVERIFY2(grey.start(), qPrintable(grey.errorString()));
        QTemporaryDir folder;
        const QString a = folder.filePath(QStringLiteral("a.json"));
        const QString b = folder.filePath(QStringLiteral("b.json"));
        QVERIFY(writeProfile(a, QStringLiteral("Good relay"), good.port(), QStringLiteral("x@test.example")));
        QVERIFY(writeProfile(b, QStringLiteral("Greylisting relay"), grey.port(), QStringLiteral("y@test.example")));

        // Without the retry the greylisted profile is deferred (34), with it the second attempt passes.
        Result r = runCli({QStringLiteral("--profile"), a, QStringLiteral("--profile"), b});
        QCOMPARE(r.exitCode, 34);
        QString out = QString::fromUtf8(r.out);
        QString summary = out.mid(out.lastIndexOf(QStringLiteral("Summary:")));
        QVERIFY2(summary.split(u'\n').value(3).contains(QStringLiteral(" greylisting ")), qPrintable(summary));

        r = runCli(
            {QStringLiteral("--profile"), a, QStringLiteral("--profile"), b, QStringLiteral("--retry-deferred")});
        QCOMPARE(r.exitCode, 0);
        out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("Deferred, not failed: retrying once in 1 s.")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("  2. PASSED")), qPrintable(out));
        summary = out.mid(out.lastIndexOf(QStringLiteral("Summary:")));
        const QString greyRow = summary.split(u'\n').value(3);
        QVERIFY2(greyRow.contains(QStringLiteral("Greylisting relay")) && greyRow.contains(QStringLiteral(" none ")),
                 qPrintable(summary));
        QTRY_COMPARE(grey.messages().size(), 1);
    }

    void repeatedProfilesInJson()
    {
        SmtpSinkFixture good;
        QVERIFY2(good.start(), qPrintable(good.errorString()));
        QTemporaryDir folder;
        const QString a = folder.filePath(QStringLiteral("a.json"));
        const QString b = folder.filePath(QStringLiteral("b.json"));
        QVERIFY(writeProfile(a, QStringLiteral("First"), good.port(), QStringLiteral("x@test.example")));
        QVERIFY(
            writeProfile(b, QStringLiteral("Second"), freePort(), QStringLiteral("y@test.example"))); // nobody listens
        const QString save = folder.filePath(QStringLiteral("out.html"));
        const Result r = runCli({QStringLiteral("--profile"), a, QStringLiteral("--profile"), b,
                                 QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--save"), save});
        QCOMPARE(r.exitCode, 2); // could not connect
        const QJsonObject batch = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(batch.value(QStringLiteral("format")).toString(), QStringLiteral("mailflow-batch"));
        QCOMPARE(batch.value(QStringLiteral("exitCode")).toInt(), 2);
        const QJsonArray runs = batch.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("profile")).toString(), QStringLiteral("First"));
        QCOMPARE(runs.at(0).toObject().value(QStringLiteral("verdict")).toString(), QStringLiteral("passed"));
        QCOMPARE(runs.at(1).toObject().value(QStringLiteral("exitCode")).toInt(), 2);
        for (const QJsonValue run : runs) {
            const QStringList errors = test::validateJson(run.toObject().value(QStringLiteral("report")), schema());
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        }
        QVERIFY(QFile::exists(folder.filePath(QStringLiteral("out_First.html"))));
        QVERIFY(QFile::exists(folder.filePath(QStringLiteral("out_Second.html"))));
    }

    void jsonComparesWithThePreviousRunOfTheProfile()
    {
        const quint16 port = freePort();
        QVERIFY(QDir().mkpath(profilesDir()));
        QVERIFY(writeProfile(profilesDir() + QStringLiteral("/Nightly.json"), QStringLiteral("Nightly"), port,
                             QStringLiteral("z@test.example")));
        {
            SmtpSinkFixture sink;
            QVERIFY2(sink.start(QHostAddress(QHostAddress::LocalHost), port, {}), qPrintable(sink.errorString()));
            const Result first = runCli({QStringLiteral("--profile"), QStringLiteral("Nightly"),
                                         QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(first.exitCode, 0);
            const QJsonObject report = QJsonDocument::fromJson(first.out).object();
            QVERIFY(report.contains(QStringLiteral("compare")));
            QVERIFY(report.value(QStringLiteral("compare")).isNull());
        }
        SmtpSinkFixture refusing;
        QVERIFY2(
            refusing.start(QHostAddress(QHostAddress::LocalHost), port, {QStringLiteral("-f"), QStringLiteral("RCPT")}),
            qPrintable(refusing.errorString()));
        const Result second = runCli({QStringLiteral("--profile"), QStringLiteral("Nightly"),
                                      QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(second.exitCode, 24);
        const QJsonObject report = QJsonDocument::fromJson(second.out).object();
        const QStringList errors = test::validateJson(report, schema());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        const QJsonObject compare = report.value(QStringLiteral("compare")).toObject();
        QCOMPARE(compare.value(QStringLiteral("previousVerdict")).toString(), QStringLiteral("passed"));
        QStringList kinds;
        for (const QJsonValue c : compare.value(QStringLiteral("changes")).toArray())
            kinds << c.toObject().value(QStringLiteral("step")).toString() + u'/'
                    + c.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY2(kinds.contains(QStringLiteral("rcpt:z@test.example/now-fails")), qPrintable(kinds.join(u' ')));
        QVERIFY(kinds.contains(QStringLiteral("/verdict-changed")));
    }

    void saveProfileKeepsTheCommandLineAndRerunsIt()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const QString name = QStringLiteral("Relay check");
        const QString secret = QStringLiteral("Zq7-never-in-a-file");
        QTemporaryDir work;
        const QString passwordFile = work.filePath(QStringLiteral("password"));
        QFile password(passwordFile);
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(secret.toUtf8() + '\n');
        password.close();

        // AUTH is part of the saved test; smtp-sink offers none, so this run itself fails at AUTH.
        const Result saved = runCli(
            testArgs(sink.port())
            + QStringList {QStringLiteral("--save-profile"), name, QStringLiteral("--auth-user"),
                           QStringLiteral("helpdesk"), QStringLiteral("--auth-password-file"), passwordFile,
                           QStringLiteral("--auth-allow-plaintext"), QStringLiteral("--tls"), QStringLiteral("off")});
        QVERIFY2(saved.exitCode != 1, saved.err.constData());
        const QString path = ProfileStore(profilesDir()).filePathFor(name);
        QVERIFY2(QFileInfo(path).absolutePath() == QDir(profilesDir()).absolutePath(), qPrintable(path));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(secret.toUtf8()), bytes.constData());
        const ProfileParseResult read = parseProfile(bytes, path);
        QVERIFY2(read.ok, qPrintable(read.error));
        QCOMPARE(read.profile.name, name);
        QCOMPARE(read.profile.session.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(read.profile.session.port, sink.port());
        QCOMPARE(read.profile.session.mailFrom, QStringLiteral("sender@test.example"));
        QCOMPARE(read.profile.session.recipients.size(), 1);
        QCOMPARE(read.profile.session.recipients.first().address, QStringLiteral("rcpt@test.example"));
        QCOMPARE(read.profile.session.auth.user, QStringLiteral("helpdesk"));

        // Saved again without AUTH, the same name is replaced and reruns by name.
        const Result again = runCli(testArgs(sink.port()) + QStringList {QStringLiteral("--save-profile"), name});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY(ProfileStore(profilesDir()).load(name).profile.session.auth.user.isEmpty());
        const Result rerun
            = runCli({QStringLiteral("--profile"), name, QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        const QJsonObject report = QJsonDocument::fromJson(rerun.out).object();
        QCOMPARE(report.value(QStringLiteral("profile")).toString(), name);
        QCOMPARE(report.value(QStringLiteral("server")).toObject().value(QStringLiteral("port")).toInt(),
                 int(sink.port()));
        QVERIFY(test::validateJson(report, schema()).isEmpty());
    }

    void saveProfileRefusedLeavesTheOldOne()
    {
        QVERIFY(QDir().mkpath(profilesDir()));
        const QString path = ProfileStore(profilesDir()).filePathFor(QStringLiteral("Keep"));
        QVERIFY(writeProfile(path, QStringLiteral("Keep"), 2525, QStringLiteral("x@test.example")));
        QFile before(path);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray original = before.readAll();
        before.close();
        const Result r = runCli(testArgs(2525)
                                + QStringList {QStringLiteral("--save-profile"), QStringLiteral("Keep"),
                                               QStringLiteral("--body"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("--save-profile")), r.err.constData());
        QFile after(path);
        QVERIFY(after.open(QIODevice::ReadOnly));
        QCOMPARE(after.readAll(), original);
    }

    void starttlsAuthProfileReruns_data()
    {
        QTest::addColumn<bool>("saveProfileFlag");
        QTest::newRow("profile written by ProfileStore") << false;
        QTest::newRow("profile written by --save-profile") << true;
    }
    void starttlsAuthProfileReruns()
    {
        QFETCH(bool, saveProfileFlag);
        test::TestCertificates certificates;
        test::AiosmtpdFixture server;
        QString error;
        QVERIFY2(test::startSubmissionServer(&certificates, &server, &error), qPrintable(error));
        const QString name = QStringLiteral("Submission");
        QVERIFY(QDir().mkpath(profilesDir()));
        if (saveProfileFlag) {
            const Result saved = runCli(testArgs(server.port())
                                            + QStringList {QStringLiteral("--tls"), QStringLiteral("starttls"),
                                                           QStringLiteral("--ca-file"), certificates.caCertificate(),
                                                           QStringLiteral("--auth"), QStringLiteral("plain"),
                                                           QStringLiteral("--auth-user"), QStringLiteral("helpdesk"),
                                                           QStringLiteral("--save-profile"), name},
                                        test::submissionPassword());
            QVERIFY2(saved.exitCode == 0, saved.err.constData());
            QTRY_COMPARE(server.messages().size(), 1);
        } else {
            QVERIFY(writeFile(profilesDir() + QStringLiteral("/Submission.json"),
                              profileToBytes(tlsAuthProfile(name, server.port(), certificates.caCertificate()))));
        }
        const QByteArray file = [&] {
            QFile f(profilesDir() + QStringLiteral("/Submission.json"));
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY2(file.contains("\"starttls\""), file.constData());
        QVERIFY(!file.contains(test::submissionPassword().toUtf8()));

        const int before = int(server.messages().size());
        const Result r = runCli({QStringLiteral("--profile"), name, QStringLiteral("--format"), QStringLiteral("json")},
                                test::submissionPassword());
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QTRY_COMPARE(server.messages().size(), before + 1);
        const test::ReceivedMessage message = server.messages().last();
        QVERIFY(message.tls);
        QCOMPARE(message.authUser, QStringLiteral("helpdesk"));
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(milestoneState(report, QStringLiteral("starttls")), QStringLiteral("passed"));
        QCOMPARE(milestoneState(report, QStringLiteral("auth")), QStringLiteral("passed"));
        QCOMPARE(report.value(QStringLiteral("certificateFingerprint")).toString(),
                 fingerprintOf(certificates.valid().certificate));
        const QStringList errors = test::validateJson(report, schema());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QVERIFY(!r.out.contains(test::submissionPassword().toUtf8()));
    }

    void tlsReportsShowTheCertificateInEveryFormat()
    {
        test::TestCertificates certificates;
        QVERIFY2(certificates.generate(), qPrintable(certificates.errorString()));
        test::AiosmtpdFixture server;
        server.setTls(certificates.valid().certificate, certificates.valid().key);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const QString fingerprint = fingerprintOf(certificates.valid().certificate);
        QVERIFY(!fingerprint.isEmpty());
        QTemporaryDir dir;
        for (const char *suffix : {"txt", "html", "json"}) {
            const QString path = dir.filePath(QStringLiteral("report.") + QLatin1String(suffix));
            const Result r = runCli(testArgs(server.port())
                                    + QStringList {QStringLiteral("--tls"), QStringLiteral("starttls"),
                                                   QStringLiteral("--ca-file"), certificates.caCertificate(),
                                                   QStringLiteral("--save"), path});
            QVERIFY2(r.exitCode == 0, r.out.constData());
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray saved = file.readAll();
            QVERIFY2(saved.contains(fingerprint.toLatin1()), suffix);
            QVERIFY2(saved.contains("TLS 1.3") || saved.contains("TLS 1.2"), suffix);
            if (qstrcmp(suffix, "json") == 0) {
                const QJsonObject report = QJsonDocument::fromJson(saved).object();
                const QJsonObject tls = report.value(QStringLiteral("tls")).toObject();
                QCOMPARE(tls.value(QStringLiteral("verified")), QJsonValue(true));
                QCOMPARE(
                    tls.value(QStringLiteral("chain")).toArray().first().toObject().value(QStringLiteral("sha256")),
                    QJsonValue(fingerprint));
                const QStringList errors = test::validateJson(report, schema());
                QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
            } else {
                QVERIFY2(saved.contains("Certificate SHA-256"), suffix);
            }
        }
    }

    void compareReportsAChangedCertificate()
    {
        test::TestCertificates certificates;
        QVERIFY2(certificates.generate(), qPrintable(certificates.errorString()));
        const quint16 port = freePort();
        QVERIFY(QDir().mkpath(profilesDir()));
        Profile profile = tlsAuthProfile(QStringLiteral("Cert watch"), port, certificates.caCertificate());
        profile.session.auth = {};
        QVERIFY(writeFile(profilesDir() + QStringLiteral("/Cert watch.json"), profileToBytes(profile)));
        const QStringList args {QStringLiteral("--profile"), QStringLiteral("Cert watch"), QStringLiteral("--format"),
                                QStringLiteral("json")};
        QString firstFingerprint;
        {
            test::AiosmtpdFixture first;
            first.setTls(certificates.valid().certificate, certificates.valid().key);
            first.setExtraArguments({QStringLiteral("--port"), QString::number(port)});
            QVERIFY2(first.start(), qPrintable(first.errorString()));
            const Result r = runCli(args);
            QVERIFY2(r.exitCode == 0, r.out.constData());
            firstFingerprint
                = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("certificateFingerprint")).toString();
            QCOMPARE(firstFingerprint, fingerprintOf(certificates.valid().certificate));
        }
        test::AiosmtpdFixture second; // same address and port, another certificate
        second.setTls(certificates.validRsa().certificate, certificates.validRsa().key);
        second.setExtraArguments({QStringLiteral("--port"), QString::number(port)});
        QVERIFY2(second.start(), qPrintable(second.errorString()));
        const Result r = runCli(args);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        const QString secondFingerprint = report.value(QStringLiteral("certificateFingerprint")).toString();
        QCOMPARE(secondFingerprint, fingerprintOf(certificates.validRsa().certificate));
        QVERIFY(secondFingerprint != firstFingerprint);
        bool found = false;
        for (const QJsonValue c :
             report.value(QStringLiteral("compare")).toObject().value(QStringLiteral("changes")).toArray()) {
            const QJsonObject change = c.toObject();
            if (change.value(QStringLiteral("kind")).toString() == u"certificate-changed") {
                found = true;
                QCOMPARE(change.value(QStringLiteral("before")).toString(), firstFingerprint);
                QCOMPARE(change.value(QStringLiteral("after")).toString(), secondFingerprint);
            }
        }
        QVERIFY2(found, r.out.constData());
        const QStringList errors = test::validateJson(report, schema());
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }

    void badOptionCombinations_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("profile and server") << QStringList {QStringLiteral("--profile"), QStringLiteral("x"),
                                                            QStringLiteral("--server"), QStringLiteral("127.0.0.1")}
                                            << "leave out --server";
        QTest::newRow("unknown save extension") << QStringList {QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                                                                QStringLiteral("--save"), QStringLiteral("r.doc")}
                                                << "--save";
        QTest::newRow("bad redact") << QStringList {QStringLiteral("--server"), QStringLiteral("127.0.0.1"),
                                                    QStringLiteral("--redact"), QStringLiteral("names")}
                                    << "--redact";
        QTest::newRow("save-profile with profile")
            << QStringList {QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("--save-profile"),
                            QStringLiteral("y")}
            << "leave out --profile";
        QTest::newRow("missing profile") << QStringList {QStringLiteral("--profile"), QStringLiteral("No such")}
                                         << "No profile named \"No such\"";
    }
    void badOptionCombinations()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Result r = runCli(args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestEvidenceCli)
#include "tst_evidencecli.moc"
