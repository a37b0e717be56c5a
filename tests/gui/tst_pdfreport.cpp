// The PDF report on A4 and Letter: read back with poppler's pdftotext (the words as laid out) and
// pdftoppm (the pages as pictures), both from poppler-utils.

#include "pdf/pdfreport.h"
#include "samplereport.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mailflow;

namespace {
/** A report as a helpdesk meets one: STARTTLS, AUTH, a refused recipient, long server lines. */
ReportData realisticReport()
{
    ReportData d = test::sampleReport();
    TranscriptEntry longLine = d.transcript.last();
    longLine.direction = TranscriptEntry::Direction::Server;
    longLine.text
        = QStringLiteral("550-5.7.1 [203.0.113.25] The IP you're using to send mail is not authorized to send "
                         "email directly to our servers. Please use the SMTP relay at your service provider "
                         "instead. For more information see https://support.example.com/answer/10336");
    d.transcript.append(longLine);
    return d;
}

QString run(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000))
        process.kill();
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestPdfReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QFile::exists(QStringLiteral("/usr/bin/pdftotext")) || !QFile::exists(QStringLiteral("/usr/bin/pdftoppm")))
            QFAIL("poppler-utils is not installed (tools/setup.sh installs it)");
    }

    void layoutUsesThePage_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842");
        QTest::newRow("Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792");
    }
    void layoutUsesThePage()
    {
        QFETCH(int, pageSize);
        QFETCH(QString, size);
        const ReportData d = realisticReport();
        const QByteArray pdf = renderPdfReport(d, QPageSize(QPageSize::PageSizeId(pageSize)));
        QVERIFY(pdf.startsWith("%PDF-"));
        // Kept beside the test for a look (pdftoppm -png -r 60 …); not part of the sources.
        const QString path
            = QDir(QCoreApplication::applicationDirPath())
                  .filePath(QStringLiteral("report-%1.pdf").arg(QString::fromLatin1(QTest::currentDataTag())));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(pdf), pdf.size());
        file.close();

        int code = -1;
        const QString info = run(QStringLiteral("/usr/bin/pdfinfo"), {path}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(info.contains(size), qPrintable(info));
        const QString text
            = run(QStringLiteral("/usr/bin/pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")}, &code);
        QCOMPARE(code, 0);
        const QStringList lines = text.split(u'\n');
        const auto lineWith = [&](const QString &needle) {
            for (const QString &line : lines) {
                if (line.contains(needle))
                    return line;
            }
            return QString();
        };
        // The verdict sentence fits on one line: the banner spans the page, it is not squeezed into a column.
        QVERIFY2(!lineWith(d.outcome.sentence.left(60)).isEmpty(), qPrintable(text));
        // Addresses and host names are never broken inside a word.
        for (const QString &word : {QStringLiteral("nobody@example.com"), QStringLiteral("mx1.example.com"),
                                    d.certificateFingerprint.left(47)})
            QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral("\n") + text));
        // The transcript is one monospace block over the page width: a long server line takes few lines.
        const QString longStart = QStringLiteral("550-5.7.1 [203.0.113.25] The IP you're using");
        QVERIFY2(!lineWith(longStart).isEmpty(), qPrintable(text));
        // Every section is there.
        for (const QString &heading : {QStringLiteral("Checklist"), QStringLiteral("TLS"), QStringLiteral("DNS"),
                                       QStringLiteral("Transcript"), QStringLiteral("Environment")})
            QVERIFY2(text.contains(heading), qPrintable(heading));

        QTemporaryDir pictures;
        run(QStringLiteral("/usr/bin/pdftoppm"),
            {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
             pictures.filePath(QStringLiteral("page"))},
            &code);
        QCOMPARE(code, 0);
        const QStringList pages = QDir(pictures.path()).entryList({QStringLiteral("page*.png")});
        QVERIFY(!pages.isEmpty());
        QVERIFY2(pages.size() <= 4, qPrintable(QString::number(pages.size())));
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"
