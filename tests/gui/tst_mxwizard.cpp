// The Server page's MX lookup and "Test all MX hosts" against a loopback DNS responder on 127.0.53.5
// (zone tests/data/dns/allmx.json) and smtp-sink on 127.0.0.2 (accepts) and 127.0.0.3 (451 to RCPT);
// nothing listens on 127.0.0.4 (connection refused).

#include "base/datafiles.h"
#include "dnsresponder.h"
#include "evidence/profile.h"
#include "evidenceactions.h"
#include "mainwindow.h"
#include "mx/mxtestrunner.h"
#include "mxmatrixdialog.h"
#include "serverpage.h"
#include "smtp/checklist.h"
#include "smtp/smtpsession.h"
#include "smtpsinkfixture.h"
#include "store/historyrecorder.h"
#include "store/historystore.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "windowchecksettings.h"
#include "wizardpanel.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace mailflow;
using namespace Qt::StringLiterals;

namespace {
const QHostAddress responderAddress(u"127.0.53.5"_s);
const QHostAddress acceptAddress(u"127.0.0.2"_s);
const QHostAddress deferAddress(u"127.0.0.3"_s);
const QHostAddress refuseAddress(u"127.0.0.4"_s);
} // namespace

class TestMxWizard : public QObject
{
    Q_OBJECT

    test::DnsResponder m_responder;
    test::SmtpSinkFixture m_accept;
    test::SmtpSinkFixture m_defer;
    quint16 m_port = 0;
    std::unique_ptr<MainWindow> m_window;

    ServerPage *page() const { return m_window->wizard()->serverPage(); }

    void lookUp(const QString &input)
    {
        page()->dnsServerField()->setText(responderAddress.toString());
        page()->hostField()->setText(input);
        page()->portBox()->setCurrentText(QString::number(m_port));
        QSignalSpy done(page()->resolver(), &MxResolver::finished);
        QVERIFY(page()->lookupButton()->isEnabled());
        QTest::mouseClick(page()->lookupButton(), Qt::LeftButton);
        QVERIFY2(done.wait(20'000), "no lookup result");
    }

    /** Connects from the Connect page and commits what the history recorder gathered. */
    void connectAndKeepTheRun()
    {
        m_window->wizard()->goToPage(WizardPanel::Connect);
        m_window->wizard()->send();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), SmtpSession::State::Connected, 10'000);
        m_window->evidence()->recorder()->flush();
    }

    static int columnOf(const MxTestRunner *runner, MilestoneKind kind)
    {
        for (int i = 0; i < runner->columns().size(); ++i) {
            if (runner->columns().at(i).kind == kind)
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"MailflowTests"_s);
        QCoreApplication::setApplicationName(u"tst_mxwizard"_s);
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
        QVERIFY2(QFile::exists(test::SmtpSinkFixture::program()), "postfix's smtp-sink is missing (tools/setup.sh)");
        QVERIFY2(m_responder.start(test::DnsResponder::zonePath(u"allmx.json"_s), responderAddress),
                 qPrintable(m_responder.errorString()));
        m_port = test::SmtpSinkFixture::commonFreePort({acceptAddress, deferAddress, refuseAddress});
        QVERIFY(m_port != 0);
        QVERIFY2(m_accept.start(acceptAddress, m_port, {u"-h"_s, u"accept.allmx.test"_s}),
                 qPrintable(m_accept.errorString()));
        QVERIFY2(m_defer.start(deferAddress, m_port, {u"-h"_s, u"defer.allmx.test"_s, u"-r"_s, u"RCPT"_s}),
                 qPrintable(m_defer.errorString()));
    }

    void init()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
    }
    void cleanup() { m_window.reset(); }

