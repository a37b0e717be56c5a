#pragma once

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow {

/** How a test of one MX host (one of its addresses) ended, as a sending MTA would read it. */
struct MxAttempt
{
    enum class Outcome {
        NoAddress, ///< the host had no address to connect to
        ConnectFailed, ///< refused, unreachable, or no connection in time
        Deferred, ///< a 4xx reply, or a timeout or dropped connection during the session
        Refused, ///< a 5xx reply
        Accepted, ///< the server took what the plan sent (e.g. RCPT TO got 250)
    };

    QString host;
    int preference = 0;
    /** The address connected to; null when there was none. */
    QHostAddress address;
    Outcome outcome = Outcome::ConnectFailed;
    /** The reply or error as a person reads it ("451 4.7.1 Try again later", "Connection refused"). */
    QString detail;

    /** "mx1.example.test (127.0.0.2)" */
    QString displayName() const;
};

/** Where a real sender's mail would end up. */
struct DeliveryVerdict
{
    enum class Kind {
        Delivered, ///< an MX accepted the mail
        Deferred, ///< every MX failed temporarily: the mail stays queued and is retried later
        Bounced, ///< an MX refused with 5xx: the mail goes back to the sender
        NoMx, ///< there was nothing to try
    };

    Kind kind = Kind::NoMx;
    /** Index of the attempt that accepted or refused the mail; -1 for Deferred and NoMx. */
    int attempt = -1;
    /** The verdict in one or two plain-language sentences. */
    QString explanation;
    /** One line per attempt, in order: what a sender did there ("… tries the next server", "not tried"). */
    QStringList steps;

    static QString kindKey(Kind kind);
};

/**
 * The rule a sending MTA applies to a domain's MX hosts (RFC 5321 §5.1): try them in preference
 * order, move on after a connection failure or a 4xx, stop at a 5xx (the mail bounces) or at the
 * first server that accepts. Pure: the attempts are tested elsewhere ("test all MX").
 */
class DeliveryRule
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::DeliveryRule)
public:
    /** attempts in the order a sender tries them (preference order, each host's addresses in turn). */
    static DeliveryVerdict apply(const QList<MxAttempt> &attempts);
};

} // namespace mailflow
