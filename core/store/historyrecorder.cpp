#include "store/historyrecorder.h"

#include "checks/checkfindingtext.h"
#include "diagnosis/exitcodes.h"
#include "diagnosis/verdict.h"
#include "evidence/evidencejson.h"
#include "evidence/jsonreport.h"
#include "evidence/profile.h"
#include "smtp/smtpsession.h"
#include "store/historydatabase.h"
#include "store/historywriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace mailflow {

HistoryRecorder::HistoryRecorder(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(flushIntervalMs());
    connect(&m_flushTimer, &QTimer::timeout, this, &HistoryRecorder::flush);
}

HistoryRecorder::~HistoryRecorder()
{
    closeRun();
}

void HistoryRecorder::attach(SmtpSession *session)
{
    detach();
    m_session = session;
    connect(session->transcript(), &Transcript::cleared, this, &HistoryRecorder::onCleared);
    connect(session->checklist(), &Checklist::cleared, this, &HistoryRecorder::onCleared);
    connect(session->transcript(), &Transcript::entryAppended, this, &HistoryRecorder::onEntry);
    connect(session->checklist(), &Checklist::milestoneAdded, this, &HistoryRecorder::onMilestone);
    connect(session->checklist(), &Checklist::milestoneChanged, this, &HistoryRecorder::onMilestone);
    connect(session, &SmtpSession::stateChanged, this, &HistoryRecorder::onStateChanged);
    connect(session, &SmtpSession::finished, this, &HistoryRecorder::onFinished);
}

void HistoryRecorder::detach()
{
    if (!m_session)
        return;
    disconnect(m_session->transcript(), nullptr, this, nullptr);
    disconnect(m_session->checklist(), nullptr, this, nullptr);
    disconnect(m_session, nullptr, this, nullptr);
    closeRun();
    m_session = nullptr;
}

void HistoryRecorder::closeRun()
{
    flush();
    m_runId.clear();
    m_entrySeq = 0;
    m_milestoneSeq = 0;
    m_localWritten = false;
    m_failed = false;
}

void HistoryRecorder::onCleared()
{
    closeRun();
}

bool HistoryRecorder::openDatabase()
{
    if (m_db && m_db->isOpen())
        return true;
    m_db = std::make_unique<HistoryDatabase>(m_directory);
    if (!m_db->open()) {
        m_error = m_db->errorString();
        m_db.reset();
        return false;
    }
    m_writer = std::make_unique<HistoryWriter>(*m_db);
    if (!m_db->notice().isEmpty())
        Q_EMIT notice(m_db->notice());
    return true;
}

void HistoryRecorder::reportFailure()
{
    m_failed = true;
    m_pending.clear();
    m_pendingBytes = 0;
    Q_EMIT writeFailed(m_error);
}

QByteArray HistoryRecorder::masked(const QJsonObject &object)
{
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    return m_redactor.hasSecrets() ? m_redactor.redact(QString::fromUtf8(json)).toUtf8() : json;
}

bool HistoryRecorder::ensureRun()
{
    if (!m_enabled || !m_session)
        return false;
    // A failed write (a full disk) is said once: the rest of this run is not tried line by line.
    if (m_failed)
        return false;
    if (!m_runId.isEmpty())
        return true;
    if (!openDatabase()) {
        reportFailure();
        return false;
    }
    const QDateTime now = QDateTime::currentDateTime();
    if (m_pruneOnFirstRun) {
        m_pruneOnFirstRun = false;
        pruneHistoryIfDue(*m_db, m_limits, now);
    }
    Profile profile;
    profile.name = m_profileName;
    profile.mxDomain = m_mxDomain;
    profile.session = m_session->options();
    HistoryRunStart run;
    run.id = now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'-'
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0');
    run.started = m_session->transcript()->startedAt().isValid() ? m_session->transcript()->startedAt() : now;
    run.profile = m_profileName;
    run.host = profile.session.host;
    run.port = profile.session.port;
    run.mxDomain = m_mxDomain;
    QStringList recipients;
    for (const Recipient &r : std::as_const(profile.session.recipients))
        recipients << r.address;
    run.recipients = m_redactor.redact(recipients.join(QStringLiteral(", ")));
    run.tls = tlsModeKey(profile.session.tls.mode);
    run.options = masked(profileToJson(profile));
    run.environment = masked(environmentToJson(EnvironmentInfo::collect()));
    m_runId = run.id;
    const qint64 size = run.options.size() + run.environment.size();
    queue([run, size](HistoryWriter &w) { return w.startRun(run, size); }, 0);
    flush();
    if (m_failed)
        return false;
    Q_EMIT runStarted(m_runId);
    return true;
}

