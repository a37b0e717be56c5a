#include "wizardpanel.h"

#include "connectpage.h"
#include "diagnosis/verdict.h"
#include "diagnosisbox.h"
#include "envelopepage.h"
#include "finishpage.h"
#include "greetingpage.h"
#include "labelledcombobox.h"
#include "messagepage.h"
#include "mx/dnsmilestone.h"
#include "mx/mxtestrunner.h"
#include "mxmatrixdialog.h"
#include "pagescrollarea.h"
#include "serverpage.h"
#include "smtp/smtpsession.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QShowEvent>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace mailflow {

namespace {
/** The rows that failed or passed only with a warning. */
int problemCount(const Checklist &checklist)
{
    int count = 0;
    for (int i = 0; i < checklist.count(); ++i)
        count += checklist.at(i).state == MilestoneState::Failed || checklist.at(i).state == MilestoneState::Warning;
    return count;
}

/** A row still waits for its reply (a pipelined RCPT TO, the message after DATA's 354). */
bool anyRunning(const Checklist &checklist)
{
    for (int i = 0; i < checklist.count(); ++i)
        if (checklist.at(i).state == MilestoneState::Running)
            return true;
    return false;
}

QString kib(qint64 bytes)
{
    if (bytes < 10 * 1024)
        return QCoreApplication::translate("mailflow::WizardPanel", "%1 bytes").arg(bytes);
    if (bytes < 10 * 1024 * 1024)
        return QCoreApplication::translate("mailflow::WizardPanel", "%1 KB").arg(bytes / 1024);
    return QCoreApplication::translate("mailflow::WizardPanel", "%1 MB")
        .arg(QString::number(bytes / 1048576.0, 'f', 1));
}

QString verdictWord(SessionOutcome::Verdict verdict)
{
    if (verdict == SessionOutcome::Verdict::NotRun)
        return QCoreApplication::translate("mailflow::WizardPanel", "not tested");
    return Checklist::stateName(verdictState(verdict));
}
} // namespace

