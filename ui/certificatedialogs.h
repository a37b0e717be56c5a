#pragma once

#include "tls/tlsreport.h"

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace mailflow {

/** Read-only: what the TLS handshake showed (TlsReport::describe() and the problems). */
class CertificatePanel : public QDialog
{
    Q_OBJECT
public:
    explicit CertificatePanel(const TlsReport &report, QWidget *parent = nullptr);
    QPlainTextEdit *textView() const { return m_text; }

private:
    QPlainTextEdit *m_text;
};

/** The Ask policy's question: the certificate failed verification; Stop (default) or Continue for this test. */
class CertificateDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CertificateDecisionDialog(const TlsReport &report, QWidget *parent = nullptr);
    QPushButton *stopButton() const { return m_stop; }
    QPushButton *continueButton() const { return m_continue; }
    QPlainTextEdit *textView() const { return m_text; }

private:
    QPlainTextEdit *m_text;
    QPushButton *m_stop;
    QPushButton *m_continue;
};

/** Text of a report for a panel: problems first, then the details. */
QString certificateText(const TlsReport &report);

} // namespace mailflow
