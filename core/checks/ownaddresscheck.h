#pragma once

#include "checks/timedcheck.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace mailflow {

/** Our address as the server sees it, or as this computer knows it. */
struct OwnAddress
{
    enum class Source {
        Unknown, ///< neither the server nor the socket gave one
        EhloReply, ///< "250-mx.example.com Hello [203.0.113.5]"
        ServerReply, ///< another reply: "Client host [203.0.113.5] blocked"
        LocalSocket, ///< our side of the connection
    };

    QHostAddress address;
    Source source = Source::Unknown;
    /** The server's line it was read from; empty for the socket. */
    QString line;

    /** A public address is known: the checks of our reputation can run. */
    bool isPublic() const;
};

/** Not loopback, private (RFC 1918, RFC 6598 shared, ULA), link-local, unspecified or multicast. */
bool isPublicAddress(const QHostAddress &address);

/**
 * The client address a server names in one reply line, or null: the forms of Exim and sendmail
 * ("Hello host [203.0.113.5]"), Exchange Online ("Hello [203.0.113.5]"), Gmail ("at your service,
 * [203.0.113.5]", "[203.0.113.5      15] Our system has detected"), Postfix refusals ("Client host
 * [203.0.113.5] blocked", "cannot find your hostname, [203.0.113.5]"), Yahoo/AOL ("from 203.0.113.5")
 * and address literals ("[IPv6:2001:db8::5]"). Addresses in exclude (the server's own) are skipped.
 */
QHostAddress addressInReplyLine(const QString &line, const QList<QHostAddress> &exclude = {});

/** The EHLO reply's address first, then any other reply's, then the local socket address. */
OwnAddress findOwnAddress(const QStringList &replyLines, const QHostAddress &localAddress,
                          const QList<QHostAddress> &serverAddresses = {});
OwnAddress findOwnAddress(const CheckContext &context);

/** "own-address": says which address the server sees, and whether it is public. */
class OwnAddressCheck : public TimedCheck
{
    Q_OBJECT
public:
    using TimedCheck::TimedCheck;
    QString id() const override { return QStringLiteral("own-address"); }

    /** The finding for a found address (also shown by the checks that need a public one and have none). */
    static CheckFinding describe(const OwnAddress &own);

protected:
    void run() override;
    CheckFindings timedOut() override;
};

} // namespace mailflow
