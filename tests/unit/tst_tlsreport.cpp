#include "tls/tlsreport.h"

#include <QJsonArray>
#include <QTest>

using namespace mailflow;

class TstTlsReport : public QObject
{
    Q_OBJECT

private:
    static TlsReport report(qint64 daysLeft, bool outdated)
    {
        TlsReport r;
        r.handshakeDone = true;
        r.protocol = outdated ? QStringLiteral("TLSv1.1") : QStringLiteral("TLS 1.3");
        r.protocolOutdated = outdated;
        r.cipher = QStringLiteral("TLS_AES_128_GCM_SHA256");
        r.cipherBits = 128;
        r.connectedName = QStringLiteral("mail.example.com");
        r.sniName = r.connectedName;
        r.nameMatches = true;
        CertificateSummary c;
        c.subject = QStringLiteral("CN=mail.example.com");
        c.notAfter = QDateTime::currentDateTimeUtc().addDays(daysLeft);
        c.daysLeft = daysLeft;
        r.chain << c;
        return r;
    }

private Q_SLOTS:
    void advisories_data()
    {
        QTest::addColumn<qint64>("daysLeft");
        QTest::addColumn<bool>("outdated");
        QTest::addColumn<int>("count");
        QTest::newRow("fine") << qint64(200) << false << 0;
        QTest::newRow("expires-soon") << qint64(29) << false << 1;
        QTest::newRow("thirty-days-is-fine") << qint64(30) << false << 0;
        QTest::newRow("old-protocol") << qint64(200) << true << 1;
        QTest::newRow("both") << qint64(3) << true << 2;
    }
    void advisories()
    {
        QFETCH(qint64, daysLeft);
        QFETCH(bool, outdated);
        QFETCH(int, count);
        const QStringList a = report(daysLeft, outdated).advisories();
        QCOMPARE(a.size(), count);
        if (outdated)
            QVERIFY(a.first().contains(QStringLiteral("older than TLS 1.2")));
    }

    void kinds_data()
    {
        QTest::addColumn<QSslError::SslError>("error");
        QTest::addColumn<QString>("key");
        QTest::newRow("expired") << QSslError::CertificateExpired << QStringLiteral("expired");
        QTest::newRow("self-signed") << QSslError::SelfSignedCertificate << QStringLiteral("self-signed");
        QTest::newRow("self-signed-chain") << QSslError::SelfSignedCertificateInChain << QStringLiteral("self-signed");
        QTest::newRow("unknown") << QSslError::UnableToGetLocalIssuerCertificate << QStringLiteral("unknown-issuer");
        QTest::newRow("name") << QSslError::HostNameMismatch << QStringLiteral("name-mismatch");
        QTest::newRow("future") << QSslError::CertificateNotYetValid << QStringLiteral("not-yet-valid");
        QTest::newRow("revoked") << QSslError::CertificateRevoked << QStringLiteral("revoked");
    }
    void kinds()
    {
        QFETCH(QSslError::SslError, error);
        QFETCH(QString, key);
        QCOMPARE(TlsProblem::kindKey(TlsProblem::kindOf(error)), key);
    }

    void problemsAreGroupedByKind()
    {
        TlsReport r = report(100, false);
        r.problems << TlsProblem {TlsProblem::Kind::UnknownIssuer, QSslError::UnableToGetLocalIssuerCertificate,
                                  QStringLiteral("reason one"), 0}
                   << TlsProblem {TlsProblem::Kind::UnknownIssuer, QSslError::UnableToVerifyFirstCertificate,
                                  QStringLiteral("reason two"), 0}
                   << TlsProblem {TlsProblem::Kind::NameMismatch, QSslError::HostNameMismatch,
                                  QStringLiteral("reason three"), 0};
        const QStringList lines = r.problemLines();
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).contains(QStringLiteral("reason one; reason two")));
        QVERIFY(lines.at(1).contains(QStringLiteral("reason three")));
        QVERIFY(!r.isVerified());
        QVERIFY(r.summary().contains(QStringLiteral("unknown-issuer, name-mismatch")));
        QCOMPARE(r.toJson().value(QStringLiteral("problems")).toArray().size(), 3);
    }

    void describeShowsTheChain()
    {
        const QStringList lines = report(100, false).describe();
        QVERIFY(lines.contains(QStringLiteral("TLS: TLS 1.3, cipher TLS_AES_128_GCM_SHA256 (128 bits)")));
        QVERIFY(lines.contains(QStringLiteral("Server name sent (SNI): mail.example.com")));
        QVERIFY(lines.contains(QStringLiteral("Certificate 0: subject CN=mail.example.com")));
        QVERIFY(lines.contains(QStringLiteral("Verification: passed (the chain leads to a trusted authority).")));
    }
};

QTEST_GUILESS_MAIN(TstTlsReport)
#include "tst_tlsreport.moc"
