#pragma once

#include "smtp/smtpreply.h"

#include <QStringList>

namespace mailflow {

/** What a server advertised in its reply to EHLO. */
struct Capabilities
{
    bool esmtp = false;
    /** The name the server gave on the first line of its EHLO reply. */
    QString serverName;
    bool size = false;
    qint64 sizeLimit = 0; ///< 0: no limit given
    bool pipelining = false;
    bool eightBitMime = false;
    bool smtpUtf8 = false;
    bool dsn = false;
    bool startTls = false;
    bool enhancedStatusCodes = false;
    bool chunking = false;
    bool binaryMime = false;
    QStringList authMechanisms;
    /** postfix's XCLIENT, with the attributes the client may set (upper case). */
    bool xclient = false;
    QStringList xclientAttributes;
    /** Every extension line as sent, known or not. */
    QStringList extensions;

    static Capabilities fromEhloReply(const SmtpReply &reply);
    bool hasAuthMechanism(const QString &name) const;
    /** "SIZE 10240000, PIPELINING, DSN, …" for the transcript. */
    QString summary() const;
};

} // namespace mailflow
