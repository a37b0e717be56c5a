#pragma once

#include "checks/check.h"
#include "checks/checkregistry.h"
#include "checks/dnschecks.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace mailflow {

class SmtpSession;

/** What a session knows that a check needs: addresses, names, replies, the connection's failure, the probe. */
CheckContext checkContextFromSession(const SmtpSession &session, const QHostAddress &dnsServer = {});

/**
 * Runs the checks around the conversation, all at once and beside the SMTP test: each check starts
 * at its stage, has its own time limit (one that does not finish in time becomes a NotAnswered
 * finding), and none waits for another. finished() comes once every started check has ended.
 */
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(QObject *parent = nullptr);
    ~CheckRunner() override;

    void setSelection(const CheckSelection &selection) { m_selection = selection; }
    const CheckSelection &selection() const { return m_selection; }
    /** Replaces the registry (tests). */
    void setRegistry(const QList<CheckRegistration> &registry) { m_registry = registry; }
    void setDnsServer(const QHostAddress &server) { m_dnsServer = server; }
    /** The block list zones (and in tests the MTA-STS port and CA) of the checks made from now on. */
    void setDnsCheckSettings(const DnsCheckSettings &settings) { m_dnsSettings = settings; }

    /** Starts the checks of stage from a session's facts when it gets there; the runner restarts with each test. */
    void watch(SmtpSession *session);

    /** Forgets the last findings and stops the checks still running (a new test). */
    void reset();
    /** Starts the enabled checks of stage not started yet (AfterSession also starts those of AfterEhlo). */
    void start(CheckStage stage, const CheckContext &context);

    bool isRunning() const;
    /** Every stage was started (the session ended) and no check runs any more. */
    bool isDone() const { return m_sessionStageStarted && !isRunning(); }
    /** The findings so far, in registry order. */
    CheckFindings findings() const;

Q_SIGNALS:
    void findingsChanged();
    /** The session's stage was started and every check has ended. */
    void finished();

private:
    struct Running
    {
        QString id;
        QPointer<Check> check;
        QTimer *timer = nullptr;
        QElapsedTimer clock;
        bool done = false;
        CheckFindings findings;
    };

    void complete(int index, CheckFindings findings);
    void finishIfDone();

    QList<CheckRegistration> m_registry;
    CheckSelection m_selection;
    QHostAddress m_dnsServer;
    DnsCheckSettings m_dnsSettings;
    QList<Running> m_running;
    bool m_sessionStageStarted = false;
    bool m_starting = false;
};

} // namespace mailflow
