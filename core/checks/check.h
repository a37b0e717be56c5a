#pragma once

#include "checks/checkfinding.h"
#include "diagnosis/testdiagnosis.h"
#include "smtp/diagnosisdata.h"
#include "smtp/relayprobe.h"
#include "tls/tlsreport.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>

namespace mailflow {

/** What a check around the conversation knows of the test it belongs to. */
struct CheckContext
{
    /** The server as the user named it, and the port tested. */
    QString host;
    quint16 port = 25;
    /** The server's addresses as they were resolved or connected to. */
    QList<QHostAddress> serverAddresses;
    /** The domain of the MX lookup, when the test started from one. */
    QString mxDomain;
    /** The name we sent with EHLO/HELO. */
    QString ehloName;
    QString senderDomain;
    QStringList recipientDomains;
    /** Our side of the connection, when one was made. */
    QHostAddress localAddress;
    /** The server's replies as received (greeting, EHLO, refusals), one line each, for the checks
     *  that read what the server says about us ("Hello [203.0.113.5]", "Client host [...] blocked"). */
    QStringList serverReplyLines;
    /** The DNS server the user chose (port 53: Qt 6.4's QDnsLookup has no other); null for the system
     *  resolver. */
    QHostAddress dnsServer;
    /** The check's own time limit. */
    int timeoutMs = 10000;
    /** How connecting to the server failed; None when it came up or was not tried. */
    FailureKind connectFailure = FailureKind::None;
    /** The open relay probe of the session (tried false when it did not run). */
    RelayProbe relayProbe;
    /** The session's TLS result (handshakeDone false without STARTTLS or implicit TLS). */
    TlsReport tls;
    /** The whole test's diagnosis once the conversation is over (Unknown before): whether a refusal
     *  cites SPF, DKIM or DMARC decides if the sender authentication checks run. */
    Cause cause = Cause::Unknown;
};

/**
 * A check around the conversation ("is it me or them?"). It runs beside the SMTP test, never
 * delays it, ends within its own time limit and reports what it found once, through finished().
 */
class Check : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    /** The stable id, as in CheckFinding::checkId and the option that switches it off. */
    virtual QString id() const = 0;
    virtual void start(const CheckContext &context) = 0;
    /** The check ends by itself within the context's time limit, with findings of its own for a late
     *  answer; the runner then keeps no second timer for it. */
    virtual bool keepsItsTimeLimit() const { return false; }

signals:
    void finished(const mailflow::CheckFindings &findings);
};

} // namespace mailflow
