#pragma once

#include "practice/practicemessage.h"

namespace mailflow {

/**
 * The "delivered" delivery status notification an MTA sends the sender for the recipients that asked
 * NOTIFY=SUCCESS: a multipart/report (RFC 3462) with a human part, a message/delivery-status part
 * (RFC 3464: Reporting-MTA, Final-Recipient, Action: delivered, Status: 2.0.0) and the original message
 * or its headers (RET=). Empty when no recipient asked for it.
 */
QByteArray deliveryReport(const PracticeMessage &message, const QString &hostName);

} // namespace mailflow
