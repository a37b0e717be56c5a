// MtaStsCheck against the loopback DNS responder on 127.0.53.43 and a local HTTPS server with a test CA
// serving the policies: modes, MX patterns, a missing policy, a certificate for another name, DANE's note.
#include "checks/mtastscheck.h"
#include "dnsresponder.h"
#include "testcertificates.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTest>

using namespace mailflow;
using namespace Qt::StringLiterals;

namespace {
const QHostAddress responderAddress(u"127.0.53.43"_s);

/** Answers GET /.well-known/mta-sts.txt by the Host header; unknown hosts get 404. */
class PolicyServer : public QSslServer
{
public:
    QHash<QByteArray, QByteArray> policies;
    QStringList hostsAsked;

    PolicyServer()
    {
        connect(this, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = nextPendingConnection()) {
                auto *ssl = static_cast<QSslSocket *>(socket);
                connect(ssl, &QSslSocket::readyRead, ssl, [this, ssl] { onRead(ssl); });
                connect(ssl, &QSslSocket::disconnected, ssl, &QObject::deleteLater);
            }
        });
    }

private:
    void onRead(QSslSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        if (!buffer.contains("\r\n\r\n"))
            return;
        QByteArray host;
        QByteArray path;
        for (const QByteArray &line : buffer.split('\n')) {
            if (line.startsWith("GET "))
                path = line.split(' ').value(1);
            if (line.toLower().startsWith("host:"))
                host = line.mid(5).trimmed().split(':').value(0);
        }
        hostsAsked.append(QString::fromLatin1(host));
        const QByteArray body = path == "/.well-known/mta-sts.txt" ? policies.value(host) : QByteArray();
        const QByteArray status = body.isEmpty() ? "404 Not Found" : "200 OK";
        socket->write("HTTP/1.1 " + status + "\r\nContent-Type: text/plain\r\nContent-Length: "
                      + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        socket->disconnectFromHost();
        m_buffers.remove(socket);
    }

    QHash<QSslSocket *, QByteArray> m_buffers;
};

QString dump(const CheckFindings &findings)
{
    QStringList lines;
    for (const CheckFinding &f : findings)
        lines.append(
            u"[%1] %2 | %3 | %4"_s.arg(checkSeverityKey(f.severity), f.title, f.sentence, f.evidence.join(u"; "_s)));
    return lines.join(u'\n');
}

const CheckFinding *findingTitled(const CheckFindings &findings, const QString &part)
{
    for (const CheckFinding &f : findings)
        if (f.title.contains(part))
            return &f;
    return nullptr;
}
} // namespace

class TestMtaStsCheck : public QObject
{
    Q_OBJECT
private:
    test::DnsResponder m_responder;
    test::TestCertificates m_certificates;
    PolicyServer m_server;
    QList<QSslCertificate> m_ca;

