#include "mx/reversednsreporter.h"

#include "mx/dnsmilestone.h"
#include "smtp/smtpsession.h"

namespace mailflow {

ReverseDnsReporter::ReverseDnsReporter(SmtpSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_check(new ReverseDnsCheck(this))
{
    connect(m_session, &SmtpSession::stateChanged, this, &ReverseDnsReporter::onStateChanged);
    connect(m_session->transcript(), &Transcript::cleared, this, &ReverseDnsReporter::abort);
    connect(m_check, &ReverseDnsCheck::finished, this, &ReverseDnsReporter::onFinished);
}

bool ReverseDnsReporter::setNameserver(const QHostAddress &address, QString *error)
{
    return m_check->setNameserver(address, error);
}

void ReverseDnsReporter::setTimeout(int ms)
{
    m_check->setTimeout(ms);
}

void ReverseDnsReporter::onStateChanged()
{
    if (!m_enabled || m_session->state() != SmtpSession::State::Connected)
        return;
    const QHostAddress peer = m_session->transport()->peerAddress();
    if (peer.isNull() || m_check->isRunning())
        return;
    m_check->check(peer, m_session->greeting().line(0));
}

void ReverseDnsReporter::onFinished(const ReverseDnsResult &result)
{
    m_last = result;
    DnsMilestone::appendReverseDns(result, m_session->transcript());
    Q_EMIT finished(result);
}

} // namespace mailflow
