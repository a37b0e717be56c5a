#include "recipientrow.h"

#include "fieldvalidation.h"
#include "smtp/checklist.h"
#include "statusicons.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace mailflow {

RecipientRow::RecipientRow(QWidget *parent)
    : QWidget(parent)
    , m_address(new QLineEdit(this))
    , m_success(new QCheckBox(tr("Success"), this))
    , m_failure(new QCheckBox(tr("Failure"), this))
    , m_delay(new QCheckBox(tr("Delay"), this))
    , m_never(new QCheckBox(tr("Never"), this))
    , m_send(new QPushButton(tr("Send RCPT"), this))
    , m_remove(new QToolButton(this))
    , m_state(new QLabel(this))
    , m_reason(FieldCheck::makeReasonLabel(this))
{
    m_address->setObjectName(QStringLiteral("recipientField"));
    m_address->setPlaceholderText(tr("user@example.com"));
    m_address->setAccessibleName(tr("Recipient address"));
    m_send->setObjectName(QStringLiteral("sendRcptButton"));
    m_send->setAutoDefault(true);
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Remove this recipient"));
    m_state->setObjectName(QStringLiteral("recipientState"));
    m_state->setWordWrap(true);
    m_state->hide();
    m_check = new FieldCheck(m_address, m_reason, &FieldCheck::checkMailbox, this);
    m_success->setToolTip(tr("NOTIFY=SUCCESS: ask for a receipt when the mail is delivered"));
    m_failure->setToolTip(tr("NOTIFY=FAILURE: ask for a report when delivery fails"));
    m_delay->setToolTip(tr("NOTIFY=DELAY: ask for a report when delivery is delayed"));
    m_never->setToolTip(tr("NOTIFY=NEVER: ask for no report at all"));

    auto *notifyRow = new QHBoxLayout;
    notifyRow->setContentsMargins(0, 0, 0, 0);
    auto *notifyLabel = new QLabel(tr("Notify:"), this);
    notifyRow->addWidget(notifyLabel);
    for (QCheckBox *box : {m_success, m_failure, m_delay, m_never})
        notifyRow->addWidget(box);
    notifyRow->addStretch(1);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 2, 0, 2);
    grid->addWidget(m_address, 0, 0);
    grid->addWidget(m_send, 0, 1);
    grid->addWidget(m_remove, 0, 2);
    grid->addWidget(m_reason, 1, 0, 1, 3);
    grid->addLayout(notifyRow, 2, 0, 1, 3);
    grid->addWidget(m_state, 3, 0, 1, 3);
    grid->setColumnStretch(0, 1);

    for (QCheckBox *box : {m_success, m_failure, m_delay}) {
        connect(box, &QCheckBox::toggled, this, [this](bool on) {
            if (on)
                m_never->setChecked(false);
            Q_EMIT changed();
        });
    }
    connect(m_never, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            for (QCheckBox *box : {m_success, m_failure, m_delay})
                box->setChecked(false);
        }
        Q_EMIT changed();
    });
    connect(m_address, &QLineEdit::textChanged, this, &RecipientRow::changed);
    connect(m_send, &QPushButton::clicked, this, &RecipientRow::sendClicked);
    connect(m_remove, &QToolButton::clicked, this, &RecipientRow::removeClicked);
}

Recipient RecipientRow::recipient() const
{
    Recipient r;
    r.address = m_address->text().trimmed();
    if (m_success->isChecked())
        r.notify |= DsnNotify::Success;
    if (m_failure->isChecked())
        r.notify |= DsnNotify::Failure;
    if (m_delay->isChecked())
        r.notify |= DsnNotify::Delay;
    if (m_never->isChecked())
        r.notify = DsnNotify::Never;
    return r;
}

void RecipientRow::setAddress(const QString &address)
{
    m_address->setText(address);
}

bool RecipientRow::isValid() const
{
    return m_check->isValid();
}

void RecipientRow::setSendEnabled(bool enabled)
{
    m_send->setEnabled(enabled && isValid());
}

void RecipientRow::setRemovable(bool removable)
{
    m_remove->setEnabled(removable);
}

QList<QWidget *> RecipientRow::tabChain() const
{
    return {m_address, m_success, m_failure, m_delay, m_never, m_send, m_remove};
}

QCheckBox *RecipientRow::notifyBox(DsnNotify flag) const
{
    switch (flag) {
    case DsnNotify::Success:
        return m_success;
    case DsnNotify::Failure:
        return m_failure;
    case DsnNotify::Delay:
        return m_delay;
    case DsnNotify::Never:
        return m_never;
    case DsnNotify::None:
        break;
    }
    return nullptr;
}

void RecipientRow::showMilestone(const Milestone *m)
{
    if (!m || m->state == MilestoneState::Pending) {
        m_state->hide();
        return;
    }
    QPalette p = m_state->palette();
    p.setColor(QPalette::WindowText, StatusIcons::stateColor(m->state, palette()));
    m_state->setPalette(p);
    const QString reply = m->reply.isValid() ? m->reply.summary() : m->summary;
    m_state->setText(reply.isEmpty() ? Checklist::stateName(m->state)
                                     : tr("%1: %2").arg(Checklist::stateName(m->state), reply));
    m_state->show();
}

} // namespace mailflow
