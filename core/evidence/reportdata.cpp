#include "evidence/reportdata.h"

#include "diagnosis/exitcodes.h"
#include "diagnosis/verdict.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QSysInfo>
#include <QTimeZone>

namespace mailflow {

EnvironmentInfo EnvironmentInfo::collect()
{
    EnvironmentInfo env;
    env.program = QStringLiteral("Mailflow " MAILFLOW_VERSION);
    env.os = QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::kernelType() + u' '
        + QSysInfo::kernelVersion() + QStringLiteral(", ") + QSysInfo::currentCpuArchitecture() + u')';
    env.hostName = QHostInfo::localHostName();
    env.dateTime = QDateTime::currentDateTime();
    const QTimeZone zone = QTimeZone::systemTimeZone();
    const int offset = zone.offsetFromUtc(env.dateTime);
    const int minutes = qAbs(offset) / 60;
    env.timeZone = QStringLiteral("%1 (UTC%2%3:%4)")
                       .arg(QString::fromUtf8(zone.id()), offset < 0 ? QStringLiteral("-") : QStringLiteral("+"))
                       .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                       .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return env;
}

ReportData ReportData::fromParts(const Transcript &transcript, const Checklist &checklist,
                                 const SessionOutcome &outcome, const SessionOptions &options)
{
    ReportData data;
    data.startedAt = transcript.startedAt();
    data.transcript = transcript.entries();
    data.milestones = checklist.milestones();
    data.outcome = outcome;
    data.exitCode = exitCodeFor(checklist);
    data.options = options;
    data.environment = EnvironmentInfo::collect();
    return data;
}

ReportData ReportData::fromSession(const SmtpSession &session, const QString &profileName, const QString &localAddress)
{
    ReportData data
        = fromParts(*session.transcript(), *session.checklist(), evaluateOutcome(session), session.options());
    data.profileName = profileName;
    data.environment.localAddress = localAddress;
    const QHostAddress local = session.transport()->localAddress();
    if (session.transport()->isConnected() && !local.isNull())
        data.environment.localAddress = local.toString();
    data.setTls(session.tlsReport());
    return data;
}

void ReportData::setTls(const TlsReport &report)
{
    tls = report;
    certificateFingerprint = leafCertificateFingerprint(report);
}

QString leafCertificateFingerprint(const TlsReport &report)
{
    return report.chain.isEmpty() ? QString() : report.chain.first().sha256Fingerprint;
}

QString ReportData::serverLabel() const
{
    if (options.host.contains(u':'))
        return QStringLiteral("[%1]:%2").arg(options.host).arg(options.port);
    return QStringLiteral("%1:%2").arg(options.host).arg(options.port);
}

QString verdictKey(SessionOutcome::Verdict verdict)
{
    switch (verdict) {
    case SessionOutcome::Verdict::NotRun:
        return QStringLiteral("not-run");
    case SessionOutcome::Verdict::Passed:
        return QStringLiteral("passed");
    case SessionOutcome::Verdict::Warning:
        return QStringLiteral("warning");
    case SessionOutcome::Verdict::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool parseVerdictKey(const QString &key, SessionOutcome::Verdict *verdict)
{
    for (auto v : {SessionOutcome::Verdict::NotRun, SessionOutcome::Verdict::Passed, SessionOutcome::Verdict::Warning,
                   SessionOutcome::Verdict::Failed}) {
        if (verdictKey(v) == key) {
            *verdict = v;
            return true;
        }
    }
    return false;
}

QString verdictTitle(SessionOutcome::Verdict verdict)
{
    switch (verdict) {
    case SessionOutcome::Verdict::NotRun:
        return QCoreApplication::translate("mailflow::ReportData", "Not run");
    case SessionOutcome::Verdict::Passed:
        return QCoreApplication::translate("mailflow::ReportData", "Passed");
    case SessionOutcome::Verdict::Warning:
        return QCoreApplication::translate("mailflow::ReportData", "Warning");
    case SessionOutcome::Verdict::Failed:
        return QCoreApplication::translate("mailflow::ReportData", "Failed");
    }
    return {};
}

} // namespace mailflow
