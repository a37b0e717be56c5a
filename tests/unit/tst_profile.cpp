#include "evidence/profile.h"
#include "store/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace mailflow;

namespace {
Profile fullProfile()
{
    Profile p;
    p.name = QStringLiteral("Relay check (EU)");
    p.description = QStringLiteral("Weekly check of the outbound relay");
    p.mxDomain = QStringLiteral("example.com");
    SessionOptions &s = p.session;
    s.host = QStringLiteral("mx1.example.com");
    s.port = 587;
    s.ehloName = QStringLiteral("probe.corp.example");
    s.mailFrom = QStringLiteral("probe@corp.example");
    s.recipients = {Recipient {QStringLiteral("a@example.com"), DsnNotify::Success | DsnNotify::Failure,
                               QStringLiteral("orig@example.com")},
                    Recipient {QStringLiteral("b@example.com"), DsnNotify::Never, {}},
                    Recipient {QStringLiteral("c@example.com"), {}, {}}};
    s.dsnMode = DsnMode::Force;
    s.dsnReturn = DsnReturn::Headers;
    s.envelopeId = QStringLiteral("ENV-42");
    s.message.fromHeader = QStringLiteral("Probe <probe@corp.example>");
    s.message.toHeader = QStringLiteral("A <a@example.com>");
    s.message.subject = QStringLiteral("Test ü");
    s.message.extraHeaders
        = {{QStringLiteral("X-Ticket"), QStringLiteral("INC-1")}, {QStringLiteral("X-Probe"), QStringLiteral("yes")}};
    s.message.bodyText = QStringLiteral("Line 1\nLine 2");
    s.message.bodyFile = QStringLiteral("body.eml");
    s.message.rawMessage = true;
    s.stopAfter = StopPoint::Data;
    s.pipelining = true;
    s.lmtp = true;
    s.bdat = BdatMode::Force;
    s.bdatChunkSize = 4096;
    s.xclient = {{QStringLiteral("HELO"), QStringLiteral("forged"), 0},
                 {QStringLiteral("ADDR"), QStringLiteral("192.0.2.7"), 1},
                 {QStringLiteral("NAME"), QStringLiteral("forged.example"), 1}};
    s.xclientPolicy = XclientPolicy {XclientRequirement::OptionalStrict, true, true};
    s.timeouts = Timeouts {1000, 2000, 3000, 4000, 5000, 6000, 7000};
    s.tls.mode = TlsMode::StartTls;
    s.tls.caFile = QStringLiteral("/etc/mailflow/ca.pem");
    s.tls.clientCertificateFile = QStringLiteral("client.pem");
    s.tls.clientKeyFile = QStringLiteral("client.key");
    s.tls.verifyCertificate = false;
    s.auth.mechanism = AuthMechanism::CramMd5;
    s.auth.user = QStringLiteral("helpdesk");
    s.auth.allowPlaintext = true;
    s.connection = ConnectionOptions {AddressFamily::IPv6,
                                      QStringLiteral("::1"),
                                      2526,
                                      QStringLiteral("proxy.example"),
                                      1081,
                                      QStringLiteral("proxyuser"),
                                      {}};
    p.filePath = QStringLiteral("mem.json");
    p.checks = CheckSelection::fromKey(QStringLiteral("off:blocklist,mta-sts"));
    p.session.relayCheck.enabled = true;
    p.session.relayCheck.sender = QStringLiteral("outside@relay-from.example");
    p.session.relayCheck.recipient = QStringLiteral("outside@relay-to.example");
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList parts(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *part : list)
        out << QString::fromUtf8(part);
    return out;
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}
} // namespace