WizardPanel::WizardPanel(SmtpSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_steps(new QLabel(this))
    , m_title(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_run(new QPushButton(tr("R&un to end"), this))
    , m_stop(new LabelledComboBox(this))
    , m_abort(new QPushButton(tr("Abor&t"), this))
    , m_reconnect(new QPushButton(tr("Reco&nnect"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
{
    m_pages << new ServerPage(session, this) << new ConnectPage(session, this) << new GreetingPage(session, this)
            << new EnvelopePage(session, this) << new MessagePage(session, this) << new FinishPage(session, this);
    for (WizardPage *page : std::as_const(m_pages)) {
        m_stack->addWidget(new PageScrollArea(page, m_stack));
        connect(page, &WizardPage::changed, this, &WizardPanel::updateButtons);
        connect(page, &WizardPage::aboutToSend, this, &WizardPanel::applyOptions);
    }

    m_steps->setObjectName(QStringLiteral("stepList"));
    m_steps->setWordWrap(true);
    m_steps->setTextFormat(Qt::RichText);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_back->setObjectName(QStringLiteral("backButton"));
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_next->setObjectName(QStringLiteral("nextButton"));
    m_run->setObjectName(QStringLiteral("runButton"));
    m_stop->setObjectName(QStringLiteral("stopBox"));
    m_abort->setObjectName(QStringLiteral("abortButton"));
    m_reconnect->setObjectName(QStringLiteral("reconnectButton"));
    for (QPushButton *b : {m_back, m_send, m_next, m_run, m_abort, m_reconnect})
        b->setAutoDefault(true);
    m_send->setToolTip(tr("Run this page's step now (Enter)"));
    m_run->setToolTip(tr("Run the remaining steps in one go with the values entered, up to the stop point"));
    m_abort->setToolTip(tr("Stop what is running and drop the connection; the transcript is kept"));
    m_reconnect->setToolTip(tr("Connect again, keeping the transcript of what happened"));

    m_stop->addItem(tr("to the end (send the mail)"), int(StopPoint::Quit));
    m_stop->addItem(tr("stop after RCPT (no mail sent)"), int(StopPoint::Rcpt));
    m_stop->addItem(tr("stop after MAIL FROM"), int(StopPoint::Mail));
    m_stop->addItem(tr("stop after EHLO"), int(StopPoint::Ehlo));
    m_stop->addItem(tr("stop after the greeting"), int(StopPoint::Connect));
    m_stop->setAccessibleName(tr("Stop point"));

    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status->setObjectName(QStringLiteral("busyStatus"));
    m_status->setWordWrap(true);

    auto *nav = new QHBoxLayout;
    nav->addWidget(m_back);
    nav->addStretch(1);
    nav->addWidget(m_send);
    nav->addWidget(m_next);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_run);
    runRow->addWidget(m_stop, 1);
    runRow->addWidget(m_reconnect);
    runRow->addWidget(m_abort);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_status, 1);
    busyRow->addWidget(m_progress, 1);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_steps);
    layout->addWidget(m_title);
    layout->addWidget(m_stack, 1);
    layout->addWidget(line);
    layout->addLayout(busyRow);
    layout->addLayout(nav);
    layout->addLayout(runRow);

    connect(m_back, &QPushButton::clicked, this, [this] { goToPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, &WizardPanel::next);
    connect(m_send, &QPushButton::clicked, this, &WizardPanel::send);
    connect(m_run, &QPushButton::clicked, this, &WizardPanel::runToEnd);
    connect(m_stop, &QComboBox::currentIndexChanged, this, &WizardPanel::updateButtons);
    connect(m_abort, &QPushButton::clicked, m_session, &SmtpSession::abort);
    connect(m_reconnect, &QPushButton::clicked, this, &WizardPanel::reconnect);
    // Connecting makes the session busy without busyChanged: watch the state too.
    connect(m_session, &SmtpSession::busyChanged, this, [this] { onBusyChanged(m_session->isBusy()); });
    connect(m_session, &SmtpSession::stateChanged, this, [this] {
        onBusyChanged(m_session->isBusy());
        refreshPage();
    });
    connect(m_session, &SmtpSession::stepFinished, this, &WizardPanel::refreshPage);
    connect(m_session, &SmtpSession::dataProgress, this, &WizardPanel::onDataProgress);
    connect(m_session, &SmtpSession::finished, this, &WizardPanel::onFinished);
    connect(m_session->checklist(), &Checklist::milestoneChanged, this, &WizardPanel::refreshPage);
    connect(m_session->checklist(), &Checklist::milestoneAdded, this, &WizardPanel::refreshPage);
    connect(m_session->checklist(), &Checklist::cleared, this, &WizardPanel::refreshPage);
    connect(finishPage(), &FinishPage::startAgainRequested, this, &WizardPanel::startAgain);
    connect(finishPage(), &FinishPage::consoleRequested, this, &WizardPanel::consoleRequested);
    connect(finishPage()->diagnosisBox(), &DiagnosisBox::retryRequested, this, &WizardPanel::runToEnd);
    connect(finishPage()->diagnosisBox(), &DiagnosisBox::entriesRequested, this, &WizardPanel::entriesRequested);
    connect(serverPage(), &ServerPage::testAllRequested, this, &WizardPanel::testAllMx);
    connect(connectPage(), &ConnectPage::newTestStarted, this, &WizardPanel::recordDns);
    connect(connectPage(), &ConnectPage::portPresetChosen, this, [this](quint16 port) {
        serverPage()->portBox()->setCurrentText(QString::number(port));
        connectPage()->initializePage(collectOptions());
    });
    connect(m_session, &SmtpSession::finished, this, [this] {
        const int host = serverPage()->selectedHost();
        if (host >= 0 && evaluateOutcome(*m_session).verdict != SessionOutcome::Verdict::NotRun)
            serverPage()->setHostState(host, verdictWord(evaluateOutcome(*m_session).verdict));
    });

    // Tab goes from the page's fields to the buttons below it, then on to the transcript.
    QWidget *previous = finishPage()->consoleButton();
    for (QWidget *w : std::initializer_list<QWidget *> {m_back, m_send, m_next, m_run, m_stop, m_reconnect, m_abort}) {
        setTabOrder(previous, w);
        previous = w;
    }

    goToPage(Server);
}

ServerPage *WizardPanel::serverPage() const
{
    return static_cast<ServerPage *>(m_pages.at(Server));
}
ConnectPage *WizardPanel::connectPage() const
{
    return static_cast<ConnectPage *>(m_pages.at(Connect));
}
GreetingPage *WizardPanel::greetingPage() const
{
    return static_cast<GreetingPage *>(m_pages.at(Greeting));
}
EnvelopePage *WizardPanel::envelopePage() const
{
    return static_cast<EnvelopePage *>(m_pages.at(Envelope));
}
MessagePage *WizardPanel::messagePage() const
{
    return static_cast<MessagePage *>(m_pages.at(Message));
}
FinishPage *WizardPanel::finishPage() const
{
    return static_cast<FinishPage *>(m_pages.at(Finish));
}

SessionOptions WizardPanel::collectOptions() const
{
    SessionOptions options = m_session->options();
    for (const WizardPage *page : m_pages)
        page->applyTo(options);
    return options;
}

void WizardPanel::applyOptions()
{
    SessionOptions options = collectOptions();
    // Steps one by one: plan the envelope rows only once the envelope is known.
    options.stopAfter = options.recipients.isEmpty() || options.recipients.constFirst().address.isEmpty()
        ? StopPoint::Ehlo
        : StopPoint::Quit;
    m_session->setOptions(options);
    m_session->setCredentials(connectPage()->credentials());
    connectPage()->rememberPasswordIfAsked();
}

void WizardPanel::recordDns()
{
    if (serverPage()->hasCurrentLookup())
        DnsMilestone::record(serverPage()->lookupResult(), m_session->transcript(), m_session->checklist(),
                             serverPage()->selectedHost());
}

void WizardPanel::testAllMx()
{
    if (!serverPage()->hasCurrentLookup())
        return;
    SessionOptions options = collectOptions();
    if (serverPage()->fieldIsAddress()
        && (options.recipients.isEmpty() || options.recipients.constFirst().address.isEmpty()))
        options.recipients = {Recipient {serverPage()->hostField()->text().trimmed(), {}, {}}};
    if (!m_mxDialog) {
        m_mxDialog = new MxMatrixDialog(this, m_factory);
        connect(m_mxDialog->runner(), &MxTestRunner::finished, this, [this] {
            const MxTestRunner *runner = m_mxDialog->runner();
            QHash<int, QStringList> states;
            for (const MxTestRow &row : runner->rows()) {
                const QString word
                    = row.status == MxTestRow::Status::NotTested ? tr("no address") : verdictWord(row.outcome.verdict);
                states[row.hostIndex] << (row.address.isNull() ? word : tr("%1: %2").arg(row.address.toString(), word));
            }
            for (auto it = states.cbegin(); it != states.cend(); ++it)
                serverPage()->setHostState(it.key(), it.value().join(QStringLiteral("; ")));
        });
    }
    m_mxDialog->start(serverPage()->lookupResult(), options);
    m_mxDialog->show();
    m_mxDialog->raise();
}

int WizardPanel::currentPage() const
{
    return m_stack->currentIndex();
}

void WizardPanel::goToPage(int id)
{
    if (id < 0 || id >= PageCount)
        return;
    const bool forward = id > currentPage();
    m_stack->setCurrentIndex(id);
    WizardPage *page = m_pages.at(id);
    if (forward || id == 0)
        page->initializePage(collectOptions());
    page->refresh();
    m_title->setText(tr("Step %1 of %2: %3").arg(id + 1).arg(int(PageCount)).arg(page->title()));
    updateStepList();
    updateButtons();
    focusPage();
}

void WizardPanel::focusPage()
{
    WizardPage *page = m_pages.at(currentPage());
    if (page->focusProxy())
        page->setFocus(Qt::OtherFocusReason);
    else if (m_send->isEnabled())
        m_send->setFocus(Qt::OtherFocusReason);
    else
        m_next->setFocus(Qt::OtherFocusReason);
}

void WizardPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous())
        focusPage();
}

void WizardPanel::updateStepList()
{
    QStringList parts;
    for (int i = 0; i < PageCount; ++i) {
        QString name = m_pages.at(i)->title().section(u' ', 0, 0).toHtmlEscaped();
        if (i == currentPage())
            name = QStringLiteral("<b><u>%1</u></b>").arg(name);
        parts << name;
    }
    m_steps->setText(parts.join(QStringLiteral(" › ")));
}

void WizardPanel::refreshPage()
{
    // Many checklist signals arrive in a burst: refresh once per event loop turn.
    if (m_refreshQueued)
        return;
    m_refreshQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_refreshQueued = false;
        m_pages.at(currentPage())->refresh();
        updateButtons();
    });
}

