#include "diagnosis/enhancedstatuscatalog.h"
#include "diagnosis/replycatalog.h"
#include "replytext.h"
#include "smtp/replyparser.h"

#include <QSet>
#include <QTest>

using namespace mailflow;

namespace {

constexpr int basicCodes[] = {211, 214, 220, 221, 235, 250, 251, 252, 334, 354, 421, 450, 451, 452, 455, 500,
                              501, 502, 503, 504, 521, 530, 534, 535, 538, 550, 551, 552, 553, 554, 555, 556};

constexpr MilestoneKind allStages[] = {
    MilestoneKind::Dns,  MilestoneKind::Connect,   MilestoneKind::Ehlo, MilestoneKind::StartTls,
    MilestoneKind::Tls,  MilestoneKind::Auth,      MilestoneKind::Mail, MilestoneKind::Rcpt,
    MilestoneKind::Data, MilestoneKind::EndOfData, MilestoneKind::Quit,
};

constexpr FailureKind allFailures[] = {
    FailureKind::Reply,   FailureKind::HostNotFound,   FailureKind::ConnectionRefused, FailureKind::NetworkUnreachable,
    FailureKind::Timeout, FailureKind::ConnectionLost, FailureKind::ProtocolError,     FailureKind::TlsFailed,
    FailureKind::Aborted, FailureKind::LocalError,
};

/** Every registered subject.detail pair: RFC 3463 and the later registrations the catalogue knows. */
QList<QPair<int, int>> registeredEnhancedCodes()
{
    QList<QPair<int, int>> codes {{0, 0}};
    const int lastDetail[] = {0, 10, 4, 6, 7, 6, 9, 27};
    for (int subject = 1; subject <= 7; ++subject) {
        for (int detail = 0; detail <= lastDetail[subject]; ++detail)
            codes.append({subject, detail});
    }
    codes.append({7, 29});
    codes.append({7, 30});
    return codes;
}

SmtpReply parse(const QByteArray &raw)
{
    return test::parseReply(raw);
}

SmtpReply makeReply(int code, EnhancedStatus status, const QString &text)
{
    SmtpReply reply;
    reply.code = code;
    reply.status = status;
    reply.setLines({(status.isValid() ? QStringLiteral("%1 %2").arg(status.toString(), text) : text)});
    return reply;
}

bool hasPlaceholder(const QString &text)
{
    return text.contains(QLatin1String("%1")) || text.contains(QLatin1String("%2"))
        || text.contains(QLatin1String("%3"));
}

QString describe(const Diagnosis &d)
{
    return QStringLiteral("meaning: \"%1\" / next step: \"%2\"").arg(d.meaning, d.nextStep);
}

} // namespace

class TestReplyCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explain_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("meaningKey");
        QTest::addColumn<QString>("nextKey");

        const auto row
            = [](const char *name, const char *raw, MilestoneKind stage, const char *meaningKey, const char *nextKey) {
                  QTest::newRow(name) << QByteArray(raw) << int(stage) << QString::fromUtf8(meaningKey)
                                      << QString::fromUtf8(nextKey);
              };
        using K = MilestoneKind;

        // Positive replies where the test expects them.
        row("220 greeting", "220 mx.example.test ESMTP Postfix", K::Connect, "ready", "nothing to do");
        row("250 EHLO", "250-mx.example.test\r\n250-SIZE 10240000\r\n250 STARTTLS", K::Ehlo, "extensions",
            "nothing to do");
        row("220 STARTTLS", "220 2.0.0 Ready to start TLS", K::StartTls, "encrypt", "handshake");
        row("235 AUTH", "235 2.7.0 Authentication successful", K::Auth, "succeeded", "nothing to do");
        row("334 AUTH", "334 VXNlcm5hbWU6", K::Auth, "next part", "automatically");
        row("250 MAIL", "250 2.1.0 Ok", K::Mail, "sender", "nothing to do");
        row("250 RCPT", "250 2.1.5 Ok", K::Rcpt, "accepted this recipient", "nothing to do");
        row("252 RCPT", "252 2.1.5 Cannot VRFY user, but will accept message", K::Rcpt, "cannot check", "bounce");
        row("354 DATA", "354 End data with <CR><LF>.<CR><LF>", K::Data, "go ahead", "nothing to do");
        row("250 end of data, Postfix id", "250 2.0.0 Ok: queued as 4F1A2B3C5D", K::EndOfData, "accepted",
            "4F1A2B3C5D");
        row("250 end of data, Exim id", "250 OK id=1qAbCd-000123-Xy", K::EndOfData, "accepted", "1qAbCd-000123-Xy");
        row("250 end of data, no id", "250 2.0.0 Ok", K::EndOfData, "accepted", "queue id");
        row("221 QUIT", "221 2.0.0 Bye", K::Quit, "goodbye", "nothing to do");

        // The greeting.
        row("554 at connect", "554 mx.example.test ESMTP not accepting connections from you", K::Connect,
            "refuses your connection", "blocklist");
        row("554 5.7.1 at connect", "554 5.7.1 Service unavailable", K::Connect, "refuses your connection", "URL");
        row("421 at connect", "421 4.3.2 Service not available, closing transmission channel", K::Connect, "tarpitting",
            "next MX");
        row("521 at connect", "521 5.3.2 mx.example.test does not accept mail", K::Connect, "no mail", "MX");
        row("blocklist words", "554 5.7.1 Client host [127.0.0.2] blocked using zen.spamhaus.org", K::Rcpt, "blocklist",
            "URL");

        // EHLO and STARTTLS.
        row("500 at EHLO", "500 5.5.1 Command unrecognized: \"EHLO mailflow.test\"", K::Ehlo, "ESMTP", "HELO");
        row("502 at EHLO", "502 5.5.2 Error: command not recognized", K::Ehlo, "ESMTP", "HELO");
        row("501 at EHLO", "501 5.5.2 <bad name>: Helo command rejected: Invalid name", K::Ehlo, "EHLO", "host name");
        row("502 at STARTTLS", "502 5.5.1 STARTTLS not supported", K::StartTls, "does not offer STARTTLS",
            "without STARTTLS");
        row("454 at STARTTLS", "454 4.7.0 TLS not available due to local problem", K::StartTls, "temporarily", "later");

        // AUTH.
        row("535 5.7.8", "535 5.7.8 Error: authentication failed: authentication failure", K::Auth,
            "user name and password", "password");
        row("535 5.7.8 mentions app passwords", "535 5.7.8 Username and Password not accepted", K::Auth, "credentials",
            "app password");
        row("535 without enhanced code", "535 Authentication credentials invalid", K::Auth, "password", "full address");
        row("534 5.7.9", "534 5.7.9 Authentication mechanism is too weak", K::Auth, "too weak", "STARTTLS");
        row("538 5.7.11", "538 5.7.11 Encryption required for requested authentication mechanism", K::Auth,
            "encryption", "STARTTLS");
        row("504 at AUTH", "504 5.5.4 Unrecognized authentication type", K::Auth, "mechanism", "AUTH line");
        row("530 5.7.0 STARTTLS first", "530 5.7.0 Must issue a STARTTLS command first", K::Mail, "STARTTLS",
            "STARTTLS");
        row("530 5.7.0 without words", "530 5.7.0 Not permitted", K::Mail, "STARTTLS", "STARTTLS");
        row("530 authentication required", "530 5.7.0 Authentication required", K::Mail, "log in", "password");
        row("5.7.13 account disabled", "535 5.7.13 Account disabled", K::Auth, "disabled", "administrator");

        // MAIL FROM.
        row("5.7.1 at MAIL", "550 5.7.1 Sender rejected by policy", K::Mail, "SPF", "blocklist");
        row("553 at MAIL", "553 Sender address not allowed", K::Mail, "sender", "logged in");
        row("5.1.8 at MAIL", "450 4.1.8 <a@nowhere.test>: Sender address rejected: Domain not found", K::Mail,
            "does not exist", "MX");
        row("552 at MAIL", "552 5.3.4 Message size exceeds fixed limit", K::Mail, "larger", "SIZE");

        // RCPT TO.
        row("5.1.1 at RCPT", "550 5.1.1 <nobody@example.test>: Recipient address rejected: User unknown", K::Rcpt,
            "does not exist", "spelling");
        row("5.1.1 with relay in the text", "550 5.1.1 <x@example.test>: User unknown in relay recipient table",
            K::Rcpt, "does not exist", "spelling");
        row("user unknown without enhanced code", "550 User unknown", K::Rcpt, "does not exist", "spelling");
        row("domain, not mailbox", "550 5.1.2 Domain does not exist", K::Rcpt, "domain", "MX records");
        row("5.7.1 relay access denied", "554 5.7.1 <x@elsewhere.test>: Relay access denied", K::Rcpt, "relay", "MX");
        row("550 5.7.1 at RCPT, no words", "550 5.7.1 Access denied", K::Rcpt, "relay", "authenticate");
        row("relay words without enhanced code", "550 not relaying to that domain", K::Rcpt, "relay", "MX");
        row("Exchange unable to relay", "550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain", K::Rcpt,
            "relay", "MX");
        row("550 at RCPT, bare", "550 Requested action not taken", K::Rcpt, "does not exist", "spelling");
        row("451 at RCPT", "451 4.3.0 Temporary lookup failure", K::Rcpt, "greylist", "minutes");
        row("450 greylisted", "450 4.2.0 <x@example.test>: Recipient address rejected: Greylisted", K::Rcpt, "greylist",
            "not a fault");
        row("451 4.7.1 at RCPT", "451 4.7.1 Please try again later", K::Rcpt, "greylist", "retries");
        row("450 at MAIL", "450 Requested mail action not taken: mailbox unavailable", K::Mail, "greylist", "retries");
        row("452 4.5.3", "452 4.5.3 Error: too many recipients", K::Rcpt, "too many recipients", "fewer");
        row("452 at RCPT", "452 Insufficient system storage", K::Rcpt, "storage", "fewer recipients");
        row("552 5.2.2", "552 5.2.2 <x@example.test>: Mailbox full", K::Rcpt, "full", "room");
        row("550 5.1.10 null MX", "550 5.1.10 Recipient address has null MX", K::Rcpt, "no mail", "another");
        row("556 domain takes no mail", "556 5.1.10 example.test does not accept mail", K::Rcpt, "no mail", "MX");
        row("555 NOTIFY", "555 5.5.4 Unsupported option: NOTIFY=SUCCESS,FAILURE", K::Rcpt, "parameter", "DSN");
        row("551 forward address", "551 5.1.6 User not local; please try <new@example.test>", K::Rcpt,
            "another address", "new@example.test");
        row("551 without enhanced code", "551 User not local; please try <new@example.test>", K::Rcpt,
            "another address", "new@example.test");
        row("5.1.6 moved", "550 5.1.6 Mailbox moved", K::Rcpt, "moved", "new address");
        row("550 with other enhanced code at RCPT", "550 5.2.1 Mailbox disabled", K::Rcpt, "disabled", "another way");
        row("550 5.4.1 at RCPT", "550 5.4.1 Recipient address rejected: Access denied", K::Rcpt,
            "refused this recipient", "reason");
        row("reverse DNS words", "450 4.7.1 Client host rejected: cannot find your hostname, [127.0.0.9]", K::Rcpt,
            "reverse DNS", "PTR");
        row("5.7.25", "550 5.7.25 Rejected", K::Mail, "reverse DNS", "PTR");
        row("5.7.23", "550 5.7.23 Message rejected", K::Mail, "SPF", "SPF record");
        row("spf words", "550 5.7.1 Rejected: SPF fail for sender@example.test", K::Rcpt, "SPF", "SPF record");
        row("rate limit", "421 4.7.0 Too many connections from your IP, try later", K::Connect, "limit", "wait");

        // Sequence and syntax, at any stage.
        row("500 at MAIL", "500 5.5.2 Error: command not recognized", K::Mail, "not recognized", "syntax");
        row("500 at RCPT", "500 Command unrecognized", K::Rcpt, "not recognized", "SMTP server");
        row("501 at MAIL", "501 5.1.7 Bad sender address syntax", K::Mail, "not written correctly", "@");
        row("501 at RCPT", "501 Syntax error in parameters or arguments", K::Rcpt, "syntax", "angle brackets");
        row("502 at MAIL", "502 5.5.1 Command not implemented", K::Mail, "not implement", "EHLO");
        row("503 at RCPT", "503 5.5.1 Error: need MAIL command", K::Rcpt, "MAIL FROM", "MAIL FROM");
        row("503 at DATA", "503 5.5.1 Error: need RCPT command", K::Data, "no recipient", "RCPT TO");
        row("503 at MAIL", "503 Bad sequence of commands", K::Mail, "sequence", "earlier steps");

        // End of data.
        row("552 at end of data", "552 5.3.4 Message size exceeds fixed limit", K::EndOfData, "larger", "SIZE");
        row("552 without enhanced code", "552 Requested mail action aborted: exceeded storage allocation", K::EndOfData,
            "larger", "SIZE");
        row("5.7.1 at end of data", "550 5.7.1 Message rejected as spam by Content Filtering", K::EndOfData, "spam",
            "plain-text");
        row("554 at end of data", "554 5.7.1 Message rejected", K::EndOfData, "refused", "DKIM");
        row("5.7.26 at end of data", "550 5.7.26 Unauthenticated email is not accepted", K::EndOfData, "several",
            "DKIM");
        row("451 at end of data", "451 4.3.0 Error: queue file write error", K::EndOfData, "temporary", "retries");
        row("421 mid-session", "421 4.7.0 mx.example.test Error: too many errors", K::Rcpt, "closing", "later");
        row("5xx at QUIT", "502 5.5.1 QUIT not allowed", K::Quit, "harmless", "nothing to do");
    }
    void explain()
    {
        QFETCH(QByteArray, raw);
        QFETCH(int, stage);
        QFETCH(QString, meaningKey);
        QFETCH(QString, nextKey);
        const SmtpReply reply = parse(raw);
        QVERIFY2(reply.isValid(), raw.constData());
        const Diagnosis d = ReplyCatalog::explain(reply, MilestoneKind(stage));
        QVERIFY2(!d.meaning.isEmpty(), qPrintable(describe(d)));
        QVERIFY2(!d.nextStep.isEmpty(), qPrintable(describe(d)));
        QVERIFY2(d.meaning.contains(meaningKey, Qt::CaseInsensitive), qPrintable(describe(d)));
        QVERIFY2(d.nextStep.contains(nextKey, Qt::CaseInsensitive), qPrintable(describe(d)));
        QVERIFY2(!hasPlaceholder(d.meaning) && !hasPlaceholder(d.nextStep), qPrintable(describe(d)));
    }

    void explainDependsOnStage_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QList<int>>("stages");
        using K = MilestoneKind;
        QTest::newRow("550 5.7.1") << QByteArray("550 5.7.1 Access denied")
                                   << QList<int> {int(K::Connect), int(K::Mail), int(K::Rcpt), int(K::EndOfData)};
        QTest::newRow("500") << QByteArray("500 Command unrecognized") << QList<int> {int(K::Ehlo), int(K::Mail)};
        QTest::newRow("421") << QByteArray("421 Service not available") << QList<int> {int(K::Connect), int(K::Rcpt)};
        QTest::newRow("503") << QByteArray("503 Bad sequence of commands")
                             << QList<int> {int(K::Rcpt), int(K::Data), int(K::Auth)};
        QTest::newRow("250") << QByteArray("250 Ok")
                             << QList<int> {int(K::Ehlo), int(K::Mail), int(K::Rcpt), int(K::EndOfData)};
    }
    void explainDependsOnStage()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QList<int>, stages);
        const SmtpReply reply = parse(raw);
        QSet<QString> meanings;
        for (int stage : stages)
            meanings.insert(ReplyCatalog::explain(reply, MilestoneKind(stage)).meaning);
        QCOMPARE(meanings.size(), stages.size());
    }

    void explainUsesEnhancedCode()
    {
        // Same basic code and stage, different enhanced codes: different explanations.
        const auto at = [](const char *raw) { return ReplyCatalog::explain(parse(raw), MilestoneKind::Rcpt); };
        const Diagnosis unknownUser = at("550 5.1.1 Rejected");
        const Diagnosis full = at("550 5.2.2 Rejected");
        const Diagnosis relay = at("550 5.7.1 Rejected");
        const Diagnosis bare = at("550 Rejected");
        QSet<QString> meanings {unknownUser.meaning, full.meaning, relay.meaning, bare.meaning};
        QCOMPARE(meanings.size(), 4);
        // A detail the catalogue has no row for still names the enhanced code's subject.
        const Diagnosis mediaAtEnd
            = ReplyCatalog::explain(parse("554 5.6.3 Conversion required but not supported"), MilestoneKind::EndOfData);
        QVERIFY2(mediaAtEnd.meaning.contains(QLatin1String("Conversion of the message is needed but not supported")),
                 qPrintable(mediaAtEnd.meaning));
        const Diagnosis unknownDetail = ReplyCatalog::explain(parse("554 5.4.99 Something odd"), MilestoneKind::Data);
        QVERIFY2(unknownDetail.meaning.contains(QLatin1String("routing"), Qt::CaseInsensitive),
                 qPrintable(unknownDetail.meaning));
    }

    void explainEveryCodeAtEveryStage()
    {
        QList<int> codes(std::begin(basicCodes), std::end(basicCodes));
        codes << 299 << 399 << 499 << 599 << 454 << 432;
        const QList<QPair<int, int>> enhanced {{-1, -1}, {0, 0}, {1, 1}, {7, 1}, {7, 8}, {3, 99}};
        for (int code : codes) {
            for (MilestoneKind stage : allStages) {
                for (const auto &[subject, detail] : enhanced) {
                    const int statusClass = code / 100;
                    EnhancedStatus status;
                    if (subject >= 0 && statusClass != 3)
                        status = {statusClass, subject, detail};
                    const SmtpReply reply = makeReply(code, status, QStringLiteral("Server text %1 here"));
                    const Diagnosis d = ReplyCatalog::explain(reply, stage);
                    const QByteArray where = QStringLiteral("%1 %2 at %3: %4")
                                                 .arg(code)
                                                 .arg(status.toString(), Checklist::kindKey(stage), describe(d))
                                                 .toUtf8();
                    QVERIFY2(!d.meaning.isEmpty(), where.constData());
                    if (code >= 400)
                        QVERIFY2(!d.nextStep.isEmpty(), where.constData());
                    QVERIFY2(!hasPlaceholder(d.meaning), where.constData());
                    // The server's own "%1" may appear only where its text is quoted, never as a leftover.
                    QVERIFY2(!d.nextStep.contains(QLatin1String("%2")) && !d.nextStep.contains(QLatin1String("%3")),
                             where.constData());
                }
            }
        }
    }

    void explainKeepsServerTextVerbatim()
    {
        // The server's text goes in as a value: placeholders in it must not be substituted again.
        const Diagnosis d = ReplyCatalog::explain(parse("551 5.1.6 User not local; please try <%1.%3@example.test>"),
                                                  MilestoneKind::Rcpt);
        QVERIFY2(d.nextStep.contains(QLatin1String("<%1.%3@example.test>")), qPrintable(d.nextStep));
    }

    void explainInvalidCode()
    {
        SmtpReply reply;
        reply.code = 0;
        reply.setLines({QStringLiteral("HTTP/1.1 400 Bad Request")});
        const Diagnosis d = ReplyCatalog::explain(reply, MilestoneKind::Connect);
        QVERIFY2(d.meaning.contains(QLatin1String("does not define")), qPrintable(d.meaning));
        QVERIFY2(d.nextStep.contains(QLatin1String("HTTP/1.1 400 Bad Request")), qPrintable(d.nextStep));
    }

    void basicCodeTitles_data()
    {
        QTest::addColumn<int>("code");
        for (int code : basicCodes)
            QTest::addRow("%d", code) << code;
    }
    void basicCodeTitles()
    {
        QFETCH(int, code);
        const QString title = ReplyCatalog::basicCodeTitle(code);
        QVERIFY(!title.isEmpty());
        // A listed code has a sentence of its own, not just the class's.
        QVERIFY2(title != ReplyCatalog::basicCodeTitle(code / 100 * 100 + 98), qPrintable(title));
    }

    void basicCodeTitlesDistinct()
    {
        QSet<QString> titles;
        for (int code : basicCodes)
            titles.insert(ReplyCatalog::basicCodeTitle(code));
        QCOMPARE(titles.size(), int(std::size(basicCodes)));
    }

    void unknownBasicCodes_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("sameClassCode");
        QTest::addColumn<QString>("key");
        QTest::newRow("2xx") << 299 << 288 << QStringLiteral("accepted");
        QTest::newRow("3xx") << 399 << 301 << QStringLiteral("waits");
        QTest::newRow("4xx") << 499 << 477 << QStringLiteral("temporary");
        QTest::newRow("5xx") << 599 << 566 << QStringLiteral("permanent");
    }
    void unknownBasicCodes()
    {
        QFETCH(int, code);
        QFETCH(int, sameClassCode);
        QFETCH(QString, key);
        const QString title = ReplyCatalog::basicCodeTitle(code);
        QVERIFY2(title.contains(key, Qt::CaseInsensitive), qPrintable(title));
        QCOMPARE(ReplyCatalog::basicCodeTitle(sameClassCode), title);
    }

    void basicCodeOutsideClasses()
    {
        QCOMPARE(ReplyCatalog::basicCodeTitle(0), QString());
        QCOMPARE(ReplyCatalog::basicCodeTitle(-250), QString());
        QCOMPARE(ReplyCatalog::basicCodeTitle(199), QString());
        QCOMPARE(ReplyCatalog::basicCodeTitle(600), QString());
        QVERIFY(ReplyCatalog::basicCodeTitle(499) != ReplyCatalog::basicCodeTitle(599));
    }

    void enhancedTitles_data()
    {
        QTest::addColumn<int>("subject");
        QTest::addColumn<int>("detail");
        for (const auto &[subject, detail] : registeredEnhancedCodes())
            QTest::addRow("X.%d.%d", subject, detail) << subject << detail;
    }
    void enhancedTitles()
    {
        QFETCH(int, subject);
        QFETCH(int, detail);
        const QString permanent = ReplyCatalog::enhancedStatusTitle({5, subject, detail});
        QVERIFY(!permanent.isEmpty());
        QVERIFY(EnhancedStatusCatalog::isKnown({5, subject, detail}));
        // The class digit does not change what subject.detail means.
        QCOMPARE(ReplyCatalog::enhancedStatusTitle({4, subject, detail}), permanent);
        QCOMPARE(ReplyCatalog::enhancedStatusTitle({2, subject, detail}), permanent);
        if (detail != 0)
            QVERIFY2(permanent != EnhancedStatusCatalog::subjectTitle(subject), qPrintable(permanent));
    }

    void enhancedTitlesDistinct()
    {
        const auto codes = registeredEnhancedCodes();
        QSet<QString> titles;
        for (const auto &[subject, detail] : codes)
            titles.insert(ReplyCatalog::enhancedStatusTitle({5, subject, detail}));
        QCOMPARE(titles.size(), codes.size());
    }

    void enhancedTitleWords_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("key");
        QTest::newRow("5.1.1") << QStringLiteral("5.1.1") << QStringLiteral("mailbox does not exist");
        QTest::newRow("5.1.10") << QStringLiteral("5.1.10") << QStringLiteral("null MX");
        QTest::newRow("5.2.2") << QStringLiteral("5.2.2") << QStringLiteral("full");
        QTest::newRow("5.3.4") << QStringLiteral("5.3.4") << QStringLiteral("larger");
        QTest::newRow("4.4.7") << QStringLiteral("4.4.7") << QStringLiteral("expired");
        QTest::newRow("5.5.3") << QStringLiteral("5.5.3") << QStringLiteral("too many recipients");
        QTest::newRow("5.7.1") << QStringLiteral("5.7.1") << QStringLiteral("not authorized");
        QTest::newRow("5.7.8") << QStringLiteral("5.7.8") << QStringLiteral("credentials invalid");
        QTest::newRow("5.7.9") << QStringLiteral("5.7.9") << QStringLiteral("too weak");
        QTest::newRow("5.7.11") << QStringLiteral("5.7.11") << QStringLiteral("encryption");
        QTest::newRow("5.7.13") << QStringLiteral("5.7.13") << QStringLiteral("disabled");
        QTest::newRow("5.7.23") << QStringLiteral("5.7.23") << QStringLiteral("SPF");
        QTest::newRow("5.7.24") << QStringLiteral("5.7.24") << QStringLiteral("SPF");
        QTest::newRow("5.7.20") << QStringLiteral("5.7.20") << QStringLiteral("DKIM");
        QTest::newRow("5.7.25") << QStringLiteral("5.7.25") << QStringLiteral("reverse DNS");
        QTest::newRow("5.7.27") << QStringLiteral("5.7.27") << QStringLiteral("null MX");
    }
    void enhancedTitleWords()
    {
        QFETCH(QString, code);
        QFETCH(QString, key);
        const EnhancedStatus status = EnhancedStatus::parse(code);
        QVERIFY(status.isValid());
        const QString title = ReplyCatalog::enhancedStatusTitle(status);
        QVERIFY2(title.contains(key, Qt::CaseInsensitive), qPrintable(title));
    }

    void enhancedFallbacks()
    {
        const QString policy = ReplyCatalog::enhancedStatusTitle({5, 7, 99});
        QVERIFY2(policy.contains(QLatin1String("security"), Qt::CaseInsensitive)
                     && policy.contains(QLatin1String("policy"), Qt::CaseInsensitive),
                 qPrintable(policy));
        QCOMPARE(policy, EnhancedStatusCatalog::subjectTitle(7));
        QVERIFY(!EnhancedStatusCatalog::isKnown({5, 7, 99}));
        QVERIFY2(ReplyCatalog::enhancedStatusTitle({4, 1, 42}).contains(QLatin1String("address"), Qt::CaseInsensitive),
                 qPrintable(ReplyCatalog::enhancedStatusTitle({4, 1, 42})));
        QCOMPARE(ReplyCatalog::enhancedStatusTitle({5, 8, 0}), QString());
        QCOMPARE(ReplyCatalog::enhancedStatusTitle({5, 9, 1}), QString());
        QCOMPARE(ReplyCatalog::enhancedStatusTitle({}), QString());
        QCOMPARE(EnhancedStatusCatalog::subjectTitle(8), QString());
    }

    void explainFailure_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<int>("stage");
        QTest::addColumn<QString>("meaningKey");
        QTest::addColumn<QString>("nextKey");
        const auto row = [](const char *name, FailureKind failure, MilestoneKind stage, const char *meaningKey,
                            const char *nextKey) {
            QTest::newRow(name) << int(failure) << int(stage) << QString::fromUtf8(meaningKey)
                                << QString::fromUtf8(nextKey);
        };
        using F = FailureKind;
        using K = MilestoneKind;
        row("host not found, DNS", F::HostNotFound, K::Dns, "does not exist", "spelling");
        row("host not found, connect", F::HostNotFound, K::Connect, "does not resolve", "DNS server");
        row("DNS timeout", F::Timeout, K::Dns, "DNS server", "port 53");
        row("refused", F::ConnectionRefused, K::Connect, "nothing accepts connections", "port");
        row("refused mentions RST", F::ConnectionRefused, K::Connect, "refused", "reset");
        row("unreachable", F::NetworkUnreachable, K::Connect, "route", "network connection");
        row("timeout at connect", F::Timeout, K::Connect, "drops", "port 25");
        row("timeout at connect: ISP", F::Timeout, K::Connect, "no answer", "internet provider");
        row("timeout at RCPT", F::Timeout, K::Rcpt, "stopped answering", "timeout");
        row("timeout at end of data", F::Timeout, K::EndOfData, "scanning", "duplicate");
        row("timeout at TLS", F::Timeout, K::Tls, "TLS", "implicit TLS");
        row("timeout at QUIT", F::Timeout, K::Quit, "harmless", "nothing to do");
        row("lost mid-DATA", F::ConnectionLost, K::Data, "size limit", "small");
        row("lost after the dot", F::ConnectionLost, K::EndOfData, "content filter", "SIZE");
        row("lost at RCPT", F::ConnectionLost, K::Rcpt, "closed the connection", "421");
        row("lost at connect", F::ConnectionLost, K::Connect, "without greeting", "blocklist");
        row("not SMTP", F::ProtocolError, K::Connect, "SMTP server", "implicit TLS");
        row("not SMTP: HTTP", F::ProtocolError, K::Connect, "not SMTP replies", "web server");
        row("TLS failed", F::TlsFailed, K::Tls, "certificate", "name");
        row("aborted", F::Aborted, K::Rcpt, "stopped", "again");
        row("local error", F::LocalError, K::Data, "this computer", "error message");
        row("unexpected reply", F::Reply, K::Rcpt, "did not expect", "transcript");
    }
    void explainFailure()
    {
        QFETCH(int, failure);
        QFETCH(int, stage);
        QFETCH(QString, meaningKey);
        QFETCH(QString, nextKey);
        const Diagnosis d = ReplyCatalog::explainFailure(FailureKind(failure), MilestoneKind(stage));
        QVERIFY2(d.meaning.contains(meaningKey, Qt::CaseInsensitive), qPrintable(describe(d)));
        QVERIFY2(d.nextStep.contains(nextKey, Qt::CaseInsensitive), qPrintable(describe(d)));
    }

    void failureTextsDependOnStage()
    {
        const Diagnosis connect = ReplyCatalog::explainFailure(FailureKind::Timeout, MilestoneKind::Connect);
        const Diagnosis endOfData = ReplyCatalog::explainFailure(FailureKind::Timeout, MilestoneKind::EndOfData);
        const Diagnosis command = ReplyCatalog::explainFailure(FailureKind::Timeout, MilestoneKind::Mail);
        const Diagnosis greeting = ReplyCatalog::explainGreetingFailure(FailureKind::Timeout);
        QVERIFY(connect.meaning != endOfData.meaning);
        QVERIFY(connect.nextStep != endOfData.nextStep);
        QVERIFY(command.meaning != endOfData.meaning);
        QVERIFY(greeting.meaning != connect.meaning);
        QVERIFY2(greeting.meaning.contains(QLatin1String("tarpit")), qPrintable(greeting.meaning));
        QVERIFY2(greeting.meaning.contains(QLatin1String("overloaded")), qPrintable(greeting.meaning));

        const Diagnosis lostData = ReplyCatalog::explainFailure(FailureKind::ConnectionLost, MilestoneKind::Data);
        const Diagnosis lostMail = ReplyCatalog::explainFailure(FailureKind::ConnectionLost, MilestoneKind::Mail);
        QVERIFY(lostData.meaning != lostMail.meaning);

        // Where the greeting has no text of its own, the connect text applies.
        QCOMPARE(ReplyCatalog::explainGreetingFailure(FailureKind::ProtocolError).meaning,
                 ReplyCatalog::explainFailure(FailureKind::ProtocolError, MilestoneKind::Connect).meaning);
        QVERIFY(ReplyCatalog::explainGreetingFailure(FailureKind::ConnectionLost)
                    .meaning.contains(QLatin1String("without greeting")));
    }

    void everyFailureAtEveryStage()
    {
        for (FailureKind failure : allFailures) {
            for (MilestoneKind stage : allStages) {
                const Diagnosis d = ReplyCatalog::explainFailure(failure, stage);
                const QByteArray where
                    = QStringLiteral("failure %1 at %2").arg(int(failure)).arg(Checklist::kindKey(stage)).toUtf8();
                QVERIFY2(!d.meaning.isEmpty(), where.constData());
                QVERIFY2(!d.nextStep.isEmpty(), where.constData());
                QVERIFY2(!hasPlaceholder(d.meaning) && !hasPlaceholder(d.nextStep), where.constData());
            }
        }
        QVERIFY(ReplyCatalog::explainFailure(FailureKind::None, MilestoneKind::Rcpt).isEmpty());
        QVERIFY(ReplyCatalog::explainGreetingFailure(FailureKind::None).isEmpty());
    }

    void queueId_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("id");
        QTest::newRow("Postfix") << QByteArray("250 2.0.0 Ok: queued as 4F1A2B3C5D") << QStringLiteral("4F1A2B3C5D");
        QTest::newRow("Postfix long id") << QByteArray("250 2.0.0 Ok: queued as 4Vq1Zk3Lw8z3Jq9.")
                                         << QStringLiteral("4Vq1Zk3Lw8z3Jq9");
        QTest::newRow("Exim") << QByteArray("250 OK id=1qAbCd-000123-Xy") << QStringLiteral("1qAbCd-000123-Xy");
        QTest::newRow("Exchange") << QByteArray("250 2.6.0 <a1b2c3@ex01.example.test> [InternalId=123, "
                                                "Hostname=EX01] Queued mail for delivery")
                                  << QStringLiteral("<a1b2c3@ex01.example.test>");
        QTest::newRow("Sendmail") << QByteArray("250 2.0.0 x7H3kL0a012345 Message accepted for delivery")
                                  << QStringLiteral("x7H3kL0a012345");
        QTest::newRow("Gmail") << QByteArray("250 2.0.0 OK  1700000000 a1-20020a05600c.123 - gsmtp")
                               << QStringLiteral("a1-20020a05600c.123");
        QTest::newRow("multiline") << QByteArray("250-Thanks\r\n250 2.0.0 Ok: queued as ABC123")
                                   << QStringLiteral("ABC123");
        QTest::newRow("no id") << QByteArray("250 2.0.0 Ok") << QString();
        QTest::newRow("aiosmtpd") << QByteArray("250 Message accepted for delivery") << QString();
    }
    void queueId()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, id);
        QCOMPARE(ReplyCatalog::queueId(parse(raw)), id);
    }
};

QTEST_GUILESS_MAIN(TestReplyCatalog)
#include "tst_replycatalog.moc"
