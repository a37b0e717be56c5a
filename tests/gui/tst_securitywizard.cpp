// The Connect page's security and AUTH settings, the Greeting page's EHLO → STARTTLS → EHLO → AUTH
// sequence, the padlock, the certificate question and the certificate panel, against the real-TLS
// loopback server (tests/support/tlssmtpserver.h) with certificates made at test time.

#include "certificatedialogs.h"
#include "connectpage.h"
#include "mainwindow.h"
#include "secretcheck.h"
#include "securityui.h"
#include "serverpage.h"
#include "smtp/checklist.h"
#include "smtp/smtpsession.h"
#include "testcertificates.h"
#include "tlssmtpserver.h"
#include "windowchecksettings.h"
#include "wizardpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTest>
#include <QToolButton>

using namespace mailflow;
using namespace mailflow::test;
using namespace Qt::StringLiterals;

class TestSecurityWizard : public QObject
{
    Q_OBJECT

    TestCertificates m_certs;
    std::unique_ptr<MainWindow> m_window;

    WizardPanel *wizard() const { return m_window->wizard(); }
    ConnectPage *connectPage() const { return wizard()->connectPage(); }
    const Checklist *checklist() const { return m_window->session()->checklist(); }

    void setUp(quint16 port, TlsMode mode, bool trustCa)
    {
        wizard()->serverPage()->hostField()->setText(u"localhost"_s);
        wizard()->serverPage()->portBox()->setCurrentText(QString::number(port));
        ConnectPage *p = connectPage();
        p->securityBox()->setCurrentIndex(p->securityBox()->findData(int(mode)));
        if (trustCa)
            p->caFileField()->setText(m_certs.caCertificate());
    }

    /** Connect, then the Greeting page's Send; waits until the session is idle again. */
    void connectAndGreet()
    {
        wizard()->goToPage(WizardPanel::Connect);
        wizard()->send();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), SmtpSession::State::Connected, 10'000);
        wizard()->goToPage(WizardPanel::Greeting);
        QVERIFY(wizard()->sendButton()->isEnabled());
        wizard()->send();
    }

    MilestoneState stateOf(MilestoneKind kind) const
    {
        const int index = checklist()->indexOf(kind);
        return index < 0 ? MilestoneState::Pending : checklist()->at(index).state;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"MailflowTests"_s);
        QCoreApplication::setApplicationName(u"tst_securitywizard"_s);
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
        QVERIFY2(m_certs.generate(), qPrintable(m_certs.errorString()));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void startTlsTrusted()
    {
        TlsSmtpServer server(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.setCertificate(m_certs.valid().certificate, m_certs.valid().key));
        QVERIFY(server.listenOnLoopback());
        setUp(server.port(), TlsMode::StartTls, true);
        auto *padlock = m_window->security()->padlock();
        QCOMPARE(padlock->property("encrypted").toBool(), false);
        QVERIFY(wizard()->collectOptions().tls.caFile == m_certs.caCertificate());
        connectAndGreet();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(MilestoneKind::Tls), MilestoneState::Passed, 10'000);
        QCOMPARE(stateOf(MilestoneKind::StartTls), MilestoneState::Passed);
        // EHLO again inside TLS.
        auto passedEhlos = [this] {
            int n = 0;
            for (const Milestone &m : checklist()->milestones())
                n += (m.kind == MilestoneKind::Ehlo && m.state == MilestoneState::Passed) ? 1 : 0;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(passedEhlos(), 2, 10'000);
        QCOMPARE(server.handshakes(), 1);
        QTRY_VERIFY(padlock->property("encrypted").toBool());
        QVERIFY(padlock->text().contains(u"TLS"_s));
        QVERIFY(m_window->security()->certificateButton()->isEnabled());

        CertificatePanel *panel = m_window->security()->openCertificatePanel();
        QVERIFY(panel->isVisible());
        const QString text = panel->textView()->toPlainText();
        for (const QString &line : m_window->session()->tlsReport().describe())
            QVERIFY2(text.contains(line), qPrintable(line));
        QTest::qWait(50);
        const QString shot = QDir::current().filePath(u"tlspanel.png"_s);
        QVERIFY(panel->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
        const QString windowShot = QDir::current().filePath(u"tlswindow.png"_s);
        QVERIFY(m_window->grab().save(windowShot));
    }

    void badCertificateStop()
    {
        TlsSmtpServer server(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.setCertificate(m_certs.selfSigned().certificate, m_certs.selfSigned().key));
        QVERIFY(server.listenOnLoopback());
        setUp(server.port(), TlsMode::StartTls, false);
        connectAndGreet();
        CertificateDecisionDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = m_window->security()->decisionDialog()) != nullptr, 10'000);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->stopButton()->isDefault());
        const QStringList problems = m_window->session()->tlsReport().problemLines();
        QVERIFY(!problems.isEmpty());
        QVERIFY(dialog->textView()->toPlainText().contains(problems.constFirst()));
        QVERIFY(m_window->session()->isWaitingForCertificateDecision());
        QTest::mouseClick(dialog->stopButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(MilestoneKind::Tls), MilestoneState::Failed, 10'000);
        QTRY_COMPARE(m_window->session()->state(), SmtpSession::State::Disconnected);
        QVERIFY(!m_window->security()->padlock()->property("encrypted").toBool());
    }

    void authWrongPassword()
    {
        const QString user = u"alice"_s;
        const QString password = u"Wr0ng-Pa55word!"_s;
        TlsSmtpServer server(TlsSmtpServer::Mode::StartTls);
        QVERIFY(server.setCertificate(m_certs.valid().certificate, m_certs.valid().key));
        server.setAuth(user, u"the-right-one"_s);
        server.setAuthMechanisms(u"PLAIN LOGIN"_s);
        QVERIFY(server.listenOnLoopback());
        setUp(server.port(), TlsMode::StartTls, true);
        connectPage()->authBox()->setChecked(true);
        connectPage()->userField()->setText(user);
        connectPage()->passwordField()->setText(password);
        QCOMPARE(connectPage()->passwordField()->echoMode(), QLineEdit::Password);
        QVERIFY(wizard()->collectOptions().auth.isEnabled());
        connectAndGreet();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(MilestoneKind::Auth), MilestoneState::Failed, 10'000);
        QCOMPARE(checklist()->at(checklist()->indexOf(MilestoneKind::Auth)).reply.code, 535);
        QCOMPARE(stateOf(MilestoneKind::Tls), MilestoneState::Passed);
        QVERIFY(server.sawCommand("AUTH"));

        QStringList lines;
        for (const TranscriptEntry &e : m_window->session()->transcript()->entries())
            lines << e.text;
        for (const Milestone &m : checklist()->milestones())
            lines << m.summary << m.diagnosis.meaning << m.diagnosis.nextStep;
        const QStringList leaked = leakedSecrets(lines.join(u'\n'), secretForms(user, password));
        QVERIFY2(leaked.isEmpty(), qPrintable(leaked.join(u", ")));
        // The password is not in anything saved with the options.
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY(!settings.value(key).toString().contains(password));
    }
};

QTEST_MAIN(TestSecurityWizard)
#include "tst_securitywizard.moc"