void WizardPanel::updateButtons()
{
    WizardPage *page = m_pages.at(currentPage());
    const bool busy = m_session->isBusy() || m_session->isPlanRunning();
    const bool canSend = !busy && page->canSend() && page->isComplete();
    m_send->setText(page->sendText());
    m_send->setVisible(currentPage() != Server);
    m_send->setEnabled(canSend);
    m_back->setEnabled(currentPage() > 0);
    m_next->setEnabled((currentPage() < PageCount - 1 && page->isComplete()) || (!busy && nextRunsStep()));
    m_abort->setEnabled(busy);
    bool allComplete = true;
    for (const WizardPage *p : std::as_const(m_pages))
        allComplete = allComplete && p->isComplete();
    const QString runBlocked = runProblem();
    m_run->setEnabled(!busy && allComplete && !collectOptions().host.isEmpty() && runBlocked.isEmpty());
    const Checklist *checklist = m_session->checklist();
    const int quit = checklist->indexOf(MilestoneKind::Quit);
    const bool cleanEnd = quit >= 0 && checklist->at(quit).state == MilestoneState::Passed;
    const bool lost = m_session->state() == SmtpSession::State::Disconnected && !busy
        && m_session->transcript()->count() > 0 && !cleanEnd;
    m_reconnect->setVisible(lost);
    m_reconnect->setEnabled(lost);
    // Enter presses Send when there is something to send, else Next.
    m_enterSends = canSend && !page->isStepDone();
    m_send->setDefault(m_enterSends);
    m_next->setDefault(!m_enterSends);
    // In practice mode Next waits for the step to settle: no row waiting for its reply, no message on its way.
    if (busy
        || (m_nextRunsSteps && m_nextAfterStep >= 0
            && (anyRunning(*m_session->checklist()) || m_session->state() == SmtpSession::State::SendingData)))
        return;
    if (m_nextAfterStep >= 0 && m_nextAfterStep == currentPage() && page->hasRun() && m_nextRunsSteps
        && !page->isSequencePending() && !page->isStepDone() && nextRunsStep() && m_nextSends < MaxNextSends) {
        // A step of several sends (MAIL FROM, then each RCPT TO): Next sends the rest while they pass.
        ++m_nextSends;
        QTimer::singleShot(0, this, &WizardPanel::send);
        return;
    }
    if (m_nextAfterStep >= 0 && !page->isSequencePending() && (m_nextAfterStep != currentPage() || page->hasRun())) {
        // Once the step Next started has run: on when it passed; a failure stays on its page (in practice
        // mode a warning too, e.g. a deferred recipient: the page is where the learner reads it).
        const bool goOn = m_nextAfterStep == currentPage() && page->isStepDone() && currentPage() < PageCount - 1
            && (!m_nextRunsSteps || problemCount(*m_session->checklist()) == m_problemsAtNext);
        m_nextAfterStep = -1;
        if (goOn)
            QTimer::singleShot(0, this, [this] { goToPage(currentPage() + 1); });
    }
    // A step that cannot run yet says in words what to do first, not only with disabled buttons.
    const bool waits = currentPage() != Server && !page->canSend() && !page->hasRun();
    const bool disconnected = m_session->state() == SmtpSession::State::Disconnected;
    m_status->setText(
        !waits ? runBlocked
            : disconnected && currentPage() > Connect
            ? tr("Not connected yet: go Back to the Connect step and press Connect first (or Run to end).")
            : disconnected ? QString()
                           : tr("This step needs the steps before it: go Back and send them first."));
}

