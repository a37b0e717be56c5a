#include "diagnosisbox.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

#include <algorithm>

namespace mailflow {

namespace {
QLabel *wrappingLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

/** Without a countdown of the server's own, the retry waits this long. */
constexpr int defaultRetrySeconds = 60;
} // namespace

DiagnosisBox::DiagnosisBox(QWidget *parent)
    : QGroupBox(tr("Diagnosis"), parent)
    , m_cause(wrappingLabel(QStringLiteral("diagnosisCause"), this))
    , m_who(wrappingLabel(QStringLiteral("diagnosisWho"), this))
    , m_what(wrappingLabel(QStringLiteral("diagnosisWhat"), this))
    , m_steps(wrappingLabel(QStringLiteral("diagnosisSteps"), this))
    , m_evidence(new QLabel(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("diagnosisBox"));
    QFont bold = m_cause->font();
    bold.setBold(true);
    m_cause->setFont(bold);
    m_steps->setTextFormat(Qt::RichText);
    m_evidence->setObjectName(QStringLiteral("diagnosisEvidence"));
    m_evidence->setTextFormat(Qt::RichText);
    m_evidence->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Cause:"), m_cause);
    form->addRow(tr("Who must act:"), m_who);
    form->addRow(tr("What happened:"), m_what);
    form->addRow(tr("Next steps:"), m_steps);
    form->addRow(tr("Evidence:"), m_evidence);
    form->addRow(QString(), m_retry);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &DiagnosisBox::tick);
    connect(m_evidence, &QLabel::linkActivated, this, &DiagnosisBox::showEvidence);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        m_countdown.stop();
        m_retry->hide();
        Q_EMIT retryRequested();
    });
    setDiagnosis({});
}

void DiagnosisBox::setDiagnosis(const TestDiagnosis &diagnosis)
{
    const bool sameDeferral = m_countdown.isActive() && diagnosis.deferred && diagnosis.ruleId == m_diagnosis.ruleId
        && diagnosis.evidenceLines == m_diagnosis.evidenceLines;
    m_diagnosis = diagnosis;
    setVisible(!diagnosis.ruleId.isEmpty());
    m_cause->setText(tr("%1 (%2)").arg(causeTitle(diagnosis.cause), diagnosis.causeKey()));
    m_who->setText(actorTitle(diagnosis.who));
    QString what = diagnosis.sentence;
    if (diagnosis.thinEvidence)
        what += u' ' + tr("(The server gives no reason: this rests on the reply code alone.)");
    for (const QString &note : diagnosis.notes)
        what += u'\n' + note;
    m_what->setText(what);
    QString steps = QStringLiteral("<ol style='margin-left:0; -qt-list-indent:1'>");
    for (const QString &step : diagnosis.nextSteps)
        steps += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
    m_steps->setText(steps + QStringLiteral("</ol>"));
    QStringList numbers;
    for (int line : diagnosis.evidenceLines)
        numbers << QString::number(line);
    QString evidence = numbers.isEmpty()
        ? tr("no transcript lines")
        : QStringLiteral("<a href='#lines'>%1</a>").arg(tr("transcript lines %1").arg(numbers.join(u", ")));
    for (const QString &tag : diagnosis.providerTags)
        evidence += QStringLiteral("<br>") + tag.toHtmlEscaped();
    evidence += QStringLiteral("<br><small>%1</small>").arg(tr("rule %1").arg(diagnosis.ruleId).toHtmlEscaped());
    m_evidence->setText(evidence);

    if (sameDeferral)
        return; // a refresh while counting down keeps the count
    m_countdown.stop();
    const bool retry = diagnosis.deferred && diagnosis.cause == Cause::Greylisting;
    m_retry->setVisible(retry);
    if (!retry)
        return;
    m_secondsLeft = diagnosis.retryAfterSeconds > 0 ? diagnosis.retryAfterSeconds : defaultRetrySeconds;
    updateRetryText();
    m_countdown.start();
}

void DiagnosisBox::tick()
{
    m_secondsLeft = std::max(0, m_secondsLeft - 1);
    updateRetryText();
    if (m_secondsLeft > 0)
        return;
    m_countdown.stop();
    m_retry->hide();
    Q_EMIT retryRequested();
}

void DiagnosisBox::updateRetryText()
{
    m_retry->setText(tr("&Retry after %n s", nullptr, m_secondsLeft));
}

void DiagnosisBox::showEvidence()
{
    if (m_diagnosis.evidenceLines.isEmpty())
        return;
    const auto [first, last]
        = std::minmax_element(m_diagnosis.evidenceLines.cbegin(), m_diagnosis.evidenceLines.cend());
    Q_EMIT entriesRequested(*first - 1, *last - 1);
}

} // namespace mailflow
