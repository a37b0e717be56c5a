#pragma once

#include "cliparser.h"
#include "diagnosis/testdiagnosis.h"
#include "evidence/dnssummary.h"
#include "evidence/reportdata.h"
#include "evidence/runcompare.h"
#include "tls/certificatepolicy.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QTextStream>

#include <functional>

namespace mailflow {

class CheckRunner;
class HistoryRecorder;
class ReverseDnsReporter;
class SmtpSession;
class Transport;
class TransportFactory;

/** Runs one test headlessly, printing the transcript as it happens and the checklist at the end. */
class CliRunner : public QObject
{
    Q_OBJECT
public:
    /** factory gives the session its transport; none means a real socket. Not owned. */
    explicit CliRunner(const CliOptions &options, QObject *parent = nullptr, TransportFactory *factory = nullptr);

    void start();
    /** The AUTH password (kept by the session only). */
    void setCredentials(const Credentials &credentials);

    // Evidence: history, compare, --save.
    /** The run belongs to this profile: kept under it in the history and compared with its previous run. */
    void setProfileName(const QString &name) { m_profileName = name; }
    /** Prints nothing (a batch of profiles in JSON collects reportJson() instead). */
    void setQuiet(bool quiet) { m_quiet = quiet; }
    /** Prints there instead of standard output (several profiles at a time). Not owned. */
    void setOutputDevice(QIODevice *device) { m_out.setDevice(device); }
    /** Where --save writes; defaults to options.evidence.saveFile. */
    void setSaveFile(const QString &path) { m_saveFile = path; }
    const ReportData &report() const { return m_report; }
    /** The JSON report, with "compare" for profile runs. Valid after done(). */
    const QJsonObject &reportJson() const { return m_reportJson; }
    const QList<RunChange> &changes() const { return m_changes; }
    bool hasPreviousRun() const { return m_hasPrevious; }
    // MX mode (mxcli.h)
    /** Runs in start() between startNewTest() and the plan: MX mode records the DNS lookup there. */
    void setPrepare(std::function<void(SmtpSession *)> prepare) { m_prepare = std::move(prepare); }
    /** Checks reverse DNS of the connected address; the summary waits for it. */
    void enableReverseDns(const QHostAddress &nameserver, int timeoutMs);
    /** The MX lookup that chose the server, for the reports' DNS section. */
    void setDnsLookup(const MxLookupResult &lookup);

Q_SIGNALS:
    void done(int exitCode);

private:
    void printEntry(int index);
    void printSummary();
    void collectEvidence();
    void printChanges();
    void printChecks();
    /** Seconds to wait before the one retry of a deliberate deferral, -1 for none. */
    int retryDelaySeconds(const TestDiagnosis &diagnosis) const;
    void scheduleRetry(int seconds, const TestDiagnosis &diagnosis, int code);
    void printAttempts(int code);
    bool saveReportFile();
    bool savePeerCertificates();

    CliOptions m_options;
    Transport *m_transport;
    SmtpSession *m_session;
    QTextStream m_out;

    // Evidence: the history, the profile and the comparison with its previous run.
    HistoryRecorder *m_history = nullptr;
    QString m_profileName;
    QString m_localAddress;
    QString m_saveFile;
    bool m_quiet = false;
    ReportData m_report;
    QJsonObject m_reportJson;
    QList<RunChange> m_changes;
    bool m_hasPrevious = false;
    // MX mode
    void finishRun();
    std::function<void(SmtpSession *)> m_prepare;
    ReverseDnsReporter *m_reverse = nullptr;
    CheckRunner *m_checks = nullptr;
    bool m_sessionFinished = false;
    /** The deferred first attempt of a --retry-deferred run (JSON) and its sentence; empty before. */
    QJsonObject m_firstAttempt;
    QString m_firstAttemptText;
    DnsSummary m_dns;
    /** The same DNS results as data, for the diagnosis. */
    DnsFacts m_dnsFacts;
    /** --no-tls-verify turns verification off in the options; otherwise a failed certificate stops. */
    FixedCertificatePolicy m_certificatePolicy {CertificatePolicy::Decision::Stop};
};

} // namespace mailflow
