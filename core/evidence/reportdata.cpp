#include "evidence/reportdata.h"

#include "base/enumtable.h"
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

namespace {
/** Everything of a report but its diagnosis, which the callers judge from what they have. */
ReportData undiagnosed(const Transcript &transcript, const Checklist &checklist, const SessionOutcome &outcome,
                       const SessionOptions &options)
{
    ReportData data;
    data.startedAt = transcript.startedAt();
    data.transcript = transcript.entries();
    data.milestones = checklist.milestones();
    data.outcome = outcome;
    data.options = options;
    data.environment = EnvironmentInfo::collect();
    return data;
}
} // namespace

ReportData ReportData::fromParts(const Transcript &transcript, const Checklist &checklist,
                                 const SessionOutcome &outcome, const SessionOptions &options)
{
    ReportData data = undiagnosed(transcript, checklist, outcome, options);
    TestFacts facts;
    facts.checklist = &checklist;
    facts.transcript = &transcript;
    data.diagnosis = diagnoseTest(facts);
    data.exitCode = exitCodeFor(checklist, data.diagnosis);
    return data;
}

ReportData ReportData::fromSession(const SmtpSession &session, const QString &profileName, const QString &localAddress,
                                   const DnsFacts &dns)
{
    ReportData data
        = undiagnosed(*session.transcript(), *session.checklist(), evaluateOutcome(session), session.options());
    data.profileName = profileName;
    data.environment.localAddress = localAddress;
    const QHostAddress local = session.transport()->localAddress();
    if (session.transport()->isConnected() && !local.isNull())
        data.environment.localAddress = local.toString();
    data.setTls(session.tlsReport());
    data.diagnosis = diagnoseTest(session, dns);
    data.exitCode = exitCodeFor(*session.checklist(), data.diagnosis);
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

namespace {
using Verdict = SessionOutcome::Verdict;
constexpr EnumName<Verdict> verdicts[]
    = {{Verdict::NotRun, "not-run", QT_TRANSLATE_NOOP("mailflow::ReportData", "Not run")},
       {Verdict::Passed, "passed", QT_TRANSLATE_NOOP("mailflow::ReportData", "Passed")},
       {Verdict::Warning, "warning", QT_TRANSLATE_NOOP("mailflow::ReportData", "Warning")},
       {Verdict::Failed, "failed", QT_TRANSLATE_NOOP("mailflow::ReportData", "Failed")}};
} // namespace

QString verdictKey(SessionOutcome::Verdict verdict)
{
    return enumKey(verdicts, verdict);
}

bool parseVerdictKey(const QString &key, SessionOutcome::Verdict *verdict)
{
    return parseEnumKey(verdicts, key, verdict, Qt::CaseSensitive);
}

QString verdictTitle(SessionOutcome::Verdict verdict)
{
    const char *title = enumTitle(verdicts, verdict);
    return title ? QCoreApplication::translate("mailflow::ReportData", title) : QString();
}

} // namespace mailflow