void HistoryRecorder::queue(std::function<bool(HistoryWriter &)> write, qint64 bytes)
{
    m_pending.append(std::move(write));
    m_pendingBytes += bytes;
}

void HistoryRecorder::flush()
{
    m_flushTimer.stop();
    if (m_pending.isEmpty() || !m_writer)
        return;
    bool ok = m_db->transaction();
    for (const auto &write : std::as_const(m_pending))
        ok = ok && write(*m_writer);
    if (ok && m_pendingBytes > 0)
        ok = m_writer->addSize(m_runId, m_pendingBytes);
    if (ok)
        ok = m_db->commit();
    else
        m_db->rollback();
    m_pending.clear();
    m_pendingBytes = 0;
    if (!ok) {
        m_error = m_db->errorString();
        reportFailure();
    }
}

void HistoryRecorder::onEntry(int index)
{
    if (!ensureRun())
        return;
    QJsonObject o = entryToJson(m_session->transcript()->entries().at(index));
    const QByteArray json = masked(o);
    queue([id = m_runId, seq = m_entrySeq++, json](HistoryWriter &w) { return w.addEntry(id, seq, json); },
          json.size());
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void HistoryRecorder::onMilestone(int index)
{
    if (!ensureRun())
        return;
    const QByteArray json = masked(milestoneToJson(m_session->checklist()->at(index)));
    queue([id = m_runId, seq = m_milestoneSeq++, index,
           json](HistoryWriter &w) { return w.addMilestone(id, seq, index, json); },
          json.size());
    flush(); // a milestone is a point worth keeping at once: what led to it goes with it
}

void HistoryRecorder::onStateChanged()
{
    if (m_localWritten || !m_session || !m_session->transport()->isConnected() || !ensureRun())
        return;
    const QHostAddress local = m_session->transport()->localAddress();
    if (local.isNull())
        return;
    m_localWritten = true;
    queue([id = m_runId, address = local.toString()](HistoryWriter &w) { return w.setLocalAddress(id, address); }, 0);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void HistoryRecorder::onFinished()
{
    if (!ensureRun())
        return;
    const SessionOutcome outcome = evaluateOutcome(*m_session);
    HistoryRunEnd end;
    end.ended = QDateTime::currentDateTime();
    end.verdict = verdictKey(outcome.verdict);
    end.sentence = m_redactor.redact(outcome.sentence);
    end.failedIndex = outcome.failedMilestone;
    if (outcome.failedMilestone >= 0 && outcome.failedMilestone < m_session->checklist()->count())
        end.failedStep = Checklist::kindKey(m_session->checklist()->at(outcome.failedMilestone).kind);
    end.exitCode = exitCodeFor(*m_session->checklist());
    const ReportData report = ReportData::fromSession(*m_session, m_profileName);
    end.cause = causeKey(report.diagnosis.cause);
    end.fingerprint = leafCertificateFingerprint(m_session->tlsReport());
    end.report = masked(reportDataToJson(report));
    queue([id = m_runId, end](HistoryWriter &w) { return w.endRun(id, end); }, 0);
    if (m_db)
        m_db->syncNextCommit(); // the one sync of the run: its end is on the disk before the program exits
    flush();
    Q_EMIT runFinished(m_runId);
}

void HistoryRecorder::recordFindings(const CheckFindings &findings)
{
    if (m_runId.isEmpty() || m_failed || !m_writer)
        return;
    QList<QPair<QString, QByteArray>> rows;
    qint64 bytes = 0;
    const QJsonArray array = checkFindingsToJson(findings);
    for (int i = 0; i < array.size(); ++i) {
        rows << qMakePair(findings.at(i).checkId, masked(array.at(i).toObject()));
        bytes += rows.constLast().second.size();
    }
    queue([id = m_runId, rows](HistoryWriter &w) { return w.setFindings(id, rows); }, bytes);
    flush();
}

} // namespace mailflow