namespace {
constexpr uid_t NobodyId = 65534;

/** store.save(profile) in a child process running as "nobody"; the child's lastError() comes back in error. */
bool saveAsNobody(ProfileStore &store, Profile &profile, QString *error)
{
    int channel[2];
    if (::pipe(channel) != 0)
        return true;
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(channel[0]);
        bool ok = false;
        if (::setgid(NobodyId) == 0 && ::setuid(NobodyId) == 0) {
            ok = store.save(profile);
            const QByteArray text = store.lastError().toUtf8();
            [[maybe_unused]] const ssize_t written = ::write(channel[1], text.constData(), size_t(text.size()));
        }
        ::_exit(ok ? 1 : 0);
    }
    ::close(channel[1]);
    QByteArray text;
    char buffer[512];
    ssize_t n = 0;
    while ((n = ::read(channel[0], buffer, sizeof buffer)) > 0)
        text.append(buffer, n);
    ::close(channel[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    *error = QString::fromUtf8(text);
    return !WIFEXITED(status) || WEXITSTATUS(status) != 0;
}
} // namespace

class TestProfile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTripEveryField()
    {
        const Profile p = fullProfile();
        const ProfileParseResult r = parseProfile(profileToBytes(p), QStringLiteral("mem.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
        const Profile &b = r.profile;
        // Whole structs: a field added later and not saved fails here.
        QCOMPARE(b.session.tls, p.session.tls);
        QCOMPARE(b.session.auth, p.session.auth);
        QCOMPARE(b.session.timeouts, p.session.timeouts);
        QCOMPARE(b.session.recipients, p.session.recipients);
        QCOMPARE(b.session.message, p.session.message);
        QCOMPARE(b.session.connection, p.session.connection);
        QVERIFY(b.session == p.session);
        QCOMPARE(b.checks, p.checks);
        QCOMPARE(b.session.relayCheck, p.session.relayCheck);
        QVERIFY(b == p);
        // Byte-stable: writing what was read gives the same file.
        QCOMPARE(profileToBytes(b), profileToBytes(p));
        QVERIFY(!profileToBytes(p).contains("password"));
    }

    void attachmentsRoundTrip()
    {
        Profile p = fullProfile();
        p.session.message.rawMessage = false;
        p.session.message.attachments = {QStringLiteral("/srv/files/report.pdf"), QStringLiteral("/tmp/grüße.txt")};
        const ProfileParseResult r = parseProfile(profileToBytes(p), QStringLiteral("mem.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.profile.session.message.attachments, p.session.message.attachments);
        QVERIFY(r.profile == p);
    }

    void nullSenderAndDefaults()
    {
        const ProfileParseResult r
            = parseProfile(R"({"format":"mailflow-profile","version":1,"mailFrom":"<>","target":{"host":"127.0.0.1"}})",
                           QStringLiteral("min.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.profile.session.mailFrom, QString());
        QCOMPARE(r.profile.session.port, quint16(25));
        QCOMPARE(r.profile.session.stopAfter, StopPoint::Quit);
        QCOMPARE(r.profile.session.tls, TlsOptions {});
        QCOMPARE(r.profile.session.auth, AuthOptions {});
        QCOMPARE(r.profile.session.timeouts.commandMs, Timeouts {}.commandMs);
        // Written before the checks were kept: every check, no relay probe.
        QCOMPARE(r.profile.checks, CheckSelection {});
        QCOMPARE(r.profile.session.relayCheck, RelayCheckOptions {});
        // Written before the protocol options existed: DATA, no pipelining.
        QCOMPARE(r.profile.session.bdat, BdatMode::Off);
        QCOMPARE(r.profile.session.bdatChunkSize, qint64(0));
        QVERIFY(!r.profile.session.pipelining);
        QVERIFY(!r.profile.session.lmtp);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("empty") << QByteArray("  \n") << parts({"bad.json", "empty"});
        QTest::newRow("truncated") << QByteArray("{\"format\": \"mailflow-profile\",\n \"version\": 1,\n \"name\": \"x")
                                   << parts({"bad.json", "not valid JSON", "line 3", "offset"});
        QTest::newRow("corrupt") << QByteArray("{\"format\": \"mailflow-profile\", \"version\": 1,, }")
                                 << parts({"bad.json", "not valid JSON", "line 1, column"});
        QTest::newRow("array") << QByteArray("[1,2]") << parts({"bad.json", "JSON object"});
        QTest::newRow("newer version") << QByteArray(R"({"format":"mailflow-profile","version":3})")
                                       << parts({"bad.json", "\"version\"", "is 3", "newer Mailflow", "version 2"});
        QTest::newRow("no version") << QByteArray(R"({"format":"mailflow-profile"})")
                                    << parts({"\"version\"", "missing"});
        QTest::newRow("not a profile") << QByteArray(R"({"format":"mailflow-report","version":1})")
                                       << parts({"\"format\"", "not a Mailflow profile"});
        QTest::newRow("bad bdat mode") << QByteArray(
            R"({"format":"mailflow-profile","version":2,"protocol":{"bdat":"sometimes"}})")
                                       << parts({"\"protocol.bdat\"", "auto, force or off"});
        QTest::newRow("port out of range")
            << QByteArray(R"({"format":"mailflow-profile","version":1,"target":{"host":"h.example","port":70000}})")
            << parts({"\"target.port\"", "1 to 65535"});
        QTest::newRow("attachment not a string")
            << QByteArray(R"({"format":"mailflow-profile","version":1,"message":{"attachments":["a.pdf",3]}})")
            << parts({"\"message.attachments[1]\"", "file name"});
        QTest::newRow("attachments with a raw message")
            << QByteArray(R"({"format":"mailflow-profile","version":1,"message":{"raw":true,"attachments":["a.pdf"]}})")
            << parts({"\"message.attachments\"", "cannot have attachments"});
        QTest::newRow("recipient not a string") << QByteArray(
            R"({"format":"mailflow-profile","version":1,"recipients":[{"address":"a@b.example"},{"address":5}]})")
                                                << parts({"\"recipients[1].address\"", "must be a string"});
        QTest::newRow("bad address") << QByteArray(
            R"({"format":"mailflow-profile","version":1,"mailFrom":"not an address"})")
                                     << parts({"\"mailFrom\""});
        QTest::newRow("bad notify") << QByteArray(
            R"({"format":"mailflow-profile","version":1,"recipients":[{"address":"a@b.example","notify":["SOMETIMES"]}]})")
                                    << parts({"\"recipients[0].notify\"", "SOMETIMES"});
        QTest::newRow("bad stop point") << QByteArray(
            R"({"format":"mailflow-profile","version":1,"stopAfter":"lunch"})")
                                        << parts({"\"stopAfter\""});
        QTest::newRow("header with newline") << QByteArray(
            R"({"format":"mailflow-profile","version":1,"message":{"headers":[{"name":"X-A","value":"a\nb"}]}})")
                                             << parts({"\"message.headers[0].value\""});
        QTest::newRow("tls mode unknown")
            << QByteArray(R"({"format":"mailflow-profile","version":2,"security":{"tls":"maybe"}})")
            << parts({"bad.json", "security.tls", "starttls"});
        QTest::newRow("auth mechanism unknown")
            << QByteArray(R"({"format":"mailflow-profile","version":2,"auth":{"mechanism":"kerberos"}})")
            << parts({"bad.json", "auth.mechanism", "cram-md5"});
        QTest::newRow("timeout negative")
            << QByteArray(R"({"format":"mailflow-profile","version":1,"timeouts":{"quitMs":-5}})")
            << parts({"\"timeouts.quitMs\""});
        // Numbers far outside qint64: checked before any conversion (undefined behaviour otherwise).
        QTest::newRow("version 1e20") << QByteArray(R"({"format":"mailflow-profile","version":1e20})")
                                      << parts({"bad.json", "\"version\"", "whole number"});
        QTest::newRow("version -1e300") << QByteArray(R"({"format":"mailflow-profile","version":-1e300})")
                                        << parts({"\"version\"", "whole number"});
        QTest::newRow("port 9.3e18") << QByteArray(
            R"({"format":"mailflow-profile","version":2,"target":{"host":"h.example","port":9.3e18}})")
                                     << parts({"\"target.port\"", "1 to 65535"});
        QTest::newRow("port fraction") << QByteArray(
            R"({"format":"mailflow-profile","version":2,"target":{"host":"h.example","port":25.5}})")
                                       << parts({"\"target.port\"", "1 to 65535"});
        QTest::newRow("port as text") << QByteArray(
            R"({"format":"mailflow-profile","version":2,"target":{"host":"h.example","port":"25"}})")
                                      << parts({"\"target.port\"", "whole number"});
        QTest::newRow("deeply nested") << QByteArray(R"({"format":"mailflow-profile","version":2,"message":)")
                + QByteArray(100'000, '[')
                                       << parts({"bad.json", "not valid JSON"});
        QTest::newRow("nested in a known key")
            << QByteArray(R"({"format":"mailflow-profile","version":2,"target":[[[[{"host":"h"}]]]]})")
            << parts({"bad.json", "\"target\""});
        QTest::newRow("100 MB") << QByteArray(R"({"format":"mailflow-profile","version":2,"description":")")
                + QByteArray(100 * 1024 * 1024, 'x') + QByteArray(R"("})")
                                << parts({"bad.json", "larger than 1 MB"});
        QTest::newRow("unknown check") << QByteArray(
            R"({"format":"mailflow-profile","version":2,"checks":"off:port-26"})")
                                       << parts({"\"checks\"", "port-26"});
        QTest::newRow("checks word") << QByteArray(R"({"format":"mailflow-profile","version":2,"checks":"some"})")
                                     << parts({"\"checks\"", "only:LIST"});
        QTest::newRow("relay sender") << QByteArray(
            R"({"format":"mailflow-profile","version":2,"relayCheck":{"enabled":true,"sender":"no at sign"}})")
                                      << parts({"\"relayCheck.sender\""});
        QTest::newRow("timeout 1e300") << QByteArray(
            R"({"format":"mailflow-profile","version":2,"timeouts":{"commandMs":1e300}})")
                                       << parts({"\"timeouts.commandMs\"", "whole number"});
    }
    void version1FileLoads()
    {
        // As Mailflow wrote it before TLS and AUTH were kept: a security word and the AUTH user only.
        const QByteArray v1 = R"({
    "format": "mailflow-profile", "version": 1, "name": "Old relay check",
    "target": {"host": "relay.example.com", "port": 587},
    "security": "starttls", "authUser": "helpdesk", "ehlo": "probe.example",
    "mailFrom": "probe@example.com", "recipients": [{"address": "a@example.com", "notify": ["FAILURE"]}],
    "dsn": {"mode": "force", "ret": "hdrs", "envid": "E1"},
    "message": {"subject": "Old"}, "stopAfter": "rcpt",
    "timeouts": {"connectMs": 1000, "greetingMs": 2000, "commandMs": 3000, "dataStartMs": 4000,
                 "dataBlockMs": 5000, "dataEndMs": 6000, "quitMs": 7000}
})";
        const ProfileParseResult r = parseProfile(v1, QStringLiteral("v1.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
        SessionOptions expected;
        expected.host = QStringLiteral("relay.example.com");
        expected.port = 587;
        expected.ehloName = QStringLiteral("probe.example");
        expected.mailFrom = QStringLiteral("probe@example.com");
        expected.recipients = {Recipient {QStringLiteral("a@example.com"), DsnNotify::Failure, {}}};
        expected.dsnMode = DsnMode::Force;
        expected.dsnReturn = DsnReturn::Headers;
        expected.envelopeId = QStringLiteral("E1");
        expected.message.subject = QStringLiteral("Old");
        expected.stopAfter = StopPoint::Rcpt;
        expected.timeouts = Timeouts {1000, 2000, 3000, 4000, 5000, 6000, 7000};
        expected.tls.mode = TlsMode::StartTls;
        expected.auth.mechanism = AuthMechanism::Auto;
        expected.auth.user = QStringLiteral("helpdesk");
        QCOMPARE(r.profile.session.tls, expected.tls);
        QCOMPARE(r.profile.session.auth, expected.auth);
        QVERIFY(r.profile.session == expected);
        // The placeholder "none" meant "as the port says": Auto.
        const ProfileParseResult none = parseProfile(
            R"({"format":"mailflow-profile","version":1,"security":"none","target":{"host":"h.example"}})",
            QStringLiteral("none.json"));
        QVERIFY2(none.ok, qPrintable(none.error));
        QCOMPARE(none.profile.session.tls.mode, TlsMode::Auto);
        QCOMPARE(none.profile.session.auth.mechanism, AuthMechanism::None);
        // Saving it again writes version 2.
        QVERIFY(profileToBytes(r.profile).contains("\"version\": 2"));
    }

    void passwordNeverWritten()
    {
        Profile p = fullProfile();
        p.session.auth.user = QStringLiteral("s3cret-user");
        const QByteArray bytes = profileToBytes(p);
        QVERIFY(!bytes.toLower().contains("password"));
        // A password in a file is dropped with a warning, never read into the options.
        const QByteArray withPassword = R"({"format":"mailflow-profile","version":2,"target":{"host":"h.example"},
            "auth":{"mechanism":"plain","user":"u","password":"hunter2"}})";
        const ProfileParseResult r = parseProfile(withPassword, QStringLiteral("pw.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.warnings.join(u'\n').contains(QStringLiteral("never keep a password")));
        QVERIFY(!profileToBytes(r.profile).contains("hunter2"));
    }

    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeAll(path, json));
        ProfileStore store(dir.path());
        const ProfileParseResult r = store.loadFile(path);
        QVERIFY(!r.ok);
        for (const QString &part : expected)
            QVERIFY2(r.error.contains(part), qPrintable(QStringLiteral("'%1' not in: %2").arg(part, r.error)));
        QCOMPARE(store.lastError(), r.error);
        QCOMPARE(readAll(path), json); // left untouched
        // The store lists it with its error instead of dropping it.
        const QList<ProfileInfo> listed = store.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().error, r.error);
    }

    void unknownKeysWarnAndKeepGoing()
    {
        const QByteArray json = R"({"format":"mailflow-profile","version":1,"name":"x","colour":"red",
            "target":{"host":"h.example","weight":3},"password":"hunter2","message":{"body":"hi","font":"x"}})";
        const ProfileParseResult r = parseProfile(json, QStringLiteral("w.json"));
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.profile.session.message.bodyText, QStringLiteral("hi"));
        const QString all = r.warnings.join(u'\n');
        QCOMPARE(r.warnings.size(), 4);
        QVERIFY(all.contains(QStringLiteral("w.json: unknown key \"colour\"")));
        QVERIFY(all.contains(QStringLiteral("\"target.weight\"")));
        QVERIFY(all.contains(QStringLiteral("\"message.font\"")));
        QVERIFY(all.contains(QStringLiteral("\"password\" ignored: profiles never keep a password")));
        QVERIFY(!profileToBytes(r.profile).contains("hunter2"));
    }

