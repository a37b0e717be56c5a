#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace mailflow {

struct PracticeRecipient
{
    QString address;
    /** NOTIFY= as given ("SUCCESS,FAILURE"), empty when not given. */
    QString notify;
    /** ORCPT= as given ("rfc822;user@example.net"), empty when not given. */
    QString orcpt;
};

/** A message the practice server accepted, with its envelope and DSN parameters. */
struct PracticeMessage
{
    QString queueId;
    QString heloName;
    QString sender;
    QList<PracticeRecipient> recipients;
    /** RET= and ENVID= as given, empty when not given. */
    QString ret;
    QString envelopeId;
    bool tls = false;
    QString authUser;
    QDateTime arrival;
    /** The message as received, dot-unstuffed, CRLF line ends. */
    QByteArray content;
    /** The delivery status notification (RFC 3464) sent back for NOTIFY=SUCCESS; empty when none was asked. */
    QByteArray deliveryReport;
};

} // namespace mailflow
