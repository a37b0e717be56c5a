#pragma once

#include "smtp/sessionoptions.h"
#include "wizardpage.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace mailflow {

class AdvancedSection;
class ConnectionControls;

class PasswordVault;

/**
 * Opens the connection and waits for the 220 greeting. Also chooses how the connection is secured
 * (TLS mode, port presets, CA and client certificate files) and whether AUTH is tested.
 */
class ConnectPage : public WizardPage
{
    Q_OBJECT
public:
    explicit ConnectPage(SmtpSession *session, QWidget *parent = nullptr);

    QString title() const override;
    void applyTo(SessionOptions &options) const override;
    void initializePage(const SessionOptions &options) override;
    bool canSend() const override;
    QString sendText() const override;
    void send() override;
    bool isComplete() const override;

    /** The password typed for this test; never saved in a file. */
    Credentials credentials() const;
    /** Keeps the password in the desktop's keyring when the user ticked "remember". */
    void rememberPasswordIfAsked();
    QCheckBox *rememberBox() const { return m_remember; }
    QLabel *keyringStatus() const { return m_keyringStatus; }

    QComboBox *securityBox() const { return m_security; }
    QComboBox *presetBox() const { return m_preset; }
    QToolButton *advancedButton() const { return m_advancedToggle; }
    QWidget *advancedGroup() const { return m_advanced; }
    QLineEdit *caFileField() const { return m_caFile; }
    QLineEdit *clientCertField() const { return m_clientCert; }
    QLineEdit *clientKeyField() const { return m_clientKey; }
    QCheckBox *verifyBox() const { return m_verify; }
    QComboBox *tlsVersionsBox() const { return m_tlsVersions; }
    QLineEdit *ciphersField() const { return m_ciphers; }
    QLineEdit *sniField() const { return m_sni; }
    /** Why the cipher list or the SNI name cannot be used; empty when they can. */
    QString tlsChoiceProblem() const;
    QCheckBox *authBox() const { return m_auth; }
    QComboBox *mechanismBox() const { return m_mechanism; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *allowPlaintextBox() const { return m_allowPlaintext; }
    QCheckBox *loginInitialResponseBox() const { return m_loginInitialResponse; }
    AdvancedSection *connectionSection() const { return m_connection; }
    QCheckBox *lmtpBox() const { return m_lmtp; }
    ConnectionControls *connectionControls() const { return m_connectionControls; }

Q_SIGNALS:
    /** startNewTest() ran, the connection is about to be made: the DNS result can be recorded. */
    void newTestStarted();
    /** A preset asks for this port (the Server page holds the port). */
    void portPresetChosen(quint16 port);

protected:
    int resultMilestone() const override;

private:
    void addConnectionSection();
    void applyPreset(int index);
    void updateAuthControls();
    void updateTlsProblem();
    void recallPassword();
    QString keyringKey() const;
    QLineEdit *addFileRow(QFormLayout *form, const QString &label, const QString &name, const QString &filter);

    QLabel *m_target;
    QComboBox *m_preset;
    QComboBox *m_security;
    QToolButton *m_advancedToggle;
    QWidget *m_advanced;
    QLineEdit *m_caFile;
    QLineEdit *m_clientCert;
    QLineEdit *m_clientKey;
    QCheckBox *m_verify;
    QComboBox *m_tlsVersions = nullptr;
    QLineEdit *m_ciphers = nullptr;
    QLineEdit *m_sni = nullptr;
    QLabel *m_tlsProblem = nullptr;
    QCheckBox *m_auth;
    QComboBox *m_mechanism;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLabel *m_passwordLabel;
    QCheckBox *m_loginInitialResponse;
    QCheckBox *m_allowPlaintext;
    QCheckBox *m_remember;
    QLabel *m_keyringStatus;
    AdvancedSection *m_connection = nullptr;
    QCheckBox *m_lmtp = nullptr;
    ConnectionControls *m_connectionControls = nullptr;
    PasswordVault *m_vault;
    QString m_server;
    bool m_storeAsked = false;
    QWidget *m_authFields;
    quint16 m_port = 25;
};

} // namespace mailflow
