// --auth-optional and --auth-optional-strict against aiosmtpd (swaks -ao / -aos): AUTH not offered or
// refused lets the test go on unauthenticated, and the checklist row says so; the strict form fails a
// refused login.
#include "aiosmtpdfixture.h"
#include "clirun.h"
#include "diagnosis/exitcodes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;
using namespace mailflow::test;

namespace {
const QString User = QStringLiteral("erin");
const QString Password = QStringLiteral("right horse");
} // namespace

class TstAuthOptional : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QStringList arguments(quint16 port, const QString &password, const QString &requirement) const
    {
        const QString file = m_dir.filePath(QStringLiteral("password"));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(password.toUtf8() + '\n');
        QStringList a {QStringLiteral("--server"),
                       QStringLiteral("127.0.0.1:%1").arg(port),
                       QStringLiteral("--from"),
                       QStringLiteral("erin@example.test"),
                       QStringLiteral("--to"),
                       QStringLiteral("frank@example.test"),
                       QStringLiteral("--tls"),
                       QStringLiteral("off"),
                       QStringLiteral("--auth-user"),
                       User,
                       QStringLiteral("--auth-password-file"),
                       file,
                       QStringLiteral("--auth-allow-plaintext"),
                       QStringLiteral("--timeout"),
                       QStringLiteral("10")};
        if (!requirement.isEmpty())
            a << requirement;
        return a;
    }

private Q_SLOTS:
    void goesOnOrFails_data()
    {
        QTest::addColumn<bool>("offered");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("requirement");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("delivered");
        QTest::addColumn<QString>("authUser");
        QTest::addColumn<QString>("row");

        const QString optional = QStringLiteral("--auth-optional");
        const QString strict = QStringLiteral("--auth-optional-strict");
        const QString goesOn = QStringLiteral("going on without logging in");
        QTest::newRow("optional, not offered")
            << false << Password << optional << int(ExitOk) << true << QString() << QStringLiteral("AUTH not offered");
        QTest::newRow("optional, refused")
            << true << QStringLiteral("wrong") << optional << int(ExitOk) << true << QString() << goesOn;
        QTest::newRow("optional, accepted") << true << Password << optional << int(ExitOk) << true << User << QString();
        QTest::newRow("strict, not offered")
            << false << Password << strict << int(ExitOk) << true << QString() << QStringLiteral("AUTH not offered");
        QTest::newRow("strict, refused") << true << QStringLiteral("wrong") << strict << int(ExitAuth) << false
                                         << QString() << QString();
        QTest::newRow("required, not offered")
            << false << Password << QString() << int(ExitAuth) << false << QString() << QString();
    }

    void goesOnOrFails()
    {
        QFETCH(bool, offered);
        QFETCH(QString, password);
        QFETCH(QString, requirement);
        QFETCH(int, exitCode);
        QFETCH(bool, delivered);
        QFETCH(QString, authUser);
        QFETCH(QString, row);

        AiosmtpdFixture server;
        if (offered)
            server.setAuth(User, Password, true);
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        const CliResult r = runCli(arguments(server.port(), password, requirement));
        QVERIFY2(r.finished, qPrintable(describe(r)));
        QVERIFY2(r.exitCode == exitCode, qPrintable(describe(r)));
        QCOMPARE(server.messages().size(), delivered ? 1 : 0);
        if (delivered)
            QCOMPARE(server.messages().first().authUser, authUser);
        if (!row.isEmpty()) {
            const QString out = QString::fromUtf8(r.out);
            const qsizetype checklist = out.indexOf(QStringLiteral("Checklist:"));
            QVERIFY2(checklist >= 0 && out.indexOf(row, checklist) > 0, qPrintable(describe(r)));
        }
        QVERIFY2(!r.out.contains(Password.toUtf8()), "the password is never shown");
    }

    void needsAuthUser()
    {
        const CliResult r
            = runCli({QStringLiteral("--server"), QStringLiteral("127.0.0.1:9"), QStringLiteral("--quit-after"),
                      QStringLiteral("ehlo"), QStringLiteral("--auth-optional")});
        QCOMPARE(r.exitCode, int(ExitBadInput));
        QVERIFY2(r.err.contains("need --auth-user"), qPrintable(describe(r)));
    }
};

QTEST_GUILESS_MAIN(TstAuthOptional)
#include "tst_authoptional.moc"
