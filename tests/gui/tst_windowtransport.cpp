// The window takes its transports from the factory it is given: the session's and, through the
// wizard, the "test all MX" matrix's rows. No socket is opened.
#include "fakereplies.h"
#include "faketransport.h"
#include "mainwindow.h"
#include "mx/mxtestrunner.h"
#include "mxmatrixdialog.h"
#include "smtp/smtpsession.h"
#include "smtp/transportfactory.h"
#include "windowchecksettings.h"
#include "wizardpanel.h"

#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace mailflow;
using mailflow::test::FakeTransport;

namespace {

/** Fakes that greet and accept every command, counted. */
class GreetingFactory : public TransportFactory
{
public:
    Transport *createTransport(QObject *parent) override
    {
        auto *transport = new FakeTransport(parent);
        test::replyLikeAServer(transport, [](const QByteArray &bytes) -> QByteArray {
            return bytes.startsWith("QUIT") ? "221 Bye\r\n" : "250 Ok\r\n";
        });
        m_created << transport;
        return transport;
    }
    QList<QPointer<FakeTransport>> m_created;
};

} // namespace

class TestWindowTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_windowtransport"));
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
    }

    void sessionUsesTheFactory()
    {
        GreetingFactory factory;
        MainWindow window(nullptr, &factory);
        QCOMPARE(factory.m_created.size(), 1);
        QCOMPARE(window.session()->transport(), factory.m_created.first().data());

        SessionOptions options;
        options.host = QStringLiteral("fake.example.test");
        options.tls.mode = TlsMode::Off;
        options.stopAfter = StopPoint::Connect;
        window.session()->setOptions(options);
        QSignalSpy finished(window.session(), &SmtpSession::finished);
        window.session()->startNewTest();
        window.session()->runTo(StopPoint::Connect);
        QVERIFY(finished.wait(5'000));
        const Checklist *list = window.session()->checklist();
        QCOMPARE(list->at(list->indexOf(MilestoneKind::Connect)).state, MilestoneState::Passed);
        QCOMPARE(list->at(list->indexOf(MilestoneKind::Quit)).state, MilestoneState::Passed);
        QCOMPARE(factory.m_created.first()->lastHost(), QStringLiteral("fake.example.test"));
    }

    void mxMatrixUsesTheFactory()
    {
        GreetingFactory factory;
        MxMatrixDialog dialog(nullptr, &factory);
        MxLookupResult lookup;
        lookup.input = lookup.domain = QStringLiteral("example.test");
        lookup.outcome = MxLookupResult::Outcome::Ok;
        MxHost host;
        host.preference = 10;
        host.name = QStringLiteral("mx.example.test");
        host.addresses = {QHostAddress(QStringLiteral("127.0.0.2"))};
        lookup.hosts << host;
        SessionOptions options;
        options.tls.mode = TlsMode::Off;
        options.mailFrom = QStringLiteral("a@example.test");
        options.recipients = {Recipient {QStringLiteral("b@example.test"), {}, {}}};
        dialog.runner()->setReverseDns(false);
        QSignalSpy finished(dialog.runner(), &MxTestRunner::finished);
        dialog.start(lookup, options);
        QVERIFY(finished.wait(5'000));
        QCOMPARE(factory.m_created.size(), 1);
        QCOMPARE(factory.m_created.first()->lastHost(), QStringLiteral("127.0.0.2"));
        QCOMPARE(dialog.runner()->row(0).status, MxTestRow::Status::Finished);
        QCOMPARE(dialog.runner()->row(0).exitCode, 0);
        QVERIFY(factory.m_created.first()->writtenLines().contains("RCPT TO:<b@example.test>"));
    }
};

QTEST_MAIN(TestWindowTransport)
#include "tst_windowtransport.moc"
