#include "allmxrunner.h"

#include "checks/addressfamilycheck.h"
#include "checks/checkfindingtext.h"
#include "checks/checkrunner.h"
#include "checks/portprobecheck.h"
#include "clidiagnosis.h"
#include "clitext.h"
#include "evidence/jsonreport.h"
#include "mx/mxtestrunner.h"
#include "smtp/smtpsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <chrono>
#include <cstdio>

namespace mailflow {

AllMxRunner::AllMxRunner(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_runner(new MxTestRunner(this))
    , m_out(stdout)
{
    m_runner->setOptions(m_options.session);
    m_runner->setPort(m_options.session.port);
    m_runner->setStopAfter(m_options.mx.stopGiven ? m_options.session.stopAfter : StopPoint::Rcpt);
    m_runner->setReverseDns(m_options.mx.reverseDns);
    if (m_options.mx.dnsTimeoutMs > 0)
        m_runner->setReverseDnsTimeout(m_options.mx.dnsTimeoutMs);
    connect(m_runner, &MxTestRunner::rowChanged, this, &AllMxRunner::onRowChanged);
    connect(m_runner, &MxTestRunner::finished, this, &AllMxRunner::onFinished);
}

void AllMxRunner::start(const MxLookupResult &lookup)
{
    if (m_options.format == CliOptions::Format::Text) {
        m_out << tr("Testing every MX of %1 on port %2, up to %3 (%4 at a time).")
                     .arg(lookup.displayDomain())
                     .arg(m_runner->port())
                     .arg(stopPointKey(m_runner->stopAfter()).toUpper())
                     .arg(m_runner->maxParallel())
              << u'\n';
        m_out.flush();
    }
    m_runner->start(lookup);
}

void AllMxRunner::onRowChanged(int row)
{
    if (m_options.format != CliOptions::Format::Text || m_printed.contains(row) || !m_runner->row(row).isDone())
        return;
    m_printed.insert(row);
    printRow(row);
}

void AllMxRunner::printRow(int row)
{
    const MxTestRow &r = m_runner->row(row);
    const QString address = r.address.isNull() ? tr("no address") : r.address.toString();
    m_out
        << u'\n'
        << tr("=== MX %1 (preference %2), %3: %4").arg(r.displayHost).arg(r.preference).arg(address, r.outcome.sentence)
        << u'\n';
    // The MX table was printed once above: leave out each row's copy of the lookup.
    const int dns = r.checklist()->indexOf(MilestoneKind::Dns);
    const int skipFrom = dns >= 0 ? r.checklist()->at(dns).firstEntry : -1;
    const int skipTo = dns >= 0 ? r.checklist()->at(dns).lastEntry : -2;
    const QList<TranscriptEntry> &entries = r.transcript()->entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (i >= skipFrom && i <= skipTo)
            continue;
        const TranscriptEntry &e = entries.at(i);
        m_out << Transcript::terminalLine(e) << u'\n';
    }
    CliDiagnosisText::print(m_out, r.diagnosis);
    m_out.flush();
}

QString AllMxRunner::columnHeader(int column) const
{
    const MxTestColumn &c = m_runner->columns().at(column);
    if (c.kind != MilestoneKind::Rcpt || m_options.session.recipients.size() < 2)
        return c.shortTitle();
    int number = 0;
    for (int i = 0; i <= column; ++i)
        number += m_runner->columns().at(i).kind == MilestoneKind::Rcpt ? 1 : 0;
    return QStringLiteral("%1 %2").arg(c.shortTitle()).arg(number);
}

void AllMxRunner::printMatrix()
{
    const QList<MxTestColumn> &columns = m_runner->columns();
    int hostWidth = int(tr("Host").size());
    int addressWidth = int(tr("Address").size());
    for (const MxTestRow &r : m_runner->rows()) {
        hostWidth = qMax(hostWidth, int(r.displayHost.size()));
        addressWidth = qMax(addressWidth, int((r.address.isNull() ? tr("-") : r.address.toString()).size()));
    }
    QList<int> widths;
    for (int c = 0; c < columns.size(); ++c)
        widths << qMax(int(columnHeader(c).size()), 7);

    m_out << u'\n' << tr("MX matrix:") << u'\n';
    QString header = QStringLiteral("  %1  %2  %3")
                         .arg(tr("Pref"), 5)
                         .arg(tr("Host"), -hostWidth)
                         .arg(tr("Address"), -addressWidth);
    for (int c = 0; c < columns.size(); ++c)
        header += QStringLiteral("  %1").arg(columnHeader(c), -widths.at(c));
    header += QStringLiteral("  %1  %2").arg(tr("Exit"), -4).arg(tr("Cause"));
    m_out << header << u'\n';
    for (int row = 0; row < m_runner->rowCount(); ++row) {
        const MxTestRow &r = m_runner->row(row);
        QString line = QStringLiteral("  %1  %2  %3")
                           .arg(r.preference, 5)
                           .arg(r.displayHost, -hostWidth)
                           .arg(r.address.isNull() ? tr("-") : r.address.toString(), -addressWidth);
        for (int c = 0; c < columns.size(); ++c)
            line += QStringLiteral("  %1").arg(stateWord(m_runner->cellState(row, c)), -widths.at(c));
        line += QStringLiteral("  %1  %2").arg(r.exitCode, -4).arg(r.diagnosis.causeKey());
        m_out << line << u'\n';
    }
    if (m_options.session.recipients.size() > 1) {
        for (int i = 0; i < m_options.session.recipients.size(); ++i)
            m_out << QStringLiteral("  RCPT %1 = %2").arg(i + 1).arg(m_options.session.recipients.at(i).address)
                  << u'\n';
    }

    const DeliveryVerdict verdict = m_runner->deliveryVerdict();
    m_out << u'\n'
          << tr("Delivery rule (try in preference order, move on after a connection failure or a 4xx, "
                "stop at a 5xx):")
          << u'\n';
    for (int i = 0; i < verdict.steps.size(); ++i)
        m_out << QStringLiteral("  %1. %2").arg(i + 1).arg(verdict.steps.at(i)) << u'\n';
    m_out << tr("Delivery verdict: %1").arg(verdict.explanation) << u'\n';
    m_out.flush();
}

void AllMxRunner::printJson()
{
    const MxLookupResult &lookup = m_runner->lookup();
    QJsonObject dns;
    dns[QStringLiteral("domain")] = lookup.displayDomain();
    dns[QStringLiteral("outcome")] = MxLookupResult::outcomeKey(lookup.outcome);
    dns[QStringLiteral("message")] = lookup.message;
    dns[QStringLiteral("nameserver")] = lookup.nameserver.isNull() ? QString() : lookup.nameserver.toString();
    QJsonArray rows;
    for (int row = 0; row < m_runner->rowCount(); ++row) {
        const MxTestRow &r = m_runner->row(row);
        QJsonObject o;
        o[QStringLiteral("host")] = r.host;
        o[QStringLiteral("preference")] = r.preference;
        o[QStringLiteral("address")] = r.address.isNull() ? QString() : r.address.toString();
        o[QStringLiteral("status")] = MxTestRow::statusKey(r.status);
        o[QStringLiteral("exitCode")] = r.exitCode;
        o[QStringLiteral("verdict")] = r.outcome.sentence;
        o[QStringLiteral("diagnosis")] = diagnosisToJson(r.diagnosis);
        if (r.retried)
            o[QStringLiteral("firstAttempt")]
                = QJsonObject {{QStringLiteral("exitCode"), r.firstExitCode},
                               {QStringLiteral("diagnosis"), diagnosisToJson(r.firstDiagnosis)}};
        QJsonArray cells;
        for (int c = 0; c < m_runner->columns().size(); ++c) {
            const Milestone m = m_runner->cell(row, c);
            QJsonObject cell;
            cell[QStringLiteral("milestone")] = Checklist::kindKey(m.kind);
            if (!m.subject.isEmpty())
                cell[QStringLiteral("subject")] = m.subject;
            cell[QStringLiteral("state")] = Checklist::stateKey(m.state);
            cell[QStringLiteral("summary")] = m.summary;
            cells << cell;
        }
        o[QStringLiteral("milestones")] = cells;
        rows << o;
    }
    const DeliveryVerdict verdict = m_runner->deliveryVerdict();
    QJsonObject delivery;
    delivery[QStringLiteral("kind")] = DeliveryVerdict::kindKey(verdict.kind);
    delivery[QStringLiteral("explanation")] = verdict.explanation;
    delivery[QStringLiteral("steps")] = QJsonArray::fromStringList(verdict.steps);
    QJsonObject report;
    report[QStringLiteral("dns")] = dns;
    report[QStringLiteral("port")] = int(m_runner->port());
    report[QStringLiteral("rows")] = rows;
    report[QStringLiteral("delivery")] = delivery;
    report[QStringLiteral("exitCode")] = m_runner->exitCode();
    if (!m_findings.isEmpty())
        report[QStringLiteral("checks")] = checkFindingsToJson(m_findings);
    m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    m_out.flush();
}

int AllMxRunner::retryDelaySeconds(const QList<int> &rows) const
{
    if (!m_options.retry.enabled || rows.isEmpty())
        return -1;
    if (m_options.retry.seconds >= 0)
        return m_options.retry.seconds;
    // The longest interval any of the deferring servers asked for, so that one wait serves them all.
    int seconds = -1;
    for (int row : rows)
        seconds = qMax(seconds, m_runner->row(row).diagnosis.retryAfterSeconds);
    return seconds > 0 ? seconds : RetryOptions::defaultSeconds;
}

void AllMxRunner::printAttempts()
{
    bool any = false;
    for (const MxTestRow &r : m_runner->rows()) {
        if (!r.retried)
            continue;
        if (!any)
            m_out << u'\n' << tr("Attempts (the rows retried after a deliberate deferral):") << u'\n';
        any = true;
        m_out << QStringLiteral("  %1 %2: 1. %3 (%4), 2. %5 (%6)\n")
                     .arg(r.displayHost, r.address.toString(), CliDiagnosisText::attemptWord(r.firstExitCode),
                          r.firstDiagnosis.causeKey(), CliDiagnosisText::attemptWord(r.exitCode),
                          r.diagnosis.causeKey());
    }
}

void AllMxRunner::onFinished()
{
    const QList<int> deferred = m_runner->deferredRows();
    const int retryAfter = m_retrying ? -1 : retryDelaySeconds(deferred);
    if (retryAfter >= 0) {
        m_retrying = true;
        if (m_options.format == CliOptions::Format::Text) {
            for (int row = 0; row < m_runner->rowCount(); ++row)
                onRowChanged(row);
            m_out << u'\n' << tr("Deferred, not failed: retrying %n row(s) once", nullptr, int(deferred.size())) << u' '
                  << tr("in %n s.", nullptr, retryAfter) << u'\n';
            m_out.flush();
            for (int row : deferred)
                m_printed.remove(row);
        }
        QTimer::singleShot(std::chrono::seconds(retryAfter), this, [this, deferred] { m_runner->retry(deferred); });
        return;
    }
    runChecks();
}

void AllMxRunner::runChecks()
{
    QList<AddressFamilyRow> families;
    CheckContext probe;
    probe.port = m_runner->port();
    probe.connectFailure = FailureKind::Timeout;
    probe.dnsServer = m_options.mx.nameserver;
    // The DNS checks are about the domain and our side of it, not about one MX: they run once, from what the
    // first MX that answered said (our address in its EHLO reply, its refusals).
    CheckContext domain;
    bool answered = false;
    bool everyOneTimedOut = m_runner->rowCount() > 0;
    for (int row = 0; row < m_runner->rowCount(); ++row) {
        const MxTestRow &r = m_runner->row(row);
        const bool passed = r.exitCode == 0;
        families << AddressFamilyRow {r.host, r.address, passed, passed ? QString() : r.outcome.sentence};
        if (probe.host.isEmpty())
            probe.host = r.host;
        if (!r.address.isNull())
            probe.serverAddresses << r.address;
        const CheckContext seen = r.session ? checkContextFromSession(*r.session, probe.dnsServer) : CheckContext {};
        everyOneTimedOut = everyOneTimedOut && PortProbeCheck::probes(seen);
        if (!answered && r.session && r.session->wasConnected()) {
            domain = seen;
            answered = true;
        }
    }
    if (!answered) {
        domain = probe;
        domain.ehloName = m_options.session.ehloName;
    }
    const QString looked = m_runner->lookup().domain.toLower();
    if (!looked.isEmpty() && !domain.recipientDomains.contains(looked))
        domain.recipientDomains.prepend(looked);

    m_findings.clear();
    if (m_options.checks.isEnabled(QStringLiteral("address-family")))
        m_findings = addressFamilyFindings(families);
    CheckSelection dnsOnly;
    for (const CheckRegistration &r : checkRegistry()) {
        if (r.asksDns && m_options.checks.isEnabled(r.id))
            dnsOnly.only << r.id;
    }
    const bool probePort = everyOneTimedOut && m_options.checks.isEnabled(QStringLiteral("port-25"));
    m_pendingRunners = 0;
    // Every MX timed out on 25: is it port 25 on the way, or the servers?
    if (probePort)
        runCheckSet(QStringList {QStringLiteral("port-25")}, probe);
    if (!dnsOnly.only.isEmpty())
        runCheckSet(dnsOnly.only, domain);
    if (m_pendingRunners == 0)
        report();
}

void AllMxRunner::runCheckSet(const QStringList &ids, const CheckContext &context)
{
    auto *checks = new CheckRunner(this);
    CheckSelection only;
    only.only = ids;
    checks->setSelection(only);
    checks->setDnsServer(m_options.mx.nameserver);
    checks->setDnsCheckSettings(m_options.dnsChecks);
    ++m_pendingRunners;
    connect(checks, &CheckRunner::finished, this, [this, checks] {
        m_checkSets << checks->findings();
        checks->deleteLater();
        if (--m_pendingRunners > 0)
            return;
        // The port 25 probe first, then the domain's DNS checks, then the family comparison: as the registry
        // orders the groups.
        CheckFindings all;
        for (const CheckFindings &set : std::as_const(m_checkSets)) {
            for (const CheckFinding &f : set) {
                if (f.checkId == u"port-25")
                    all << f;
            }
        }
        for (const CheckFindings &set : std::as_const(m_checkSets)) {
            for (const CheckFinding &f : set) {
                if (f.checkId != u"port-25")
                    all << f;
            }
        }
        m_checkSets.clear();
        m_findings = all + m_findings;
        report();
    });
    checks->start(CheckStage::AfterSession, context);
}

void AllMxRunner::report()
{
    if (m_options.format == CliOptions::Format::Json) {
        printJson();
    } else {
        for (int row = 0; row < m_runner->rowCount(); ++row)
            onRowChanged(row);
        printMatrix();
        printAttempts();
        m_out << checkFindingsBlock(m_findings);
        m_out.flush();
    }
    Q_EMIT done(m_runner->exitCode());
}

} // namespace mailflow
