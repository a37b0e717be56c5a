#pragma once

#include "smtp/smtpreply.h"

#include <QString>

namespace mailflow {

/** What the open relay probe of a session saw: the replies to the outside envelope, as values. */
struct RelayProbe
{
    bool tried = false;
    /** The probe ended before the RCPT reply (refused RSET, lost connection, timeout). */
    bool incomplete = false;
    /** The session had authenticated: a server relaying then is doing its job. */
    bool authenticated = false;
    QString sender;
    QString recipient;
    SmtpReply mailReply;
    SmtpReply rcptReply;
};

} // namespace mailflow
