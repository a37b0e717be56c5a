#pragma once

#include "smtp/checklist.h"
#include "smtp/sessionstep.h"

#include <QCoreApplication>
#include <QList>

namespace mailflow {

/**
 * PIPELINING (RFC 2920): MAIL FROM, every RCPT TO and DATA in one write, then each reply judged in
 * the order of the commands. A reply that cannot belong to its command (a 354 to RCPT, a 2xx to DATA),
 * a reply before the batch or more replies than commands are a protocol fault: the replies no longer
 * match the commands.
 */
class PipelineStep : public SessionStep
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::SmtpSession)
public:
    using SessionStep::SessionStep;

    /** Asked for, offered by the server, and more than one command to send. */
    bool wanted() const;
    void start();

    void handleReply(const SmtpReply &reply) override;
    QString timeoutMessage(const QString &seconds) const override;
    void reset() override;

private:
    /** The command whose reply is awaited, in the order sent. */
    struct Slot
    {
        MilestoneKind kind = MilestoneKind::Mail;
        int recipient = -1;
    };

    bool fits(const Slot &slot, const SmtpReply &reply) const;
    void beginSlot(const Slot &slot);
    void fault(const QString &why);
    QString commandName(const Slot &slot) const;

    QList<Slot> m_slots;
    int m_next = 0;
};

} // namespace mailflow