    void missingBodyFileIsNamed()
    {
        QTemporaryDir dir;
        Profile p = fullProfile();
        p.session.message.bodyFile = QStringLiteral("missing-body.eml");
        p.filePath = dir.filePath(QStringLiteral("p.json"));
        QStringList problems = profileRunProblems(p);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(p.filePath));
        QVERIFY(problems.first().contains(QStringLiteral("\"message.bodyFile\"")));
        QVERIFY(problems.first().contains(dir.filePath(QStringLiteral("missing-body.eml"))));
        QVERIFY(problems.first().contains(QStringLiteral("does not exist")));
        QVERIFY(writeAll(dir.filePath(QStringLiteral("missing-body.eml")), "Subject: x\r\n\r\nbody\r\n"));
        QVERIFY(profileRunProblems(p).isEmpty());
        p.session.host.clear();
        p.mxDomain.clear();
        problems = profileRunProblems(p);
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().contains(QStringLiteral("\"target\"")));
    }

    void storeOperations()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("profiles")));
        Profile p = fullProfile();
        QVERIFY2(store.save(p), qPrintable(store.lastError()));
        QCOMPARE(p.filePath, store.filePathFor(p.name));
        QVERIFY(store.contains(p.name));
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(store.list().first().name, p.name);

        QVERIFY(!store.saveAs(p, p.name)); // would replace itself under "save as"
        Profile copy = p;
        QVERIFY2(store.saveAs(copy, QStringLiteral("Copy")), qPrintable(store.lastError()));
        QCOMPARE(copy.name, QStringLiteral("Copy"));
        QVERIFY2(store.duplicate(QStringLiteral("Copy"), QStringLiteral("Third")), qPrintable(store.lastError()));
        QVERIFY(!store.duplicate(QStringLiteral("Copy"), QStringLiteral("Third")));
        QVERIFY(store.lastError().contains(QStringLiteral("already exists")));
        QCOMPARE(store.list().size(), 3);

        QVERIFY2(store.rename(QStringLiteral("Third"), QStringLiteral("Renamed")), qPrintable(store.lastError()));
        QVERIFY(!store.contains(QStringLiteral("Third")));
        QCOMPARE(store.load(QStringLiteral("Renamed")).profile.name, QStringLiteral("Renamed"));
        QVERIFY(!store.rename(QStringLiteral("Renamed"), QStringLiteral("Copy")));

        const QString exported = dir.filePath(QStringLiteral("out.json"));
        QVERIFY2(store.exportTo(QStringLiteral("Copy"), exported), qPrintable(store.lastError()));
        QCOMPARE(readAll(exported), readAll(store.filePathFor(QStringLiteral("Copy"))));
        QString imported;
        QVERIFY2(store.importFile(exported, &imported), qPrintable(store.lastError()));
        QCOMPARE(imported, QStringLiteral("Copy (2)"));
        QCOMPARE(store.load(imported).profile.session.recipients.size(), 3);

        QVERIFY(store.remove(QStringLiteral("Copy (2)")));
        QVERIFY(!store.remove(QStringLiteral("Copy (2)")));
        QCOMPARE(store.list().size(), 3);
        // Load by file path as well as by name.
        QVERIFY(store.load(exported).ok);
    }

    void importRejectsBadFilesAndKeepsThem()
    {
        QTemporaryDir dir;
        ProfileStore store(dir.filePath(QStringLiteral("profiles")));
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QVERIFY(writeAll(bad, R"({"format":"mailflow-profile","version":9})"));
        QVERIFY(!store.importFile(bad));
        QVERIFY(store.lastError().contains(QStringLiteral("newer Mailflow")));
        QCOMPARE(readAll(bad), QByteArray(R"({"format":"mailflow-profile","version":9})"));
        QVERIFY(store.list().isEmpty());
    }

    void failedWritesAreReported_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("read-only folder") << "readonly";
        QTest::newRow("folder is a file") << "notdir";
        QTest::newRow("disk full (file size limit)") << "full";
    }
    void failedWritesAreReported()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("profiles"));
        Profile p = fullProfile();
        QByteArray before;
        if (kind == u"notdir") {
            QVERIFY(writeAll(folder, "I am a file"));
        } else {
            QVERIFY(QDir().mkpath(folder));
            ProfileStore first(folder);
            QVERIFY(first.save(p));
            before = readAll(first.filePathFor(p.name));
            p.description
                = QStringLiteral("changed in memory, with a longer text so the file grows: ") + QString(4000, u'x');
        }
        ProfileStore store(folder);
        bool ok = true;
        QString error;
        if (kind == u"readonly") {
            QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
            if (::geteuid() == 0) {
                // Root writes into read-only folders: save as the unprivileged user "nobody" instead.
                QVERIFY(::chown(qPrintable(dir.path()), NobodyId, NobodyId) == 0);
                QVERIFY(::chown(qPrintable(folder), NobodyId, NobodyId) == 0);
                ok = saveAsNobody(store, p, &error);
            } else {
                ok = store.save(p);
            }
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        } else if (kind == u"full") {
            // A file size limit makes write() fail with EFBIG, as a full disk fails with ENOSPC.
            struct rlimit old
            {
            };
            QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
            const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
            struct rlimit small = old;
            small.rlim_cur = 512;
            QCOMPARE(::setrlimit(RLIMIT_FSIZE, &small), 0);
            ok = store.save(p);
            ::setrlimit(RLIMIT_FSIZE, &old);
            std::signal(SIGXFSZ, oldHandler);
        } else {
            ok = store.save(p);
        }
        QVERIFY(!ok);
        if (error.isEmpty())
            error = store.lastError();
        QVERIFY2(error.contains(QDir::toNativeSeparators(folder)), qPrintable(error));
        // The profile is still in memory and can be saved elsewhere.
        QVERIFY(p.description.startsWith(QStringLiteral("changed")) || kind == u"notdir");
        QVERIFY(store.saveToFile(p, dir.filePath(QStringLiteral("elsewhere.json"))));
        QVERIFY(parseProfile(readAll(dir.filePath(QStringLiteral("elsewhere.json"))), {}).ok);
        if (!before.isEmpty()) {
            QCOMPARE(readAll(store.filePathFor(p.name)), before); // the old file is intact
            QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temporary left behind
        }
    }

    void defaultDirectoryIsUnderAppData()
    {
        QVERIFY(ProfileStore::defaultDirectory().endsWith(QStringLiteral("/Mailflow/mailflow/profiles")));
        QVERIFY(ProfileStore::defaultDirectory().contains(QStringLiteral(".qttest")));
        QTemporaryDir dir;
        setMailflowDataDirectoryOverride(dir.path());
        QCOMPARE(ProfileStore::defaultDirectory(), dir.path() + QStringLiteral("/profiles"));
        setMailflowDataDirectoryOverride({});
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