    void mxProfileRerunsInTheWindow()
    {
        QTemporaryDir data; // the run's history
        QVERIFY(data.isValid());
        setMailflowDataDirectoryOverride(data.path());
        Profile profile;
        profile.name = u"First MX"_s;
        profile.mxDomain = u"first.allmx.test"_s;
        profile.session.port = m_port;
        profile.session.mailFrom = u"sender@client.test"_s;
        profile.session.recipients = {Recipient {u"user@first.allmx.test"_s, {}, {}}};
        profile.session.stopAfter = StopPoint::Rcpt;
        profile.session.timeouts = Timeouts::uniform(5000);
        QVERIFY2(profileRunProblems(profile).isEmpty(), qPrintable(profileRunProblems(profile).join(u'\n')));
        page()->dnsServerField()->setText(responderAddress.toString());
        EvidenceActions *evidence = m_window->evidence();
        QSignalSpy shown(evidence, &EvidenceActions::comparisonShown);
        evidence->rerunProfile(profile);
        QVERIFY(shown.wait(20'000));
        SmtpSession *session = m_window->session();
        // The lookup picked the most preferred MX with an address, as "--mx" does.
        QCOMPARE(page()->hostField()->text(), u"first.allmx.test"_s);
        QCOMPARE(session->options().host, acceptAddress.toString());
        const Checklist *checklist = session->checklist();
        QCOMPARE(checklist->at(checklist->indexOf(MilestoneKind::Dns)).state, MilestoneState::Passed);
        QCOMPARE(checklist->at(checklist->indexOf(MilestoneKind::Rcpt)).state, MilestoneState::Passed);
        const ReportData report = evidence->currentReport();
        QCOMPARE(report.dns.domain, u"first.allmx.test"_s);
        QCOMPARE(report.dns.hosts.size(), 2);
        QCOMPARE(report.dns.hosts.first().addresses, QStringList {acceptAddress.toString()});
        m_window.reset();
        setMailflowDataDirectoryOverride({});
    }

    void mxTable()
    {
        lookUp(u"user@allmx.test"_s);
        QTreeWidget *table = page()->mxTable();
        QVERIFY(table->isVisible());
        QCOMPARE(table->topLevelItemCount(), 4);
        const QStringList expected {u"10 refuse.allmx.test 127.0.0.4"_s, u"20 defer.allmx.test 127.0.0.3"_s,
                                    u"30 accept.allmx.test 127.0.0.2"_s};
        for (int i = 0; i < expected.size(); ++i) {
            const QTreeWidgetItem *item = table->topLevelItem(i);
            QCOMPARE(QStringList({item->text(ServerPage::PreferenceColumn), item->text(ServerPage::HostColumn),
                                  item->text(ServerPage::AddressesColumn)})
                         .join(u' '),
                     expected.at(i));
        }
        QVERIFY(!(table->topLevelItem(3)->flags() & Qt::ItemIsSelectable)); // noaddr has no address
        QCOMPARE(page()->mxMessage()->text().section(u'\n', 0, 0), page()->lookupResult().message);
        QVERIFY(page()->mxMessage()->text().contains(u"127.0.53.5"_s));
        // The most preferred host with an address is picked; the address is connected to.
        QCOMPARE(page()->selectedHost(), 0);
        QVERIFY(page()->isComplete());
        QCOMPARE(m_window->wizard()->collectOptions().host, u"127.0.0.4"_s);

        // Pick the accepting one and connect: the DNS milestone opens the checklist.
        table->setCurrentItem(table->topLevelItem(2));
        QCOMPARE(m_window->wizard()->collectOptions().host, u"127.0.0.2"_s);
        m_window->wizard()->goToPage(WizardPanel::Connect);
        m_window->wizard()->send();
        QTRY_COMPARE_WITH_TIMEOUT(m_window->session()->state(), SmtpSession::State::Connected, 10'000);
        const Checklist *checklist = m_window->session()->checklist();
        QCOMPARE(checklist->at(0).kind, MilestoneKind::Dns);
        QCOMPARE(checklist->at(0).state, MilestoneState::Passed);
        QCOMPARE(checklist->at(checklist->indexOf(MilestoneKind::Connect)).state, MilestoneState::Passed);
        bool listed = false;
        for (const TranscriptEntry &e : m_window->session()->transcript()->entries())
            listed = listed || e.text.contains(u"accept.allmx.test"_s);
        QVERIFY(listed);
    }

    void lookedUpRunKeepsItsDomain()
    {
        // A window whose history is in a folder of its own.
        QTemporaryDir data;
        QVERIFY(data.isValid());
        setMailflowDataDirectoryOverride(data.path());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        lookUp(u"user@allmx.test"_s);
        page()->mxTable()->setCurrentItem(page()->mxTable()->topLevelItem(2));
        connectAndKeepTheRun();
        if (QTest::currentTestFailed())
            return;
        qsizetype before = 0;
        {
            const QList<HistoryRunInfo> runs = HistoryStore(HistoryStore::defaultDirectory()).list();
            QVERIFY(!runs.isEmpty());
            before = runs.size();
            QCOMPARE(runs.first().mxDomain, u"allmx.test"_s);
            QCOMPARE(runs.first().host, u"127.0.0.2"_s);
        }
        // A typed server after it is no MX run: the next run has no domain.
        m_window->session()->abort();
        page()->hostField()->setText(u"127.0.0.2"_s);
        connectAndKeepTheRun();
        if (QTest::currentTestFailed())
            return;
        {
            const QList<HistoryRunInfo> runs = HistoryStore(HistoryStore::defaultDirectory()).list();
            QVERIFY(runs.size() > before);
            QCOMPARE(runs.first().mxDomain, QString());
        }
        m_window.reset();
        setMailflowDataDirectoryOverride({});
    }

    void edgeCases_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<MxLookupResult::Outcome>("outcome");
        QTest::newRow("nxdomain") << u"someone@nosuch.allmx.test"_s << MxLookupResult::Outcome::NxDomain;
        QTest::newRow("null MX") << u"nullmx.allmx.test"_s << MxLookupResult::Outcome::NullMx;
        QTest::newRow("implicit MX") << u"implicit.allmx.test"_s << MxLookupResult::Outcome::ImplicitMx;
    }

    void edgeCases()
    {
        QFETCH(QString, input);
        QFETCH(MxLookupResult::Outcome, outcome);
        lookUp(input);
        const MxLookupResult &result = page()->lookupResult();
        QCOMPARE(result.outcome, outcome);
        QVERIFY(!result.message.isEmpty());
        QVERIFY(page()->mxMessage()->isVisible());
        QCOMPARE(page()->mxMessage()->text().section(u'\n', 0, 0),
                 MxLookupResult::outcomeMessage(outcome, result.displayDomain()));
        const bool usable = outcome == MxLookupResult::Outcome::ImplicitMx;
        QCOMPARE(page()->mxTable()->isVisible(), usable);
        QCOMPARE(page()->testAllButton()->isEnabled(), usable);
    }

    void ipv6DnsServerRefused()
    {
        page()->hostField()->setText(u"allmx.test"_s);
        page()->dnsServerField()->setText(u"::1"_s);
        QHostAddress address;
        QString error;
        QVERIFY(!MxResolver::parseNameserver(u"::1"_s, &address, &error));
        QVERIFY(!error.isEmpty());
        auto *reason = page()->findChild<QLabel *>(u"dnsServerReason"_s);
        QVERIFY(reason);
        QTRY_VERIFY(reason->isVisible());
        QCOMPARE(reason->text(), error);
        QVERIFY(!page()->lookupButton()->isEnabled());
        page()->dnsServerField()->setText(responderAddress.toString());
        QVERIFY(!reason->isVisible());
        QVERIFY(page()->lookupButton()->isEnabled());
    }

    void testAllMx()
    {
        lookUp(u"user@allmx.test"_s);
        QVERIFY(page()->testAllButton()->isEnabled());
        QTest::mouseClick(page()->testAllButton(), Qt::LeftButton);
        MxMatrixDialog *dialog = m_window->wizard()->mxDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        MxTestRunner *runner = dialog->runner();
        QSignalSpy finished(runner, &MxTestRunner::finished);
        QVERIFY(finished.wait(60'000));

        QAbstractItemModel *model = dialog->matrixView()->model();
        QCOMPARE(model->rowCount(), 4);
        auto cellText = [&](int row, MilestoneKind kind) {
            const int column = columnOf(runner, kind);
            return column < 0 ? u"(no column)"_s : model->index(row, 2 + column).data().toString();
        };
        auto rowOf = [&](const QString &address) {
            for (int r = 0; r < model->rowCount(); ++r) {
                if (model->index(r, 1).data().toString() == address)
                    return r;
            }
            return -1;
        };
        const int accept = rowOf(u"127.0.0.2"_s);
        const int defer = rowOf(u"127.0.0.3"_s);
        const int refuse = rowOf(u"127.0.0.4"_s);
        QVERIFY(accept >= 0 && defer >= 0 && refuse >= 0);
        for (MilestoneKind kind :
             {MilestoneKind::Connect, MilestoneKind::Ehlo, MilestoneKind::Mail, MilestoneKind::Rcpt})
            QCOMPARE(cellText(accept, kind), u"passed"_s);
        QCOMPARE(cellText(defer, MilestoneKind::Connect), u"passed"_s);
        QCOMPARE(cellText(defer, MilestoneKind::Rcpt), u"warning"_s);
        QCOMPARE(cellText(refuse, MilestoneKind::Connect), u"failed"_s);
        QCOMPARE(cellText(refuse, MilestoneKind::Mail), u"skipped"_s);
        // Each cell has an icon as well as the word.
        const int rcptColumn = 2 + columnOf(runner, MilestoneKind::Rcpt);
        QVERIFY(!model->index(defer, rcptColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
        // The last column names each row's diagnosed cause.
        const int causeColumn = model->columnCount() - 1;
        QCOMPARE(model->headerData(causeColumn, Qt::Horizontal).toString(), u"Cause"_s);
        QCOMPARE(model->index(accept, causeColumn).data(Qt::UserRole).toString(), u"none"_s);
        QCOMPARE(model->index(refuse, causeColumn).data(Qt::UserRole).toString(), u"connection-refused"_s);
        QCOMPARE(model->index(refuse, causeColumn).data().toString(), causeTitle(Cause::ConnectionRefused));
        QVERIFY(model->index(refuse, causeColumn).data(Qt::ToolTipRole).toString().contains(u"Who must act"_s));
        const int noAddress = rowOf(u"no address"_s);
        QVERIFY(noAddress >= 0);
        QCOMPARE(model->index(noAddress, causeColumn).data(Qt::UserRole).toString(), u"host-not-found"_s);

        const DeliveryVerdict verdict = runner->deliveryVerdict();
        QCOMPARE(verdict.kind, DeliveryVerdict::Kind::Delivered);
        QVERIFY(!verdict.explanation.isEmpty());
        QCOMPARE(dialog->verdictLabel()->text(), verdict.explanation);
        // The Server page's "Last test" column follows.
        QVERIFY(page()->mxTable()->topLevelItem(2)->text(ServerPage::StateColumn).contains(u"Passed"_s));
        QVERIFY(page()->mxTable()->topLevelItem(0)->text(ServerPage::StateColumn).contains(u"Failed"_s));

        // Double-clicking a row opens its transcript.
        const QRect rect = dialog->matrixView()->visualRect(model->index(defer, 0));
        // A press first: QAbstractItemView emits doubleClicked only for the index pressed.
        QTest::mouseClick(dialog->matrixView()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(dialog->matrixView()->viewport(), Qt::LeftButton, {}, rect.center());
        QDialog *transcript = nullptr;
        QTRY_VERIFY((transcript = dialog->findChild<QDialog *>(u"mxRowTranscript"_s)) != nullptr);
        auto *view = transcript->findChild<TranscriptView *>();
        QVERIFY(view);
        QVERIFY(view->model()->rowCount() > 0);
        QVERIFY(runner->row(defer).transcript()->count() > 0);
        transcript->close();

        dialog->resize(dialog->width(), 320);
        QTest::qWait(50);
        const QString shot = QDir::current().filePath(u"mxmatrix.png"_s);
        QVERIFY(dialog->grab().save(shot));
        qInfo("screenshot: %s", qPrintable(shot));
    }
};

QTEST_MAIN(TestMxWizard)
#include "tst_mxwizard.moc"
