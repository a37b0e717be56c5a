#pragma once

#include "tls/tlsreport.h"

namespace mailflow {

/**
 * Decides whether a test goes on after a certificate failed verification. core never asks the
 * user itself: the CLI answers from its flags, a window shows a dialog. Asked only when the test
 * requires TLS (starttls, implicit) with verification on; optional TLS only warns.
 */
class CertificatePolicy
{
public:
    enum class Decision {
        Continue, ///< go on for this one test (written in the transcript)
        Stop, ///< end the test: the TLS milestone fails
        Ask, ///< answer later: the session emits certificateDecisionNeeded() and waits for
             ///< SmtpSession::continueAfterCertificate(bool)
    };

    virtual ~CertificatePolicy() = default;
    virtual Decision decide(const TlsReport &report) = 0;
};

/** Always the same answer (the CLI: stop unless --no-tls-verify; tests). */
class FixedCertificatePolicy : public CertificatePolicy
{
public:
    explicit FixedCertificatePolicy(Decision decision)
        : m_decision(decision)
    { }
    Decision decide(const TlsReport &report) override
    {
        m_lastReport = report;
        ++m_asked;
        return m_decision;
    }
    int timesAsked() const { return m_asked; }
    const TlsReport &lastReport() const { return m_lastReport; }

private:
    Decision m_decision;
    TlsReport m_lastReport;
    int m_asked = 0;
};

} // namespace mailflow
