// The TLS choices in the Connect page's Advanced part (versions, ciphers, SNI name): they reach the session's
// options, an unknown cipher or an address as SNI name blocks Next as the command line refuses them, and they go
// into a profile and come back (with the AUTH requirement); an old profile without them loads the defaults.
#include "connectpage.h"
#include "evidence/profile.h"
#include "mainwindow.h"
#include "serverpage.h"
#include "windowchecksettings.h"
#include "wizardfill.h"
#include "wizardpanel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QToolButton>
#include <QtTest>

using namespace mailflow;

class TestTlsChoicesGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    WizardPanel *wizard() const { return m_window->wizard(); }
    ConnectPage *page() const { return wizard()->connectPage(); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        wizard()->serverPage()->hostField()->setText(QStringLiteral("127.0.0.1"));
        page()->advancedButton()->setChecked(true);
    }

    void fill()
    {
        const int index = page()->tlsVersionsBox()->findData(int(TlsVersions::Tls1_3));
        QVERIFY(index >= 0);
        page()->tlsVersionsBox()->setCurrentIndex(index);
        page()->ciphersField()->setText(QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256"));
        page()->sniField()->setText(QStringLiteral("mail.example.test"));
    }

    static void verifyFilled(const TlsOptions &tls)
    {
        QCOMPARE(tls.versions, TlsVersions::Tls1_3);
        QCOMPARE(tls.ciphers, QStringLiteral("ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256"));
        QCOMPARE(tls.sniName, QStringLiteral("mail.example.test"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_tlschoicesgui"));
        QSettings().clear();
        test::loopbackWindowChecks();
    }

    void cleanup() { m_window.reset(); }

    void choicesReachTheSession()
    {
        openWindow();
        QVERIFY(page()->tlsVersionsBox()->isVisibleTo(page()));
        const TlsOptions defaults = wizard()->collectOptions().tls;
        QCOMPARE(defaults.versions, TlsVersions::Any);
        QVERIFY(defaults.ciphers.isEmpty());
        QVERIFY(defaults.sniName.isEmpty());
        fill();
        QVERIFY(page()->isComplete());
        verifyFilled(wizard()->collectOptions().tls);
    }

    void badChoicesBlockNext_data()
    {
        QTest::addColumn<QString>("ciphers");
        QTest::addColumn<QString>("sni");
        QTest::addColumn<QString>("why");
        QTest::newRow("unknown cipher") << QStringLiteral("AES128-SHA:NOT-A-CIPHER") << QString()
                                        << QStringLiteral("NOT-A-CIPHER");
        QTest::newRow("address as SNI") << QString() << QStringLiteral("192.0.2.1") << QStringLiteral("host name");
    }

    void badChoicesBlockNext()
    {
        QFETCH(QString, ciphers);
        QFETCH(QString, sni);
        QFETCH(QString, why);
        openWindow();
        page()->ciphersField()->setText(ciphers);
        page()->sniField()->setText(sni);
        QVERIFY(!page()->isComplete());
        const auto *problem = page()->findChild<QLabel *>(QStringLiteral("tlsChoiceProblem"));
        QVERIFY(problem);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(why), qPrintable(problem->text()));
        page()->ciphersField()->clear();
        page()->sniField()->clear();
        QVERIFY(page()->isComplete());
        QVERIFY(problem->isHidden());
    }

    void profileSavesAndLoadsThem()
    {
        openWindow();
        fill();
        Profile profile;
        profile.name = QStringLiteral("tls");
        profile.session = wizard()->collectOptions();
        profile.session.recipients = {Recipient {QStringLiteral("h@example.test"), {}, {}}};
        profile.session.auth.mechanism = AuthMechanism::Auto;
        profile.session.auth.user = QStringLiteral("gina");
        profile.session.auth.requirement = AuthRequirement::OptionalStrict;
        const ProfileParseResult parsed = parseProfile(profileToBytes(profile), QStringLiteral("tls.json"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        verifyFilled(parsed.profile.session.tls);
        QCOMPARE(parsed.profile.session.auth.requirement, AuthRequirement::OptionalStrict);

        openWindow();
        fillWizard(wizard(), m_window->session(), parsed.profile.session);
        verifyFilled(wizard()->collectOptions().tls);
    }

    void oldProfileLoadsTheDefaults()
    {
        openWindow();
        fill();
        const ProfileParseResult parsed = parseProfile(
            R"({"format":"mailflow-profile","version":2,"target":{"host":"127.0.0.1","port":25},"mailFrom":"a@example.com","security":{"tls":"implicit"},"auth":{"mechanism":"plain","user":"u"}})",
            QStringLiteral("old.json"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.profile.session.auth.requirement, AuthRequirement::Required);
        fillWizard(wizard(), m_window->session(), parsed.profile.session);
        const TlsOptions tls = wizard()->collectOptions().tls;
        QCOMPARE(tls.mode, TlsMode::Implicit);
        QCOMPARE(tls.versions, TlsVersions::Any);
        QVERIFY(tls.ciphers.isEmpty());
        QVERIFY(tls.sniName.isEmpty());
    }
};

QTEST_MAIN(TestTlsChoicesGui)
#include "tst_tlschoicesgui.moc"
