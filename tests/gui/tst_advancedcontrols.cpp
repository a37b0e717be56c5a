// The Advanced parts of the Connect, Envelope and Message pages: address family, local address, SOCKS5, the PROXY
// header, XCLIENT and attachments reach the session's options, are checked as the command line checks them, and
// go into a profile and come back (the SOCKS5 password never does).
#include "advancedsection.h"
#include "connectioncontrols.h"
#include "connectpage.h"
#include "envelopepage.h"
#include "evidence/profile.h"
#include "guihelpers.h"
#include "mainwindow.h"
#include "messagepage.h"
#include "recipientrow.h"
#include "serverpage.h"
#include "smtp/smtpsession.h"
#include "windowchecksettings.h"
#include "wizardfill.h"
#include "wizardpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QtTest>

using namespace mailflow;
using namespace mailflow::test;

class TestAdvancedControls : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;
    WizardPanel *wizard() const { return m_window->wizard(); }
    ConnectionControls *controls() const { return wizard()->connectPage()->connectionControls(); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1024, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        wizard()->serverPage()->hostField()->setText(QStringLiteral("127.0.0.1"));
        wizard()->connectPage()->connectionSection()->setOpen(true);
    }

    static void select(QComboBox *box, int value)
    {
        const int index = box->findData(value);
        QVERIFY(index >= 0);
        box->setCurrentIndex(index);
    }

    /** A reason label on page, not hidden, that says why (the page itself need not be showing). */
    static bool showsReason(QWidget *page, const QString &why)
    {
        for (const QLabel *label : page->findChildren<QLabel *>()) {
            if (!label->isHidden() && label->text().contains(why))
                return true;
        }
        return false;
    }

    void fillEverything()
    {
        wizard()->envelopePage()->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        wizard()->envelopePage()->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
        select(controls()->familyBox(), int(AddressFamily::Any));
        controls()->localAddressField()->setText(QStringLiteral("127.0.0.1:2525"));
        controls()->socks5Field()->setText(QStringLiteral("127.0.0.1:1081"));
        controls()->socks5UserField()->setText(QStringLiteral("tester"));
        controls()->socks5PasswordField()->setText(QStringLiteral("proxy-secret"));
        select(controls()->proxyVersionBox(), int(ProxyVersion::V2));
        controls()->proxySourceField()->setText(QStringLiteral("[2001:db8::7]:4000"));
        controls()->proxyDestField()->setText(QStringLiteral("[2001:db8::25]:587"));
        wizard()->envelopePage()->xclientField()->setText(
            QStringLiteral("addr=192.0.2.9,NAME=client.example;HELO=forged.example"));
        wizard()->messagePage()->setAttachments({QStringLiteral("/tmp/one.pdf"), QStringLiteral("/tmp/two.txt")});
    }

    static void verifyEverything(const SessionOptions &o)
    {
        QCOMPARE(o.connection.family, AddressFamily::Any);
        QCOMPARE(o.connection.localAddress, QStringLiteral("127.0.0.1"));
        QCOMPARE(o.connection.localPort, quint16(2525));
        QCOMPARE(o.connection.proxyHost, QStringLiteral("127.0.0.1"));
        QCOMPARE(o.connection.proxyPort, quint16(1081));
        QCOMPARE(o.connection.proxyUser, QStringLiteral("tester"));
        QCOMPARE(o.connection.proxyHeader.version, ProxyVersion::V2);
        QCOMPARE(o.connection.proxyHeader.sourceAddress, QStringLiteral("2001:db8::7"));
        QCOMPARE(o.connection.proxyHeader.sourcePort, quint16(4000));
        QCOMPARE(o.connection.proxyHeader.destAddress, QStringLiteral("2001:db8::25"));
        QCOMPARE(o.connection.proxyHeader.destPort, quint16(587));
        const QList<XclientAttribute> xclient {{QStringLiteral("ADDR"), QStringLiteral("192.0.2.9")},
                                               {QStringLiteral("NAME"), QStringLiteral("client.example")},
                                               {QStringLiteral("HELO"), QStringLiteral("forged.example"), 1}};
        QCOMPARE(o.xclient, xclient);
        QCOMPARE(o.message.attachments, QStringList({QStringLiteral("/tmp/one.pdf"), QStringLiteral("/tmp/two.txt")}));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_advancedcontrols"));
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
    }

    void cleanup() { m_window.reset(); }

    void controlsReachTheSession()
    {
        openWindow();
        // Hidden until the Advanced part is opened, like the LMTP box.
        wizard()->connectPage()->connectionSection()->setOpen(false);
        QVERIFY(!controls()->familyBox()->isVisibleTo(wizard()->connectPage()));
        wizard()->connectPage()->connectionSection()->setOpen(true);
        QVERIFY(controls()->familyBox()->isVisibleTo(wizard()->connectPage()));
        const SessionOptions defaults = wizard()->collectOptions();
        QCOMPARE(defaults.connection, ConnectionOptions {});
        QVERIFY(defaults.xclient.isEmpty());
        QVERIFY(defaults.message.attachments.isEmpty());
        QVERIFY(!controls()->socks5UserField()->isEnabled());
        QVERIFY(!controls()->proxySourceField()->isEnabled());
        QVERIFY(!controls()->proxyDestField()->isEnabled());

        fillEverything();
        QVERIFY(controls()->socks5UserField()->isEnabled());
        QVERIFY(controls()->proxySourceField()->isEnabled());
        QVERIFY(controls()->proxyDestField()->isEnabled());
        verifyEverything(wizard()->collectOptions());
        QCOMPARE(wizard()->connectPage()->credentials().proxyPassword, QStringLiteral("proxy-secret"));

        // The family on its own (no proxy), as -6 sets it.
        controls()->socks5Field()->clear();
        controls()->localAddressField()->setText(QStringLiteral("::1"));
        select(controls()->familyBox(), int(AddressFamily::IPv6));
        const SessionOptions v6 = wizard()->collectOptions();
        QCOMPARE(v6.connection.family, AddressFamily::IPv6);
        QCOMPARE(v6.connection.localAddress, QStringLiteral("::1"));
        QCOMPARE(v6.connection.localPort, quint16(0));
        QVERIFY(!v6.connection.usesProxy());
        QVERIFY(v6.connection.proxyUser.isEmpty());
        QVERIFY(wizard()->connectPage()->credentials().proxyPassword.isEmpty());

        // A complete message from a file carries no attachments (--attach refuses --raw-message the same way).
        wizard()->messagePage()->fileBox()->setChecked(true);
        QVERIFY(wizard()->collectOptions().message.attachments.isEmpty());
        QVERIFY(!wizard()->messagePage()->attachmentList()->isEnabled());
    }

    void attachmentsAddedAndRemoved()
    {
        openWindow();
        MessagePage *message = wizard()->messagePage();
        message->setAttachments({QStringLiteral("/tmp/a.bin"), QStringLiteral("/tmp/b.bin")});
        QVERIFY(!message->removeAttachmentButton()->isEnabled());
        message->attachmentList()->setCurrentRow(0);
        QVERIFY(message->removeAttachmentButton()->isEnabled());
        message->removeAttachmentButton()->click();
        QCOMPARE(wizard()->collectOptions().message.attachments, QStringList {QStringLiteral("/tmp/b.bin")});
    }

    void invalidValuesBlockNext_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("family");
        QTest::addColumn<int>("proxy");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("reason");
        const int any = int(AddressFamily::Any);
        const int v1 = int(ProxyVersion::V1);
        QTest::newRow("local not an address")
            << QStringLiteral("localAddressField") << any << v1 << QStringLiteral("mail.example.com")
            << QStringLiteral("Give an IP address of this computer");
        QTest::newRow("local not this computer's")
            << QStringLiteral("localAddressField") << any << v1 << QStringLiteral("192.0.2.1")
            << QStringLiteral("is not an address of this computer");
        QTest::newRow("local of the other family")
            << QStringLiteral("localAddressField") << int(AddressFamily::IPv6) << v1 << QStringLiteral("127.0.0.1")
            << QStringLiteral("is not of the chosen address family");
        QTest::newRow("socks5 without port") << QStringLiteral("socks5Field") << any << v1
                                             << QStringLiteral("127.0.0.1") << QStringLiteral("Give HOST:PORT");
        QTest::newRow("socks5 with a family")
            << QStringLiteral("socks5Field") << int(AddressFamily::IPv4) << v1 << QStringLiteral("127.0.0.1:1080")
            << QStringLiteral("leave the address family automatic");
        QTest::newRow("proxy source a name")
            << QStringLiteral("proxySourceField") << any << v1 << QStringLiteral("client.example:25")
            << QStringLiteral("ADDR:PORT or [IPv6]:PORT");
        QTest::newRow("proxy destination without port")
            << QStringLiteral("proxyDestField") << any << v1 << QStringLiteral("192.0.2.25")
            << QStringLiteral("ADDR:PORT or [IPv6]:PORT");
    }

    void invalidValuesBlockNext()
    {
        QFETCH(QString, field);
        QFETCH(int, family);
        QFETCH(int, proxy);
        QFETCH(QString, value);
        QFETCH(QString, reason);
        openWindow();
        click(wizard()->nextButton());
        QCOMPARE(wizard()->currentPage(), int(WizardPanel::Connect));
        ConnectPage *page = wizard()->connectPage();
        QVERIFY(wizard()->nextButton()->isEnabled());
        select(controls()->familyBox(), family);
        select(controls()->proxyVersionBox(), proxy);
        auto *edit = page->findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->setText(value);
        QVERIFY(!page->isComplete());
        QVERIFY(!wizard()->nextButton()->isEnabled());
        QVERIFY2(showsReason(page, reason), qPrintable(reason));
        edit->clear();
        QVERIFY(page->isComplete());
        QVERIFY(wizard()->nextButton()->isEnabled());
    }

    void proxySourceIgnoredWithoutHeader()
    {
        openWindow();
        select(controls()->proxyVersionBox(), int(ProxyVersion::V1));
        controls()->proxySourceField()->setText(QStringLiteral("nonsense"));
        QVERIFY(!wizard()->connectPage()->isComplete());
        select(controls()->proxyVersionBox(), int(ProxyVersion::Off));
        QVERIFY(wizard()->connectPage()->isComplete());
        QCOMPARE(wizard()->collectOptions().connection.proxyHeader, ProxyHeaderOptions {});
    }

    void proxyDestinationOfTheSourcesFamily()
    {
        openWindow();
        select(controls()->proxyVersionBox(), int(ProxyVersion::V2));
        controls()->proxyDestField()->setText(QStringLiteral("[2001:db8::25]:25"));
        QVERIFY(wizard()->connectPage()->isComplete());
        // The check runs again when the source changes, as --proxy-dest checks both together.
        controls()->proxySourceField()->setText(QStringLiteral("192.0.2.7:4000"));
        QVERIFY(!wizard()->connectPage()->isComplete());
        QVERIFY(showsReason(wizard()->connectPage(), QStringLiteral("must be of one family")));
        controls()->proxyDestField()->setText(QStringLiteral("192.0.2.25:25"));
        QVERIFY(wizard()->connectPage()->isComplete());
        const ProxyHeaderOptions header = wizard()->collectOptions().connection.proxyHeader;
        QCOMPARE(header.destAddress, QStringLiteral("192.0.2.25"));
        QCOMPARE(header.destPort, quint16(25));
    }

    void invalidXclientBlocksTheEnvelope()
    {
        openWindow();
        EnvelopePage *envelope = wizard()->envelopePage();
        envelope->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        envelope->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
        QVERIFY(envelope->isComplete());
        envelope->xclientField()->setText(QStringLiteral("SIZE=12"));
        QVERIFY(!envelope->isComplete());
        envelope->xclientField()->setText(QStringLiteral("ADDR"));
        QVERIFY(!envelope->isComplete());
        QVERIFY(showsReason(envelope, QStringLiteral("is not NAME=VALUE")));
        envelope->xclientField()->setText(QStringLiteral("ADDR=192.0.2.1"));
        QVERIFY(envelope->isComplete());
    }

    void xclientNeedsALateEnoughStop()
    {
        openWindow();
        EnvelopePage *envelope = wizard()->envelopePage();
        envelope->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        envelope->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
        select(wizard()->stopBox(), int(StopPoint::Ehlo));
        QVERIFY(wizard()->runButton()->isEnabled());
        envelope->xclientField()->setText(QStringLiteral("ADDR=192.0.2.1;HELO=forged"));
        QVERIFY(envelope->isComplete());
        QTRY_VERIFY(!wizard()->runButton()->isEnabled());
        QVERIFY2(wizard()->statusLabel()->text().contains(u"XCLIENT"), qPrintable(wizard()->statusLabel()->text()));
        select(wizard()->stopBox(), int(StopPoint::Mail));
        QVERIFY(wizard()->runButton()->isEnabled());
        QVERIFY(wizard()->statusLabel()->text().isEmpty());
    }

    void profileSavesAndLoadsThem()
    {
        openWindow();
        fillEverything();
        Profile profile;
        profile.name = QStringLiteral("advanced");
        profile.session = wizard()->collectOptions();
        const QByteArray bytes = profileToBytes(profile);
        QVERIFY2(!bytes.contains("proxy-secret"), bytes.constData());
        const ProfileParseResult parsed = parseProfile(bytes, QStringLiteral("advanced.json"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        verifyEverything(parsed.profile.session);

        openWindow(); // a fresh window: nothing typed before
        fillWizard(wizard(), m_window->session(), parsed.profile.session);
        verifyEverything(wizard()->collectOptions());
        QCOMPARE(controls()->socks5UserField()->text(), QStringLiteral("tester"));
        QVERIFY(controls()->socks5PasswordField()->text().isEmpty());
    }

    void oldProfileWithoutThemStillLoads()
    {
        openWindow();
        fillEverything();
        const ProfileParseResult parsed = parseProfile(
            R"({"format":"mailflow-profile","version":2,"target":{"host":"127.0.0.1","port":2525},"mailFrom":"a@example.com","protocol":{"lmtp":true}})",
            QStringLiteral("old.json"));
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        fillWizard(wizard(), m_window->session(), parsed.profile.session);
        const SessionOptions o = wizard()->collectOptions();
        QVERIFY(o.lmtp);
        QCOMPARE(o.connection, ConnectionOptions {});
        QVERIFY(o.xclient.isEmpty());
        QVERIFY(o.message.attachments.isEmpty());
        QVERIFY(wizard()->connectPage()->credentials().proxyPassword.isEmpty());
    }
};

QTEST_MAIN(TestAdvancedControls)
#include "tst_advancedcontrols.moc"
