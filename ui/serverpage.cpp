#include "serverpage.h"

#include "fieldvalidation.h"
#include "sessionoptions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace mailflow {

ServerPage::ServerPage(SmtpSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_host(new QLineEdit(this))
    , m_port(new QComboBox(this))
{
    addExplanation(tr("Which mail server do you want to test? Enter its name (for example mail.example.com) "
                      "or its IP address, and the port. Port 25 is where servers receive mail from other "
                      "servers; 587 and 465 are where mail programs hand in mail; 2525 is a common "
                      "alternative."));
    m_host->setObjectName(QStringLiteral("hostField"));
    m_host->setPlaceholderText(tr("mail.example.com"));
    m_port->setObjectName(QStringLiteral("portBox"));
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    for (const int port : {25, 587, 465, 2525})
        m_port->addItem(QString::number(port));
    m_port->lineEdit()->setValidator(new QIntValidator(1, 65535, m_port));
    m_port->setItemData(0, tr("25: server to server (SMTP)"), Qt::ToolTipRole);
    m_port->setItemData(1, tr("587: submission by mail programs, usually STARTTLS and a password"), Qt::ToolTipRole);
    m_port->setItemData(2, tr("465: submission over TLS from the first byte"), Qt::ToolTipRole);
    m_port->setItemData(3, tr("2525: alternative port some providers offer"), Qt::ToolTipRole);

    auto *hostReason = FieldCheck::makeReasonLabel(this);
    hostReason->setObjectName(QStringLiteral("hostReason"));
    auto *portReason = FieldCheck::makeReasonLabel(this);
    portReason->setObjectName(QStringLiteral("portReason"));
    m_hostCheck = new FieldCheck(m_host, hostReason, &FieldCheck::checkHost, this);
    m_portCheck = new FieldCheck(m_port->lineEdit(), portReason, &FieldCheck::checkPort, this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Ser&ver:"), m_host);
    form->addRow(QString(), hostReason);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), portReason);
    m_layout->addLayout(form);
    m_layout->addWidget(m_result);
    m_layout->addStretch(1);

    connect(m_hostCheck, &FieldCheck::validityChanged, this, &WizardPage::changed);
    connect(m_portCheck, &FieldCheck::validityChanged, this, &WizardPage::changed);
    setFocusProxy(m_host);
}

QString ServerPage::title() const
{
    return tr("Server");
}

void ServerPage::applyTo(SessionOptions &options) const
{
    options.host = m_host->text().trimmed();
    options.port = quint16(m_port->currentText().trimmed().toUInt());
}

bool ServerPage::isComplete() const
{
    return m_hostCheck->isValid() && m_portCheck->isValid();
}

} // namespace mailflow
