#pragma once

#include "diagnosis/verdict.h"
#include "smtp/checklist.h"
#include "smtp/sessionoptions.h"
#include "smtp/smtpsession.h"
#include "smtp/transcript.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mailflow {

/** A titled list of "key: value" lines (DNS results, TLS summary); extensible until those land. */
struct ReportSection
{
    /** Stable id for tools: "dns", "tls", ... */
    QString id;
    QString title;
    QList<QPair<QString, QString>> lines;
};

/** Where and with what the test ran. */
struct EnvironmentInfo
{
    QString program;
    QString os;
    QString hostName;
    QString localAddress;
    QString dnsServer;
    QDateTime dateTime;
    QString timeZone;

    /** Program, OS (QSysInfo), host name, current date and time zone; addresses are filled in by the caller. */
    static EnvironmentInfo collect();
};

/** Which identifying details are replaced by pseudonyms when a report leaves the company. */
struct RedactionOptions
{
    bool maskAddresses = false;
    bool maskHosts = false;
};

/** Everything a report writer needs about one test, as plain values. */
struct ReportData
{
    QString profileName;
    QDateTime startedAt;
    QList<TranscriptEntry> transcript;
    QList<Milestone> milestones;
    SessionOutcome outcome;
    int exitCode = 0;
    SessionOptions options;
    EnvironmentInfo environment;
    /** Optional sections such as DNS results and the TLS summary. */
    QList<ReportSection> sections;
    /** SHA-256 of the server certificate, empty when no TLS was used. */
    QString certificateFingerprint;

    /** Credentials to mask wherever they appear (also in base64); never written anywhere. */
    QStringList secrets;
    RedactionOptions redaction;

    static ReportData fromParts(const Transcript &transcript, const Checklist &checklist, const SessionOutcome &outcome,
                                const SessionOptions &options);
    /** The session's transcript, checklist, outcome and options, plus the environment. The local address is
     *  taken from the transport while connected, else from localAddress (remember it on stateChanged). */
    static ReportData fromSession(const SmtpSession &session, const QString &profileName = {},
                                  const QString &localAddress = {});

    /** A copy with secrets masked and, when asked, addresses and hosts pseudonymised. Every writer calls it. */
    ReportData redacted() const;
    QString serverLabel() const;
};

QString verdictKey(SessionOutcome::Verdict verdict);
bool parseVerdictKey(const QString &key, SessionOutcome::Verdict *verdict);
QString verdictTitle(SessionOutcome::Verdict verdict);

} // namespace mailflow
