// What makes Mailflow a desktop program: its icons, the About dialog, the language choice (window
// setting and --lang), and accessible names where a label alone does not reach a screen reader.
#include "aboutdialog.h"
#include "base/languages.h"
#include "clirun.h"
#include "preferencesdialog.h"
#include "serverpage.h"
#include "smtp/smtpsession.h"
#include "smtp/sockettransport.h"
#include "statusicons.h"

#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QtTest>

using namespace mailflow;
using namespace mailflow::test;

class TestDesktop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_desktop"));
        QCoreApplication::setApplicationVersion(QStringLiteral(MAILFLOW_VERSION));
        QSettings().clear();
    }

    void applicationIconHasEverySize()
    {
        const QIcon icon = StatusIcons::applicationIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32, 48, 64, 128, 256, 512}) {
            const QPixmap pixmap = icon.pixmap(size, size);
            QCOMPARE(pixmap.width(), size);
            // Drawn, not empty: the envelope's blue fills the middle.
            QVERIFY(pixmap.toImage().pixelColor(size / 2, size / 2).alpha() > 0);
        }
    }

    void stateIconsDifferByShape()
    {
        const MilestoneState states[] = {MilestoneState::Pending, MilestoneState::Running, MilestoneState::Passed,
                                         MilestoneState::Warning, MilestoneState::Failed,  MilestoneState::Skipped};
        QList<QImage> seen;
        for (MilestoneState state : states) {
            const QIcon icon = StatusIcons::stateIcon(state);
            QVERIFY(!icon.isNull());
            // In grey, so that a difference in colour alone does not count.
            const QImage image = icon.pixmap(32, 32).toImage().convertToFormat(QImage::Format_Grayscale8);
            QCOMPARE(image.width(), 32);
            for (const QImage &other : std::as_const(seen))
                QVERIFY(image != other);
            seen << image;
        }
    }

    void aboutNamesVersionQtLicenceAndData()
    {
        AboutDialog about;
        QStringList texts;
        for (const QLabel *label : about.findChildren<QLabel *>())
            texts << label->text();
        const QString all = texts.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral(MAILFLOW_VERSION)), qPrintable(all));
        QVERIFY(all.contains(QString::fromLatin1(qVersion())));
        QVERIFY(all.contains(QStringLiteral("General Public License")));
        QVERIFY(all.contains(QStringLiteral("history.sqlite")));
        QVERIFY(all.contains(QSettings().fileName()));
    }

    void languageSettingRoundTrips()
    {
        QCOMPARE(availableLanguages().constFirst(), QStringLiteral("en"));
        QCOMPARE(chooseLanguage(QStringLiteral("en")), QStringLiteral("en"));
        QVERIFY(availableLanguages().contains(chooseLanguage(QStringLiteral("xx"))));
        {
            PreferencesDialog dialog(HistoryLimits {});
            QCOMPARE(dialog.language(), QString());
            QComboBox *box = dialog.languageBox();
            QCOMPARE(box->count(), 1 + availableLanguages().size());
            box->setCurrentIndex(box->findData(QStringLiteral("en")));
            QSettings settings;
            saveLanguageSetting(settings, dialog.language());
        }
        QCOMPARE(loadLanguageSetting(QSettings()), QStringLiteral("en"));
        PreferencesDialog again(HistoryLimits {});
        QCOMPARE(again.language(), QStringLiteral("en"));
    }

    void languageFromTheCommandLine()
    {
        char program[] = "mailflow-cli";
        char lang[] = "--lang";
        char code[] = "de";
        char joined[] = "--lang=fr";
        char dashes[] = "--";
        char *separate[] = {program, lang, code};
        QCOMPARE(languageFromArguments(3, separate), QStringLiteral("de"));
        char *inOne[] = {program, joined};
        QCOMPARE(languageFromArguments(2, inOne), QStringLiteral("fr"));
        char *afterDashes[] = {program, dashes, joined};
        QCOMPARE(languageFromArguments(3, afterDashes), QString());

        const CliResult english = runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")});
        QVERIFY2(english.finished && english.exitCode == 0, qPrintable(describe(english)));
        QVERIFY(english.out.contains("--lang <code>"));
        const CliResult unknown = runCli(
            {QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("-s"), QStringLiteral("127.0.0.1")});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("unknown language \"xx\""), qPrintable(describe(unknown)));
    }

    void portFieldIsNamedNotReadByValue()
    {
        SocketTransport transport;
        SmtpSession session(&transport);
        ServerPage page(&session);
        auto *port = page.findChild<QComboBox *>(QStringLiteral("portBox"));
        QVERIFY(port);
        QCOMPARE(port->accessibleName(), QStringLiteral("Port"));
        QCOMPARE(port->lineEdit()->accessibleName(), QStringLiteral("Port"));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
