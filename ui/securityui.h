#pragma once

#include "tls/certificatepolicy.h"

#include <QObject>
#include <QPointer>

class QLabel;
class QStatusBar;
class QToolButton;

namespace mailflow {

class CertificateDecisionDialog;
class CertificatePanel;
class ChecklistView;
class SmtpSession;

/**
 * The window's TLS parts: a padlock in the status bar (driven by encryptionChanged), a
 * "Certificate…" button and double-click on the TLS checklist row (read-only panel), and the
 * Ask certificate policy answered with a dialog.
 */
class SecurityUi : public QObject
{
    Q_OBJECT
public:
    SecurityUi(SmtpSession *session, ChecklistView *checklist, QStatusBar *statusBar, QWidget *window);

    QLabel *padlock() const { return m_padlock; }
    QToolButton *certificateButton() const { return m_certificate; }
    /** The open certificate question, if any. */
    CertificateDecisionDialog *decisionDialog() const;
    CertificatePanel *openCertificatePanel();

private:
    void setEncrypted(bool encrypted);
    void ask(const TlsReport &report);

    SmtpSession *m_session;
    QWidget *m_window;
    QLabel *m_padlock;
    QToolButton *m_certificate;
    FixedCertificatePolicy m_policy {CertificatePolicy::Decision::Ask};
    QPointer<CertificateDecisionDialog> m_decision;
};

} // namespace mailflow
