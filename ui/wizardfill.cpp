#include "wizardfill.h"

#include "connectioncontrols.h"
#include "connectpage.h"
#include "envelopepage.h"
#include "greetingpage.h"
#include "messagepage.h"
#include "recipientrow.h"
#include "serverpage.h"
#include "smtp/smtpsession.h"
#include "wizardpanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace mailflow {

namespace {
void fillRecipients(EnvelopePage *page, const QList<Recipient> &recipients)
{
    while (page->recipientCount() > qMax<qsizetype>(1, recipients.size()))
        Q_EMIT page->recipientRow(page->recipientCount() - 1)->removeClicked();
    while (page->recipientCount() < recipients.size())
        page->addRecipient();
    for (int i = 0; i < page->recipientCount(); ++i) {
        RecipientRow *row = page->recipientRow(i);
        const Recipient r = i < recipients.size() ? recipients.at(i) : Recipient {};
        row->setAddress(r.address);
        // Never excludes the others: set it last so it wins, clear it first otherwise.
        row->notifyBox(DsnNotify::Never)->setChecked(false);
        for (const DsnNotify flag : {DsnNotify::Success, DsnNotify::Failure, DsnNotify::Delay})
            row->notifyBox(flag)->setChecked(r.notify.testFlag(flag));
        if (r.notify.testFlag(DsnNotify::Never))
            row->notifyBox(DsnNotify::Never)->setChecked(true);
    }
}

void selectData(QComboBox *box, int value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

void fillSecurity(ConnectPage *page, const SessionOptions &options)
{
    selectData(page->securityBox(), int(options.tls.mode));
    page->caFileField()->setText(options.tls.caFile);
    page->clientCertField()->setText(options.tls.clientCertificateFile);
    page->clientKeyField()->setText(options.tls.clientKeyFile);
    page->verifyBox()->setChecked(options.tls.verifyCertificate);
    selectData(page->tlsVersionsBox(), int(options.tls.versions));
    page->ciphersField()->setText(options.tls.ciphers);
    page->sniField()->setText(options.tls.sniName);
    page->authBox()->setChecked(options.auth.isEnabled());
    if (options.auth.isEnabled())
        selectData(page->mechanismBox(), int(options.auth.mechanism));
    // A password typed for another user must not be sent for this one.
    if (page->userField()->text().trimmed() != options.auth.user)
        page->passwordField()->clear();
    page->userField()->setText(options.auth.user);
    page->allowPlaintextBox()->setChecked(options.auth.allowPlaintext);
    page->lmtpBox()->setChecked(options.lmtp);
    page->connectionControls()->fill(options.connection);
}

QString headersText(const QList<QPair<QString, QString>> &headers)
{
    QStringList lines;
    for (const auto &h : headers)
        lines << h.first + QStringLiteral(": ") + h.second;
    return lines.join(u'\n');
}
} // namespace

void fillWizard(WizardPanel *wizard, SmtpSession *session, const SessionOptions &options)
{
    if (session->state() == SmtpSession::State::Disconnected && !session->isBusy())
        session->setOptions(options);
    wizard->serverPage()->hostField()->setText(options.host);
    wizard->serverPage()->portBox()->setEditText(QString::number(options.port));
    wizard->greetingPage()->nameField()->setText(options.ehloName);
    fillSecurity(wizard->connectPage(), options);

    EnvelopePage *envelope = wizard->envelopePage();
    envelope->senderField()->setText(options.mailFrom);
    fillRecipients(envelope, options.recipients);
    envelope->forceDsnBox()->setChecked(options.dsnMode == DsnMode::Force);
    envelope->pipelineBox()->setChecked(options.pipelining);
    envelope->relayCheckBox()->setChecked(options.relayCheck.enabled);
    envelope->xclientField()->setText(Xclient::toText(options.xclient));

    MessagePage *message = wizard->messagePage();
    const MessageSpec &m = options.message;
    message->fromField()->setText(m.fromHeader);
    message->toField()->setText(m.toHeader);
    message->subjectField()->setText(m.subject);
    message->headersEdit()->setPlainText(headersText(m.extraHeaders));
    message->bodyEdit()->setPlainText(m.bodyText);
    message->fileBox()->setChecked(m.rawMessage || !m.bodyFile.isEmpty());
    message->fileField()->setText(m.bodyFile);
    message->setBdat(options.bdat, options.bdatChunkSize);
    message->setAttachments(m.attachments);

    selectData(wizard->stopBox(), int(options.stopAfter));
    wizard->goToPage(WizardPanel::Server);
}

} // namespace mailflow
