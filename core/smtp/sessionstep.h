#pragma once

#include "smtp/smtpreply.h"

namespace mailflow {

class SessionCore;

/**
 * One command family of the conversation (KSmtp's jobs, Trojitá's tasks). A step owns its own
 * state and flags, sends its commands through the wire and turns the replies into milestone results;
 * the session hands it the reply to the command it is waiting for.
 */
class SessionStep
{
public:
    explicit SessionStep(SessionCore &core)
        : m_core(core)
    { }
    virtual ~SessionStep() = default;
    SessionStep(const SessionStep &) = delete;
    SessionStep &operator=(const SessionStep &) = delete;

    /** The reply to this step's outstanding command. */
    virtual void handleReply(const SmtpReply &reply) = 0;
    /** What the stage timer says when it fires (empty: the general "no reply within"). */
    virtual QString timeoutMessage(const QString &seconds) const
    {
        Q_UNUSED(seconds)
        return {};
    }
    /** The timer fired; false lets the session fail the connection. */
    virtual bool handleTimeout(const QString &message)
    {
        Q_UNUSED(message)
        return false;
    }
    /** A new connection: forget what this connection tried. */
    virtual void reset() { }

protected:
    SessionCore &m_core;
};

} // namespace mailflow
