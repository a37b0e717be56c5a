#include "clirunner.h"

#include "base/datafiles.h"
#include "checks/checkfindingtext.h"
#include "checks/checkrunner.h"
#include "clidiagnosis.h"
#include "clipdf.h"
#include "clitext.h"
#include "diagnosis/catalogexplainer.h"
#include "diagnosis/exitcodes.h"
#include "diagnosis/verdict.h"
#include "evidence/jsonreport.h"
#include "evidence/reportwriter.h"
#include "mx/dnsfacts.h"
#include "mx/reversednsreporter.h"
#include "smtp/smtpsession.h"
#include "smtp/transportfactory.h"
#include "store/historyrecorder.h"

#include <QJsonDocument>
#include <QTimer>

#include <chrono>

namespace mailflow {

CliRunner::CliRunner(const CliOptions &options, QObject *parent, TransportFactory *factory)
    : QObject(parent)
    , m_options(options)
    , m_transport((factory ? factory : socketTransportFactory())->createTransport(this))
    , m_session(new SmtpSession(m_transport, this))
    , m_out(stdout)
    , m_saveFile(m_options.evidence.saveFile)
{
    m_session->setExplainer(catalogExplainer());
    m_session->setOptions(m_options.session);
    // The recorder is attached first so the run's end line is written before the compare.
    if (!m_options.evidence.noHistory) {
        m_history = new HistoryRecorder(HistoryStore::defaultDirectory(), this);
        m_history->attach(m_session);
        // An MX run is kept under the domain it looked up ("user@example.com" looks up example.com).
        if (m_options.mx.enabled)
            m_history->setMxDomain(m_options.mx.domain.section(u'@', -1));
        connect(m_history, &HistoryRecorder::writeFailed, this, [](const QString &error) {
            QTextStream(stderr) << QStringLiteral("mailflow-cli: history: %1\n").arg(error);
        });
    }
    connect(m_session, &SmtpSession::stateChanged, this, [this] {
        if (m_transport->isConnected() && !m_transport->localAddress().isNull())
            m_localAddress = m_transport->localAddress().toString();
    });
    m_session->setCertificatePolicy(&m_certificatePolicy);
    if (m_options.format == CliOptions::Format::Text)
        connect(m_session->transcript(), &Transcript::entryAppended, this, &CliRunner::printEntry);
    connect(m_session, &SmtpSession::finished, this, [this] {
        m_sessionFinished = true;
        finishRun();
    });
    // After the session's own finished() handler: the summary waits for the checks, bounded by their limits.
    m_checks = new CheckRunner(this);
    m_checks->setSelection(m_options.checks);
    m_checks->setDnsServer(m_options.mx.nameserver);
    m_checks->setDnsCheckSettings(m_options.dnsChecks);
    m_checks->watch(m_session);
    connect(m_checks, &CheckRunner::finished, this, &CliRunner::finishRun);
}

void CliRunner::start()
{
    if (m_history)
        m_history->setProfileName(m_profileName);
    m_session->startNewTest();
    if (m_prepare)
        m_prepare(m_session);
    m_session->runTo(m_options.session.stopAfter);
}

void CliRunner::enableReverseDns(const QHostAddress &nameserver, int timeoutMs)
{
    if (!m_reverse) {
        m_reverse = new ReverseDnsReporter(m_session, this);
        connect(m_reverse, &ReverseDnsReporter::finished, this, &CliRunner::finishRun);
    }
    m_reverse->setNameserver(nameserver);
    if (timeoutMs > 0)
        m_reverse->setTimeout(timeoutMs);
}

void CliRunner::finishRun()
{
    if (!m_sessionFinished || (m_reverse && m_reverse->isRunning()) || !m_checks->isDone())
        return; // the reverse DNS lines or the checks are still to come
    m_sessionFinished = false;
    collectEvidence();
    if (m_history)
        m_history->recordFindings(m_report.checks);
    const TestDiagnosis diagnosis = m_report.diagnosis;
    int code = exitCodeFor(*m_session->checklist(), diagnosis);
    const int retryAfter = retryDelaySeconds(diagnosis);
    if (!m_firstAttempt.isEmpty())
        m_reportJson[QStringLiteral("firstAttempt")] = m_firstAttempt;
    if (retryAfter < 0 || m_options.format == CliOptions::Format::Text)
        printSummary();
    if (retryAfter >= 0) {
        scheduleRetry(retryAfter, diagnosis, code);
        return;
    }
    printAttempts(code);
    if (!saveReportFile() && code == ExitOk)
        code = ExitBadInput;
    if (!savePeerCertificates() && code == ExitOk)
        code = ExitBadInput;
    Q_EMIT done(code);
}

void CliRunner::setDnsLookup(const MxLookupResult &lookup)
{
    mailflow::setDnsLookup(&m_dns, lookup);
    m_dnsFacts.mx = dnsFacts(&lookup, nullptr).mx;
}

void CliRunner::setCredentials(const Credentials &credentials)
{
    m_session->setCredentials(credentials);
}

void CliRunner::printEntry(int index)
{
    if (m_quiet)
        return;
    const TranscriptEntry &e = m_session->transcript()->entries().at(index);
    m_out << Transcript::terminalLine(e) << u'\n';
    m_out.flush();
}

void CliRunner::printSummary()
{
    if (m_quiet)
        return;
    const SessionOutcome outcome = evaluateOutcome(*m_session);
    if (m_options.format == CliOptions::Format::Json) {
        QJsonObject report = m_reportJson;
        if (m_session->tlsReport().handshakeDone)
            report[QStringLiteral("tls")] = m_session->tlsReport().toJson();
        m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        m_out.flush();
        return;
    }
    m_out << u'\n' << tr("Checklist:") << u'\n';
    const int stateWidth = Checklist::stateColumnWidth();
    const QString indent(2 + stateWidth + 1, u' ');
    for (const Milestone &m : m_session->checklist()->milestones()) {
        const QString took = m.durationMs >= 0 ? tr("%1 ms").arg(m.durationMs) : QString();
        m_out << QStringLiteral("  %1 %2 %3 %4")
                     .arg(stateWord(m.state), -stateWidth)
                     .arg(m.title(), -34)
                     .arg(m.expected.isEmpty() ? QStringLiteral("   ") : m.expected, -4)
                     .arg(m.summary);
        if (!took.isEmpty())
            m_out << QStringLiteral("  (%1)").arg(took);
        m_out << u'\n';
        if (m.state == MilestoneState::Failed || m.state == MilestoneState::Warning) {
            if (!m.diagnosis.meaning.isEmpty())
                m_out << indent << m.diagnosis.meaning << u'\n';
            if (!m.diagnosis.nextStep.isEmpty())
                m_out << indent << tr("Next:") << u' ' << m.diagnosis.nextStep << u'\n';
        }
    }
    const int tls = m_session->checklist()->indexOf(MilestoneKind::Tls);
    if (tls >= 0 && m_session->checklist()->at(tls).state == MilestoneState::Failed
        && !m_session->tlsReport().problems.isEmpty())
        m_out << u'\n'
              << tr("Hint: --ca-file FILE trusts a private CA; --no-tls-verify goes on despite the certificate "
                    "for this one test.")
              << u'\n';
    printChecks();
    CliDiagnosisText::print(m_out, m_report.diagnosis);
    m_out << u'\n' << tr("Verdict: %1").arg(outcome.sentence) << u'\n';
    printChanges();
    m_out.flush();
}

int CliRunner::retryDelaySeconds(const TestDiagnosis &diagnosis) const
{
    if (!m_options.retry.enabled || !m_firstAttempt.isEmpty() || !diagnosis.deferred
        || diagnosis.cause != Cause::Greylisting)
        return -1;
    if (m_options.retry.seconds >= 0)
        return m_options.retry.seconds;
    return diagnosis.retryAfterSeconds > 0 ? diagnosis.retryAfterSeconds : RetryOptions::defaultSeconds;
}

void CliRunner::scheduleRetry(int seconds, const TestDiagnosis &diagnosis, int code)
{
    m_firstAttempt = QJsonObject {{QStringLiteral("verdict"), m_reportJson.value(QStringLiteral("verdict"))},
                                  {QStringLiteral("sentence"), m_reportJson.value(QStringLiteral("sentence"))},
                                  {QStringLiteral("exitCode"), code},
                                  {QStringLiteral("diagnosis"), m_reportJson.value(QStringLiteral("diagnosis"))}};
    m_firstAttemptText = diagnosis.sentence;
    if (!m_quiet && m_options.format == CliOptions::Format::Text) {
        m_out << u'\n' << tr("Deferred, not failed: retrying once in %n s.", nullptr, seconds) << u'\n' << u'\n';
        m_out.flush();
    }
    QTimer::singleShot(std::chrono::seconds(seconds), this, &CliRunner::start);
}

void CliRunner::printAttempts(int code)
{
    if (m_firstAttemptText.isEmpty() || m_quiet || m_options.format != CliOptions::Format::Text)
        return;
    m_out << u'\n' << tr("Attempts:") << u'\n';
    m_out << QStringLiteral("  1. %1 %2\n").arg(tr("DEFERRED"), -9).arg(m_firstAttemptText);
    m_out << QStringLiteral("  2. %1 %2\n")
                 .arg(CliDiagnosisText::attemptWord(code), -9)
                 .arg(evaluateOutcome(*m_session).sentence);
    m_out.flush();
}

void CliRunner::printChecks()
{
    m_out << checkFindingsBlock(m_report.checks);
}

// ---- evidence: history, compare, the saved report ----------------------------------------------

void CliRunner::collectEvidence()
{
    m_dnsFacts.reverse = {};
    if (m_reverse) {
        const DnsFacts reverse = dnsFacts(nullptr, &m_reverse->lastResult());
        m_dnsFacts.reverse = reverse.reverse;
        m_dnsFacts.ptrNames = reverse.ptrNames;
        m_dnsFacts.bannerNameDiffering = reverse.bannerNameDiffering;
    }
    m_report = ReportData::fromSession(*m_session, m_profileName, m_localAddress, m_dnsFacts);
    m_report.dns = m_dns;
    m_report.checks = m_checks->findings();
    if (m_reverse)
        setReverseDns(&m_report.dns, m_reverse->lastResult());
    m_report.redaction.maskAddresses = m_options.evidence.maskAddresses;
    m_report.redaction.maskHosts = m_options.evidence.maskHosts;
    m_reportJson = reportDataToJson(m_report);
    if (m_profileName.isEmpty())
        return;
    m_changes.clear();
    m_hasPrevious = false;
    const HistoryStore store;
    const HistoryRunInfo previous
        = store.previousRunOf(m_profileName, m_history ? m_history->currentRunId() : QString());
    ReportData before;
    if (!previous.id.isEmpty() && store.loadReport(previous.id, &before)) {
        m_hasPrevious = true;
        m_changes = compareRuns(before, m_report);
        m_reportJson[QStringLiteral("compare")] = runChangesToJson(m_changes, before);
    } else {
        m_reportJson[QStringLiteral("compare")] = QJsonValue::Null;
    }
}

void CliRunner::printChanges()
{
    if (m_profileName.isEmpty())
        return;
    if (!m_hasPrevious) {
        m_out << tr("No previous run of the profile \"%1\" to compare with.").arg(m_profileName) << u'\n';
        return;
    }
    m_out << tr("Since the previous run:") << u'\n';
    for (const QString &line : runChangesToText(m_changes))
        m_out << QStringLiteral("  %1\n").arg(line);
}

bool CliRunner::saveReportFile()
{
    if (m_saveFile.isEmpty())
        return true;
    QString error;
    const ReportFormat format = reportFormatForPath(m_saveFile);
    const bool ok = format == ReportFormat::Pdf ? savePdfThroughModule(m_saveFile, m_report, &error)
                                                : saveReport(m_saveFile, m_report, format, &error);
    if (!ok)
        QTextStream(stderr) << QStringLiteral("mailflow-cli: --save: %1\n").arg(error);
    return ok;
}

bool CliRunner::savePeerCertificates()
{
    if (m_options.peerCertificateFile.isEmpty())
        return true;
    QTextStream err(stderr);
    const TlsReport tls = m_session->tlsReport();
    if (tls.chain.isEmpty()) {
        err << QStringLiteral("mailflow-cli: --tls-peer-cert: %1\n").arg(tr("the server sent no certificate."));
        return false;
    }
    QByteArray pem;
    for (const CertificateSummary &certificate : tls.chain)
        pem += certificate.pem;
    QString error;
    if (!writeFileAtomically(m_options.peerCertificateFile, pem, &error)) {
        err << QStringLiteral("mailflow-cli: --tls-peer-cert: %1\n").arg(error);
        return false;
    }
    return true;
}

} // namespace mailflow
