#include "evidenceactions.h"

#include "checks/checkrunner.h"
#include "comparedialog.h"
#include "connectpage.h"
#include "evidence/dnssummary.h"
#include "evidence/reportwriter.h"
#include "evidence/runcompare.h"
#include "evidence/textreport.h"
#include "historywindow.h"
#include "pdf/pdfreport.h"
#include "preferencesdialog.h"
#include "profilemanager.h"
#include "reportsharedialog.h"
#include "serverpage.h"
#include "smtp/smtpsession.h"
#include "store/profilestore.h"
#include "watchwindow.h"
#include "windowchecks.h"
#include "wizardfill.h"
#include "wizardpanel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QThread>
#include <QToolBar>

#include <memory>
#include <utility>

namespace mailflow {

namespace {
const QString folderKey = QStringLiteral("reports/folder");
}

EvidenceActions::EvidenceActions(QMainWindow *window, SmtpSession *session, WizardPanel *wizard)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_wizard(wizard)
    , m_recorder(new HistoryRecorder(HistoryStore::defaultDirectory(), this))
{
    m_recorder->attach(session);
    // Connected after the recorder: a new test closes its run first, and the next run starts with the
    // domain whose MX records picked the server, as the CLI keeps it.
    connect(session->transcript(), &Transcript::cleared, this, [this] { m_recorder->setMxDomain(pickedMxDomain()); });
    // The limits are settings (Mailflow.conf, [history], also in Preferences). Pruning runs at start-up on a
    // worker thread, never as part of a test on the window's thread.
    m_recorder->setLimits(loadHistoryLimits(QSettings()));
    m_recorder->setPruneOnFirstRun(false);
    connect(m_recorder, &HistoryRecorder::writeFailed, this, [this](const QString &error) {
        m_window->statusBar()->showMessage(tr("History not written: %1").arg(error), 10000);
    });
    connect(m_recorder, &HistoryRecorder::notice, this, &EvidenceActions::showMessage);
    pruneHistoryInBackground(m_recorder->limits());
    connect(session, &SmtpSession::finished, this, &EvidenceActions::onFinished);
    connect(session, &SmtpSession::stateChanged, this, [this, session] {
        const ReportData data = ReportData::fromSession(*session, {}, m_localAddress);
        if (!data.environment.localAddress.isEmpty())
            m_localAddress = data.environment.localAddress;
        updateActions();
    });
    connect(session->transcript(), &Transcript::entryAppended, this, &EvidenceActions::updateActions);
    connect(session->transcript(), &Transcript::cleared, this, &EvidenceActions::updateActions);

    QStyle *style = window->style();
    m_save = new QAction(style->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save report as…"), this);
    m_save->setObjectName(QStringLiteral("saveReportAction"));
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the transcript and checklist as text, HTML, JSON or PDF for a ticket"));
    m_copy = new QAction(style->standardIcon(QStyle::SP_FileDialogContentsView), tr("&Copy report"), this);
    m_copy->setObjectName(QStringLiteral("copyReportAction"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copy->setToolTip(tr("Copy the report as plain text, to paste into a ticket"));
    m_history = new QAction(style->standardIcon(QStyle::SP_FileDialogDetailedView), tr("&History…"), this);
    m_history->setObjectName(QStringLiteral("historyAction"));
    m_history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_history->setToolTip(tr("Every test run, kept automatically"));
    m_saveProfile = new QAction(tr("Save as &profile…"), this);
    m_saveProfile->setObjectName(QStringLiteral("saveProfileAction"));
    m_saveProfile->setToolTip(tr("Keep the values entered to run the same test again later"));
    m_profiles = new QAction(style->standardIcon(QStyle::SP_DirOpenIcon), tr("P&rofiles…"), this);
    m_profiles->setObjectName(QStringLiteral("profilesAction"));
    m_profiles->setShortcut(QKeySequence::Open);
    m_profiles->setToolTip(tr("Open, rerun and manage saved test profiles"));
    m_preferences = new QAction(tr("Pre&ferences…"), this);
    m_preferences->setObjectName(QStringLiteral("preferencesAction"));
    m_preferences->setShortcut(QKeySequence::Preferences);
    m_preferences->setMenuRole(QAction::PreferencesRole);
    m_preferences->setToolTip(tr("How much history is kept"));
    m_watch = new QAction(tr("&Watch a profile…"), this);
    m_watch->setObjectName(QStringLiteral("watchProfileAction"));
    m_watch->setToolTip(tr("Rerun a profile every few minutes and be told when its result changes"));
    auto *quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    file->addAction(m_save);
    file->addAction(m_copy);
    file->addSeparator();
    file->addAction(m_history);
    file->addAction(m_preferences);
    file->addSeparator();
    file->addAction(quit);
    QMenu *profiles = window->menuBar()->addMenu(tr("&Profiles"));
    profiles->setObjectName(QStringLiteral("profilesMenu"));
    profiles->addAction(m_saveProfile);
    profiles->addAction(m_profiles);
    profiles->addAction(m_watch);

    QToolBar *toolbar = window->addToolBar(tr("Report"));
    toolbar->setObjectName(QStringLiteral("reportToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(m_save);
    toolbar->addAction(m_copy);
    toolbar->addAction(m_history);
    toolbar->addAction(m_profiles);

    connect(m_save, &QAction::triggered, this, &EvidenceActions::saveReportAs);
    connect(m_copy, &QAction::triggered, this, &EvidenceActions::copyReport);
    connect(m_history, &QAction::triggered, this, &EvidenceActions::showHistory);
    connect(m_preferences, &QAction::triggered, this, &EvidenceActions::showPreferences);
    connect(m_saveProfile, &QAction::triggered, this, &EvidenceActions::saveAsProfileInteractive);
    connect(m_profiles, &QAction::triggered, this, &EvidenceActions::showProfiles);
    connect(m_watch, &QAction::triggered, this, &EvidenceActions::watchProfileInteractive);
    connect(quit, &QAction::triggered, window, &QWidget::close);
    updateActions();
}

EvidenceActions::~EvidenceActions()
{
    // The worker holds its own connection to the database: let it finish before the window goes.
    if (m_pruning) {
        m_pruning->wait();
        delete m_pruning;
    }
}

void EvidenceActions::pruneHistoryInBackground(const HistoryLimits &limits)
{
    if (m_pruning) {
        m_pruneAgain = true; // one at a time; the newest limits win
        return;
    }
    struct Result
    {
        int removed = 0;
        QString message;
    };
    auto result = std::make_shared<Result>();
    m_pruning = QThread::create([directory = historyDirectory(), limits, keep = m_recorder->currentRunId(), result] {
        HistoryStore store(directory);
        result->removed = store.prune(limits, keep);
        result->message = store.errorString().isEmpty() ? store.notice() : store.errorString();
    });
    m_pruning->setObjectName(QStringLiteral("historyPrune"));
    connect(m_pruning, &QThread::finished, this, [this, result] {
        m_pruning->deleteLater();
        m_pruning = nullptr;
        if (!result->message.isEmpty())
            showMessage(result->message);
        Q_EMIT historyPruned(result->removed);
        if (m_historyWindow && result->removed > 0)
            m_historyWindow->refresh();
        if (std::exchange(m_pruneAgain, false))
            pruneHistoryInBackground(m_recorder->limits());
    });
    m_pruning->start(QThread::LowPriority);
}

PreferencesDialog *EvidenceActions::showPreferences()
{
    auto *dialog = new PreferencesDialog(m_recorder->limits(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QSettings settings;
        saveLanguageSetting(settings, dialog->language());
        saveCheckSettings(settings, dialog->checkSettings());
        applyHistoryLimits(dialog->limits());
    });
    dialog->open();
    return dialog;
}

void EvidenceActions::applyHistoryLimits(const HistoryLimits &limits)
{
    QSettings settings;
    saveHistoryLimits(settings, limits);
    m_recorder->setLimits(limits);
    pruneHistoryInBackground(limits);
}

QString EvidenceActions::historyDirectory() const
{
    return HistoryStore::defaultDirectory();
}

QString EvidenceActions::profilesDirectory() const
{
    return ProfileStore::defaultDirectory();
}

CompareDialog *EvidenceActions::compareDialog() const
{
    return m_compare;
}

void EvidenceActions::updateActions()
{
    const bool any = m_session->transcript()->count() > 0;
    m_save->setEnabled(any);
    m_copy->setEnabled(any);
}

ReportData EvidenceActions::currentReport() const
{
    ReportData data = ReportData::fromSession(*m_session, m_profileName, m_localAddress);
    const ServerPage *server = m_wizard->serverPage();
    if (server->hasCurrentLookup())
        setDnsLookup(&data.dns, server->lookupResult());
    if (m_checks)
        data.checks = m_checks->findings();
    data.redaction = m_redaction;
    return data;
}

void EvidenceActions::setChecks(WindowChecks *checks)
{
    m_checks = checks;
    // The checks end after the run: their findings join it in the history when the last one is in.
    connect(checks->runner(), &CheckRunner::finished, this,
            [this] { m_recorder->recordFindings(m_checks->findings()); });
}

void EvidenceActions::showMessage(const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Mailflow"), text, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("evidenceMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool EvidenceActions::saveReportTo(const QString &path, QString *error)
{
    const ReportData data = currentReport();
    ReportFormat format = reportFormatForPath(path);
    if (format == ReportFormat::Unknown)
        format = ReportFormat::Text;
    QString why;
    const bool ok
        = format == ReportFormat::Pdf ? savePdfReport(path, data, &why) : saveReport(path, data, format, &why);
    if (!ok) {
        showMessage(
            tr("The report was not saved.\n\n%1\n\nThe test is still here: save it in another folder.").arg(why));
    } else {
        m_window->statusBar()->showMessage(tr("Report saved to %1").arg(QDir::toNativeSeparators(path)), 8000);
    }
    if (error)
        *error = why;
    return ok;
}

void EvidenceActions::saveReportAs()
{
    ReportShareDialog share(currentReport(), m_redaction, m_window);
    if (share.exec() != QDialog::Accepted)
        return;
    m_redaction = share.redaction();
    QSettings settings;
    const QString folder = settings.value(folderKey, QDir::homePath()).toString();
    const ReportData data = currentReport();
    const QString filters = tr("Plain text (*.txt);;HTML report (*.html);;JSON (*.json);;PDF (*.pdf)");
    QString selected = tr("Plain text (*.txt)");
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Save report as"), QDir(folder).filePath(defaultReportFileName(data, ReportFormat::Text)), filters,
        &selected);
    if (path.isEmpty())
        return;
    settings.setValue(folderKey, QFileInfo(path).absolutePath());
    saveReportTo(path);
}

QString EvidenceActions::copyReport()
{
    QString text = reportToText(currentReport());
    QGuiApplication::clipboard()->setText(text);
    m_window->statusBar()->showMessage(tr("Report copied to the clipboard"), 5000);
    return text;
}

HistoryWindow *EvidenceActions::showHistory()
{
    if (!m_historyWindow)
        m_historyWindow = new HistoryWindow(historyDirectory(), m_window);
    else
        m_historyWindow->refresh();
    m_historyWindow->show();
    m_historyWindow->raise();
    m_historyWindow->activateWindow();
    return m_historyWindow;
}

ProfileManager *EvidenceActions::showProfiles()
{
    auto *manager = new ProfileManager(profilesDirectory(), m_window);
    manager->setAttribute(Qt::WA_DeleteOnClose);
    manager->selectProfile(m_profileName);
    connect(manager, &ProfileManager::openRequested, this, &EvidenceActions::openProfile);
    connect(manager, &ProfileManager::rerunRequested, this, [this](const Profile &profile) { rerunProfile(profile); });
    manager->open();
    return manager;
}

WatchWindow *EvidenceActions::watchProfile(const Profile &profile)
{
    auto *watch = new WatchWindow(this, profile, m_window);
    watch->setAttribute(Qt::WA_DeleteOnClose);
    watch->show();
    return watch;
}

void EvidenceActions::watchProfileInteractive()
{
    const ProfileStore store(profilesDirectory());
    QStringList names;
    for (const ProfileInfo &info : store.list()) {
        if (info.error.isEmpty())
            names << info.name;
    }
    if (names.isEmpty()) {
        showMessage(tr("There is no profile to watch yet: run a test, then Profiles ▸ Save as profile."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(m_window, tr("Watch a profile"), tr("Profile:"), names,
                                               std::max(0, int(names.indexOf(m_profileName))), false, &ok);
    if (!ok)
        return;
    const ProfileParseResult loaded = store.load(name);
    if (!loaded.ok) {
        showMessage(loaded.error);
        return;
    }
    watchProfile(loaded.profile)->start();
}

QString EvidenceActions::pickedMxDomain() const
{
    const ServerPage *server = m_wizard->serverPage();
    return server->selectedHost() >= 0 ? server->lookupResult().domain : QString();
}

bool EvidenceActions::saveAsProfile(const QString &name, QString *error)
{
    Profile profile;
    ProfileStore store(profilesDirectory());
    const ProfileParseResult existing = store.load(name);
    if (existing.ok && store.contains(name))
        profile = existing.profile; // keep what the window has no field for (description, MX domain)
    profile.name = name;
    profile.session = m_wizard->collectOptions();
    profile.session.stopAfter = StopPoint(m_wizard->stopBox()->currentData().toInt());
    // A server picked from an MX lookup: the profile looks it up again when it runs.
    profile.mxDomain = pickedMxDomain();
    if (m_checks)
        profile.checks = m_checks->selection();
    const bool ok = store.save(profile);
    if (error)
        *error = ok ? QString() : store.lastError();
    if (!ok) {
        showMessage(tr("The profile was not saved.\n\n%1").arg(store.lastError()));
        return false;
    }
    m_profileName = name;
    m_recorder->setProfileName(name);
    m_window->statusBar()->showMessage(tr("Saved as profile \"%1\"").arg(name), 8000);
    return true;
}

void EvidenceActions::saveAsProfileInteractive()
{
    bool ok = false;
    const QString name
        = QInputDialog::getText(m_window, tr("Save as profile"), tr("Profile name:"), QLineEdit::Normal,
                                m_profileName.isEmpty() ? m_wizard->collectOptions().host : m_profileName, &ok)
              .trimmed();
    if (!ok || name.isEmpty())
        return;
    if (name != m_profileName && ProfileStore(profilesDirectory()).contains(name)
        && QMessageBox::question(m_window, tr("Save as profile"),
                                 tr("A profile named \"%1\" exists. Replace it?").arg(name))
            != QMessageBox::Yes)
        return;
    saveAsProfile(name);
}

void EvidenceActions::openProfile(const Profile &profile)
{
    SmtpSession *session = m_session;
    if (session->state() != SmtpSession::State::Disconnected)
        session->abort();
    m_profileName = profile.name;
    m_recorder->setProfileName(profile.name);
    if (m_checks)
        m_checks->setProfileSelection(profile.checks);
    fillWizard(m_wizard, session, profile.session);
    m_window->statusBar()->showMessage(tr("Profile \"%1\" opened").arg(profile.name), 8000);
}

void EvidenceActions::rerunProfile(const Profile &profile, bool compare)
{
    m_compareAfterRerun = compare;
    const QStringList problems = profileRunProblems(profile);
    if (!problems.isEmpty()) {
        showMessage(tr("The profile \"%1\" cannot run:\n%2").arg(profile.name, problems.join(u'\n')));
        return;
    }
    openProfile(profile);
    ConnectPage *page = m_wizard->connectPage();
    if (profile.session.auth.isEnabled() && page->passwordField()->text().isEmpty()) {
        bool ok = false;
        const QString password = QInputDialog::getText(m_window, tr("Rerun profile"),
                                                       tr("Password for %1:").arg(profile.session.auth.user),
                                                       QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        page->passwordField()->setText(password);
    }
    if (!profile.usesMx()) {
        runProfileOn(profile, profile.session.host);
        return;
    }
    // As in the window by hand: look up the MX, then test the most preferred host that has an address.
    ServerPage *server = m_wizard->serverPage();
    server->hostField()->setText(profile.mxDomain);
    auto *once = new QObject(this);
    QObject::connect(server->resolver(), &MxResolver::finished, once, [this, once, server, profile] {
        once->deleteLater();
        const int host = server->selectedHost();
        if (host < 0) {
            showMessage(tr("The profile \"%1\" cannot run: %2").arg(profile.name, server->lookupResult().message));
            return;
        }
        runProfileOn(profile, server->lookupResult().hosts.at(host).addresses.constFirst().toString());
    });
    server->lookUp();
}

void EvidenceActions::runProfileOn(const Profile &profile, const QString &host)
{
    SmtpSession *session = m_session;
    SessionOptions options = profile.session;
    options.host = host;
    session->setOptions(options);
    session->setCredentials(m_wizard->connectPage()->credentials());
    session->startNewTest();
    m_wizard->recordDns();
    m_compareWhenFinished = true;
    session->runTo(options.stopAfter);
}

void EvidenceActions::onFinished()
{
    if (!m_compareWhenFinished)
        return;
    m_compareWhenFinished = false;
    m_wizard->goToPage(WizardPanel::Finish);
    if (m_compareAfterRerun)
        showComparison();
}

void EvidenceActions::showComparison()
{
    const HistoryStore store(historyDirectory());
    const QString currentId = m_recorder->currentRunId();
    const HistoryRunInfo previous = store.previousRunOf(m_profileName, currentId);
    if (!m_compare)
        m_compare = new CompareDialog(m_window);
    ReportData before;
    QString error;
    if (previous.id.isEmpty()) {
        m_lastChanges.clear();
        m_compare->setComparison(tr("First run of the profile \"%1\": nothing to compare with yet.").arg(m_profileName),
                                 {});
    } else if (!store.loadReport(previous.id, &before, &error)) {
        m_lastChanges.clear();
        m_compare->setComparison(tr("The previous run could not be read: %1").arg(error), {});
    } else {
        ReportData now = ReportData::fromSession(*m_session, m_profileName, m_localAddress);
        m_lastChanges = compareRuns(before, now);
        const QLocale locale;
        m_compare->setComparison(
            tr("<b>Profile \"%1\"</b>: this run (%2, %3) against the previous one (%4, %5).")
                .arg(m_profileName.toHtmlEscaped(), locale.toString(now.startedAt, QLocale::ShortFormat),
                     verdictTitle(now.outcome.verdict), locale.toString(before.startedAt, QLocale::ShortFormat),
                     verdictTitle(before.outcome.verdict)),
            runChangesToText(m_lastChanges));
    }
    m_compare->show();
    m_compare->raise();
    Q_EMIT comparisonShown();
}

} // namespace mailflow
