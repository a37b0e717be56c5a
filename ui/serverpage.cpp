#include "serverpage.h"

#include "base/addressvalidation.h"
#include "dns/dnsmxresolver.h"
#include "fieldvalidation.h"
#include "labelledcombobox.h"
#include "smtp/sessionoptions.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHostAddress>
#include <QIntValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace mailflow {

ServerPage::ServerPage(SmtpSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_host(new QLineEdit(this))
    , m_port(new LabelledComboBox(this))
    , m_dnsServer(new QLineEdit(this))
    , m_dnsReason(FieldCheck::makeReasonLabel(this))
    , m_lookup(new QPushButton(tr("&Look up MX"), this))
    , m_testAll(new QPushButton(tr("Test &all MX hosts…"), this))
    , m_table(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_resolver(new DnsMxResolver(this))
{
    addExplanation(tr("Which mail server do you want to test? Enter a recipient's address or a domain "
                      "(user@example.com, example.com) and press <b>Look up MX</b> to see which servers "
                      "receive its mail, or enter a server's name or IP address directly. Port 25 is where "
                      "servers receive mail from other servers; 587 and 465 are where mail programs hand in "
                      "mail; 2525 is a common alternative."));
    m_host->setObjectName(QStringLiteral("hostField"));
    m_host->setPlaceholderText(tr("user@example.com, example.com or mail.example.com"));
    m_port->setObjectName(QStringLiteral("portBox"));
    m_port->setEditable(true);
    m_port->setInsertPolicy(QComboBox::NoInsert);
    for (const int port : {25, 587, 465, 2525})
        m_port->addItem(QString::number(port));
    m_port->lineEdit()->setValidator(new QIntValidator(1, 65535, m_port));
    // A screen reader announces the editable box's line edit, which has no label of its own.
    m_port->setAccessibleName(tr("Port"));
    m_port->lineEdit()->setAccessibleName(tr("Port"));
    m_port->setItemData(0, tr("25: server to server (SMTP)"), Qt::ToolTipRole);
    m_port->setItemData(1, tr("587: submission by mail programs, usually STARTTLS and a password"), Qt::ToolTipRole);
    m_port->setItemData(2, tr("465: submission over TLS from the first byte"), Qt::ToolTipRole);
    m_port->setItemData(3, tr("2525: alternative port some providers offer"), Qt::ToolTipRole);

    m_dnsServer->setObjectName(QStringLiteral("dnsServerField"));
    m_dnsServer->setPlaceholderText(tr("system resolver"));
    m_dnsServer->setToolTip(tr("An IPv4 address of a DNS server to ask instead of the system's resolver."));
    m_dnsReason->setObjectName(QStringLiteral("dnsServerReason"));
    m_lookup->setObjectName(QStringLiteral("lookupButton"));
    m_lookup->setAutoDefault(false);
    m_testAll->setObjectName(QStringLiteral("testAllButton"));
    m_testAll->setAutoDefault(false);
    m_testAll->setToolTip(tr("Test every address of every MX host up to RCPT TO (no mail is sent)"));

    m_table->setObjectName(QStringLiteral("mxTable"));
    m_table->setColumnCount(MxColumnCount);
    m_table->setHeaderLabels({tr("Pref."), tr("Host"), tr("Addresses"), tr("Last test")});
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setAllColumnsShowFocus(true);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Mail exchangers"));
    m_table->hide();
    m_message->setObjectName(QStringLiteral("mxMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *hostReason = FieldCheck::makeReasonLabel(this);
    hostReason->setObjectName(QStringLiteral("hostReason"));
    auto *portReason = FieldCheck::makeReasonLabel(this);
    portReason->setObjectName(QStringLiteral("portReason"));
    m_hostCheck = new FieldCheck(
        m_host, hostReason, [this](const QString &v) { return checkTarget(v); }, this);
    m_portCheck = new FieldCheck(m_port->lineEdit(), portReason, &FieldCheck::checkPort, this);

    auto *dnsRow = new QHBoxLayout;
    dnsRow->addWidget(m_dnsServer, 1);
    dnsRow->addWidget(m_lookup);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Ser&ver or address:"), m_host);
    form->addRow(QString(), hostReason);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), portReason);
    // A row whose field is a layout gets no buddy, and a label without one shows the '&' as it is.
    auto *dnsLabel = new QLabel(tr("&DNS server:"), this);
    dnsLabel->setBuddy(m_dnsServer);
    form->addRow(dnsLabel, dnsRow);
    form->addRow(QString(), m_dnsReason);
    m_layout->addLayout(form);
    m_layout->addWidget(m_message);
    m_layout->addWidget(m_table, 1);
    auto *allRow = new QHBoxLayout;
    allRow->addStretch(1);
    allRow->addWidget(m_testAll);
    m_layout->addLayout(allRow);
    m_layout->addWidget(m_result);
    m_layout->addStretch(1);

    connect(m_hostCheck, &FieldCheck::validityChanged, this, &WizardPage::changed);
    connect(m_portCheck, &FieldCheck::validityChanged, this, &WizardPage::changed);
    connect(m_host, &QLineEdit::textChanged, this, &ServerPage::updateControls);
    connect(m_dnsServer, &QLineEdit::textChanged, this, [this] {
        QHostAddress address;
        QString error;
        MxResolver::parseNameserver(m_dnsServer->text(), &address, &error);
        m_dnsReason->setText(error);
        m_dnsReason->setVisible(!error.isEmpty());
        updateControls();
    });
    connect(m_lookup, &QPushButton::clicked, this, &ServerPage::lookUp);
    connect(m_testAll, &QPushButton::clicked, this, &ServerPage::testAllRequested);
    connect(m_resolver, &MxResolver::finished, this, &ServerPage::onLookupFinished);
    connect(m_resolver, &MxResolver::progress, this, [this](const QString &text) {
        m_message->setText(text);
        m_message->show();
    });
    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &WizardPage::changed);
    setFocusProxy(m_host);
    updateControls();
}

QString ServerPage::title() const
{
    return tr("Server");
}

bool ServerPage::fieldIsAddress() const
{
    return m_host->text().contains(u'@');
}

QString ServerPage::checkTarget(const QString &value) const
{
    const QString text = value.trimmed();
    if (text.contains(u'@'))
        return validateMailbox(text, false);
    return FieldCheck::checkHost(text);
}

bool ServerPage::hasCurrentLookup() const
{
    return m_hasResult && m_lookupResult.input == m_host->text().trimmed();
}

int ServerPage::selectedHost() const
{
    if (!hasCurrentLookup())
        return -1;
    const QList<QTreeWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return -1;
    return m_table->indexOfTopLevelItem(items.constFirst());
}

void ServerPage::applyTo(SessionOptions &options) const
{
    const int host = selectedHost();
    // A picked MX: connect to the address the lookup found (the DNS server asked may not be the system's).
    if (host >= 0 && host < m_lookupResult.hosts.size() && m_lookupResult.hosts.at(host).hasAddresses())
        options.host = m_lookupResult.hosts.at(host).addresses.constFirst().toString();
    else if (fieldIsAddress())
        options.host = m_host->text().trimmed().section(u'@', -1);
    else
        options.host = m_host->text().trimmed();
    options.port = quint16(m_port->currentText().trimmed().toUInt());
}

bool ServerPage::isComplete() const
{
    if (!m_hostCheck->isValid() || !m_portCheck->isValid())
        return false;
    // An address names no server by itself: its MX must be looked up and picked.
    return !fieldIsAddress() || selectedHost() >= 0;
}

void ServerPage::lookUp()
{
    QHostAddress nameserver;
    QString error;
    if (!MxResolver::parseNameserver(m_dnsServer->text(), &nameserver, &error)
        || !m_resolver->setNameserver(nameserver, &error)) {
        m_dnsReason->setText(error);
        m_dnsReason->show();
        return;
    }
    m_resolver->abort();
    m_lookup->setEnabled(false);
    m_resolver->lookup(m_host->text().trimmed());
}

void ServerPage::onLookupFinished(const MxLookupResult &result)
{
    m_lookupResult = result;
    m_hasResult = true;
    m_table->clear();
    for (const MxHost &host : result.hosts) {
        QStringList addresses;
        for (const QHostAddress &a : host.addresses)
            addresses << a.toString();
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(PreferenceColumn, host.isImplicit ? tr("implicit") : QString::number(host.preference));
        item->setText(HostColumn, host.displayName());
        item->setText(AddressesColumn, addresses.isEmpty() ? host.error : addresses.join(QStringLiteral(", ")));
        item->setText(StateColumn, tr("not tested"));
        QStringList tips = host.warnings;
        if (!host.error.isEmpty())
            tips << host.error;
        if (!tips.isEmpty()) {
            for (int c = 0; c < MxColumnCount; ++c)
                item->setToolTip(c, tips.join(u'\n'));
        }
        if (!host.hasAddresses())
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
    }
    QStringList lines {result.message};
    lines += result.warnings;
    for (const MxHost &host : result.hosts) {
        for (const QString &w : host.warnings)
            lines << tr("%1: %2").arg(host.displayName(), w);
    }
    lines << tr("Answered by %1 in %2 ms.").arg(result.serverDescription()).arg(result.elapsedMs);
    m_message->setText(lines.join(u'\n'));
    m_message->show();
    m_table->setVisible(!result.hosts.isEmpty());
    // Pick the most preferred host that has an address.
    for (int i = 0; i < result.hosts.size(); ++i) {
        if (result.hosts.at(i).hasAddresses()) {
            m_table->setCurrentItem(m_table->topLevelItem(i));
            break;
        }
    }
    updateControls();
    Q_EMIT changed();
}

void ServerPage::setHostState(int hostIndex, const QString &text)
{
    if (QTreeWidgetItem *item = m_table->topLevelItem(hostIndex))
        item->setText(StateColumn, text);
}

void ServerPage::updateControls()
{
    const QString text = m_host->text().trimmed();
    const bool isIp = !QHostAddress(text).isNull();
    m_lookup->setEnabled(!text.isEmpty() && !isIp && m_dnsReason->text().isEmpty() && !m_resolver->isRunning());
    m_testAll->setEnabled(hasCurrentLookup() && m_lookupResult.isUsable());
    if (m_hasResult && !hasCurrentLookup()) {
        m_table->hide();
        m_message->hide();
    }
}

} // namespace mailflow
