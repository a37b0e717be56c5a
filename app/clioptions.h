#pragma once

#include "checks/checkregistry.h"
#include "checks/dnschecks.h"
#include "smtp/sessionoptions.h"

#include <QHostAddress>
#include <QString>
#include <QStringList>

namespace mailflow {

/** The flags about what a run leaves behind: the report file, profiles, redaction, history. */
struct EvidenceOptions
{
    /** --save FILE: .txt, .html, .json or .pdf. */
    QString saveFile;
    /** --profile NAME|FILE|FOLDER, repeatable. */
    QStringList profiles;
    /** --save-profile NAME: keep the options of this command line as a profile before the run. */
    QString saveProfile;
    bool maskAddresses = false;
    bool maskHosts = false;
    bool noHistory = false;
};

/** --history [TEXT], --history-show ID: read the history instead of running a test. */
struct HistoryCliOptions
{
    bool list = false;
    QString text;
    QString showId;

    bool isRequested() const { return list || !showId.isEmpty(); }
};

/** mailflow-cli's MX options: --mx, --all-mx, --dns-server, --dns-timeout. */
struct MxCliOptions
{
    /** Look up the MX of domain and test from there (--mx, --all-mx, or --to without --server). */
    bool enabled = false;
    /** What to look up: a domain or an address. */
    QString domain;
    bool allMx = false;
    /** null: the system resolver. */
    QHostAddress nameserver;
    int dnsTimeoutMs = 0;
    /** Check reverse DNS of the connected address (MX mode, or --dns-server with --server). */
    bool reverseDns = false;
    /** --quit-after was given; otherwise --all-mx stops after RCPT TO. */
    bool stopGiven = false;
};

/** --retry-deferred [SECONDS]: one more attempt after a deliberate deferral. */
struct RetryOptions
{
    static constexpr int defaultSeconds = 60;
    bool enabled = false;
    /** -1: the interval the server's text asks for, else defaultSeconds. */
    int seconds = -1;
};

/** --watch MINUTES [--until passes|changes|HOURS]: one profile again and again. */
struct WatchOptions
{
    /** 0: no watch. */
    qint64 intervalMs = 0;
    bool untilPasses = false;
    bool untilChanges = false;
    /** Stop after this long; 0: no time limit. */
    qint64 untilMs = 0;

    bool enabled() const { return intervalMs > 0; }
};

/** mailflow-cli's practice options: --practice, --serve-practice, --listen, --practice-limit. */
struct PracticeCliOptions
{
    /** The scenario's name, or "list"; empty when not in practice mode. */
    QString scenario;
    bool serve = false;
    QHostAddress listenAddress {QHostAddress::LocalHost};
    quint16 listenPort = 2525;
    /** --practice-limit: the rate-limited scenario's N; -1 keeps the scenario's. */
    int messageLimit = -1;
    /** --tls or --auth were given: they win over the scenario's client settings. */
    bool tlsGiven = false;
    bool authGiven = false;

    bool enabled() const { return !scenario.isEmpty(); }
};

/** Everything mailflow-cli's arguments say, filled by the option groups (clioptiongroup.h). */
struct CliOptions
{
    enum class Format { Text, Json };

    SessionOptions session;
    Format format = Format::Text;
    /** A temporary copy of standard input when --body - was given. */
    bool bodyFromStdin = false;
    /** --dump-mail: print the message, send nothing. */
    bool dumpMail = false;

    EvidenceOptions evidence;
    MxCliOptions mx;
    HistoryCliOptions history;
    RetryOptions retry;
    /** --checks, --no-checks, --skip-checks. */
    CheckSelection checks;
    /** One of them was given: it wins over a profile's own selection. */
    bool checksGiven = false;
    /** --blocklists; the DNS server is mx.nameserver (--dns-server). */
    DnsCheckSettings dnsChecks;
    /** --jobs: profiles run at the same time. */
    int jobs = 4;
    WatchOptions watch;
    PracticeCliOptions practice;
    /** --auth-password-file; the password itself is read later, into Credentials, never kept here. */
    QString passwordFile;
    /** --auth-token-file; the token is read later, into Credentials, like the password. */
    QString tokenFile;
    /** --tls-peer-cert: where the server's certificate chain is written as PEM. */
    QString peerCertificateFile;
    /** --socks5-password-file; the password is read later, into Credentials, like the AUTH one. */
    QString proxyPasswordFile;

    /** --profile was given: the profiles bring the test, the test options are not read. */
    bool runsProfiles() const { return !evidence.profiles.isEmpty(); }
};

} // namespace mailflow
