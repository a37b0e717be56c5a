#include "base/printable.h"
#include "evidence/evidencejson.h"
#include "evidence/htmlreport.h"
#include "evidence/jsonreport.h"
#include "evidence/redactor.h"
#include "evidence/reportwriter.h"
#include "evidence/runcompare.h"
#include "evidence/textreport.h"
#include "samplereport.h"
#include "schemavalidator.h"
#include "testpaths.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>

using namespace mailflow;

class TestReports : public QObject
{
    Q_OBJECT
private:
    static QString schema() { return test::reportSchemaPath(); }
    static QStringList forbiddenSecrets()
    {
        const QString secret = QStringLiteral("s3cret-Pass");
        const QByteArray plain = QByteArray("\0alice\0", 7) + secret.toUtf8();
        return {secret, QString::fromLatin1(secret.toUtf8().toBase64()), QString::fromLatin1(plain.toBase64()),
                QString::fromLatin1(secret.toUtf8().toBase64(QByteArray::OmitTrailingEquals))};
    }

private Q_SLOTS:
    void textHasEveryTranscriptLine()
    {
        const ReportData d = test::sampleReport();
        const QString text = reportToText(d);
        const ReportData shown = d.redacted();
        QCOMPARE(shown.transcript.size(), d.transcript.size());
        for (const TranscriptEntry &e : shown.transcript) {
            // Every line, escaped as a terminal or an editor must see it (the sample has a raw \x01).
            const QString line = Transcript::marker(e.direction) + u' ' + printableString(e.text);
            QVERIFY2(text.contains(line), qPrintable(line));
            QVERIFY(text.contains(e.wallTime.toString(QStringLiteral("HH:mm:ss.zzz"))));
        }
        for (const Milestone &m : d.milestones)
            QVERIFY2(text.contains(m.title()), qPrintable(m.title()));
        QVERIFY(text.contains(QStringLiteral("FAILED")));
        QVERIFY(text.contains(d.outcome.sentence));
        QVERIFY(text.contains(QStringLiteral("Control \\x01 character")));
        QVERIFY(!text.contains(u'\x01'));
        QVERIFY(text.contains(QStringLiteral("Europe/Berlin")));
        QVERIFY(text.contains(QStringLiteral("10 mx1.example.com")));
    }

    void htmlIsWellFormedAndComplete()
    {
        const ReportData d = test::sampleReport();
        const QString html = reportToHtml(d);
        QXmlStreamReader xml(html);
        QStringList ids;
        int transcriptRows = 0;
        int rects = 0;
        int checklistRows = 0;
        bool inStyle = false;
        QString style;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto attrs = xml.attributes();
                if (attrs.hasAttribute(QStringLiteral("id")))
                    ids << attrs.value(QStringLiteral("id")).toString();
                const QString cls = attrs.value(QStringLiteral("class")).toString();
                if (xml.name() == u"tr" && cls.startsWith(QStringLiteral("dir-")))
                    ++transcriptRows;
                if (xml.name() == u"tr" && cls.startsWith(QStringLiteral("state-")))
                    ++checklistRows;
                if (xml.name() == u"rect")
                    ++rects;
                inStyle = xml.name() == u"style";
            } else if (xml.isCharacters() && inStyle) {
                style += xml.text();
            } else if (xml.isEndElement()) {
                inStyle = false;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
        for (const char *id : {"verdict", "checklist", "timings", "transcript", "environment", "dns", "tls"})
            QVERIFY2(ids.contains(QLatin1String(id)), id);
        QVERIFY(ids.indexOf(QStringLiteral("verdict")) < ids.indexOf(QStringLiteral("checklist")));
        QCOMPARE(transcriptRows, d.transcript.size());
        QCOMPARE(checklistRows, d.milestones.size());
        int timed = 0;
        for (const Milestone &m : d.milestones)
            timed += m.durationMs >= 0 ? 1 : 0;
        QCOMPARE(rects, timed);
        QVERIFY(style.contains(QStringLiteral("body{"))); // inline CSS
        QVERIFY(!html.contains(QStringLiteral("src=\"http"))); // self-contained
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(html.contains(QStringLiteral("\u2718 Failed"))
                || html.contains(QStringLiteral("\u2718</span> Failed")));
        QVERIFY(html.contains(QStringLiteral("\u2714</span> Passed"))); // icon and word
        QVERIFY(html.contains(QStringLiteral("#c62828"))); // and colour
        QVERIFY(html.contains(QStringLiteral("&lt;ready&gt; &amp; &quot;waiting&quot;")));
        QVERIFY(!html.contains(QChar(1)));
    }

