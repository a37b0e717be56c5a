#include "envelopepage.h"

#include "advancedsection.h"
#include "fieldvalidation.h"
#include "recipientrow.h"
#include "smtp/smtpsession.h"
#include "stepresult.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailflow {

EnvelopePage::EnvelopePage(SmtpSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_sender(new QLineEdit(this))
    , m_mail(new QPushButton(tr("Send &MAIL FROM"), this))
    , m_rset(new QPushButton(tr("&RSET"), this))
    , m_add(new QPushButton(tr("A&dd recipient"), this))
    , m_forceDsn(new QCheckBox(tr("Send NOTIFY= even when the server does not advertise &DSN"), this))
    , m_dsnNote(new QLabel(this))
    , m_advanced(new AdvancedSection(tr("Advanced"), this))
    , m_pipeline(new QCheckBox(tr("Send MAIL FROM, the recipients and DATA in one batch (PIPELINING)"), this))
    , m_relayCheck(new QCheckBox(tr("Check whether the server is an &open relay"), this))
    , m_xclient(new QLineEdit(this))
    , m_rowsLayout(new QVBoxLayout)
    , m_rcptResult(new StepResult(this))
{
    addExplanation(tr("The envelope says who sends and who receives. <b>MAIL FROM</b> gives the sender and "
                      "<b>RCPT TO</b> each recipient; the server should answer <b>250</b> to each. "
                      "A 550 to RCPT usually means the mailbox does not exist or the server will not relay "
                      "for that domain; a 4xx means try again later."));
    m_sender->setObjectName(QStringLiteral("senderField"));
    m_sender->setPlaceholderText(tr("you@example.com (empty: <> null sender)"));
    auto *senderReason = FieldCheck::makeReasonLabel(this);
    senderReason->setObjectName(QStringLiteral("senderReason"));
    m_senderCheck = new FieldCheck(m_sender, senderReason, &FieldCheck::checkSender, this);
    m_mail->setObjectName(QStringLiteral("mailButton"));
    m_mail->setAutoDefault(true);
    m_rset->setObjectName(QStringLiteral("rsetButton"));
    m_rset->setAutoDefault(true);
    m_rset->setToolTip(tr("RSET: forget the sender and recipients given so far, keep the connection"));
    m_add->setObjectName(QStringLiteral("addRecipientButton"));
    m_add->setAutoDefault(true);
    m_forceDsn->setObjectName(QStringLiteral("forceDsnBox"));
    m_dsnNote->setObjectName(QStringLiteral("dsnNote"));
    m_dsnNote->setWordWrap(true);
    m_dsnNote->hide();

    auto *senderLabel = new QLabel(tr("&Sender:"), this);
    senderLabel->setBuddy(m_sender);
    auto *senderRow = new QHBoxLayout;
    senderRow->addWidget(senderLabel);
    senderRow->addWidget(m_sender, 1);
    senderRow->addWidget(m_mail);
    senderRow->addWidget(m_rset);
    m_layout->addLayout(senderRow);
    m_layout->addWidget(senderReason);
    m_layout->addWidget(m_result);

    auto *recipientsLabel
        = new QLabel(tr("<b>Recipients</b> (each with its own delivery-notification request):"), this);
    recipientsLabel->setWordWrap(true);
    m_layout->addWidget(recipientsLabel);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_layout->addLayout(m_rowsLayout);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    m_layout->addLayout(addRow);
    m_layout->addWidget(m_forceDsn);
    m_layout->addWidget(m_dsnNote);
    m_layout->addWidget(m_rcptResult);
    m_advanced->toggle()->setObjectName(QStringLiteral("envelopeAdvancedToggle"));
    m_pipeline->setObjectName(QStringLiteral("pipelineBox"));
    m_pipeline->setToolTip(tr("Only when the server offers PIPELINING and the test runs on its own; each reply is "
                              "judged in the order of the commands."));
    m_advanced->form()->addRow(m_pipeline);
    m_relayCheck->setObjectName(QStringLiteral("relayCheckBox"));
    m_relayCheck->setToolTip(tr("After the envelope, RCPT TO an address outside the server's domains from an outside "
                                "sender, then RSET; no message is sent. A server that accepts it relays for anyone."));
    m_advanced->form()->addRow(m_relayCheck);
    m_xclient->setObjectName(QStringLiteral("xclientField"));
    m_xclient->setPlaceholderText(tr("optional: NAME=VALUE,… (ADDR, NAME, PORT, PROTO, HELO, LOGIN)"));
    m_xclient->setToolTip(tr("After EHLO, postfix's XCLIENT with these attributes, then EHLO again; a \";\" starts "
                             "another XCLIENT command."));
    auto *xclientReason = FieldCheck::makeReasonLabel(this);
    xclientReason->setObjectName(QStringLiteral("xclientReason"));
    m_xclientCheck = new FieldCheck(
        m_xclient, xclientReason,
        [](const QString &text) {
            QList<XclientAttribute> attributes;
            QString error;
            if (!text.trimmed().isEmpty())
                Xclient::parse(text.trimmed(), &attributes, &error);
            return error;
        },
        this);
    auto *xclientColumn = new QVBoxLayout;
    xclientColumn->addWidget(m_xclient);
    xclientColumn->addWidget(xclientReason);
    auto *xclientLabel = new QLabel(tr("&XCLIENT:"), this);
    xclientLabel->setBuddy(m_xclient);
    m_advanced->form()->addRow(xclientLabel, xclientColumn);
    auto *utf8Note = new QLabel(tr("Addresses with characters outside ASCII go with SMTPUTF8 when the server offers "
                                   "it; otherwise the transcript says so and gives the ASCII form of the domain."),
                                this);
    utf8Note->setObjectName(QStringLiteral("smtpUtf8Note"));
    utf8Note->setWordWrap(true);
    m_advanced->form()->addRow(utf8Note);
    m_layout->addWidget(m_advanced);
    m_layout->addStretch(1);

    addRecipient();

    connect(m_senderCheck, &FieldCheck::validityChanged, this, &WizardPage::changed);
    connect(m_xclientCheck, &FieldCheck::validityChanged, this, &WizardPage::changed);
    // Filled or emptied while valid all along: whether Run to end may stop before MAIL changes with it.
    connect(m_xclient, &QLineEdit::textChanged, this, &WizardPage::changed);
    connect(m_sender, &QLineEdit::textChanged, this, &WizardPage::changed);
    connect(m_forceDsn, &QCheckBox::toggled, this, &EnvelopePage::refresh);
    connect(m_mail, &QPushButton::clicked, this, &EnvelopePage::sendMail);
    connect(m_rset, &QPushButton::clicked, this, &EnvelopePage::sendRset);
    connect(m_add, &QPushButton::clicked, this,
            [this] { addRecipient()->addressField()->setFocus(Qt::OtherFocusReason); });
    connect(m_session, &SmtpSession::busyChanged, this, [this](bool busy) {
        if (busy || !m_mailAfterRset)
            return;
        m_mailAfterRset = false;
        // After the RSET reply has been handled completely.
        QTimer::singleShot(0, this, [this] {
            Q_EMIT aboutToSend();
            m_sentSender = m_sender->text().trimmed();
            m_session->mailFrom();
        });
    });
    setFocusProxy(m_sender);
}

RecipientRow *EnvelopePage::addRecipient(const QString &address)
{
    auto *row = new RecipientRow(this);
    row->setAddress(address);
    m_rows << row;
    m_rowsLayout->addWidget(row);
    connect(row, &RecipientRow::changed, this, [this] {
        refresh();
        Q_EMIT changed();
    });
    connect(row, &RecipientRow::sendClicked, this, [this, row] { sendRecipient(int(m_rows.indexOf(row))); });
    connect(row, &RecipientRow::removeClicked, this, [this, row] { removeRecipient(row); });
    updateTabOrder();
    refresh();
    Q_EMIT changed();
    return row;
}

void EnvelopePage::removeRecipient(RecipientRow *row)
{
    if (m_rows.size() <= 1)
        return;
    m_rows.removeOne(row);
    row->deleteLater();
    updateTabOrder();
    refresh();
    Q_EMIT changed();
}

void EnvelopePage::updateTabOrder()
{
    QList<QWidget *> chain {m_sender, m_mail, m_rset};
    for (const RecipientRow *row : std::as_const(m_rows))
        chain << row->tabChain();
    chain << m_add << m_forceDsn << m_advanced->toggle() << m_pipeline << m_relayCheck << m_xclient;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QString EnvelopePage::title() const
{
    return tr("Envelope (MAIL FROM, RCPT TO)");
}

void EnvelopePage::applyTo(SessionOptions &options) const
{
    options.mailFrom = m_sender->text().trimmed();
    // ORCPT has no field: keep the one the options (a profile) had for the same address.
    const QList<Recipient> before = options.recipients;
    options.recipients.clear();
    for (const RecipientRow *row : m_rows) {
        Recipient recipient = row->recipient();
        for (const Recipient &old : before) {
            if (old.address == recipient.address)
                recipient.orcpt = old.orcpt;
        }
        options.recipients << recipient;
    }
    options.dsnMode = m_forceDsn->isChecked() ? DsnMode::Force : DsnMode::Auto;
    options.pipelining = m_pipeline->isChecked();
    // The probe's sender and recipient have no field: a profile's own stay.
    options.relayCheck.enabled = m_relayCheck->isChecked();
    options.xclient.clear();
    QString ignored;
    if (m_xclientCheck->isValid() && !m_xclient->text().trimmed().isEmpty())
        Xclient::parse(m_xclient->text().trimmed(), &options.xclient, &ignored);
}

bool EnvelopePage::isComplete() const
{
    if (!m_senderCheck->isValid() || !m_xclientCheck->isValid())
        return false;
    for (const RecipientRow *row : m_rows) {
        if (!row->isValid())
            return false;
    }
    return true;
}

bool EnvelopePage::canTalk() const
{
    const auto state = m_session->state();
    return !m_session->isBusy() && !m_mailAfterRset
        && (state == SmtpSession::State::Connected || state == SmtpSession::State::Greeted
            || state == SmtpSession::State::InTransaction);
}

int EnvelopePage::recipientMilestone(int index) const
{
    if (index < 0 || index >= m_rows.size())
        return -1;
    return m_session->checklist()->indexOf(MilestoneKind::Rcpt, m_rows.at(index)->recipient().address);
}

EnvelopePage::Next EnvelopePage::nextAction(int *recipient) const
{
    const bool inTransaction = m_session->state() == SmtpSession::State::InTransaction;
    if (!inTransaction || m_sentSender != m_sender->text().trimmed())
        return m_senderCheck->isValid() ? Next::Mail : Next::Nothing;
    int retry = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_rows.at(i)->isValid())
            continue;
        const int index = recipientMilestone(i);
        const MilestoneState state = index >= 0 ? m_session->checklist()->at(index).state : MilestoneState::Pending;
        if (state == MilestoneState::Pending || state == MilestoneState::Skipped) {
            if (recipient)
                *recipient = i;
            return Next::Recipient;
        }
        if ((state == MilestoneState::Failed || state == MilestoneState::Warning) && retry < 0)
            retry = i;
    }
    if (retry >= 0 && retry != m_lastRecipient) {
        if (recipient)
            *recipient = retry;
        return Next::Recipient;
    }
    return Next::Nothing;
}