bool WizardPanel::nextRunsStep() const
{
    const WizardPage *page = m_pages.at(currentPage());
    if (!page->canSend() || !page->isComplete() || page->isSequencePending())
        return false;
    // Outside practice mode only the first step runs this way: on the later pages Send stays the one way
    // to talk to the server, and a page that cannot talk yet says what to do first.
    if (!m_nextRunsSteps || currentPage() == Connect)
        return currentPage() == Connect && !page->hasRun();
    if (currentPage() == Server)
        return false;
    // QUIT ends every test, a failed one too; the other steps would only repeat what already failed.
    return currentPage() == Finish || (!page->isStepDone() && m_session->checklist()->firstFailure() < 0);
}

QString WizardPanel::runProblem() const
{
    // As --xclient refuses it: XCLIENT goes just before MAIL FROM, an earlier stop would silently leave it out.
    if (!collectOptions().xclient.isEmpty() && StopPoint(m_stop->currentData().toInt()) < StopPoint::Xclient)
        return tr("XCLIENT is sent just before MAIL FROM: choose a later stop point, or empty the XCLIENT field.");
    return {};
}

void WizardPanel::setNextRunsSteps(bool on)
{
    m_nextRunsSteps = on;
    m_nextAfterStep = -1;
    updateButtons();
}

