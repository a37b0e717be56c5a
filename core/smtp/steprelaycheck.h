#pragma once

#include "smtp/relayprobe.h"
#include "smtp/sessionstep.h"

#include <QCoreApplication>

namespace mailflow {

/**
 * The open relay probe: RSET, MAIL FROM an outside sender, RCPT TO an outside recipient, RSET. It
 * never sends DATA and adds no milestone: the replies are in the transcript and in probe(), which the
 * open relay check (core/checks) turns into its finding.
 */
class RelayCheckStep : public SessionStep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    using SessionStep::SessionStep;

    void start();
    bool tried() const { return m_probe.tried; }
    const RelayProbe &probe() const { return m_probe; }

    void handleReply(const SmtpReply &reply) override;
    bool handleTimeout(const QString &message) override;
    /** A new test: the probe of the last one is forgotten. */
    void reset() override { m_probe = {}; }

private:
    enum class Stage { None, RsetBefore, Mail, Rcpt, RsetAfter };

    void send(Stage stage, const QByteArray &command);
    void end();

    Stage m_stage = Stage::None;
    RelayProbe m_probe;
};

} // namespace mailflow