    CheckFindings run(const QString &domain, const QString &testedHost = {}, const TlsReport &tls = {})
    {
        MtaStsCheck check(m_server.serverPort(), m_ca);
        CheckContext context;
        context.host = testedHost;
        context.tls = tls;
        context.recipientDomains = {domain};
        context.dnsServer = responderAddress;
        context.timeoutMs = 5'000;
        QSignalSpy spy(&check, &Check::finished);
        check.start(context);
        [&] {
            QVERIFY2(spy.wait(10'000), "no finished() signal");
            QCOMPARE(spy.size(), 1);
        }();
        CheckFindings findings = spy.isEmpty() ? CheckFindings() : spy.at(0).at(0).value<CheckFindings>();
        // DANE is named as not checked in every outcome, never guessed.
        [&] {
            const CheckFinding *dane = findingTitled(findings, u"DANE"_s);
            QVERIFY2(dane, qPrintable(dump(findings)));
            QCOMPARE(dane->severity, CheckSeverity::Information);
            QVERIFY(dane->sentence.contains(u"cannot ask for TLSA"_s));
        }();
        return findings;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<mailflow::CheckFindings>();
        QVERIFY2(m_certificates.generate(), qPrintable(m_certificates.errorString()));
        test::TestCertificates::Pair pair;
        QVERIFY(m_certificates.issue(u"mtasts"_s,
                                     {u"mta-sts.good.test"_s, u"mta-sts.drift.test"_s, u"mta-sts.testing.test"_s,
                                      u"mta-sts.missing.test"_s, u"mta-sts.badrecord.test"_s},
                                     &pair));
        QFile certFile(pair.certificate);
        QFile keyFile(pair.key);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        ssl.setPrivateKey(QSslKey(&keyFile, QSsl::Ec, QSsl::Pem));
        m_server.setSslConfiguration(ssl);
        m_ca = QSslCertificate::fromPath(m_certificates.caCertificate());
        QCOMPARE(m_ca.size(), 1);
        m_server.policies.insert("mta-sts.good.test",
                                 "version: STSv1\r\nmode: enforce\r\nmx: *.good.test\r\nmax_age: 604800\r\n");
        m_server.policies.insert("mta-sts.drift.test",
                                 "version: STSv1\nmode: enforce\nmx: mx1.drift.test\nmax_age: 86400\n");
        m_server.policies.insert("mta-sts.testing.test",
                                 "version: STSv1\nmode: testing\nmx: mx.testing.test\nmax_age: 86400\n");
        m_server.policies.insert("mta-sts.badcert.test",
                                 "version: STSv1\nmode: enforce\nmx: mx.badcert.test\nmax_age: 86400\n");
        m_server.policies.insert("mta-sts.badrecord.test",
                                 "version: STSv1\nmode: enforce\nmx: mx1.good.test\nmax_age: 86400\n");
        QVERIFY(m_server.listen(QHostAddress(u"127.0.0.1"_s), 0));
        QVERIFY2(m_responder.start(test::DnsResponder::zonePath(u"mtasts.json"_s), responderAddress),
                 qPrintable(m_responder.errorString()));
    }

    void cleanupTestCase() { m_responder.stop(); }

    void enforceAllMatch()
    {
        const CheckFindings findings = run(u"good.test"_s);
        QVERIFY2(findings.size() == 5, qPrintable(dump(findings)));
        QVERIFY(findings.at(0).sentence.contains(u"20260101T000000"_s));
        const CheckFinding *policy = findingTitled(findings, u"MTA-STS policy"_s);
        QCOMPARE(policy->severity, CheckSeverity::Passed);
        QVERIFY2(policy->sentence.contains(u"enforce"_s), qPrintable(policy->sentence));
        QVERIFY(policy->evidence.contains(u"mx: *.good.test"_s));
        const CheckFinding *mx = findingTitled(findings, u"MX hosts"_s);
        QCOMPARE(mx->severity, CheckSeverity::Passed);
        QVERIFY(mx->sentence.contains(u"mx1.good.test, mx2.good.test"_s));
        QVERIFY(m_server.hostsAsked.contains(u"mta-sts.good.test"_s));
    }

    void mxCertificateFromTheSession()
    {
        // No MX host was tested here: said so, not guessed.
        CheckFindings findings = run(u"good.test"_s);
        const CheckFinding *cert = findingTitled(findings, u"MX certificates"_s);
        QVERIFY2(cert, qPrintable(dump(findings)));
        QCOMPARE(cert->severity, CheckSeverity::Information);
        QVERIFY2(cert->sentence.contains(u"not checked"_s), qPrintable(cert->sentence));

        TlsReport tls;
        tls.handshakeDone = true;
        findings = run(u"good.test"_s, u"mx1.good.test"_s, tls);
        cert = findingTitled(findings, u"MX certificates"_s);
        QVERIFY2(cert, qPrintable(dump(findings)));
        QCOMPARE(cert->severity, CheckSeverity::Passed);
        QVERIFY(cert->sentence.contains(u"mx1.good.test"_s));

        TlsProblem problem;
        problem.kind = TlsProblem::Kind::SelfSigned;
        tls.problems << problem;
        findings = run(u"good.test"_s, u"mx1.good.test"_s, tls);
        cert = findingTitled(findings, u"MX certificates"_s);
        QCOMPARE(cert->severity, CheckSeverity::Failure); // mode enforce
        QCOMPARE(cert->who, Actor::RecipientAdministrator);

        // An MX host tested without TLS: not checked either.
        findings = run(u"good.test"_s, u"mx1.good.test"_s, TlsReport {});
        cert = findingTitled(findings, u"MX certificates"_s);
        QCOMPARE(cert->severity, CheckSeverity::Information);
        QVERIFY2(cert->sentence.contains(u"did not use TLS"_s), qPrintable(cert->sentence));
    }

    void enforceMxOutsidePolicy()
    {
        const CheckFindings findings = run(u"drift.test"_s);
        const CheckFinding *mx = findingTitled(findings, u"MX hosts"_s);
        QVERIFY2(mx, qPrintable(dump(findings)));
        QCOMPARE(mx->severity, CheckSeverity::Failure);
        QCOMPARE(mx->who, Actor::RecipientAdministrator);
        QVERIFY(mx->sentence.contains(u"mx.elsewhere.test"_s));
        QVERIFY(!mx->sentence.contains(u"mx1.drift.test"_s));
    }

    void testingMode()
    {
        const CheckFindings findings = run(u"testing.test"_s);
        QCOMPARE(findingTitled(findings, u"MTA-STS policy"_s)->severity, CheckSeverity::Information);
        QVERIFY(findingTitled(findings, u"MTA-STS policy"_s)->sentence.contains(u"testing"_s));
        QCOMPARE(findingTitled(findings, u"MX hosts"_s)->severity, CheckSeverity::Warning);
    }

    void policyMissing()
    {
        const CheckFindings findings = run(u"missing.test"_s);
        const CheckFinding *policy = findingTitled(findings, u"MTA-STS policy"_s);
        QCOMPARE(policy->severity, CheckSeverity::Warning);
        QVERIFY2(policy->sentence.contains(u"HTTP 404"_s), qPrintable(dump(findings)));
    }

    void certificateForAnotherName()
    {
        // The server's certificate does not name mta-sts.badcert.test: the policy must not be used.
        const CheckFindings findings = run(u"badcert.test"_s);
        const CheckFinding *policy = findingTitled(findings, u"MTA-STS policy"_s);
        QCOMPARE(policy->severity, CheckSeverity::Warning);
        QVERIFY2(policy->sentence.contains(u"could not be used"_s), qPrintable(dump(findings)));
    }

    void badRecord()
    {
        const CheckFindings findings = run(u"badrecord.test"_s);
        QCOMPARE(findings.at(0).severity, CheckSeverity::Warning);
        QVERIFY(findings.at(0).sentence.contains(u"not valid"_s));
    }

    void noPolicy()
    {
        const CheckFindings findings = run(u"nosts.test"_s);
        QCOMPARE(findings.size(), 2);
        QCOMPARE(findings.at(0).severity, CheckSeverity::Information);
        QVERIFY(findings.at(0).sentence.contains(u"publishes no MTA-STS policy"_s));
    }
};

QTEST_GUILESS_MAIN(TestMtaStsCheck)
#include "tst_mtastscheck.moc"
