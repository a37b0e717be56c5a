#include "practicemode.h"

#include "connectpage.h"
#include "finishpage.h"
#include "practice/practiceclient.h"
#include "serverpage.h"
#include "smtp/smtpsession.h"
#include "store/historystore.h"
#include "store/profilestore.h"
#include "wizardfill.h"
#include "wizardpanel.h"

#include <QCommandLinkButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mailflow {

const char *const PracticeMode::tourScenarios[2] = {"healthy", "relay-denied"};

namespace {
QFrame *makeBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QFrame(parent);
    box->setObjectName(objectName);
    box->setFrameShape(QFrame::StyledPanel);
    box->setVisible(false);
    return box;
}

QLabel *wrappedLabel(QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

PracticeMode::PracticeMode(QMainWindow *window, WizardPanel *wizard, SmtpSession *session, QVBoxLayout *besideChecklist)
    : QObject(window)
    , m_window(window)
    , m_wizard(wizard)
    , m_session(session)
    , m_menu(window->menuBar()->addMenu(tr("P&ractice")))
    , m_panel(makeBox(QStringLiteral("practicePanel"), window))
    , m_title(wrappedLabel(m_panel, QStringLiteral("practiceTitle")))
    , m_lesson(wrappedLabel(m_panel, QStringLiteral("practiceLesson")))
    , m_finishBox(makeBox(QStringLiteral("practiceFinish"), wizard->finishPage()))
    , m_outcome(wrappedLabel(m_finishBox, QStringLiteral("practiceOutcome")))
    , m_openMessage(new QPushButton(m_finishBox))
    , m_tourNext(new QPushButton(tr("&Next in the tour: a refusal"), m_finishBox))
{
    m_menu->setObjectName(QStringLiteral("practiceMenu"));
    QAction *tour = m_menu->addAction(tr("Practice &tour (a passing test, then a refusal)"));
    tour->setObjectName(QStringLiteral("practiceTourAction"));
    connect(tour, &QAction::triggered, this, &PracticeMode::startTour);
    m_menu->addSeparator();
    for (const PracticeScenario &scenario : practiceScenarios()) {
        QAction *action = m_menu->addAction(scenario.name());
        action->setObjectName(QStringLiteral("practice-") + scenario.name());
        action->setStatusTip(scenario.descriptionText());
        action->setToolTip(scenario.descriptionText());
        const QString key = scenario.name();
        connect(action, &QAction::triggered, this, [this, key] {
            m_tourStep = -1;
            start(key);
        });
    }
    m_menu->setToolTipsVisible(true);
    m_menu->addSeparator();
    QAction *stopAction = m_menu->addAction(tr("&Stop the practice server"));
    connect(stopAction, &QAction::triggered, this, &PracticeMode::stop);

    // The start page's choice: the same scenarios, for someone with no mail server at hand.
    auto *choice = new QCommandLinkButton(tr("Practice on a built-in server"),
                                          tr("No mail server at hand? Try the test on a safe server inside "
                                             "Mailflow: a passing test and the common refusals."),
                                          wizard->serverPage());
    choice->setObjectName(QStringLiteral("practiceChoice"));
    choice->setMenu(m_menu);
    if (auto *layout = qobject_cast<QVBoxLayout *>(wizard->serverPage()->layout()))
        layout->addWidget(choice);

    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(6, 4, 6, 4);
    panelLayout->setSpacing(2);
    m_panel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_lesson);
    besideChecklist->insertWidget(0, m_panel);

    m_openMessage->setObjectName(QStringLiteral("practiceOpenMessage"));
    m_tourNext->setObjectName(QStringLiteral("practiceTourNext"));
    auto *finishLayout = new QVBoxLayout(m_finishBox);
    finishLayout->addWidget(m_outcome);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openMessage);
    buttons->addWidget(m_tourNext);
    buttons->addStretch(1);
    finishLayout->addLayout(buttons);
    if (auto *layout = qobject_cast<QVBoxLayout *>(wizard->finishPage()->layout()))
        layout->insertWidget(qMax(0, layout->count() - 1), m_finishBox);
    connect(m_openMessage, &QPushButton::clicked, this, &PracticeMode::showMessage);
    connect(m_tourNext, &QPushButton::clicked, this, [this] {
        m_tourStep = 1;
        start(QString::fromLatin1(tourScenarios[1]));
    });
    connect(m_session, &SmtpSession::finished, this, &PracticeMode::onFinished);
}

PracticeMode::~PracticeMode() = default;

bool PracticeMode::isFirstStart()
{
    return ProfileStore().list().isEmpty() && HistoryStore().count(HistoryQuery {}) == 0;
}

void PracticeMode::offerTourIfFirstStart()
{
    if (!isFirstStart())
        return;
    m_offer = new QMessageBox(QMessageBox::Question, tr("Welcome to Mailflow"),
                              tr("No mail server at hand? Mailflow has one built in for practice.\n\n"
                                 "The practice tour runs the test twice on it: first a server that accepts the "
                                 "message, then one that refuses it, with the refusal explained."),
                              QMessageBox::NoButton, m_window);
    m_offer->setObjectName(QStringLiteral("practiceTourOffer"));
    QPushButton *yes = m_offer->addButton(tr("Start the practice &tour"), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("practiceTourStart"));
    m_offer->addButton(tr("&Not now"), QMessageBox::RejectRole);
    m_offer->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, &PracticeMode::startTour);
    m_offer->open();
}

