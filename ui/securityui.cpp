#include "securityui.h"

#include "certificatedialogs.h"
#include "checklistview.h"
#include "smtp/smtpsession.h"

#include <QAbstractProxyModel>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QToolButton>

namespace mailflow {

SecurityUi::SecurityUi(SmtpSession *session, ChecklistView *checklist, QStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_padlock(new QLabel(window))
    , m_certificate(new QToolButton(window))
{
    m_padlock->setObjectName(QStringLiteral("padlock"));
    m_certificate->setObjectName(QStringLiteral("certificateButton"));
    m_certificate->setText(tr("Certificate…"));
    m_certificate->setAutoRaise(true);
    m_certificate->setToolTip(tr("What the TLS handshake showed: protocol, cipher, certificate chain"));
    statusBar->addPermanentWidget(m_padlock);
    statusBar->addPermanentWidget(m_certificate);
    session->setCertificatePolicy(&m_policy);
    setEncrypted(false);

    connect(session, &SmtpSession::encryptionChanged, this, &SecurityUi::setEncrypted);
    connect(session, &SmtpSession::stateChanged, this, [this] { setEncrypted(m_session->isEncrypted()); });
    connect(session, &SmtpSession::certificateDecisionNeeded, this, &SecurityUi::ask);
    connect(m_certificate, &QToolButton::clicked, this, &SecurityUi::openCertificatePanel);
    connect(checklist->tableView(), &QTableView::doubleClicked, this, [this, checklist](const QModelIndex &index) {
        QModelIndex source = index;
        if (auto *proxy = qobject_cast<QAbstractProxyModel *>(checklist->tableView()->model()))
            source = proxy->mapToSource(index);
        const Checklist *list = m_session->checklist();
        if (source.row() >= 0 && source.row() < list->count() && list->at(source.row()).kind == MilestoneKind::Tls)
            openCertificatePanel();
    });
}

CertificateDecisionDialog *SecurityUi::decisionDialog() const
{
    return m_decision.data();
}

void SecurityUi::setEncrypted(bool encrypted)
{
    const TlsReport &report = m_session->tlsReport();
    m_padlock->setProperty("encrypted", encrypted);
    if (encrypted) {
        m_padlock->setText(tr("Encrypted (%1)").arg(report.protocol));
        m_padlock->setToolTip(report.summary());
    } else {
        m_padlock->setText(tr("Not encrypted"));
        m_padlock->setToolTip(tr("The connection is not encrypted (or there is none)."));
    }
    m_certificate->setEnabled(report.handshakeDone || !report.chain.isEmpty());
}

void SecurityUi::ask(const TlsReport &report)
{
    if (m_decision)
        m_decision->deleteLater();
    m_decision = new CertificateDecisionDialog(report, m_window);
    m_decision->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_decision, &QDialog::finished, this,
            [this](int result) { m_session->continueAfterCertificate(result == QDialog::Accepted); });
    m_decision->open();
}

CertificatePanel *SecurityUi::openCertificatePanel()
{
    auto *panel = new CertificatePanel(m_session->tlsReport(), m_window);
    panel->setAttribute(Qt::WA_DeleteOnClose);
    panel->show();
    return panel;
}

} // namespace mailflow