void WizardPanel::next()
{
    const bool busy = m_session->isBusy() || m_session->isPlanRunning();
    if (!busy && nextRunsStep()) {
        m_nextAfterStep = currentPage();
        m_nextSends = 1;
        m_problemsAtNext = problemCount(*m_session->checklist());
        send();
        return;
    }
    if (currentPage() < PageCount - 1)
        goToPage(currentPage() + 1);
}

void WizardPanel::send()
{
    WizardPage *page = m_pages.at(currentPage());
    if (!page->canSend() || !page->isComplete() || m_session->isBusy())
        return;
    applyOptions();
    page->send();
    refreshPage();
}

void WizardPanel::runToEnd()
{
    if (m_session->isBusy() || m_session->isPlanRunning())
        return;
    if (!runProblem().isEmpty())
        return;
    SessionOptions options = collectOptions();
    options.stopAfter = StopPoint(m_stop->currentData().toInt());
    m_session->setOptions(options);
    m_session->setCredentials(connectPage()->credentials());
    connectPage()->rememberPasswordIfAsked();
    if (m_session->state() == SmtpSession::State::Disconnected) {
        m_session->startNewTest();
        recordDns();
    }
    m_runningPlan = true;
    m_session->runTo(options.stopAfter);
    updateButtons();
}

void WizardPanel::reconnect()
{
    if (m_session->state() != SmtpSession::State::Disconnected || m_session->isBusy())
        return;
    applyOptions();
    goToPage(Connect);
    m_session->connectToServer();
}

void WizardPanel::startAgain()
{
    m_session->abort();
    applyOptions();
    m_session->startNewTest();
    goToPage(Server);
}

void WizardPanel::onBusyChanged(bool busy)
{
    if (busy == m_shownBusy) {
        updateButtons();
        return;
    }
    m_shownBusy = busy;
    if (busy) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(QString());
        m_progress->show();
        m_status->setText(m_session->state() == SmtpSession::State::Connecting ? tr("Connecting…")
                                                                               : tr("Waiting for the server…"));
    } else {
        m_progress->hide();
        m_status->clear();
    }
    updateButtons();
}

void WizardPanel::onDataProgress(qint64 sent, qint64 total)
{
    if (total <= 0)
        return;
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(sent * 1000 / total));
    m_progress->setFormat(tr("%1 of %2 sent").arg(kib(sent), kib(total)));
    m_progress->show();
    m_status->setText(sent >= total ? tr("Waiting for the server to accept the message…") : tr("Sending the message…"));
}

void WizardPanel::onFinished()
{
    if (m_runningPlan) {
        m_runningPlan = false;
        goToPage(Finish);
    }
    refreshPage();
}

void WizardPanel::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier
            || event->modifiers() == Qt::ControlModifier)) {
        QPushButton *target = defaultButton();
        if (target->isVisible() && target->isEnabled()) {
            target->click();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape && m_abort->isEnabled()) {
        m_abort->click();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace mailflow