bool EnvelopePage::isStepDone() const
{
    return nextAction() == Next::Nothing;
}

bool EnvelopePage::canSend() const
{
    return canTalk() && nextAction() != Next::Nothing;
}

QString EnvelopePage::sendText() const
{
    int index = -1;
    if (canTalk() && nextAction(&index) == Next::Recipient)
        return tr("&Send RCPT TO");
    return tr("&Send MAIL FROM");
}

void EnvelopePage::send()
{
    int index = -1;
    switch (nextAction(&index)) {
    case Next::Mail:
        sendMail();
        return;
    case Next::Recipient:
        sendRecipient(index);
        return;
    case Next::Nothing:
        return;
    }
}

void EnvelopePage::sendMail()
{
    if (!canTalk() || !m_senderCheck->isValid())
        return;
    Q_EMIT aboutToSend();
    const int mail = lastMilestoneOf(MilestoneKind::Mail);
    const bool tried = mail >= 0 && m_session->checklist()->at(mail).isFinished();
    if (m_session->state() == SmtpSession::State::InTransaction || tried) {
        // A new sender needs a clean transaction: RSET first, MAIL FROM when it is answered.
        m_mailAfterRset = true;
        m_session->rset();
        return;
    }
    m_sentSender = m_sender->text().trimmed();
    m_lastRecipient = -1;
    m_session->mailFrom();
}

