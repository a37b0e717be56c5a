#pragma once

#include "dns/reversednscheck.h"

#include <QObject>

namespace mailflow {

class SmtpSession;

/**
 * Checks reverse DNS of the address a session connected to, once the 220 greeting is in, and
 * writes what it found into the session's transcript: information or a warning, never a failure.
 */
class ReverseDnsReporter : public QObject
{
    Q_OBJECT
public:
    explicit ReverseDnsReporter(SmtpSession *session, QObject *parent = nullptr);

    /** Same rules as MxResolver::setNameserver: null for the system resolver, IPv6 refused. */
    bool setNameserver(const QHostAddress &address, QString *error = nullptr);
    void setTimeout(int ms);
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    /** A check is running: its lines are still to come. */
    bool isRunning() const { return m_check->isRunning(); }
    /** The last finished check (status LookupFailed with a null address before any). */
    const ReverseDnsResult &lastResult() const { return m_last; }
    void abort() { m_check->abort(); }

Q_SIGNALS:
    /** The lines are in the transcript. */
    void finished(const mailflow::ReverseDnsResult &result);

private:
    void onStateChanged();
    void onFinished(const ReverseDnsResult &result);

    SmtpSession *m_session;
    ReverseDnsCheck *m_check;
    ReverseDnsResult m_last;
    bool m_enabled = true;
};

} // namespace mailflow
