#pragma once

#include "checks/timedcheck.h"
#include "dns/reversednscheck.h"

namespace mailflow {

/**
 * "reverse-dns" of OUR public address (the server's own PTR is dns/reversednscheck's): a PTR record,
 * forward-confirmed (the name's A/AAAA records contain the address), and the same name as the one we
 * sent with EHLO. Many receivers refuse or mark mail from an address without them.
 */
class ClientReverseDnsCheck : public TimedCheck
{
    Q_OBJECT
public:
    using TimedCheck::TimedCheck;
    QString id() const override { return QStringLiteral("reverse-dns"); }

protected:
    void run() override;
    CheckFindings timedOut() override;

private:
    void onResult(const ReverseDnsResult &result);
    CheckFinding ehloFinding(const ReverseDnsResult &result) const;

    ReverseDnsCheck *m_lookup = nullptr;
    QHostAddress m_address;
};

} // namespace mailflow
