#include "finishpage.h"

#include "checklistmodel.h"
#include "diagnosis/testdiagnosis.h"
#include "diagnosis/verdict.h"
#include "diagnosisbox.h"
#include "smtp/smtpsession.h"
#include "statusicons.h"
#include "stepresult.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace mailflow {

FinishPage::FinishPage(SmtpSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_verdictIcon(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_startAgain(new QPushButton(tr("Start a&gain"), this))
    , m_console(new QPushButton(tr("Go on in the conso&le"), this))
    , m_diagnosis(new DiagnosisBox(this))
{
    addExplanation(tr("<b>QUIT</b> ends the conversation politely; the server answers <b>221</b> and closes "
                      "the connection. Below is the verdict to paste into the ticket, and every step in short."));
    m_verdict->setObjectName(QStringLiteral("verdictLabel"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_verdict->setFont(big);
    auto *verdictRow = new QHBoxLayout;
    verdictRow->addWidget(m_verdictIcon, 0, Qt::AlignTop);
    verdictRow->addWidget(m_verdict, 1);
    m_layout->addLayout(verdictRow);
    m_layout->addWidget(m_result);
    m_layout->addWidget(m_diagnosis);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(m_summary);
    m_startAgain->setObjectName(QStringLiteral("startAgainButton"));
    m_startAgain->setAutoDefault(true);
    m_console->setObjectName(QStringLiteral("consoleButton"));
    m_console->setAutoDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_startAgain);
    buttons->addWidget(m_console);
    buttons->addStretch(1);
    m_layout->addLayout(buttons);
    m_layout->addStretch(1);
    connect(m_startAgain, &QPushButton::clicked, this, &FinishPage::startAgainRequested);
    connect(m_console, &QPushButton::clicked, this, &FinishPage::consoleRequested);
}

QString FinishPage::title() const
{
    return tr("Finish (QUIT)");
}

void FinishPage::applyTo(SessionOptions &options) const
{
    Q_UNUSED(options)
}

bool FinishPage::canSend() const
{
    const auto state = m_session->state();
    return !m_session->isBusy() && state != SmtpSession::State::Disconnected && state != SmtpSession::State::Connecting
        && state != SmtpSession::State::SendingData;
}

QString FinishPage::sendText() const
{
    return tr("&Send QUIT");
}

void FinishPage::send()
{
    m_session->quit();
}

int FinishPage::resultMilestone() const
{
    // The step that failed says more than the QUIT after it.
    const int failed = m_session->checklist()->firstFailure();
    return failed >= 0 ? failed : lastMilestoneOf(MilestoneKind::Quit);
}

void FinishPage::refresh()
{
    WizardPage::refresh();
    const SessionOutcome outcome = evaluateOutcome(*m_session);
    const MilestoneState state = verdictState(outcome.verdict);
    const int size = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_verdictIcon->setPixmap(StatusIcons::stateIcon(state).pixmap(size, size));
    m_verdict->setText(outcome.sentence);
    QPalette p = m_verdict->palette();
    p.setColor(QPalette::WindowText,
               outcome.verdict == SessionOutcome::Verdict::NotRun ? palette().color(QPalette::WindowText)
                                                                  : StatusIcons::stateColor(state, palette()));
    m_verdict->setPalette(p);

    QString html = QStringLiteral("<table cellspacing='2'>");
    const Checklist *checklist = m_session->checklist();
    QList<int> order;
    for (int i = 0; i < checklist->count(); ++i)
        order << i;
    std::stable_sort(order.begin(), order.end(), [checklist](int a, int b) {
        return checklist->at(a).conversationRank() < checklist->at(b).conversationRank();
    });
    for (const int i : std::as_const(order)) {
        const Milestone &m = checklist->at(i);
        const QString colour = StatusIcons::stateColor(m.state, palette()).name();
        const QString reply = m.reply.isValid() ? m.reply.summary() : m.summary;
        html += QStringLiteral("<tr><td style='color:%1'><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                    .arg(colour, Checklist::stateName(m.state).toHtmlEscaped(), m.title().toHtmlEscaped(),
                         reply.toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    m_summary->setText(checklist->count() ? html : QString());
    // Only a finished test has a diagnosis; while it runs the box would follow every reply.
    const bool finished
        = outcome.verdict != SessionOutcome::Verdict::NotRun && !m_session->isBusy() && !m_session->isPlanRunning();
    m_diagnosis->setDiagnosis(finished ? diagnoseTest(*m_session) : TestDiagnosis {});
}

} // namespace mailflow
