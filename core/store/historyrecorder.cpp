#include "store/historyrecorder.h"

#include "diagnosis/exitcodes.h"
#include "diagnosis/verdict.h"
#include "evidence/evidencejson.h"
#include "evidence/profile.h"
#include "smtp/smtpsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QRandomGenerator>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace mailflow {

namespace {
QString k(const char *text)
{
    return QString::fromLatin1(text);
}
} // namespace

HistoryRecorder::HistoryRecorder(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory)
{ }

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
    if (m_file.isOpen())
        m_file.close();
    m_runId.clear();
    m_localWritten = false;
    m_failed = false;
}

void HistoryRecorder::onCleared()
{
    closeRun();
}

bool HistoryRecorder::ensureRun()
{
    if (!m_enabled || !m_session)
        return false;
    if (m_file.isOpen())
        return true;
    if (m_failed)
        return false;
    const QDateTime now = QDateTime::currentDateTime();
    const QString id = now.toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")) + u'-'
        + QString::number(QRandomGenerator::global()->bounded(0x10000), 16).rightJustified(4, u'0');
    if (!QDir().mkpath(m_directory)) {
        m_failed = true;
        m_error = tr("Cannot create the history folder %1.").arg(QDir::toNativeSeparators(m_directory));
        Q_EMIT writeFailed(m_error);
        return false;
    }
    HistoryStore(m_directory).prune(m_limits, {}, now);
    m_file.setFileName(QDir(m_directory).filePath(id + HistoryStore::fileSuffix()));
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
        m_failed = true;
        m_error = tr("Cannot write the history file %1: %2")
                      .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        Q_EMIT writeFailed(m_error);
        return false;
    }
    m_runId = id;

    Profile profile;
    profile.name = m_profileName;
    profile.session = m_session->options();
    QJsonObject start;
    start[k("type")] = k("start");
    start[k("format")] = k("mailflow-history");
    start[k("version")] = 1;
    start[k("id")] = id;
    start[k("started")] = m_session->transcript()->startedAt().toString(Qt::ISODateWithMs);
    start[k("profile")] = m_profileName;
    start[k("options")] = profileToJson(profile);
    start[k("environment")] = environmentToJson(EnvironmentInfo::collect());
    writeLine(start);
    Q_EMIT runStarted(id);
    return true;
}

void HistoryRecorder::writeLine(const QJsonObject &object)
{
    if (!m_file.isOpen())
        return;
    QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    if (m_redactor.hasSecrets())
        line = m_redactor.redact(QString::fromUtf8(line)).toUtf8();
    line += '\n';
    if (m_file.write(line) != line.size()) {
        m_error = tr("Cannot write the history file %1: %2")
                      .arg(QDir::toNativeSeparators(m_file.fileName()), m_file.errorString());
        m_file.close();
        m_failed = true;
        Q_EMIT writeFailed(m_error);
        return;
    }
#ifdef Q_OS_UNIX
    if (m_sync)
        ::fdatasync(m_file.handle());
#endif
}

void HistoryRecorder::onEntry(int index)
{
    if (!ensureRun())
        return;
    QJsonObject o = entryToJson(m_session->transcript()->entries().at(index));
    o[k("type")] = k("entry");
    o[k("index")] = index;
    writeLine(o);
}

void HistoryRecorder::onMilestone(int index)
{
    if (!ensureRun())
        return;
    QJsonObject o;
    o[k("type")] = k("milestone");
    o[k("index")] = index;
    o[k("milestone")] = milestoneToJson(m_session->checklist()->at(index));
    writeLine(o);
}

void HistoryRecorder::onStateChanged()
{
    if (m_localWritten || !m_session || !m_session->transport()->isConnected() || !ensureRun())
        return;
    const QHostAddress local = m_session->transport()->localAddress();
    if (local.isNull())
        return;
    m_localWritten = true;
    writeLine(QJsonObject {{k("type"), k("local")}, {k("localAddress"), local.toString()}});
}

void HistoryRecorder::onFinished()
{
    if (!ensureRun())
        return;
    const SessionOutcome outcome = evaluateOutcome(*m_session);
    QJsonObject o;
    o[k("type")] = k("end");
    o[k("verdict")] = verdictKey(outcome.verdict);
    o[k("sentence")] = outcome.sentence;
    o[k("failedMilestone")] = outcome.failedMilestone;
    o[k("exitCode")] = exitCodeFor(*m_session->checklist());
    const QString fingerprint = leafCertificateFingerprint(m_session->tlsReport());
    if (!fingerprint.isEmpty())
        o[k("certificateFingerprint")] = fingerprint;
    o[k("time")] = QDateTime::currentDateTime().toString(Qt::ISODateWithMs);
    writeLine(o);
    Q_EMIT runFinished(m_runId);
}

} // namespace mailflow