void EnvelopePage::sendRset()
{
    if (!canTalk())
        return;
    m_session->rset();
}

void EnvelopePage::sendRecipient(int index)
{
    if (!canTalk() || index < 0 || index >= m_rows.size() || !m_rows.at(index)->isValid())
        return;
    Q_EMIT aboutToSend();
    m_lastRecipient = index;
    m_session->rcptTo(index);
}

int EnvelopePage::resultMilestone() const
{
    return lastMilestoneOf(MilestoneKind::Mail);
}

void EnvelopePage::refresh()
{
    WizardPage::refresh();
    const bool talk = canTalk();
    const bool inTransaction = m_session->state() == SmtpSession::State::InTransaction;
    m_mail->setEnabled(talk && m_senderCheck->isValid());
    m_rset->setEnabled(talk && m_session->state() != SmtpSession::State::Connected);
    int latest = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        RecipientRow *row = m_rows.at(i);
        row->setSendEnabled(talk && inTransaction);
        row->setRemovable(m_rows.size() > 1);
        const int index = recipientMilestone(i);
        row->showMilestone(index >= 0 ? &m_session->checklist()->at(index) : nullptr);
        if (i == m_lastRecipient)
            latest = index;
    }
    m_rcptResult->showMilestone(latest >= 0 ? &m_session->checklist()->at(latest) : nullptr);

    bool notifyWanted = false;
    for (const RecipientRow *row : std::as_const(m_rows))
        notifyWanted = notifyWanted || bool(row->recipient().notify);
    const auto state = m_session->state();
    const bool greeted = state == SmtpSession::State::Greeted || state == SmtpSession::State::InTransaction;
    if (greeted && !m_session->capabilities().dsn) {
        m_dsnNote->setText(
            m_forceDsn->isChecked()
                ? tr("Note: this server did not advertise DSN. NOTIFY= is sent anyway, as you asked; "
                     "the server may refuse it with 555.")
                : tr("Note: this server did not advertise DSN, so delivery notifications cannot be asked for; "
                     "the NOTIFY options are not sent unless you tick the box above."));
        m_dsnNote->setVisible(true);
    } else if (greeted && notifyWanted) {
        m_dsnNote->setText(tr("The server advertised DSN: the NOTIFY options are sent with each RCPT TO."));
        m_dsnNote->setVisible(true);
    } else {
        m_dsnNote->setVisible(false);
    }
}

} // namespace mailflow
