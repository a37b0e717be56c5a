#include "mainwindow.h"

#include "aboutdialog.h"
#include "base/enumtable.h"
#include "checklistview.h"
#include "consolewidget.h"
#include "diagnosis/catalogexplainer.h"
#include "evidenceactions.h"
#include "practicemode.h"
#include "securityui.h"
#include "serverpage.h"
#include "smtp/smtpsession.h"
#include "smtp/transportfactory.h"
#include "transcriptview.h"
#include "windowchecks.h"
#include "wizardpanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

namespace mailflow {

namespace {
using State = SmtpSession::State;
constexpr EnumName<State> sessionStates[]
    = {{State::Disconnected, "disconnected", QT_TRANSLATE_NOOP("mailflow::MainWindow", "Not connected")},
       {State::Connecting, "connecting", QT_TRANSLATE_NOOP("mailflow::MainWindow", "Connecting")},
       {State::Connected, "connected", QT_TRANSLATE_NOOP("mailflow::MainWindow", "Connected, greeting received")},
       {State::Greeted, "greeted", QT_TRANSLATE_NOOP("mailflow::MainWindow", "Greeted (EHLO/HELO accepted)")},
       {State::InTransaction, "transaction", QT_TRANSLATE_NOOP("mailflow::MainWindow", "In a mail transaction")},
       {State::SendingData, "data", QT_TRANSLATE_NOOP("mailflow::MainWindow", "Sending the message")},
       {State::Closing, "closing", QT_TRANSLATE_NOOP("mailflow::MainWindow", "Closing")}};

QString stateText(State state)
{
    const char *title = enumTitle(sessionStates, state);
    return title ? QCoreApplication::translate("mailflow::MainWindow", title) : QString();
}
} // namespace

MainWindow::MainWindow(QWidget *parent, TransportFactory *factory)
    : QMainWindow(parent)
    , m_session(new SmtpSession((factory ? factory : socketTransportFactory())->createTransport(this), this))
    , m_wizard(new WizardPanel(m_session, this))
    , m_transcript(new TranscriptView(this))
    , m_checklist(new ChecklistView(this))
    , m_console(new ConsoleWidget(this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_state(new QLabel(this))
    , m_checks(new WindowChecks(m_session, this))
{
    setWindowTitle(tr("Mailflow — SMTP test"));
    setObjectName(QStringLiteral("mainWindow"));
    m_session->setExplainer(catalogExplainer());
    m_wizard->setTransportFactory(factory);
    m_transcript->setTranscript(m_session->transcript());
    m_checklist->setChecklist(m_session->checklist());
    m_console->setSession(m_session);
    m_checks->setDnsServerField([this] { return m_wizard->serverPage()->dnsServerField()->text(); });
    // The built-in server is a lesson about the conversation, on loopback: nothing around it to check.
    m_checks->setSuspended([this] { return m_practice && m_practice->scenario(); });
    connect(m_checks, &WindowChecks::findingsChanged, this, [this] { m_checklist->setFindings(m_checks->findings()); });

    auto *transcriptPane = new QWidget(this);
    auto *transcriptLayout = new QVBoxLayout(transcriptPane);
    transcriptLayout->setContentsMargins(4, 4, 4, 4);
    transcriptLayout->addWidget(m_transcript, 1);
    transcriptLayout->addWidget(m_console);
    auto *checklistPane = new QWidget(this);
    auto *checklistLayout = new QVBoxLayout(checklistPane);
    checklistLayout->setContentsMargins(4, 4, 4, 4);
    checklistLayout->addWidget(m_checklist);

    m_sideSplitter->setObjectName(QStringLiteral("sideSplitter"));
    m_sideSplitter->addWidget(transcriptPane);
    m_sideSplitter->addWidget(checklistPane);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sideSplitter->setChildrenCollapsible(false);
    m_mainSplitter->setObjectName(QStringLiteral("mainSplitter"));
    m_mainSplitter->addWidget(m_wizard);
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->setStretchFactor(0, 2);
    m_mainSplitter->setStretchFactor(1, 3);
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);
    setMinimumSize(1000, 640);

    addStatusBar();
    updateStatus();

    connect(m_session, &SmtpSession::stateChanged, this, &MainWindow::updateStatus);
    connect(m_checklist, &ChecklistView::entriesSelected, m_transcript, &TranscriptView::showEntries);
    connect(m_wizard, &WizardPanel::entriesRequested, m_transcript, &TranscriptView::showEntries);
    connect(m_wizard, &WizardPanel::consoleRequested, this,
            [this] { m_console->lineEdit()->setFocus(Qt::OtherFocusReason); });
    connect(m_mainSplitter, &QSplitter::splitterMoved, this, &MainWindow::saveLayout);
    connect(m_sideSplitter, &QSplitter::splitterMoved, this, &MainWindow::saveLayout);
    restoreLayout();

    addEvidenceAndPractice(checklistLayout);
    addHelpMenu();
}

void MainWindow::addStatusBar()
{
    m_state->setObjectName(QStringLiteral("sessionState"));
    statusBar()->addPermanentWidget(m_state);
    // The padlock and the certificate button go to the state's right.
    m_security = new SecurityUi(m_session, m_checklist, statusBar(), this);
}

void MainWindow::addEvidenceAndPractice(QVBoxLayout *checklistLayout)
{
    // Reports, history and profiles: menus, toolbar, history recorder.
    m_evidence = new EvidenceActions(this, m_session, m_wizard);
    m_evidence->setChecks(m_checks);
    m_practice = new PracticeMode(this, m_wizard, m_session, checklistLayout);
}

void MainWindow::addHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(tr("&About Mailflow"));
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        auto *dialog = new AboutDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

MainWindow::~MainWindow() = default;

void MainWindow::updateStatus()
{
    QString text = stateText(m_session->state());
    if (m_session->state() != SmtpSession::State::Disconnected)
        text = tr("%1 — %2:%3").arg(text, m_session->options().host).arg(m_session->options().port);
    m_state->setText(text);
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/mainSplitter"), m_mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/sideSplitter"), m_sideSplitter->saveState());
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    const QByteArray main = settings.value(QStringLiteral("window/mainSplitter")).toByteArray();
    const QByteArray side = settings.value(QStringLiteral("window/sideSplitter")).toByteArray();
    if (main.isEmpty() || !m_mainSplitter->restoreState(main))
        m_mainSplitter->setSizes({440, 660});
    if (side.isEmpty() || !m_sideSplitter->restoreState(side))
        m_sideSplitter->setSizes({420, 280});
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    QSettings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_session->abort();
    QMainWindow::closeEvent(event);
}

} // namespace mailflow
