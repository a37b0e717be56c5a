#include "checks/portprobecheck.h"

#include "base/enumtable.h"

#include <QHostInfo>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace mailflow {

namespace {
constexpr quint16 submissionPorts[] = {587, 465};

QString familyName(const QHostAddress &address)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6") : QStringLiteral("IPv4");
}

using Outcome = PortProbeCheck::Outcome;
// As the evidence shows it (never translated, like every evidence line).
constexpr EnumName<Outcome> outcomes[] = {
    {Outcome::Pending, "not finished"}, {Outcome::Answered, "answered"}, {Outcome::Refused, "refused"},
    {Outcome::TimedOut, "no answer"},   {Outcome::Failed, "failed"},
};

QString endpoint(const QHostAddress &address, quint16 port)
{
    return address.protocol() == QAbstractSocket::IPv6Protocol
        ? QStringLiteral("[%1]:%2").arg(address.toString()).arg(port)
        : QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}
} // namespace

bool PortProbeCheck::probes(const CheckContext &context)
{
    return context.port == 25
        && (context.connectFailure == FailureKind::Timeout || context.connectFailure == FailureKind::ConnectionLost
            || context.connectFailure == FailureKind::NetworkUnreachable);
}

void PortProbeCheck::start(const CheckContext &context)
{
    m_context = context;
    if (!probes(context)) {
        Q_EMIT finished({});
        return;
    }
    QHostAddress literal;
    if (literal.setAddress(context.host)) {
        probeAll({literal});
        return;
    }
    // The other address family's addresses, when the name has them.
    QHostInfo::lookupHost(context.host, this, [this](const QHostInfo &info) { probeAll(info.addresses()); });
}

void PortProbeCheck::probeAll(const QList<QHostAddress> &resolved)
{
    QList<QHostAddress> addresses = m_context.serverAddresses;
    for (const QHostAddress &a : resolved) {
        if (!addresses.contains(a))
            addresses << a;
    }
    QList<QAbstractSocket::NetworkLayerProtocol> triedFamilies;
    for (const QHostAddress &a : std::as_const(m_context.serverAddresses))
        triedFamilies << a.protocol();
    for (const QHostAddress &a : std::as_const(addresses)) {
        for (quint16 port : submissionPorts)
            m_probes << Probe {a, port, Outcome::Pending};
        if (!m_context.serverAddresses.isEmpty() && !triedFamilies.contains(a.protocol()))
            m_probes << Probe {a, 25, Outcome::Pending};
    }
    if (m_probes.isEmpty()) {
        m_finished = true;
        Q_EMIT finished({judge(m_context, m_probes)});
        return;
    }
    // Within the check's own limit, with a margin for the finding.
    const int probeMs = std::clamp(m_context.timeoutMs - 1000, 500, 8000);
    for (int i = 0; i < m_probes.size(); ++i) {
        auto *socket = new QTcpSocket(this);
        auto *timer = new QTimer(socket);
        timer->setSingleShot(true);
        connect(timer, &QTimer::timeout, this, [this, i] { settle(i, Outcome::TimedOut); });
        connect(socket, &QTcpSocket::connected, this, [this, i] { settle(i, Outcome::Answered); });
        connect(socket, &QTcpSocket::errorOccurred, this, [this, i](QAbstractSocket::SocketError error) {
            settle(i, error == QAbstractSocket::ConnectionRefusedError ? Outcome::Refused : Outcome::Failed);
        });
        connect(this, &Check::finished, socket, &QObject::deleteLater);
        timer->start(probeMs);
        socket->connectToHost(m_probes.at(i).address, m_probes.at(i).port);
    }
}

void PortProbeCheck::settle(int index, Outcome outcome)
{
    if (m_finished || m_probes.at(index).outcome != Outcome::Pending)
        return;
    m_probes[index].outcome = outcome;
    const bool pending
        = std::any_of(m_probes.cbegin(), m_probes.cend(), [](const Probe &p) { return p.outcome == Outcome::Pending; });
    if (pending)
        return;
    m_finished = true;
    Q_EMIT finished({judge(m_context, m_probes)});
}

CheckFinding PortProbeCheck::judge(const CheckContext &context, const QList<Probe> &probes)
{
    CheckFinding f;
    f.checkId = QStringLiteral("port-25");
    f.title = tr("Port 25 from this network");
    f.severity = CheckSeverity::Warning;
    f.who = Actor::You;
    f.evidence << tr("port 25 (the test): %1")
                      .arg(context.connectFailure == FailureKind::Timeout ? tr("no answer") : tr("reset"));
    QStringList submissionAnswered;
    QStringList otherFamilyAnswered;
    bool hostAnswered = false;
    for (const Probe &p : probes) {
        f.evidence << QStringLiteral("%1 %2").arg(endpoint(p.address, p.port), enumKey(outcomes, p.outcome));
        hostAnswered = hostAnswered || p.outcome == Outcome::Answered || p.outcome == Outcome::Refused;
        const QString port = QString::number(p.port);
        if (p.outcome == Outcome::Answered && p.port != 25 && !submissionAnswered.contains(port))
            submissionAnswered << port;
        if (p.outcome == Outcome::Answered && p.port == 25)
            otherFamilyAnswered << familyName(p.address);
    }
    if (!otherFamilyAnswered.isEmpty()) {
        f.sentence = tr("Port 25 answers over %1 but not over the address family the test used: the block is on "
                        "one family's path (often IPv4 or IPv6 filtered differently by a provider).")
                         .arg(otherFamilyAnswered.first());
        f.steps << tr("Ask your network administrator or provider why outgoing port 25 is filtered on one address "
                      "family only.");
        return f;
    }
    if (!submissionAnswered.isEmpty()) {
        f.sentence = tr("Port 25 seems blocked between you and the server — %1 answers; many ISPs and cloud "
                        "providers block outgoing port 25.")
                         .arg(submissionAnswered.join(tr(" and ")));
        f.steps << tr("Ask your network administrator or provider whether outgoing port 25 is blocked.")
                << tr("Send through your mail provider's submission server (587 with authentication), or run the "
                      "test from another network to compare.");
        return f;
    }
    if (hostAnswered) {
        f.sentence = tr("The server's address answers on another port (refused, not silent) while port 25 gets no "
                        "answer: a firewall on the way drops port 25, on your side or the server's.");
        f.steps << tr("Run the test from another network: if port 25 answers there, the block is on your side.");
        return f;
    }
    f.who = Actor::Nobody;
    f.sentence = tr("Neither port 25 nor 587 nor 465 answered: the server is unreachable from here as a whole, "
                    "not port 25 alone (down, a wrong address, or a firewall dropping everything).");
    f.steps << tr("Check the server's address and whether it is up; run the test from another network to compare.");
    return f;
}

} // namespace mailflow
