#pragma once

#include "checks/check.h"

namespace mailflow {

/** Reads the session's open relay probe (RelayCheckStep): accepted from outside to outside is a failure. */
class OpenRelayCheck : public Check
{
    Q_OBJECT
public:
    using Check::Check;
    QString id() const override { return QStringLiteral("open-relay"); }
    void start(const CheckContext &context) override;

    static CheckFinding judge(const CheckContext &context);
};

} // namespace mailflow
