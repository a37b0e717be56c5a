#pragma once

#include "checks/checkfinding.h"
#include "diagnosis/testdiagnosis.h"
#include "diagnosis/verdict.h"
#include "smtp/checklist.h"
#include "smtp/sessionoptions.h"
#include "smtp/smtpsession.h"
#include "smtp/transcript.h"
#include "tls/tlsreport.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace mailflow {

/** A titled list of "key: value" lines as the text, HTML and PDF reports show it (see reportSections()). */
struct ReportSection
{
    /** Stable id, also the HTML anchor: "tls", "dns", "environment". */
    QString id;
    QString title;
    QList<QPair<QString, QString>> lines;
};

/** One mail exchanger as the MX lookup found it. */
struct DnsHostRow
{
    int preference = 0;
    QString name;
    QStringList addresses;
    /** Why it has no address; empty when it has some. */
    QString error;

    friend bool operator==(const DnsHostRow &, const DnsHostRow &) = default;
};

/** What DNS said about the tested server, as plain values (filled from mx/dns results by dnssummary.h). */
struct DnsSummary
{
    /** The domain whose MX records were looked up; empty when the server was typed. */
    QString domain;
    /** MxLookupResult::outcomeKey(): "Ok", "NullMx", ... */
    QString outcome;
    QString message;
    QList<DnsHostRow> hosts;
    /** The DNS server asked, in words ("the system resolver"). */
    QString nameserver;

    /** The connected address whose reverse DNS was checked; empty when it was not. */
    QString address;
    /** ReverseDnsResult::statusKey(): "Confirmed", "NoPtr", ... */
    QString reverseStatus;
    QStringList ptrNames;
    QString confirmedName;
    /** The reverse DNS finding and the banner comparison in words. */
    QStringList reverseMessages;

    bool hasMx() const { return !domain.isEmpty(); }
    bool hasReverse() const { return !address.isEmpty(); }
    bool isEmpty() const { return !hasMx() && !hasReverse(); }

    friend bool operator==(const DnsSummary &, const DnsSummary &) = default;
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
    /** The whole test's cause, who must act and the next steps. */
    TestDiagnosis diagnosis;
    int exitCode = 0;
    SessionOptions options;
    EnvironmentInfo environment;
    /** The TLS handshake (protocol, cipher, chain, verification); handshakeDone false and no chain without TLS. */
    TlsReport tls;
    DnsSummary dns;
    /** What the checks around the conversation found ("is it me or them?"), in their groups' order. */
    CheckFindings checks;
    /** SHA-256 of the server's (leaf) certificate, empty when no TLS was used. */
    QString certificateFingerprint;

    /** Credentials to mask wherever they appear (also in base64); never written anywhere. */
    QStringList secrets;
    RedactionOptions redaction;

    static ReportData fromParts(const Transcript &transcript, const Checklist &checklist, const SessionOutcome &outcome,
                                const SessionOptions &options);
    /** The session's transcript, checklist, outcome and options, plus the environment. The local address is
     *  taken from the transport while connected, else from localAddress (remember it on stateChanged). */
    static ReportData fromSession(const SmtpSession &session, const QString &profileName = {},
                                  const QString &localAddress = {}, const DnsFacts &dns = {});

    /** Takes the TLS summary and the leaf certificate's fingerprint from a report. */
    void setTls(const TlsReport &report);
    /** A copy with secrets masked and, when asked, addresses and hosts pseudonymised. Every writer calls it. */
    ReportData redacted() const;
    QString serverLabel() const;
};

/** The server certificate's SHA-256 as reports show it: the leaf of the chain, empty without one. */
QString leafCertificateFingerprint(const TlsReport &report);

/** The TLS and DNS sections (when there is something to show) and the environment, in report order. */
QList<ReportSection> reportSections(const ReportData &data);

QString verdictKey(SessionOutcome::Verdict verdict);
bool parseVerdictKey(const QString &key, SessionOutcome::Verdict *verdict);
QString verdictTitle(SessionOutcome::Verdict verdict);

} // namespace mailflow