    void htmlForRichTextHasNoSvg()
    {
        HtmlReportOptions options;
        options.forRichText = true;
        const QString html = reportToHtml(test::sampleReport(), options);
        QVERIFY(!html.contains(QStringLiteral("<svg")));
        QVERIFY(!html.contains(QStringLiteral("<?xml")));
        QVERIFY(html.contains(QStringLiteral("bgcolor=\"#c62828\"")));
        QXmlStreamReader xml(html);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    }

    void jsonValidatesAgainstSchema()
    {
        const QString s = schema();
        QVERIFY2(!test::loadJsonFile(s).isEmpty(), "resources/report.schema.json not found or not JSON");
        ReportData previous = test::sampleReport();
        previous.milestones[4].state = MilestoneState::Passed;
        QJsonObject report = reportDataToJson(test::sampleReport());
        report[QStringLiteral("compare")] = runChangesToJson(compareRuns(previous, test::sampleReport()), previous);
        const QStringList errors = test::validateJson(report, s);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        QCOMPARE(report.value(QStringLiteral("transcript")).toArray().size(), test::sampleReport().transcript.size());
        QCOMPARE(report.value(QStringLiteral("exitCode")).toInt(), 24);
        const QJsonArray changes
            = report.value(QStringLiteral("compare")).toObject().value(QStringLiteral("changes")).toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("now-fails"));

