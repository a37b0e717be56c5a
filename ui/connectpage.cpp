#include "connectpage.h"

#include "advancedsection.h"
#include "base/enumtable.h"
#include "connectioncontrols.h"
#include "labelledcombobox.h"
#include "passwordvault.h"
#include "smtp/smtpsession.h"
#include "stepresult.h"
#include "tls/tlschoices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace mailflow {

namespace {
struct SecurityRow
{
    TlsMode value;
    /** The choice in the security box. */
    const char *title;
    /** The mode in the sentence that names the target. */
    const char *phrase;
};

constexpr SecurityRow securityModes[] = {
    {TlsMode::Auto, QT_TRANSLATE_NOOP("mailflow::ConnectPage", "Automatic (by port)"),
     QT_TRANSLATE_NOOP("mailflow::ConnectPage", "no encryption")},
    {TlsMode::Off, QT_TRANSLATE_NOOP("mailflow::ConnectPage", "Off (plain text)"),
     QT_TRANSLATE_NOOP("mailflow::ConnectPage", "no encryption")},
    {TlsMode::Optional, QT_TRANSLATE_NOOP("mailflow::ConnectPage", "Optional STARTTLS"),
     QT_TRANSLATE_NOOP("mailflow::ConnectPage", "STARTTLS when offered")},
    {TlsMode::StartTls, QT_TRANSLATE_NOOP("mailflow::ConnectPage", "Required STARTTLS"),
     QT_TRANSLATE_NOOP("mailflow::ConnectPage", "STARTTLS required")},
    {TlsMode::Implicit, QT_TRANSLATE_NOOP("mailflow::ConnectPage", "Implicit TLS"),
     QT_TRANSLATE_NOOP("mailflow::ConnectPage", "implicit TLS")},
};
struct VersionsRow
{
    TlsVersions value;
    const char *title;
};

constexpr VersionsRow versionChoices[] = {
    {TlsVersions::Any, QT_TRANSLATE_NOOP("mailflow::ConnectPage", "Any secure version")},
    {TlsVersions::Tls1_2, QT_TRANSLATE_NOOP("mailflow::ConnectPage", "TLS 1.2 only")},
    {TlsVersions::Tls1_2OrLater, QT_TRANSLATE_NOOP("mailflow::ConnectPage", "TLS 1.2 or later")},
    {TlsVersions::Tls1_3, QT_TRANSLATE_NOOP("mailflow::ConnectPage", "TLS 1.3 only")},
};
} // namespace

