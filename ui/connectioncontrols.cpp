#include "connectioncontrols.h"

#include "base/addressvalidation.h"
#include "labelledcombobox.h"

#include <QFormLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QUdpSocket>
#include <QVBoxLayout>

namespace mailflow {

namespace {
template<typename Enum> struct ChoiceRow
{
    Enum value;
    const char *title;
};

constexpr ChoiceRow<AddressFamily> familyRows[] = {
    {AddressFamily::Any, QT_TRANSLATE_NOOP("mailflow::ConnectionControls", "Automatic")},
    {AddressFamily::IPv4, QT_TRANSLATE_NOOP("mailflow::ConnectionControls", "IPv4 only")},
    {AddressFamily::IPv6, QT_TRANSLATE_NOOP("mailflow::ConnectionControls", "IPv6 only")},
};

constexpr ChoiceRow<ProxyVersion> proxyVersionRows[] = {
    {ProxyVersion::Off, QT_TRANSLATE_NOOP("mailflow::ConnectionControls", "Off")},
    {ProxyVersion::V1, QT_TRANSLATE_NOOP("mailflow::ConnectionControls", "v1 (text)")},
    {ProxyVersion::V2, QT_TRANSLATE_NOOP("mailflow::ConnectionControls", "v2 (binary)")},
};

/** HOST, HOST:PORT, [IPv6] or [IPv6]:PORT as the command line takes them; port -1 when not given. */
struct Endpoint
{
    QString host;
    int port = -1;
    bool ok = false;
};

Endpoint splitEndpoint(const QString &text)
{
    Endpoint e;
    QString portText;
    if (text.startsWith(u'[')) {
        const qsizetype close = text.indexOf(u']');
        if (close < 0)
            return e;
        e.host = text.mid(1, close - 1);
        const QString rest = text.mid(close + 1);
        if (!rest.isEmpty() && !rest.startsWith(u':'))
            return e;
        portText = rest.mid(1);
    } else if (text.count(u':') == 1) {
        e.host = text.section(u':', 0, 0);
        portText = text.section(u':', 1);
    } else {
        e.host = text;
    }
    bool ok = true;
    if (!portText.isEmpty())
        e.port = portText.toInt(&ok);
    e.ok = ok && !e.host.isEmpty();
    return e;
}

QString joinEndpoint(const QString &host, int port)
{
    const QString shown = host.contains(u':') ? QStringLiteral("[%1]").arg(host) : host;
    return port > 0 ? QStringLiteral("%1:%2").arg(shown).arg(port) : host;
}

QString checkProxySource(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const Endpoint e = splitEndpoint(text.trimmed());
    if (!e.ok || QHostAddress(e.host).isNull() || e.port < 0 || e.port > 65535)
        return ConnectionControls::tr("Give an IP address and a port, ADDR:PORT or [IPv6]:PORT.");
    return {};
}
} // namespace

ConnectionControls::ConnectionControls(QFormLayout *form, QWidget *parent)
    : QObject(parent)
    , m_parent(parent)
    , m_family(new LabelledComboBox(parent))
    , m_socks5User(new QLineEdit(parent))
    , m_socks5Password(new QLineEdit(parent))
    , m_proxyVersion(new LabelledComboBox(parent))
{
    m_family->setObjectName(QStringLiteral("familyBox"));
    for (const auto &row : familyRows)
        m_family->addItem(tr(row.title), int(row.value));
    form->addRow(tr("Address &family:"), m_family);
    m_localAddress = addField(
        form, tr("Local a&ddress:"), QStringLiteral("localAddressField"), tr("optional: ADDR or ADDR:PORT"),
        [this](const QString &text) { return checkLocalAddress(text); }, &m_localCheck);
    m_socks5 = addField(
        form, tr("SOCKS&5 proxy:"), QStringLiteral("socks5Field"), tr("optional: HOST:PORT"),
        [this](const QString &text) { return checkSocks5(text); }, &m_socks5Check);
    m_socks5User->setObjectName(QStringLiteral("socks5UserField"));
    m_socks5User->setMaxLength(255);
    m_socks5User->setValidator(new SingleLineValidator(m_socks5User));
    form->addRow(tr("SOCKS5 user:"), m_socks5User);
    m_socks5Password->setObjectName(QStringLiteral("socks5PasswordField"));
    m_socks5Password->setEchoMode(QLineEdit::Password);
    m_socks5Password->setToolTip(tr("Never saved in a Mailflow file."));
    form->addRow(tr("SOCKS5 password:"), m_socks5Password);
    m_proxyVersion->setObjectName(QStringLiteral("proxyVersionBox"));
    for (const auto &row : proxyVersionRows)
        m_proxyVersion->addItem(tr(row.title), int(row.value));
    m_proxyVersion->setToolTip(tr("A PROXY protocol header first, as a load balancer in front of the server sends."));
    form->addRow(tr("PRO&XY header:"), m_proxyVersion);
    m_proxySource = addField(form, tr("PROXY s&ource:"), QStringLiteral("proxySourceField"), tr("optional: ADDR:PORT"),
                             &checkProxySource, &m_sourceCheck);
    m_proxyDest = addField(
        form, tr("PROXY des&tination:"), QStringLiteral("proxyDestField"), tr("optional: ADDR:PORT"),
        [this](const QString &text) { return checkProxyDest(text); }, &m_destCheck);
    connect(m_proxySource, &QLineEdit::textChanged, m_destCheck, &FieldCheck::recheck);

    connect(m_family, &QComboBox::currentIndexChanged, this, [this] {
        m_localCheck->recheck();
        m_socks5Check->recheck();
        Q_EMIT changed();
    });
    connect(m_socks5, &QLineEdit::textChanged, this, &ConnectionControls::updateEnabled);
    connect(m_proxyVersion, &QComboBox::currentIndexChanged, this, &ConnectionControls::updateEnabled);
    updateEnabled();
}

QLineEdit *ConnectionControls::addField(QFormLayout *form, const QString &label, const QString &name,
                                        const QString &placeholder, FieldCheck::Check check, FieldCheck **fieldCheck)
{
    auto *field = new QLineEdit(m_parent);
    field->setObjectName(name);
    field->setPlaceholderText(placeholder);
    auto *reason = FieldCheck::makeReasonLabel(m_parent);
    auto *column = new QVBoxLayout;
    column->addWidget(field);
    column->addWidget(reason);
    form->addRow(label, column);
    if (auto *text = qobject_cast<QLabel *>(form->labelForField(column)))
        text->setBuddy(field);
    *fieldCheck = new FieldCheck(field, reason, std::move(check), this);
    connect(*fieldCheck, &FieldCheck::validityChanged, this, &ConnectionControls::changed);
    return field;
}

AddressFamily ConnectionControls::family() const
{
    return AddressFamily(m_family->currentData().toInt());
}

QString ConnectionControls::checkLocalAddress(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return {};
    const Endpoint e = splitEndpoint(text.trimmed());
    const QHostAddress address(e.host);
    if (!e.ok || address.isNull() || e.port == 0 || e.port > 65535)
        return tr("Give an IP address of this computer, optionally with :PORT (1 to 65535).");
    // The kernel's answer, as connect() will get it, the same check as --local-address.
    QUdpSocket probe;
    if (!probe.bind(address, 0))
        return tr("%1 is not an address of this computer.").arg(e.host);
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    if ((family() == AddressFamily::IPv4 && v6) || (family() == AddressFamily::IPv6 && !v6))
        return tr("%1 is not of the chosen address family.").arg(e.host);
    return {};
}

QString ConnectionControls::checkProxyDest(const QString &text) const
{
    if (const QString why = checkProxySource(text); !why.isEmpty() || text.trimmed().isEmpty())
        return why;
    // One header carries one family, as --proxy-dest checks it.
    const Endpoint source = splitEndpoint(m_proxySource->text().trimmed());
    const QHostAddress sourceAddress(source.ok ? source.host : QString());
    if (!sourceAddress.isNull()
        && sourceAddress.protocol() != QHostAddress(splitEndpoint(text.trimmed()).host).protocol())
        return tr("The source and the destination must be of one family (both IPv4 or both IPv6).");
    return {};
}

QString ConnectionControls::checkSocks5(const QString &text) const
{
    if (text.trimmed().isEmpty())
        return {};
    const Endpoint e = splitEndpoint(text.trimmed());
    if (!e.ok || e.port < 1 || e.port > 65535)
        return tr("Give HOST:PORT, the port from 1 to 65535.");
    QString why = validateServerHost(e.host);
    if (!why.isEmpty())
        return why;
    if (family() != AddressFamily::Any)
        return tr("The proxy resolves the server's name: leave the address family automatic.");
    return {};
}

void ConnectionControls::updateEnabled()
{
    const bool proxy = !m_socks5->text().trimmed().isEmpty();
    m_socks5User->setEnabled(proxy);
    m_socks5Password->setEnabled(proxy);
    const bool header = ProxyVersion(m_proxyVersion->currentData().toInt()) != ProxyVersion::Off;
    m_proxySource->setEnabled(header);
    m_proxyDest->setEnabled(header);
    Q_EMIT changed();
}

bool ConnectionControls::isValid() const
{
    return m_localCheck->isValid() && m_socks5Check->isValid()
        && (!m_proxySource->isEnabled() || (m_sourceCheck->isValid() && m_destCheck->isValid()));
}

void ConnectionControls::applyTo(ConnectionOptions &options) const
{
    options = ConnectionOptions {};
    options.family = family();
    const Endpoint local = splitEndpoint(m_localAddress->text().trimmed());
    if (m_localCheck->isValid() && local.ok) {
        options.localAddress = QHostAddress(local.host).toString();
        options.localPort = quint16(qMax(local.port, 0));
    }
    const Endpoint proxy = splitEndpoint(m_socks5->text().trimmed());
    if (m_socks5Check->isValid() && proxy.ok) {
        options.proxyHost = proxy.host;
        options.proxyPort = quint16(proxy.port);
        options.proxyUser = m_socks5User->text();
    }
    ProxyHeaderOptions &header = options.proxyHeader;
    header.version = ProxyVersion(m_proxyVersion->currentData().toInt());
    const Endpoint source = splitEndpoint(m_proxySource->text().trimmed());
    if (header.isEnabled() && m_sourceCheck->isValid() && source.ok) {
        header.sourceAddress = QHostAddress(source.host).toString();
        header.sourcePort = quint16(source.port);
    }
    const Endpoint dest = splitEndpoint(m_proxyDest->text().trimmed());
    if (header.isEnabled() && m_destCheck->isValid() && dest.ok) {
        header.destAddress = QHostAddress(dest.host).toString();
        header.destPort = quint16(dest.port);
    }
}

void ConnectionControls::fill(const ConnectionOptions &options)
{
    m_family->setCurrentIndex(qMax(0, m_family->findData(int(options.family))));
    m_localAddress->setText(joinEndpoint(options.localAddress, options.localPort));
    m_socks5->setText(options.usesProxy() ? joinEndpoint(options.proxyHost, options.proxyPort) : QString());
    // A password typed for another proxy login must not be sent for this one.
    if (m_socks5User->text() != options.proxyUser)
        m_socks5Password->clear();
    m_socks5User->setText(options.proxyUser);
    const ProxyHeaderOptions &header = options.proxyHeader;
    m_proxyVersion->setCurrentIndex(qMax(0, m_proxyVersion->findData(int(header.version))));
    m_proxySource->setText(header.sourceAddress.isEmpty() ? QString()
                                                          : joinEndpoint(header.sourceAddress, header.sourcePort));
    m_proxyDest->setText(header.destAddress.isEmpty() ? QString() : joinEndpoint(header.destAddress, header.destPort));
}

QString ConnectionControls::proxyPassword() const
{
    return m_socks5Password->isEnabled() && !m_socks5User->text().isEmpty() ? m_socks5Password->text() : QString();
}

} // namespace mailflow