        // The legacy entry point (live Transcript + Checklist) gives the same shape.
        Transcript transcript;
        Checklist checklist;
        for (const TranscriptEntry &e : test::sampleReport().transcript)
            transcript.appendRecorded(e);
        for (const Milestone &m : test::sampleReport().milestones)
            checklist.add(m);
        SessionOptions options;
        options.host = QStringLiteral("127.0.0.1");
        const QJsonObject legacy = reportToJson(transcript, checklist, SessionOutcome {}, options);
        const QStringList legacyErrors = test::validateJson(legacy, s);
        QVERIFY2(legacyErrors.isEmpty(), qPrintable(legacyErrors.join(u'\n')));
    }

    void schemaValidatorCatchesBrokenReports_data()
    {
        QTest::addColumn<QString>("member");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("expected");
        // python3-jsonschema's words for each problem.
        QTest::newRow("verdict not in enum") << "verdict" << QJsonValue(QStringLiteral("great")) << "is not one of";
        QTest::newRow("exit code a string")
            << "exitCode" << QJsonValue(QStringLiteral("24")) << "is not of type 'integer'";
        QTest::newRow("undocumented member") << "colour" << QJsonValue(1) << "('colour' was unexpected)";
        QTest::newRow("missing verdict") << "verdict" << QJsonValue(QJsonValue::Undefined)
                                         << "'verdict' is a required property";
    }
    void schemaValidatorCatchesBrokenReports()
    {
        QFETCH(QString, member);
        QFETCH(QJsonValue, value);
        QFETCH(QString, expected);
        QJsonObject report = reportDataToJson(test::sampleReport());
        if (value.isUndefined())
            report.remove(member);
        else
            report[member] = value;
        const QStringList errors = test::validateJson(report, schema());
        QVERIFY(!errors.isEmpty());
        QVERIFY2(errors.join(u'\n').contains(expected), qPrintable(errors.join(u'\n')));
    }

    void secretsMaskedInEveryFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::newRow("text") << int(ReportFormat::Text);
        QTest::newRow("html") << int(ReportFormat::Html);
        QTest::newRow("json") << int(ReportFormat::Json);
    }
    void secretsMaskedInEveryFormat()
    {
        QFETCH(int, format);
        const QString out = QString::fromUtf8(renderReport(test::sampleReport(), ReportFormat(format)));
        QVERIFY(!out.isEmpty());
        for (const QString &secret : forbiddenSecrets())
            QVERIFY2(!out.contains(secret), qPrintable(secret));
        QVERIFY(out.count(Redactor::secretMask()) >= 3);
        QVERIFY(!out.contains(QStringLiteral("secrets\"")));
    }

    void tlsAndDnsSectionsInEveryFormat_data() { secretsMaskedInEveryFormat_data(); }
    void tlsAndDnsSectionsInEveryFormat()
    {
        QFETCH(int, format);
        const ReportData d = test::sampleReport();
        const QString fingerprint = d.tls.chain.first().sha256Fingerprint;
        QCOMPARE(d.certificateFingerprint, fingerprint);
        const QString out = QString::fromUtf8(renderReport(d, ReportFormat(format)));
        for (const QString &expected :
             {fingerprint, d.tls.chain.at(1).sha256Fingerprint, QStringLiteral("TLS 1.3"),
              QStringLiteral("TLS_AES_256_GCM_SHA384"), QStringLiteral("CN=Example Issuing CA 2026"),
              QStringLiteral("2026-12-30T23:59:59Z"), QStringLiteral("mx2.example.com does not exist."),
              QStringLiteral("192.0.2.25"), QStringLiteral("points back to it")})
            QVERIFY2(out.contains(expected), qPrintable(expected));
        if (ReportFormat(format) == ReportFormat::Text) {
            QVERIFY(out.contains(QStringLiteral("Certificate SHA-256: ") + fingerprint));
            QVERIFY(out.contains(QStringLiteral("\nTLS\n---\n")));
            QVERIFY(out.contains(QStringLiteral("\nDNS\n---\n")));
            QVERIFY(out.contains(QStringLiteral("MX 10 mx1.example.com: 192.0.2.25")));
            QCOMPARE(out.count(QStringLiteral("Operating system:")), 1); // one environment section
        } else if (ReportFormat(format) == ReportFormat::Json) {
            const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
            QCOMPARE(o.value(QStringLiteral("certificateFingerprint")).toString(), fingerprint);
            const QJsonObject tls = o.value(QStringLiteral("tls")).toObject();
            QCOMPARE(tls.value(QStringLiteral("chain")).toArray().at(0).toObject().value(QStringLiteral("sha256")),
                     QJsonValue(fingerprint));
            QCOMPARE(tls.value(QStringLiteral("verified")), QJsonValue(true));
            const QJsonObject dns = o.value(QStringLiteral("dns")).toObject();
            QCOMPARE(dns.value(QStringLiteral("mx")).toObject().value(QStringLiteral("hosts")).toArray().size(), 2);
            QCOMPARE(dns.value(QStringLiteral("reverse")).toObject().value(QStringLiteral("status")),
                     QJsonValue(QStringLiteral("Confirmed")));
            const QStringList errors = test::validateJson(o, schema());
            QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
        }
    }

    void schemaRejectsBrokenTlsAndDns_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("fingerprint not hex") << "certificateFingerprint" << QJsonValue(QStringLiteral("abc"));
        QTest::newRow("tls unknown member") << "tls.colour" << QJsonValue(1);
        QTest::newRow("dns host without name") << "dns.mx.hosts" << QJsonValue(QJsonArray {QJsonObject {}});
        QTest::newRow("reverse status unknown") << "dns.reverse.status" << QJsonValue(QStringLiteral("Maybe"));
    }
    void schemaRejectsBrokenTlsAndDns()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QJsonObject report = reportDataToJson(test::sampleReport());
        QVERIFY(test::validateJson(report, schema()).isEmpty());
        const QStringList keys = path.split(u'.');
        // Sets report[a][b][c] = value, rebuilding the objects on the way back up.
        std::function<QJsonObject(QJsonObject, int)> set = [&](QJsonObject o, int i) {
            o[keys.at(i)] = i + 1 == keys.size() ? value : QJsonValue(set(o.value(keys.at(i)).toObject(), i + 1));
            return o;
        };
        report = set(report, 0);
        QVERIFY(!test::validateJson(report, schema()).isEmpty());
    }

    void pseudonymsAreConsistent()
    {
        ReportData d = test::sampleReport();
        d.redaction.maskAddresses = true;
        d.redaction.maskHosts = true;
        const QString text = redactionPreview(d);
        for (const char *original : {"mx1.example.com", "bob@", "alice", "corp.example.net", "203.0.113.25", "10.1.2.3",
                                     "10.1.0.53", "helpdesk-pc7", "2001:470::25", "nobody@"})
            QVERIFY2(!text.contains(QLatin1String(original)), original);
        QVERIFY(text.contains(QStringLiteral("user1@domain1.example")));
        QVERIFY(text.contains(QStringLiteral("host1.example")));
        QVERIFY(text.contains(QStringLiteral("192.0.2.")));
        QVERIFY(text.contains(QStringLiteral("2001:db8::")));
        QVERIFY(text.contains(QStringLiteral("550 5.1.1"))); // status codes are not addresses
        QVERIFY(text.contains(QStringLiteral("250 2.1.5 Ok")));
        // The same address gets the same pseudonym everywhere: RCPT line, checklist row and verdict.
        const ReportData r = d.redacted();
        const QString bob = r.options.recipients.at(0).address;
        const QString nobody = r.options.recipients.at(1).address;
        QVERIFY(bob != nobody);
        QVERIFY(r.transcript.at(10).text.contains(bob));
        QVERIFY(r.transcript.at(13).text.contains(nobody));
        QCOMPARE(r.milestones.at(4).subject, nobody);
        QVERIFY(r.outcome.sentence.contains(nobody));
        QCOMPARE(r.options.host, r.milestones.at(0).reply.lines().first().section(u' ', 0, 0));
        // Preview equals what is saved.
        QCOMPARE(QString::fromUtf8(renderReport(d, ReportFormat::Text)), text);
    }

    void redactorMasksBase64AndIsIdempotent()
    {
        Redactor r;
        r.addCredentials(QStringLiteral("alice"), QStringLiteral("pw"));
        const QString token = QString::fromLatin1(QByteArray("\0alice\0pw", 9).toBase64());
        QCOMPARE(r.redact(QStringLiteral("AUTH PLAIN ") + token), QStringLiteral("AUTH PLAIN ********"));
        QCOMPARE(r.redact(QStringLiteral("cHc=")), QStringLiteral("********"));
        r.setMaskHosts(true);
        r.setMaskAddresses(true);
        const QString once = r.redact(QStringLiteral("mail a@b.example.org via smtp.example.org 198.51.100.7"));
        QCOMPARE(once, QStringLiteral("mail user1@domain1.example via host1.example 192.0.2.1"));
        QCOMPARE(r.redact(once), once);
        QCOMPARE(r.redact(QStringLiteral("again a@b.example.org")), QStringLiteral("again user1@domain1.example"));
        QCOMPARE(r.redact(QStringLiteral("at 14:15:16 +0100")), QStringLiteral("at 14:15:16 +0100"));
        // Real names under .example are masked too; only the redactor's own pseudonyms are left alone.
        QCOMPARE(r.redact(QStringLiteral("b@test.example mx.test.example")),
                 QStringLiteral("user2@domain2.example host2.example"));
    }

    void defaultFileNames_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("failedIndex");
        QTest::addColumn<int>("format");
        QTest::addColumn<bool>("maskHosts");
        QTest::addColumn<QString>("expected");
        const int failed = int(SessionOutcome::Verdict::Failed);
        QTest::newRow("rcpt failed") << "mx1.example.com" << failed << 4 << int(ReportFormat::Text) << false
                                     << "2026-11-28_1415_mx1.example.com_RCPT-failed.txt";
        QTest::newRow("connect failed html") << "mx1.example.com" << failed << 0 << int(ReportFormat::Html) << false
                                             << "2026-11-28_1415_mx1.example.com_CONNECT-failed.html";
        QTest::newRow("passed json") << "mx1.example.com" << int(SessionOutcome::Verdict::Passed) << -1
                                     << int(ReportFormat::Json) << false
                                     << "2026-11-28_1415_mx1.example.com_passed.json";
        QTest::newRow("warning") << "10.0.0.1" << int(SessionOutcome::Verdict::Warning) << -2 << int(ReportFormat::Pdf)
                                 << false << "2026-11-28_1415_10.0.0.1_MAIL-warning.pdf";
        QTest::newRow("ipv6") << "::1" << int(SessionOutcome::Verdict::NotRun) << -1 << int(ReportFormat::Text) << false
                              << "2026-11-28_1415_--1_not-run.txt";
        QTest::newRow("masked host") << "mx1.example.com" << failed << 4 << int(ReportFormat::Text) << true
                                     << "2026-11-28_1415_host1.example_RCPT-failed.txt";
    }
    void defaultFileNames()
    {
        QFETCH(QString, host);
        QFETCH(int, verdict);
        QFETCH(int, failedIndex);
        QFETCH(int, format);
        QFETCH(bool, maskHosts);
        QFETCH(QString, expected);
        ReportData d = test::sampleReport();
        d.options.host = host;
        d.outcome.verdict = SessionOutcome::Verdict(verdict);
        for (Milestone &m : d.milestones) {
            if (m.state == MilestoneState::Failed)
                m.state = MilestoneState::Passed;
        }
        if (failedIndex >= 0)
            d.milestones[failedIndex].state = MilestoneState::Failed;
        if (failedIndex == -2)
            d.milestones[2].state = MilestoneState::Warning;
        d.redaction.maskHosts = maskHosts;
        QCOMPARE(defaultReportFileName(d, ReportFormat(format)), expected);
    }

    void formatFromExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format");
        QTest::newRow("txt") << "a/b.txt" << int(ReportFormat::Text);
        QTest::newRow("HTML upper") << "R.HTML" << int(ReportFormat::Html);
        QTest::newRow("htm") << "r.htm" << int(ReportFormat::Html);
        QTest::newRow("json") << "r.json" << int(ReportFormat::Json);
        QTest::newRow("pdf") << "/x/r.pdf" << int(ReportFormat::Pdf);
        QTest::newRow("none") << "report" << int(ReportFormat::Unknown);
        QTest::newRow("doc") << "report.doc" << int(ReportFormat::Unknown);
    }
    void formatFromExtension()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        QCOMPARE(int(reportFormatForPath(path)), format);
    }

    void saveReportWritesAndReportsFailures()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString good = dir.filePath(QStringLiteral("r.json"));
        QVERIFY2(saveReport(good, test::sampleReport(), ReportFormat::Json, &error), qPrintable(error));
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(test::validateJson(QJsonDocument::fromJson(file.readAll()).object(), schema()).isEmpty());

        // A "folder" that is a file: fails for root too.
        const QString bad = good + QStringLiteral("/r.txt");
        QVERIFY(!saveReport(bad, test::sampleReport(), ReportFormat::Text, &error));
        QVERIFY2(error.contains(bad), qPrintable(error));
        QVERIFY(!saveReport(dir.filePath(QStringLiteral("r.pdf")), test::sampleReport(), ReportFormat::Pdf, &error));
    }

    void milestoneJsonRoundTrip()
    {
        for (const Milestone &m : test::sampleReport().milestones) {
            const Milestone back = milestoneFromJson(milestoneToJson(m));
            QCOMPARE(back.kind, m.kind);
            QCOMPARE(back.subject, m.subject);
            QCOMPARE(back.state, m.state);
            QCOMPARE(back.reply.code, m.reply.code);
            QCOMPARE(back.reply.lines(), m.reply.lines());
            QCOMPARE(back.reply.status, m.reply.status);
            QCOMPARE(back.failure, m.failure);
            QCOMPARE(back.durationMs, m.durationMs);
            QCOMPARE(back.startedMs, m.startedMs);
            QCOMPARE(back.diagnosis.meaning, m.diagnosis.meaning);
        }
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
