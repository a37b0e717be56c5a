#pragma once

#include "diagnosis/testdiagnosis.h"
#include "diagnosis/verdict.h"
#include "dns/mxresolver.h"
#include "mx/deliveryrule.h"
#include "smtp/checklist.h"
#include "smtp/sessionoptions.h"
#include "smtp/smtpsession.h"
#include "smtp/transportfactory.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace mailflow {

class ReverseDnsReporter;

/** A column of the "test all MX" matrix: one milestone of the plan (RCPT TO has one per recipient). */
struct MxTestColumn
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::MxTestRunner)

public:
    MilestoneKind kind = MilestoneKind::Connect;
    QString subject;

    /** "RCPT TO a@example.test", "EHLO" */
    QString title() const;
    /** "DNS", "Connect", "EHLO", "MAIL", "RCPT", "DATA", "End", "QUIT": for a narrow header. */
    QString shortTitle() const;
};

/** A row of the matrix: one address of one MX host, with its own session, transcript and checklist. */
struct MxTestRow
{
    Q_DECLARE_TR_FUNCTIONS(mailflow::MxTestRunner)

public:
    enum class Status {
        Queued, ///< waiting for a free slot
        Running,
        Finished, ///< the session ended (whatever its verdict)
        NotTested, ///< the host has no address
        Aborted, ///< stopped before or while it ran
    };

    /** The MX host name as DNS gave it (ACE); what is shown, while the session connects to address. */
    QString host;
    QString displayHost;
    int preference = 0;
    /** The address tested; null when the host has none. */
    QHostAddress address;
    /** Index of the host in MxLookupResult::hosts. */
    int hostIndex = -1;
    Status status = Status::Queued;
    /** The row's test; it owns the transcript and checklist a row view opens. */
    SmtpSession *session = nullptr;
    /** The session's outcome once finished. */
    SessionOutcome outcome;
    /** The whole-test diagnosis of the row once finished: cause, who must act, next steps. */
    TestDiagnosis diagnosis;
    /** exitCodeFor(checklist, diagnosis) once finished (core/exitcodes.h): a greylisting is ExitDeferred. */
    int exitCode = 0;
    /** The row's first attempt when retry() ran it again; cause None and exit code 0 when it was not. */
    TestDiagnosis firstDiagnosis;
    int firstExitCode = 0;
    bool retried = false;
    /** The TCP connection was made (tells a connection failure from a greeting timeout). */
    bool tcpConnected = false;

    bool isDone() const
    {
        return status == Status::Finished || status == Status::NotTested || status == Status::Aborted;
    }
    Transcript *transcript() const { return session ? session->transcript() : nullptr; }
    Checklist *checklist() const { return session ? session->checklist() : nullptr; }
    /** The row as the delivery rule reads it. */
    MxAttempt attempt() const;
    static QString statusKey(Status status);
};

/**
 * "Test all MX": runs the plan (by default up to RCPT TO, so no mail is sent) against every address
 * of every MX host of a lookup, a few in parallel, and says where a real sender would deliver.
 * Each row has its own SmtpSession over a transport from the factory (sockets unless given another)
 * that connects to the address literal.
 */
class MxTestRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultParallel = 4;

    /** factory makes each row's transport; none means real sockets. Not owned. */
    explicit MxTestRunner(QObject *parent = nullptr, TransportFactory *factory = nullptr);
    ~MxTestRunner() override;

    /** The envelope, message and timeouts for every row; host is ignored, port is used (see setPort()). */
    void setOptions(const SessionOptions &options);
    const SessionOptions &options() const { return m_options; }
    /** The port tested on every MX (25 unless changed; overrides options().port). */
    void setPort(quint16 port) { m_options.port = port; }
    quint16 port() const { return m_options.port; }
    /** Where each row's plan stops before QUIT; Rcpt by default, so no mail is sent. */
    void setStopAfter(StopPoint stop) { m_stop = stop; }
    StopPoint stopAfter() const { return m_stop; }
    void setMaxParallel(int count) { m_maxParallel = qMax(1, count); }
    int maxParallel() const { return m_maxParallel; }
    /** Check reverse DNS of each address after its greeting (on by default), asking the lookup's DNS server. */
    void setReverseDns(bool enabled) { m_reverseDns = enabled; }
    /** Per reverse DNS query, in milliseconds; 0 keeps ReverseDnsCheck's default. */
    void setReverseDnsTimeout(int ms) { m_reverseTimeoutMs = ms; }

    /** Builds the rows from lookup (host × address, in preference order) and starts them. */
    void start(const MxLookupResult &lookup);
    /**
     * Runs the given finished rows once more (a deliberate deferral asked for a later retry); the first
     * attempt stays in firstDiagnosis/firstExitCode. finished() follows again. False when running.
     */
    bool retry(const QList<int> &rows);
    /** The finished rows whose server deferred on purpose (greylisting) and were not retried yet. */
    QList<int> deferredRows() const;
    /** Stops every running row and every queued one; finished() follows. */
    void abort();
    bool isRunning() const { return m_running; }

    const MxLookupResult &lookup() const { return m_lookup; }
    const QList<MxTestColumn> &columns() const { return m_columns; }
    int rowCount() const { return int(m_rows.size()); }
    const MxTestRow &row(int index) const { return m_rows.at(index); }
    const QList<MxTestRow> &rows() const { return m_rows; }
    /** The milestone behind a cell; a default one (Pending) when the row has none for that column. */
    Milestone cell(int row, int column) const;
    MilestoneState cellState(int row, int column) const { return cell(row, column).state; }

    /** The rows as attempts, in the order a sender tries them. */
    QList<MxAttempt> attempts() const;
    /** Where a real sender would deliver: DeliveryRule over attempts(). Meaningful once finished. */
    DeliveryVerdict deliveryVerdict() const { return DeliveryRule::apply(attempts()); }
    /** The row with the best result: the first fully passed one, else the one that got furthest; -1 when none. */
    int bestRow() const;
    /** 0 when some row passed (exit code 0), else the best row's code; ExitDns when there was no row. */
    int exitCode() const;

Q_SIGNALS:
    /** start() built the columns; rows follow with rowAdded(). */
    void started();
    void rowAdded(int row);
    /** A cell or the status of the row changed. */
    void rowChanged(int row);
    void columnsChanged();
    void finished();

private:
    void addRow(const MxHost &host, int hostIndex, const QHostAddress &address);
    void startNext();
    void startRow(int row);
    void onSessionFinished(int row);
    void finishRow(int row, MxTestRow::Status status);
    void judgeRow(int row);
    /** A new test in the row's session: its transcript header and the DNS milestone of the lookup. */
    void prepareRow(const MxTestRow &row);
    void onMilestone(int row, int milestone);
    void checkDone();
    void clearRows();
    int progressOf(int row) const;

    SessionOptions m_options;
    StopPoint m_stop = StopPoint::Rcpt;
    int m_maxParallel = DefaultParallel;
    bool m_reverseDns = true;
    int m_reverseTimeoutMs = 0;
    bool m_running = false;
    bool m_aborting = false;
    MxLookupResult m_lookup;
    QList<MxTestColumn> m_columns;
    QList<MxTestRow> m_rows;
    QList<ReverseDnsReporter *> m_reporters;
    TransportFactory *m_factory;
    QList<Transport *> m_transports;
    QList<bool> m_sessionDone;
};

} // namespace mailflow
