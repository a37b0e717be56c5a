#pragma once

#include "checks/timedcheck.h"

namespace mailflow {

/** "tls-rpt": the recipient domain's _smtp._tls TXT record (RFC 8460), where TLS failures are reported. */
class TlsRptCheck : public TimedCheck
{
    Q_OBJECT
public:
    using TimedCheck::TimedCheck;
    QString id() const override { return QStringLiteral("tls-rpt"); }

protected:
    void run() override;
    CheckFindings timedOut() override;
};

} // namespace mailflow