ConnectPage::ConnectPage(SmtpSession *session, QWidget *parent)
    : WizardPage(session, parent)
    , m_target(new QLabel(this))
    , m_preset(new LabelledComboBox(this))
    , m_security(new LabelledComboBox(this))
    , m_advancedToggle(new QToolButton(this))
    , m_advanced(new QWidget(this))
    , m_caFile(nullptr)
    , m_clientCert(nullptr)
    , m_clientKey(nullptr)
    , m_verify(new QCheckBox(tr("&Verify the server's certificate"), this))
    , m_auth(new QCheckBox(tr("Test &AUTH (log in) after EHLO"), this))
    , m_mechanism(new LabelledComboBox(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_loginInitialResponse(new QCheckBox(tr("Send the user name with AUTH LOGIN (&initial response)"), this))
    , m_allowPlaintext(new QCheckBox(tr("Allow AUTH &without TLS (sends the password readable)"), this))
    , m_remember(new QCheckBox(tr("Remember the password in the desktop's &keyring"), this))
    , m_keyringStatus(new QLabel(this))
    , m_vault(new PasswordVault(this))
    , m_authFields(new QWidget(this))
{
    addExplanation(tr("Mailflow opens a connection to the server, as <i>telnet server 25</i> would. "
                      "A working server answers first, with <b>220</b> followed by its name. "
                      "No answer, a refused connection or another code means mail cannot get in here."));
    m_target->setObjectName(QStringLiteral("connectTarget"));
    m_target->setWordWrap(true);
    m_layout->addWidget(m_target);

    m_preset->setObjectName(QStringLiteral("presetBox"));
    m_preset->addItem(tr("Choose a preset…"));
    m_preset->addItem(tr("25: server to server, STARTTLS when offered"), 25);
    m_preset->addItem(tr("587: submission, STARTTLS required + AUTH"), 587);
    m_preset->addItem(tr("465: submission over implicit TLS + AUTH"), 465);
    m_security->setObjectName(QStringLiteral("securityBox"));
    for (const SecurityRow &row : securityModes)
        m_security->addItem(tr(row.title), int(row.value));
    m_security->setToolTip(tr("Automatic: 465 implicit TLS, 587 STARTTLS required, otherwise STARTTLS when offered"));

    auto *security = new QGroupBox(tr("Security"), this);
    auto *securityForm = new QFormLayout(security);
    securityForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    securityForm->addRow(tr("P&reset:"), m_preset);
    securityForm->addRow(tr("&Encryption:"), m_security);
    m_advancedToggle->setObjectName(QStringLiteral("advancedToggle"));
    m_advancedToggle->setText(tr("Ad&vanced"));
    m_advancedToggle->setCheckable(true);
    m_advancedToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedToggle->setArrowType(Qt::RightArrow);
    m_advancedToggle->setAutoRaise(true);
    securityForm->addRow(m_advancedToggle);
    auto *advancedForm = new QFormLayout(m_advanced);
    advancedForm->setContentsMargins(0, 0, 0, 0);
    advancedForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_caFile = addFileRow(advancedForm, tr("CA file:"), QStringLiteral("caFileField"),
                          tr("PEM certificates (*.pem *.crt);;All files (*)"));
    m_clientCert = addFileRow(advancedForm, tr("Client certificate:"), QStringLiteral("clientCertField"),
                              tr("PEM certificates (*.pem *.crt);;All files (*)"));
    m_clientKey = addFileRow(advancedForm, tr("Client key:"), QStringLiteral("clientKeyField"),
                             tr("PEM keys (*.pem *.key);;All files (*)"));
    m_verify->setObjectName(QStringLiteral("verifyBox"));
    m_verify->setChecked(true);
    advancedForm->addRow(m_verify);
    m_tlsVersions = new LabelledComboBox(this);
    m_tlsVersions->setObjectName(QStringLiteral("tlsVersionsBox"));
    for (const VersionsRow &row : versionChoices)
        m_tlsVersions->addItem(tr(row.title), int(row.value));
    advancedForm->addRow(tr("TLS &protocol versions:"), m_tlsVersions);
    m_ciphers = new QLineEdit(this);
    m_ciphers->setObjectName(QStringLiteral("ciphersField"));
    m_ciphers->setPlaceholderText(tr("default"));
    m_ciphers->setToolTip(tr("OpenSSL cipher names separated by ':'; only these are offered."));
    advancedForm->addRow(tr("Cip&hers:"), m_ciphers);
    m_sni = new QLineEdit(this);
    m_sni->setObjectName(QStringLiteral("sniField"));
    m_sni->setPlaceholderText(tr("the server's host name"));
    m_sni->setToolTip(tr("Sent as SNI and checked against the certificate instead of the server's host name."));
    advancedForm->addRow(tr("SNI name:"), m_sni);
    m_tlsProblem = new QLabel(this);
    m_tlsProblem->setObjectName(QStringLiteral("tlsChoiceProblem"));
    m_tlsProblem->setWordWrap(true);
    m_tlsProblem->hide();
    advancedForm->addRow(m_tlsProblem);
    m_advanced->setObjectName(QStringLiteral("advancedGroup"));
    m_advanced->hide();
    securityForm->addRow(m_advanced);
    m_layout->addWidget(security);

    auto *authGroup = new QGroupBox(tr("Authentication"), this);
    auto *authLayout = new QVBoxLayout(authGroup);
    m_auth->setObjectName(QStringLiteral("authBox"));
    authLayout->addWidget(m_auth);
    auto *authForm = new QFormLayout(m_authFields);
    authForm->setContentsMargins(0, 0, 0, 0);
    authForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_mechanism->setObjectName(QStringLiteral("mechanismBox"));
    m_mechanism->addItem(tr("Automatic (best offered)"), int(AuthMechanism::Auto));
    m_mechanism->addItem(QStringLiteral("PLAIN"), int(AuthMechanism::Plain));
    m_mechanism->addItem(QStringLiteral("LOGIN"), int(AuthMechanism::Login));
    m_mechanism->addItem(QStringLiteral("CRAM-MD5"), int(AuthMechanism::CramMd5));
    m_mechanism->addItem(QStringLiteral("SCRAM-SHA-256"), int(AuthMechanism::ScramSha256));
    m_mechanism->addItem(QStringLiteral("SCRAM-SHA-1"), int(AuthMechanism::ScramSha1));
    m_mechanism->addItem(tr("XOAUTH2 (access token)"), int(AuthMechanism::XOAuth2));
    m_mechanism->addItem(tr("OAUTHBEARER (access token)"), int(AuthMechanism::OAuthBearer));
    m_user->setObjectName(QStringLiteral("userField"));
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Never saved in a Mailflow file, and masked in the transcript."));
    m_allowPlaintext->setObjectName(QStringLiteral("allowPlaintextBox"));
    authForm->addRow(tr("&Mechanism:"), m_mechanism);
    authForm->addRow(tr("&User:"), m_user);
    authForm->addRow(m_passwordLabel, m_password);
    m_passwordLabel->setBuddy(m_password);
    m_loginInitialResponse->setObjectName(QStringLiteral("loginInitialResponseBox"));
    m_loginInitialResponse->setToolTip(tr("AUTH LOGIN dXNlcg==: the user name goes with the command, as some "
                                          "clients do; a server that mishandles it fails here."));
    authForm->addRow(m_loginInitialResponse);
    authForm->addRow(m_allowPlaintext);
    m_remember->setObjectName(QStringLiteral("rememberBox"));
    m_remember->setToolTip(tr("Kept by the desktop's secret store (never in a Mailflow file). Where none runs, "
                              "the password is asked for each time."));
    m_keyringStatus->setObjectName(QStringLiteral("keyringStatus"));
    m_keyringStatus->setWordWrap(true);
    authForm->addRow(m_remember);
    authForm->addRow(m_keyringStatus);
    authLayout->addWidget(m_authFields);
    m_layout->addWidget(authGroup);

    addConnectionSection();

    m_layout->addWidget(m_result);
    m_layout->addStretch(1);

    connect(m_preset, &QComboBox::activated, this, &ConnectPage::applyPreset);
    connect(m_advancedToggle, &QToolButton::toggled, this, [this](bool on) {
        m_advanced->setVisible(on);
        m_advancedToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });
    connect(m_auth, &QCheckBox::toggled, this, &ConnectPage::updateAuthControls);
    connect(m_mechanism, &QComboBox::currentIndexChanged, this, &ConnectPage::updateAuthControls);
    connect(m_user, &QLineEdit::textChanged, this, &WizardPage::changed);
    connect(m_user, &QLineEdit::editingFinished, this, &ConnectPage::recallPassword);
    connect(m_user, &QLineEdit::textChanged, this, [this] { m_storeAsked = false; });
    connect(m_password, &QLineEdit::textChanged, this, [this] { m_storeAsked = false; });
    connect(m_remember, &QCheckBox::toggled, this, &ConnectPage::recallPassword);
    connect(m_vault, &PasswordVault::fetched, this, [this](const QString &key, const QString &password) {
        if (key != keyringKey() || !m_password->text().isEmpty())
            return;
        m_password->setText(password);
        m_keyringStatus->setText(tr("Password filled in from the desktop's keyring."));
    });
    connect(m_vault, &PasswordVault::stored, this,
            [this] { m_keyringStatus->setText(tr("The password is remembered in the desktop's keyring.")); });
    connect(m_vault, &PasswordVault::failed, this, [this](const QString &, const QString &reason) {
        if (m_remember->isChecked())
            m_keyringStatus->setText(reason);
    });
    connect(m_security, &QComboBox::currentIndexChanged, this, &WizardPage::changed);
    connect(m_tlsVersions, &QComboBox::currentIndexChanged, this, &WizardPage::changed);
    connect(m_ciphers, &QLineEdit::textChanged, this, &ConnectPage::updateTlsProblem);
    connect(m_sni, &QLineEdit::textChanged, this, &ConnectPage::updateTlsProblem);
    updateAuthControls();
}

QLineEdit *ConnectPage::addFileRow(QFormLayout *form, const QString &label, const QString &name, const QString &filter)
{
    auto *field = new QLineEdit(this);
    field->setObjectName(name);
    field->setPlaceholderText(tr("optional"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setAutoDefault(false);
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(browse);
    form->addRow(label, row);
    connect(browse, &QPushButton::clicked, this, [this, field, label, filter] {
        const QString file = QFileDialog::getOpenFileName(this, label, field->text(), filter);
        if (!file.isEmpty())
            field->setText(file);
    });
    return field;
}

void ConnectPage::addConnectionSection()
{
    m_connection = new AdvancedSection(tr("Advanced connection"), this);
    m_connection->toggle()->setObjectName(QStringLiteral("connectionAdvancedToggle"));
    m_lmtp = new QCheckBox(tr("Speak &LMTP to a delivery agent (LHLO; a reply per recipient)"), this);
    m_lmtp->setObjectName(QStringLiteral("lmtpBox"));
    m_lmtp->setToolTip(tr("For Dovecot or Cyrus LMTP (RFC 2033), on a port or a UNIX socket written unix:/path "
                          "as the server."));
    m_connection->form()->addRow(m_lmtp);
    m_connectionControls = new ConnectionControls(m_connection->form(), this);
    connect(m_connectionControls, &ConnectionControls::changed, this, &WizardPage::changed);
    m_layout->addWidget(m_connection);
}

void ConnectPage::applyPreset(int index)
{
    const int port = m_preset->itemData(index).toInt();
    if (port <= 0)
        return;
    switch (port) {
    case 25:
        m_security->setCurrentIndex(m_security->findData(int(TlsMode::Optional)));
        m_auth->setChecked(false);
        break;
    case 587:
        m_security->setCurrentIndex(m_security->findData(int(TlsMode::StartTls)));
        m_auth->setChecked(true);
        break;
    case 465:
        m_security->setCurrentIndex(m_security->findData(int(TlsMode::Implicit)));
        m_auth->setChecked(true);
        break;
    default:
        break;
    }
    Q_EMIT portPresetChosen(quint16(port));
    Q_EMIT changed();
}

void ConnectPage::updateAuthControls()
{
    m_authFields->setEnabled(m_auth->isChecked());
    const auto mechanism = AuthMechanism(m_mechanism->currentData().toInt());
    // An OAuth mechanism takes the access token in the same masked field the password uses.
    m_passwordLabel->setText(isTokenMechanism(mechanism) ? tr("Access &token:") : tr("Pass&word:"));
    m_loginInitialResponse->setVisible(mechanism == AuthMechanism::Login);
    Q_EMIT changed();
}

QString ConnectPage::title() const
{
    return tr("Connect");
}

void ConnectPage::applyTo(SessionOptions &options) const
{
    options.tls.mode = TlsMode(m_security->currentData().toInt());
    options.tls.caFile = m_caFile->text().trimmed();
    options.tls.clientCertificateFile = m_clientCert->text().trimmed();
    options.tls.clientKeyFile = m_clientKey->text().trimmed();
    options.tls.verifyCertificate = m_verify->isChecked();
    options.tls.versions = TlsVersions(m_tlsVersions->currentData().toInt());
    options.tls.ciphers = m_ciphers->text().trimmed();
    options.tls.sniName = m_sni->text().trimmed();
    options.auth.mechanism
        = m_auth->isChecked() ? AuthMechanism(m_mechanism->currentData().toInt()) : AuthMechanism::None;
    options.auth.user = m_auth->isChecked() ? m_user->text().trimmed() : QString();
    options.auth.allowPlaintext = m_auth->isChecked() && m_allowPlaintext->isChecked();
    options.auth.loginInitialResponse
        = options.auth.mechanism == AuthMechanism::Login && m_loginInitialResponse->isChecked();
    options.lmtp = m_lmtp->isChecked();
    m_connectionControls->applyTo(options.connection);
}

Credentials ConnectPage::credentials() const
{
    Credentials c;
    if (m_auth->isChecked()) {
        c.password = m_password->text();
        c.isToken = isTokenMechanism(AuthMechanism(m_mechanism->currentData().toInt()));
    }
    c.proxyPassword = m_connectionControls->proxyPassword();
    return c;
}

bool ConnectPage::isComplete() const
{
    return (!m_auth->isChecked() || !m_user->text().trimmed().isEmpty()) && m_connectionControls->isValid()
        && tlsChoiceProblem().isEmpty();
}

QString ConnectPage::tlsChoiceProblem() const
{
    const QString ciphers = m_ciphers->text().trimmed();
    const QStringList unknown = ciphers.isEmpty() ? QStringList() : unknownTlsCiphers(ciphers);
    if (!unknown.isEmpty())
        return tr("Unknown cipher: %1").arg(unknown.join(QStringLiteral(", ")));
    const QString sni = m_sni->text().trimmed();
    if (!sni.isEmpty() && !isSniName(sni))
        return tr("The SNI name must be a host name.");
    return {};
}

void ConnectPage::updateTlsProblem()
{
    const QString problem = tlsChoiceProblem();
    m_tlsProblem->setText(problem);
    m_tlsProblem->setVisible(!problem.isEmpty());
    Q_EMIT changed();
}

QString ConnectPage::keyringKey() const
{
    return PasswordVault::keyFor(m_user->text().trimmed(), m_server);
}

void ConnectPage::recallPassword()
{
    if (m_remember->isChecked() && !m_user->text().trimmed().isEmpty() && m_password->text().isEmpty())
        m_vault->fetch(keyringKey());
}

void ConnectPage::rememberPasswordIfAsked()
{
    if (m_storeAsked || !m_auth->isChecked() || !m_remember->isChecked() || m_password->text().isEmpty()
        || m_user->text().trimmed().isEmpty())
        return;
    m_storeAsked = true; // once per password typed
    m_vault->store(keyringKey(), m_password->text());
}

void ConnectPage::initializePage(const SessionOptions &options)
{
    m_server = options.host;
    m_port = options.port;
    const TlsMode effective = effectiveTlsMode(TlsMode(m_security->currentData().toInt()), options.port);
    const SecurityRow *row = findEnum(securityModes, effective);
    const QString mode = row ? tr(row->phrase) : QString();
    m_target->setText(tr("Server: %1, port %2 (%3)").arg(options.host).arg(options.port).arg(mode));
}

bool ConnectPage::canSend() const
{
    return m_session->state() == SmtpSession::State::Disconnected && !m_session->isBusy();
}

QString ConnectPage::sendText() const
{
    return tr("&Connect");
}

void ConnectPage::send()
{
    m_session->startNewTest();
    Q_EMIT newTestStarted();
    m_session->connectToServer();
}

int ConnectPage::resultMilestone() const
{
    return lastMilestoneOf(MilestoneKind::Connect);
}

} // namespace mailflow