void PracticeMode::startTour()
{
    m_tourStep = 0;
    start(QString::fromLatin1(tourScenarios[0]));
}

bool PracticeMode::start(const QString &key, QString *error)
{
    QString why;
    const PracticeScenario *scenario = findPracticeScenario(key);
    if (!scenario)
        why = tr("There is no practice scenario \"%1\".").arg(key);
    m_session->abort();
    m_server.reset();
    if (scenario) {
        m_server = std::make_unique<PracticeServer>(*scenario);
        m_caFile = std::make_unique<QTemporaryFile>();
        if (!m_server->start(QHostAddress(QHostAddress::LocalHost), 0, &why)
            || !writeCertificateFile(*m_server, m_caFile.get(), &why))
            m_server.reset();
    }
    if (!m_server) {
        m_scenario = nullptr;
        m_wizard->setNextRunsSteps(false);
        m_panel->setVisible(false);
        m_finishBox->setVisible(false);
        QMessageBox::warning(m_window, tr("Practice"), why);
        if (error)
            *error = why;
        return false;
    }
    m_scenario = scenario;
    SessionOptions options;
    Credentials credentials;
    applyPracticeClient(*scenario, *m_server, m_caFile->fileName(), false, &options, &credentials);
    fillWizard(m_wizard, m_session, options);
    m_wizard->connectPage()->passwordField()->setText(credentials.password);

    const QString where = PracticeServer::endpointText(m_server->serverAddress(), m_server->serverPort());
    m_title->setText(tr("Practice: %1 on %2 — %3").arg(scenario->name(), where, scenario->descriptionText()));
    m_title->setToolTip(tr("Press Next on each page to run its step and go on, or Run to end."));
    m_wizard->setNextRunsSteps(true);
    const QString step = m_tourStep == 0 ? tr("Tour, 1 of 2: a server that accepts the message. ")
        : m_tourStep == 1                ? tr("Tour, 2 of 2: a server that refuses it. ")
                                         : QString();
    m_lesson->setText(step + tr("What to look for: %1").arg(scenario->lessonText()));
    m_panel->setVisible(true);
    m_finishBox->setVisible(false);
    return true;
}

void PracticeMode::stop()
{
    m_session->abort();
    m_server.reset();
    m_scenario = nullptr;
    m_tourStep = -1;
    m_wizard->setNextRunsSteps(false);
    m_panel->setVisible(false);
    m_finishBox->setVisible(false);
}

bool PracticeMode::lessonSeen() const
{
    return m_scenario && mailflow::lessonSeen(*m_scenario, *m_session->checklist());
}

void PracticeMode::onFinished()
{
    if (!m_scenario || !m_server)
        return;
    const bool seen = lessonSeen();
    MilestoneKind kind = MilestoneKind::Connect;
    MilestoneState expected = MilestoneState::Passed;
    expectedMilestone(*m_scenario, &kind, &expected);
    const QString row = Checklist::kindTitle(kind);
    const QString state = Checklist::stateName(expected);
    m_outcome->setText(
        seen
            ? tr("You saw what this scenario teaches: %1 — %2.\n%3").arg(row, state.toLower(), m_scenario->lessonText())
            : tr("This run did not show the lesson (%1 should be %2). Run the whole test, "
                 "without changing the settings the practice filled in.")
                  .arg(row, state.toLower()));
    const PracticeMessage *last = m_server->messages().isEmpty() ? nullptr : &m_server->messages().last();
    m_openMessage->setVisible(last);
    if (last)
        m_openMessage->setText(last->deliveryReport.isEmpty() ? tr("Open the &received message")
                                                              : tr("Open the &delivery receipt"));
    m_tourNext->setVisible(m_tourStep == 0);
    m_finishBox->setVisible(true);
}

void PracticeMode::showMessage()
{
    if (!m_server || m_server->messages().isEmpty())
        return;
    const PracticeMessage &message = m_server->messages().last();
    const bool receipt = !message.deliveryReport.isEmpty();
    auto *dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("practiceMessageDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(receipt ? tr("Delivery receipt sent back to %1").arg(message.sender)
                                   : tr("Message received by the practice server"));
    auto *layout = new QVBoxLayout(dialog);
    QStringList to;
    for (const PracticeRecipient &r : message.recipients)
        to << r.address + (r.notify.isEmpty() ? QString() : QStringLiteral(" NOTIFY=") + r.notify);
    auto *envelope = new QLabel(tr("Envelope: from <%1> to %2; queued as %3.")
                                    .arg(message.sender, to.join(QStringLiteral(", ")), message.queueId),
                                dialog);
    envelope->setWordWrap(true);
    layout->addWidget(envelope);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(QStringLiteral("practiceMessageText"));
    text->setReadOnly(true);
    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    text->setPlainText(QString::fromUtf8(receipt ? message.deliveryReport : message.content).remove(u'\r'));
    layout->addWidget(text, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(640, 480);
    dialog->show();
}

} // namespace mailflow
