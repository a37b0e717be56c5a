// The evidence part of the main window: save the report in every format through the
// window, copy it, mask it, keep every run in the history, save and rerun a profile, compare runs.

#include "aiosmtpdfixture.h"
#include "comparedialog.h"
#include "connectpage.h"
#include "diagnosis/verdict.h"
#include "envelopepage.h"
#include "evidence/runcompare.h"
#include "evidence/textreport.h"
#include "evidenceactions.h"
#include "historyfill.h"
#include "historymodel.h"
#include "historywindow.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "profilemanager.h"
#include "recipientrow.h"
#include "reportsharedialog.h"
#include "runviewer.h"
#include "samplereport.h"
#include "serverpage.h"
#include "smtp/smtpsession.h"
#include "smtp/transcript.h"
#include "smtpsinkfixture.h"
#include "store/historystore.h"
#include "store/profilestore.h"
#include "testcertificates.h"
#include "watchwindow.h"
#include "windowchecksettings.h"
#include "wizardpanel.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace mailflow;
using mailflow::test::SmtpSinkFixture;

class TestEvidenceGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<MainWindow> m_window;

    EvidenceActions *evidence() const { return m_window->evidence(); }
    SmtpSession *session() const { return m_window->session(); }

    void openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1100, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void fill(quint16 port)
    {
        WizardPanel *wizard = m_window->wizard();
        wizard->serverPage()->hostField()->setText(QStringLiteral("127.0.0.1"));
        wizard->serverPage()->portBox()->setEditText(QString::number(port));
        wizard->envelopePage()->senderField()->setText(QStringLiteral("helpdesk@example.com"));
        wizard->envelopePage()->recipientRow(0)->addressField()->setText(QStringLiteral("user@example.com"));
    }

    /** Runs the wizard to the end (Run to end) and waits for the session to finish. */
    void runThroughWindow(quint16 port)
    {
        fill(port);
        QSignalSpy finished(session(), &SmtpSession::finished);
        QVERIFY(m_window->wizard()->runButton()->isEnabled());
        m_window->wizard()->runButton()->click();
        QVERIFY(finished.wait(15000));
        QCOMPARE(evaluateOutcome(*session()).verdict, SessionOutcome::Verdict::Passed);
    }

    QString screenshotPath(const QString &name) const
    {
        return QDir(QCoreApplication::applicationDirPath()).filePath(name + QStringLiteral(".png"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("MailflowTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_evidencegui"));
        QSettings().clear();
        test::loopbackWindowChecks(); // the window runs the checks: none may ask outside DNS
        if (!QFile::exists(SmtpSinkFixture::program()))
            QSKIP("postfix smtp-sink is not installed (tools/setup.sh installs it)");
    }

    void init()
    {
        m_data = std::make_unique<QTemporaryDir>();
        QVERIFY(m_data->isValid());
        setMailflowDataDirectoryOverride(m_data->path());
    }

    void cleanup()
    {
        m_window.reset();
        setMailflowDataDirectoryOverride({});
        m_data.reset();
    }

    void saveEveryFormat_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::newRow("text") << QStringLiteral("txt");
        QTest::newRow("html") << QStringLiteral("html");
        QTest::newRow("json") << QStringLiteral("json");
        QTest::newRow("pdf") << QStringLiteral("pdf");
    }

    void saveEveryFormat()
    {
        QFETCH(QString, extension);
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        openWindow();
        QVERIFY(!evidence()->saveAction()->isEnabled()); // nothing to save yet
        runThroughWindow(sink.port());
        QVERIFY(evidence()->saveAction()->isEnabled());

        const QString path = m_data->filePath(QStringLiteral("report.") + extension);
        QString error;
        QVERIFY2(evidence()->saveReportTo(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 200);

        const QList<TranscriptEntry> entries = session()->transcript()->entries();
        QVERIFY(entries.size() >= 10);
        if (extension == QLatin1String("pdf")) {
            QVERIFY(bytes.startsWith("%PDF-"));
            return;
        }
        if (extension == QLatin1String("json")) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
            QVERIFY2(doc.isObject(), qPrintable(parseError.errorString()));
            const QJsonArray transcript = doc.object().value(QStringLiteral("transcript")).toArray();
            QCOMPARE(transcript.size(), entries.size());
            for (int i = 0; i < entries.size(); ++i)
                QCOMPARE(transcript.at(i).toObject().value(QStringLiteral("text")).toString(), entries.at(i).text);
            return;
        }
        const QString text = QString::fromUtf8(bytes);
        if (extension == QLatin1String("html"))
            QVERIFY(text.contains(QStringLiteral("<html"), Qt::CaseInsensitive));
        for (const TranscriptEntry &entry : entries) {
            const QString line = extension == QLatin1String("html") ? entry.text.toHtmlEscaped() : entry.text;
            QVERIFY2(text.contains(line), qPrintable(entry.text));
        }
    }

    void failedSaveKeepsTheTest()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        openWindow();
        runThroughWindow(sink.port());
        const int entries = int(session()->transcript()->count());

        const QString bad = m_data->filePath(QStringLiteral("no/such/folder/report.txt"));
        QString error;
        QVERIFY(!evidence()->saveReportTo(bad, &error));
        QVERIFY(!error.isEmpty());
        auto *message = m_window->findChild<QMessageBox *>(QStringLiteral("evidenceMessage"));
        QVERIFY(message);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(message->text().contains(error));
        message->close();
        // The test is still there and saves elsewhere.
        QCOMPARE(int(session()->transcript()->count()), entries);
        const QString good = m_data->filePath(QStringLiteral("report.txt"));
        QVERIFY2(evidence()->saveReportTo(good, &error), qPrintable(error));
        QVERIFY(QFile::exists(good));
    }

    void copyAndMask()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        openWindow();
        runThroughWindow(sink.port());

        const QString copied = evidence()->copyReport();
        QCOMPARE(QGuiApplication::clipboard()->text(), copied);
        QVERIFY(copied.contains(QStringLiteral("MAIL FROM:<helpdesk@example.com>")));

        ReportShareDialog dialog(evidence()->currentReport(), {});
        QVERIFY(!dialog.maskBox()->isChecked());
        QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("helpdesk@example.com")));
        dialog.maskBox()->setChecked(true);
        const QString masked = dialog.preview()->toPlainText();
        QVERIFY(!masked.contains(QStringLiteral("helpdesk@example.com")));
        QVERIFY(!masked.contains(QStringLiteral("127.0.0.1")));
        QVERIFY(masked.contains(QStringLiteral("MAIL FROM:<")));

        evidence()->setRedaction(dialog.redaction());
        const QString path = m_data->filePath(QStringLiteral("masked.txt"));
        QVERIFY(evidence()->saveReportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains("helpdesk@example.com"));
        QVERIFY(!bytes.contains("user@example.com"));
    }

    void preferencesSetTheHistoryLimitsAndPruneOffTheWindowThread()
    {
        QString error;
        QVERIFY2(test::fillHistory(HistoryStore::defaultDirectory(), 30, &error), qPrintable(error));
        openWindow();
        QSignalSpy pruned(evidence(), &EvidenceActions::historyPruned);
        // The start-up pruning runs on a worker thread; 30 runs are within the default limits.
        QTRY_VERIFY_WITH_TIMEOUT(!evidence()->isPruningHistory(), 10000);
        QCOMPARE(HistoryStore().list().size(), 30);
        PreferencesDialog *dialog = evidence()->showPreferences();
        QVERIFY(dialog);
        QCOMPARE(dialog->maxRuns()->value(), HistoryLimits().maxRuns);
        QCOMPARE(dialog->maxAgeDays()->value(), HistoryLimits().maxAgeDays);
        QCOMPARE(dialog->maxMegabytes()->value(), int(HistoryLimits().maxTotalBytes / (1024 * 1024)));
        QVERIFY(dialog->grab().save(screenshotPath(QStringLiteral("preferences"))));
        dialog->maxRuns()->setValue(10);
        dialog->maxAgeDays()->setValue(0); // no age limit
        dialog->accept();
        QVERIFY(pruned.wait(10000));
        QCOMPARE(pruned.first().first().toInt(), 20);
        QCOMPARE(HistoryStore().list().size(), 10);
        QCOMPARE(HistoryStore().list().constFirst().id, QStringLiteral("fill-000000")); // the newest are kept
        QCOMPARE(QSettings().value(QStringLiteral("history/maxRuns")).toInt(), 10);
        QCOMPARE(QSettings().value(QStringLiteral("history/maxAgeDays")).toInt(), 0);
        QCOMPARE(evidence()->recorder()->limits().maxRuns, 10);
        QCOMPARE(loadHistoryLimits(QSettings()).maxRuns, 10);
        QSettings().remove(QStringLiteral("history"));
    }

    void watchRerunsAProfileAndSaysWhenTheResultChanges()
    {
        auto sink = std::make_unique<SmtpSinkFixture>();
        QVERIFY2(sink->start(), qPrintable(sink->errorString()));
        openWindow();
        fill(sink->port());
        QString error;
        QVERIFY2(evidence()->saveAsProfile(QStringLiteral("Watched"), &error), qPrintable(error));
        const ProfileParseResult loaded = ProfileStore(evidence()->profilesDirectory()).load(QStringLiteral("Watched"));
        QVERIFY2(loaded.ok, qPrintable(loaded.error));
        WatchWindow *watch = evidence()->watchProfile(loaded.profile);
        QVERIFY(QTest::qWaitForWindowExposed(watch));
        QSignalSpy recorded(watch, &WatchWindow::runRecorded);
        QSignalSpy changed(watch, &WatchWindow::resultChanged);
        watch->setIntervalMs(60'000);
        watch->start(); // the first run goes at once
        QVERIFY(watch->isWatching());
        QVERIFY(recorded.wait(15000));
        QCOMPARE(changed.size(), 0); // nothing to compare with yet
        QCOMPARE(watch->timeline()->count(), 1);
        QVERIFY(watch->timeline()->item(0)->text().contains(verdictTitle(SessionOutcome::Verdict::Passed)));
        QVERIFY(watch->messageLabel()->text().isEmpty());
        watch->stop();
        QVERIFY(!watch->isWatching());

        // The server goes away: the scheduled runs fail, and the change is told once.
        sink.reset();
        watch->setIntervalMs(300);
        watch->start();
        QTRY_VERIFY_WITH_TIMEOUT(recorded.size() >= 3, 30000);
        watch->stop();
        QCOMPARE(changed.size(), 1);
        QVERIFY(changed.first().at(0).toString().startsWith(QStringLiteral("passed")));
        QVERIFY(changed.first().at(1).toString().startsWith(QStringLiteral("failed")));
        QVERIFY2(watch->messageLabel()->text().contains(QStringLiteral("Watched"))
                     && watch->messageLabel()->text().contains(verdictTitle(SessionOutcome::Verdict::Failed)),
                 qPrintable(watch->messageLabel()->text()));
        QCOMPARE(watch->timeline()->count(), int(recorded.size()));
        QVERIFY(watch->timeline()->item(0)->text().contains(verdictTitle(SessionOutcome::Verdict::Failed)));
        QVERIFY(watch->grab().save(screenshotPath(QStringLiteral("watch"))));
        QVERIFY(!evidence()->compareDialog() || !evidence()->compareDialog()->isVisible()); // no dialog per run
        watch->close();
    }

    void historyListsOpensAndDeletesRuns()
    {
        SmtpSinkFixture sink;
        QVERIFY2(sink.start(), qPrintable(sink.errorString()));
        openWindow();
        runThroughWindow(sink.port());
        const QString id = evidence()->recorder()->currentRunId();
        QVERIFY(!id.isEmpty());
        QVERIFY(QFile::exists(HistoryStore().databasePath()));
        QVERIFY(HistoryStore().databasePath().startsWith(m_data->path()));
        QVERIFY(HistoryStore().info(id).complete);

        evidence()->historyAction()->trigger();
        auto *history = m_window->findChild<HistoryWindow *>(QStringLiteral("historyWindow"));
        QVERIFY(history);
        QVERIFY(QTest::qWaitForWindowExposed(history));
        QCOMPARE(history->runIds(), QStringList {id});
        QAbstractItemModel *table = history->table()->model();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->index(0, HistoryModel::Server).data().toString(),
                 QStringLiteral("127.0.0.1:%1").arg(sink.port()));
        QCOMPARE(table->index(0, HistoryModel::Recipients).data().toString(), QStringLiteral("user@example.com"));
        QCOMPARE(table->index(0, HistoryModel::Verdict).data().toString(),
                 verdictTitle(SessionOutcome::Verdict::Passed));
        QVERIFY(!table->index(0, HistoryModel::Date).data().toString().isEmpty());
        QVERIFY(history->grab().save(screenshotPath(QStringLiteral("evidence-history"))));

        RunViewer *viewer = history->openRun(id);
        QVERIFY(viewer);
        QCOMPARE(viewer->transcript()->count(), session()->transcript()->count());
        QCOMPARE(viewer->transcript()->entries().constLast().text, session()->transcript()->entries().constLast().text);
        QCOMPARE(viewer->checklist()->milestones().size(), session()->checklist()->milestones().size());
        QVERIFY(viewer->summaryLabel()->text().contains(verdictTitle(SessionOutcome::Verdict::Passed)));
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        QVERIFY(viewer->grab().save(screenshotPath(QStringLiteral("evidence-runviewer"))));

        const QString exported = m_data->filePath(QStringLiteral("exported.txt"));
        QString error;
        QVERIFY2(history->exportRun(id, exported, &error), qPrintable(error));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("RCPT TO:<user@example.com>"));

        QVERIFY2(history->deleteRun(id, &error), qPrintable(error));
        QCOMPARE(history->table()->model()->rowCount(), 0);
        QVERIFY(HistoryStore().list().isEmpty());
    }

    void saveRerunAndCompare()
    {
        auto sink = std::make_unique<SmtpSinkFixture>();
        QVERIFY2(sink->start(), qPrintable(sink->errorString()));
        const quint16 port = sink->port();
        openWindow();
        runThroughWindow(port);
        m_window->wizard()->stopBox()->setCurrentIndex(m_window->wizard()->stopBox()->findData(int(StopPoint::Quit)));
        QString error;
        QVERIFY2(evidence()->saveAsProfile(QStringLiteral("Sink test"), &error), qPrintable(error));
        const ProfileParseResult saved = ProfileStore().load(QStringLiteral("Sink test"));
        QVERIFY2(saved.ok, qPrintable(saved.error));
        QCOMPARE(saved.profile.session.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(saved.profile.session.port, port);
        QCOMPARE(saved.profile.session.mailFrom, QStringLiteral("helpdesk@example.com"));
        QCOMPARE(saved.profile.session.recipients.size(), 1);
        QCOMPARE(saved.profile.session.stopAfter, StopPoint::Quit);

        // Someone types other values; rerunning the profile puts its own back and runs to the end.
        WizardPanel *wizard = m_window->wizard();
        wizard->serverPage()->hostField()->setText(QStringLiteral("other.example"));
        wizard->envelopePage()->senderField()->setText(QStringLiteral("someone@example.org"));
        QSignalSpy shown(evidence(), &EvidenceActions::comparisonShown);
        evidence()->rerunProfile(saved.profile);
        QCOMPARE(wizard->serverPage()->hostField()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(wizard->envelopePage()->senderField()->text(), QStringLiteral("helpdesk@example.com"));
        QVERIFY(shown.wait(15000));
        QCOMPARE(evaluateOutcome(*session()).verdict, SessionOutcome::Verdict::Passed);
        QCOMPARE(wizard->currentPage(), int(WizardPanel::Finish));
        QVERIFY(evidence()->compareDialog()->headingLabel()->text().contains(QStringLiteral("First run")));

        // Second rerun: the same server answers the same.
        evidence()->rerunProfile(saved.profile);
        QVERIFY(shown.wait(15000));
        QVERIFY2(evidence()->lastChanges().isEmpty(),
                 qPrintable(runChangesToText(evidence()->lastChanges()).join(u'\n')));
        CompareDialog *compare = evidence()->compareDialog();
        QVERIFY(compare->isVisible());
        QCOMPARE(compare->changeList()->count(), 1);
        QCOMPARE(compare->changeList()->item(0)->text(), runChangesToText({}).constFirst());

        // The server now refuses the recipient.
        sink.reset();
        sink = std::make_unique<SmtpSinkFixture>(QStringList {QStringLiteral("-f"), QStringLiteral("RCPT")});
        sink->setPort(port);
        QVERIFY2(sink->start(), qPrintable(sink->errorString()));
        evidence()->rerunProfile(saved.profile);
        QVERIFY(shown.wait(15000));
        QCOMPARE(evaluateOutcome(*session()).verdict, SessionOutcome::Verdict::Failed);
        const QList<RunChange> changeList = evidence()->lastChanges();
        bool kindNowFails = false;
        for (const RunChange &change : changeList)
            kindNowFails = kindNowFails
                || (change.kind == RunChange::Kind::NowFails && change.step.startsWith(QStringLiteral("rcpt")));
        QVERIFY(kindNowFails);
        const QStringList changes = runChangesToText(changeList);
        bool rcptNowFails = false;
        for (const QString &line : changes)
            rcptNowFails
                = rcptNowFails || (line.contains(QStringLiteral("RCPT")) && line.contains(QStringLiteral("now fails")));
        QVERIFY2(rcptNowFails, qPrintable(changes.join(u'\n')));
        QCOMPARE(compare->changeList()->count(), int(changes.size()));
        QVERIFY(QTest::qWaitForWindowExposed(compare));
        QVERIFY(compare->grab().save(screenshotPath(QStringLiteral("evidence-compare"))));

        // Every run is in the history under the profile.
        const QList<HistoryRunInfo> runs = HistoryStore().list();
        QCOMPARE(runs.size(), 4);
        QCOMPARE(runs.constFirst().profileName, QStringLiteral("Sink test"));
        QCOMPARE(runs.constLast().profileName, QString());
        HistoryWindow *history = evidence()->showHistory();
        QAbstractItemModel *rows = history->table()->model();
        QCOMPARE(rows->rowCount(), 4);
        QCOMPARE(rows->index(0, HistoryModel::Profile).data().toString(), QStringLiteral("Sink test"));
        // The verdict names the step that failed: "Failed at RCPT TO".
        const QString verdict = rows->index(0, HistoryModel::Verdict).data().toString();
        QVERIFY2(verdict.startsWith(verdictTitle(SessionOutcome::Verdict::Failed))
                     && verdict.contains(QStringLiteral("RCPT")),
                 qPrintable(verdict));
        QVERIFY(history->grab().save(screenshotPath(QStringLiteral("evidence-history-profile"))));
    }

    void starttlsAuthProfileRerunsInTheWindow()
    {
        test::TestCertificates certificates;
        test::AiosmtpdFixture server;
        QString error;
        QVERIFY2(test::startSubmissionServer(&certificates, &server, &error), qPrintable(error));
        Profile profile
            = test::starttlsAuthProfile(QStringLiteral("Submission"), server.port(), certificates.caCertificate());
        QVERIFY(ProfileStore().save(profile));
        const ProfileParseResult saved = ProfileStore().load(profile.name);
        QVERIFY2(saved.ok, qPrintable(saved.error));

        openWindow();
        // Open the profile: every field it has shows; then the password (asked, never in the profile).
        evidence()->openProfile(saved.profile);
        ConnectPage *page = m_window->wizard()->connectPage();
        QCOMPARE(page->securityBox()->currentData().toInt(), int(TlsMode::StartTls));
        QCOMPARE(page->caFileField()->text(), certificates.caCertificate());
        QVERIFY(page->verifyBox()->isChecked());
        QVERIFY(page->authBox()->isChecked());
        QCOMPARE(page->mechanismBox()->currentData().toInt(), int(AuthMechanism::Plain));
        QCOMPARE(page->userField()->text(), QStringLiteral("helpdesk"));
        QVERIFY(!page->allowPlaintextBox()->isChecked());
        page->passwordField()->setText(test::submissionPassword());

        QSignalSpy shown(evidence(), &EvidenceActions::comparisonShown);
        evidence()->rerunProfile(saved.profile);
        QVERIFY(shown.wait(20000));
        const Checklist *checklist = session()->checklist();
        for (const MilestoneKind kind : {MilestoneKind::StartTls, MilestoneKind::Auth}) {
            const int index = checklist->indexOf(kind);
            QVERIFY2(index >= 0, qPrintable(Checklist::kindKey(kind)));
            QCOMPARE(checklist->at(index).state, MilestoneState::Passed);
        }
        QCOMPARE(evaluateOutcome(*session()).verdict, SessionOutcome::Verdict::Passed);
        QTRY_COMPARE(server.messages().size(), 1);
        QVERIFY(server.messages().constFirst().tls);
        QCOMPARE(server.messages().constFirst().authUser, QStringLiteral("helpdesk"));
        // The window's report carries the certificate.
        const QString text = reportToText(evidence()->currentReport());
        QVERIFY2(text.contains(QStringLiteral("Certificate SHA-256: ")
                               + session()->tlsReport().chain.value(0).sha256Fingerprint),
                 qPrintable(text));
        QVERIFY(!text.contains(test::submissionPassword()));
    }

    void profileManagerOperations()
    {
        openWindow();
        Profile profile;
        profile.name = QStringLiteral("Alpha");
        profile.session.host = QStringLiteral("127.0.0.1");
        profile.session.port = 2525;
        profile.session.mailFrom = QStringLiteral("a@example.com");
        profile.session.recipients = {Recipient {QStringLiteral("b@example.com"), DsnNotify::Failure, {}},
                                      Recipient {QStringLiteral("c@example.com"), DsnNotify::Never, {}}};
        profile.session.stopAfter = StopPoint::Rcpt;
        ProfileStore store;
        QVERIFY2(store.save(profile), qPrintable(store.lastError()));

        ProfileManager *manager = evidence()->showProfiles();
        QCOMPARE(manager->list()->count(), 1);
        QVERIFY(manager->duplicateProfile(QStringLiteral("Alpha"), QStringLiteral("Beta")));
        QCOMPARE(manager->list()->count(), 2);
        QCOMPARE(manager->selectedName(), QStringLiteral("Beta"));
        QVERIFY(manager->renameProfile(QStringLiteral("Beta"), QStringLiteral("Gamma")));
        QVERIFY(ProfileStore().contains(QStringLiteral("Gamma")));
        QVERIFY(!ProfileStore().contains(QStringLiteral("Beta")));
        const QString exported = m_data->filePath(QStringLiteral("gamma-export.json"));
        QVERIFY(manager->exportProfile(QStringLiteral("Gamma"), exported));
        QVERIFY(manager->deleteProfile(QStringLiteral("Gamma")));
        QCOMPARE(manager->list()->count(), 1);
        QVERIFY(manager->importProfile(exported));
        QCOMPARE(manager->list()->count(), 2);
        QVERIFY(!manager->renameProfile(QStringLiteral("Alpha"), QStringLiteral("Gamma"))); // taken
        QVERIFY(!manager->lastError().isEmpty());

        // Open fills the wizard, including the second recipient and its NOTIFY choice, and the stop point.
        manager->selectProfile(QStringLiteral("Alpha"));
        Profile loaded;
        QVERIFY(manager->loadProfile(QStringLiteral("Alpha"), &loaded));
        Q_EMIT manager->openRequested(loaded);
        WizardPanel *wizard = m_window->wizard();
        QCOMPARE(wizard->serverPage()->hostField()->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(wizard->envelopePage()->recipientCount(), 2);
        QCOMPARE(wizard->envelopePage()->recipientRow(1)->addressField()->text(), QStringLiteral("c@example.com"));
        QCOMPARE(wizard->envelopePage()->recipientRow(0)->recipient().notify, DsnNotifyFlags(DsnNotify::Failure));
        QCOMPARE(wizard->envelopePage()->recipientRow(1)->recipient().notify, DsnNotifyFlags(DsnNotify::Never));
        QCOMPARE(StopPoint(wizard->stopBox()->currentData().toInt()), StopPoint::Rcpt);
        const SessionOptions collected = wizard->collectOptions();
        QCOMPARE(collected.port, quint16(2525));
        QCOMPARE(collected.mailFrom, QStringLiteral("a@example.com"));
        QCOMPARE(evidence()->currentProfileName(), QStringLiteral("Alpha"));
    }
};

QTEST_MAIN(TestEvidenceGui)
#include "tst_evidencegui.moc"
