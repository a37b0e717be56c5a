#pragma once

#include "checks/check.h"

#include <QList>

class QTcpSocket;

namespace mailflow {

/**
 * When connecting to port 25 timed out or was reset: tries the same server on 587 and 465 (and port 25
 * over the other address family), and says whether port 25 alone seems blocked on the way.
 */
class PortProbeCheck : public Check
{
    Q_OBJECT
public:
    using Check::Check;
    QString id() const override { return QStringLiteral("port-25"); }
    void start(const CheckContext &context) override;

    /** Whether a connection that failed this way is worth probing. */
    static bool probes(const CheckContext &context);

    enum class Outcome { Pending, Answered, Refused, TimedOut, Failed };
    struct Probe
    {
        QHostAddress address;
        quint16 port = 0;
        Outcome outcome = Outcome::Pending;
    };
    /** The finding from the probes' outcomes (a pure function, unit-tested). */
    static CheckFinding judge(const CheckContext &context, const QList<Probe> &probes);

private:
    void probeAll(const QList<QHostAddress> &resolved);
    void settle(int index, Outcome outcome);

    CheckContext m_context;
    QList<Probe> m_probes;
    bool m_finished = false;
};

} // namespace mailflow
