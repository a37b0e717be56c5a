// What mailflow-cli loads: a plain test maps Qt Core and Network only — no Qt Gui (the PDF writer is
// a module loaded for a .pdf), no TLS library (loaded for a test that uses TLS). Read from the
// dynamic linker's own account of every library it loads (LD_DEBUG=files), dlopen included.
#include "clirun.h"
#include "smtpsinkfixture.h"
#include "testpaths.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using mailflow::test::SmtpSinkFixture;

class TestCliStartup : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run
    {
        int exitCode = -1;
        QByteArray loaded; ///< the dynamic linker's "file=…" lines
    };
    Run runCli(const QStringList &args)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.path());
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LD_DEBUG"), QStringLiteral("files"));
        cli.setProcessEnvironment(env);
        cli.start(mailflow::test::cliPath(), mailflow::test::loopbackChecks(args));
        Run r;
        if (!cli.waitForFinished(60000)) {
            cli.kill();
            cli.waitForFinished();
        }
        r.exitCode = cli.exitStatus() == QProcess::NormalExit ? cli.exitCode() : -1;
        for (const QByteArray &line : cli.readAllStandardError().split('\n'))
            if (line.contains("file="))
                r.loaded += line + '\n';
        return r;
    }
    static QStringList testArgs(quint16 port)
    {
        return {QStringLiteral("--no-history"),
                QStringLiteral("--server"),
                QStringLiteral("127.0.0.1:%1").arg(port),
                QStringLiteral("--from"),
                QStringLiteral("sender@test.example"),
                QStringLiteral("--to"),
                QStringLiteral("rcpt@test.example"),
                QStringLiteral("--timeout"),
                QStringLiteral("10")};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void plainTestLoadsNeitherGuiNorTls()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const Run r = runCli(testArgs(sink.port()));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.loaded.contains("libQt6Network"), r.loaded.constData()); // the account is there at all
        QVERIFY2(!r.loaded.contains("libQt6Gui"), r.loaded.constData());
        QVERIFY2(!r.loaded.contains("libssl"), r.loaded.constData());
        QVERIFY2(!r.loaded.contains("plugins/tls"), r.loaded.constData());
    }

    void pdfLoadsTheWriterModule()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        const Run r = runCli(testArgs(sink.port()) + QStringList {QStringLiteral("--save"), pdf});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.loaded.contains("mailflow-cli-pdf.so") && r.loaded.contains("libQt6Gui"), r.loaded.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
    }
};

QTEST_GUILESS_MAIN(TestCliStartup)
#include "tst_clistartup.moc"
