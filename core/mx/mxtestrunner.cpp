#include "mx/mxtestrunner.h"

#include "diagnosis/catalogexplainer.h"
#include "diagnosis/exitcodes.h"
#include "diagnosis/verdict.h"
#include "mx/dnsfacts.h"
#include "mx/dnsmilestone.h"
#include "mx/reversednsreporter.h"
#include "smtp/testplan.h"

#include <algorithm>

namespace mailflow {

namespace {

/** One column per recipient, and EHLO before and after STARTTLS apart; the other kinds occur once. */
bool hasSubjectColumn(MilestoneKind kind)
{
    return kind == MilestoneKind::Rcpt || kind == MilestoneKind::Ehlo;
}

bool matches(const MxTestColumn &column, const Milestone &m)
{
    return column.kind == m.kind
        && (!hasSubjectColumn(column.kind) || column.subject.compare(m.subject, Qt::CaseInsensitive) == 0);
}

MxTestColumn columnFor(MilestoneKind kind, const QString &subject)
{
    MxTestColumn column;
    column.kind = kind;
    if (hasSubjectColumn(kind))
        column.subject = subject;
    return column;
}

} // namespace

QString MxTestColumn::title() const
{
    const QString base = Checklist::kindTitle(kind);
    return subject.isEmpty() ? base : QStringLiteral("%1 %2").arg(base, subject);
}

QString MxTestColumn::shortTitle() const
{
    switch (kind) {
    case MilestoneKind::Dns:
        return tr("DNS");
    case MilestoneKind::Connect:
        return tr("Connect");
    case MilestoneKind::Ehlo:
        return subject.isEmpty() ? tr("EHLO") : tr("EHLO/TLS");
    case MilestoneKind::StartTls:
        return tr("STARTTLS");
    case MilestoneKind::Tls:
        return tr("TLS");
    case MilestoneKind::Auth:
        return tr("AUTH");
    case MilestoneKind::XClient:
        return QStringLiteral("XCLIENT");
    case MilestoneKind::Mail:
        return tr("MAIL");
    case MilestoneKind::Rcpt:
        return tr("RCPT");
    case MilestoneKind::Data:
        return tr("DATA");
    case MilestoneKind::EndOfData:
        return tr("End");
    case MilestoneKind::Quit:
        return tr("QUIT");
    }
    return {};
}

QString MxTestRow::statusKey(Status status)
{
    switch (status) {
    case Status::Queued:
        return QStringLiteral("queued");
    case Status::Running:
        return QStringLiteral("running");
    case Status::Finished:
        return QStringLiteral("finished");
    case Status::NotTested:
        return QStringLiteral("not-tested");
    case Status::Aborted:
        return QStringLiteral("aborted");
    }
    return {};
}

MxAttempt MxTestRow::attempt() const
{
    MxAttempt a;
    a.host = displayHost;
    a.preference = preference;
    a.address = address;
    const Checklist *list = checklist();
    if (address.isNull() || status == Status::NotTested) {
        a.outcome = MxAttempt::Outcome::NoAddress;
        const int dns = list ? list->indexOf(MilestoneKind::Dns) : -1;
        if (dns >= 0)
            a.detail = list->at(dns).summary;
        return a;
    }
    if (list) {
        for (const Milestone &m : list->milestones()) {
            if (m.kind == MilestoneKind::Dns || m.kind == MilestoneKind::Quit)
                continue;
            const bool failed = m.state == MilestoneState::Failed;
            const bool deferred = m.state == MilestoneState::Warning && m.reply.isTransientFailure();
            if (!failed && !deferred)
                continue;
            a.detail = m.reply.isValid() ? m.reply.summary() : m.summary;
            if (m.kind == MilestoneKind::Connect && !tcpConnected)
                a.outcome = MxAttempt::Outcome::ConnectFailed;
            else if (m.reply.isPermanentFailure())
                a.outcome = MxAttempt::Outcome::Refused;
            else
                a.outcome = MxAttempt::Outcome::Deferred;
            return a;
        }
    }
    if (status == Status::Finished) {
        a.outcome = MxAttempt::Outcome::Accepted;
        return a;
    }
    a.outcome = MxAttempt::Outcome::ConnectFailed;
    a.detail = status == Status::Aborted ? tr("not tested: the test was stopped") : tr("not tested yet");
    return a;
}

MxTestRunner::MxTestRunner(QObject *parent, TransportFactory *factory)
    : QObject(parent)
    , m_factory(factory ? factory : socketTransportFactory())
{ }

MxTestRunner::~MxTestRunner()
{
    clearRows();
}

void MxTestRunner::setOptions(const SessionOptions &options)
{
    m_options = options;
}

void MxTestRunner::clearRows()
{
    for (ReverseDnsReporter *reporter : std::as_const(m_reporters)) {
        reporter->abort();
        delete reporter;
    }
    for (const MxTestRow &row : std::as_const(m_rows)) {
        disconnect(row.session, nullptr, this, nullptr);
        disconnect(row.session->checklist(), nullptr, this, nullptr);
        delete row.session;
    }
    for (Transport *transport : std::as_const(m_transports)) {
        transport->abort();
        delete transport;
    }
    m_reporters.clear();
    m_rows.clear();
    m_transports.clear();
    m_sessionDone.clear();
}

void MxTestRunner::start(const MxLookupResult &lookup)
{
    if (m_running)
        abort();
    clearRows();
    m_lookup = lookup;
    m_running = true;
    m_aborting = false;

    // The columns are the plan every row's session lists, behind a DNS column.
    m_columns.clear();
    m_columns << MxTestColumn {MilestoneKind::Dns, {}};
    for (const PlannedMilestone &m : TestPlan(m_options, m_stop).milestones())
        m_columns << columnFor(m.kind, m.subject);
    Q_EMIT started();

    for (int i = 0; i < lookup.hosts.size(); ++i) {
        const MxHost &host = lookup.hosts.at(i);
        if (!host.hasAddresses()) {
            addRow(host, i, QHostAddress());
            continue;
        }
        for (const QHostAddress &address : host.addresses)
            addRow(host, i, address);
    }
    startNext();
    // finished() never comes from inside start(): the caller may still be connecting to it.
    QMetaObject::invokeMethod(this, &MxTestRunner::checkDone, Qt::QueuedConnection);
}

void MxTestRunner::prepareRow(const MxTestRow &row)
{
    row.session->startNewTest();
    Transcript *transcript = row.session->transcript();
    if (row.address.isNull()) {
        transcript->append(
            TranscriptEntry::Direction::Info,
            tr("MX %1 (preference %2) is not tested: it has no address.").arg(row.displayHost).arg(row.preference));
    } else {
        transcript->append(TranscriptEntry::Direction::Info,
                           tr("Testing MX %1 (preference %2) at %3 port %4.")
                               .arg(row.displayHost)
                               .arg(row.preference)
                               .arg(row.address.toString())
                               .arg(m_options.port));
    }
    DnsMilestone::record(m_lookup, transcript, row.session->checklist(), row.hostIndex);
}

void MxTestRunner::addRow(const MxHost &host, int hostIndex, const QHostAddress &address)
{
    const int index = int(m_rows.size());
    MxTestRow row;
    row.host = host.name;
    row.displayHost = host.displayName();
    row.preference = host.preference;
    row.address = address;
    row.hostIndex = hostIndex;

    Transport *transport = m_factory->createTransport(this);
    row.session = new SmtpSession(transport, this);
    row.session->setExplainer(catalogExplainer());
    SessionOptions options = m_options;
    options.host = address.isNull() ? host.name : address.toString();
    options.stopAfter = m_stop;
    row.session->setOptions(options);
    prepareRow(row);

    auto *reporter = new ReverseDnsReporter(row.session, this);
    reporter->setEnabled(m_reverseDns && !address.isNull());
    reporter->setNameserver(m_lookup.nameserver);
    if (m_reverseTimeoutMs > 0)
        reporter->setTimeout(m_reverseTimeoutMs);

    connect(transport, &Transport::connected, this, [this, index] { m_rows[index].tcpConnected = true; });
    connect(row.session, &SmtpSession::finished, this, [this, index] { onSessionFinished(index); });
    connect(row.session->checklist(), &Checklist::milestoneAdded, this,
            [this, index](int milestone) { onMilestone(index, milestone); });
    connect(row.session->checklist(), &Checklist::milestoneChanged, this,
            [this, index](int milestone) { onMilestone(index, milestone); });
    connect(reporter, &ReverseDnsReporter::finished, this, [this, index] {
        if (m_sessionDone.value(index) && !m_rows.at(index).isDone())
            finishRow(index, MxTestRow::Status::Finished);
    });

    m_rows << row;
    m_transports << transport;
    m_reporters << reporter;
    m_sessionDone << false;

    if (address.isNull()) {
        row.session->checklist()->skipUnfinished(tr("Not tested: the host has no address"));
        m_rows[index].status = MxTestRow::Status::NotTested;
        judgeRow(index);
        m_sessionDone[index] = true;
    }
    Q_EMIT rowAdded(index);
}

void MxTestRunner::startNext()
{
    while (m_running && !m_aborting) {
        int running = 0;
        int next = -1;
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).status == MxTestRow::Status::Running)
                ++running;
            else if (next < 0 && m_rows.at(i).status == MxTestRow::Status::Queued)
                next = i;
        }
        if (next < 0 || running >= m_maxParallel)
            return;
        startRow(next);
    }
}

void MxTestRunner::startRow(int row)
{
    m_rows[row].status = MxTestRow::Status::Running;
    Q_EMIT rowChanged(row);
    m_rows.at(row).session->runTo(m_stop);
}

void MxTestRunner::onSessionFinished(int row)
{
    if (row >= m_rows.size() || m_rows.at(row).status != MxTestRow::Status::Running)
        return;
    m_sessionDone[row] = true;
    if (m_reporters.at(row)->isRunning())
        return; // its lines are still to come
    finishRow(row, m_aborting ? MxTestRow::Status::Aborted : MxTestRow::Status::Finished);
}

void MxTestRunner::finishRow(int row, MxTestRow::Status status)
{
    MxTestRow &r = m_rows[row];
    r.status = status;
    judgeRow(row);
    if (status == MxTestRow::Status::Aborted && r.exitCode == ExitOk)
        r.exitCode = ExitAborted;
    Q_EMIT rowChanged(row);
    startNext();
    checkDone();
}

void MxTestRunner::judgeRow(int index)
{
    MxTestRow &row = m_rows[index];
    row.outcome = evaluateOutcome(*row.session);
    const ReverseDnsReporter *reporter = m_reporters.value(index);
    row.diagnosis = diagnoseTest(*row.session, dnsFacts(&m_lookup, reporter ? &reporter->lastResult() : nullptr));
    row.exitCode = exitCodeFor(*row.session->checklist(), row.diagnosis);
}

QList<int> MxTestRunner::deferredRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i) {
        const MxTestRow &r = m_rows.at(i);
        if (r.status == MxTestRow::Status::Finished && !r.retried && r.diagnosis.deferred
            && r.diagnosis.cause == Cause::Greylisting)
            rows << i;
    }
    return rows;
}

bool MxTestRunner::retry(const QList<int> &rows)
{
    if (m_running)
        return false;
    m_running = true;
    m_aborting = false;
    for (int i : rows) {
        MxTestRow &r = m_rows[i];
        if (r.status != MxTestRow::Status::Finished)
            continue;
        r.firstDiagnosis = r.diagnosis;
        r.firstExitCode = r.exitCode;
        r.retried = true;
        r.status = MxTestRow::Status::Queued;
        r.tcpConnected = false;
        m_sessionDone[i] = false;
        prepareRow(r);
        Q_EMIT rowChanged(i);
    }
    startNext();
    QMetaObject::invokeMethod(this, &MxTestRunner::checkDone, Qt::QueuedConnection);
    return true;
}

void MxTestRunner::onMilestone(int row, int milestone)
{
    const Milestone &m = m_rows.at(row).session->checklist()->at(milestone);
    const bool known = std::any_of(m_columns.cbegin(), m_columns.cend(),
                                   [&m](const MxTestColumn &column) { return matches(column, m); });
    if (!known) {
        // A milestone the plan did not list (STARTTLS offered by one server): a column of its own.
        const MxTestColumn column = columnFor(m.kind, m.subject);
        qsizetype at = m_columns.size();
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (int(m_columns.at(i).kind) > int(column.kind)) {
                at = i;
                break;
            }
        }
        m_columns.insert(at, column);
        Q_EMIT columnsChanged();
    }
    Q_EMIT rowChanged(row);
}

void MxTestRunner::checkDone()
{
    if (!m_running)
        return;
    for (const MxTestRow &row : std::as_const(m_rows)) {
        if (!row.isDone())
            return;
    }
    m_running = false;
    Q_EMIT finished();
}

void MxTestRunner::abort()
{
    if (!m_running)
        return;
    m_aborting = true;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).status != MxTestRow::Status::Queued)
            continue;
        m_rows.at(i).session->checklist()->skipUnfinished(tr("Not run: the test was stopped"));
        m_rows[i].session->transcript()->append(TranscriptEntry::Direction::Error, tr("Stopped before it ran."));
        m_rows[i].status = MxTestRow::Status::Aborted;
        m_rows[i].exitCode = ExitAborted;
        Q_EMIT rowChanged(i);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).status != MxTestRow::Status::Running)
            continue;
        m_reporters.at(i)->abort();
        if (m_sessionDone.at(i))
            finishRow(i, MxTestRow::Status::Finished); // only its reverse DNS check was left
        else
            m_rows.at(i).session->abort(); // finished() → onSessionFinished → Aborted
        if (m_rows.at(i).status == MxTestRow::Status::Running)
            finishRow(i, MxTestRow::Status::Aborted);
    }
    m_aborting = false;
    checkDone();
}

Milestone MxTestRunner::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_columns.size())
        return {};
    const MxTestColumn &c = m_columns.at(column);
    for (const Milestone &m : m_rows.at(row).session->checklist()->milestones()) {
        if (matches(c, m))
            return m;
    }
    Milestone none;
    none.kind = c.kind;
    none.subject = c.subject;
    return none;
}

QList<MxAttempt> MxTestRunner::attempts() const
{
    QList<MxAttempt> list;
    for (const MxTestRow &row : m_rows)
        list << row.attempt();
    return list;
}

int MxTestRunner::progressOf(int row) const
{
    const MxTestRow &r = m_rows.at(row);
    if (r.status == MxTestRow::Status::NotTested)
        return -1;
    int passed = 0;
    for (const Milestone &m : r.session->checklist()->milestones()) {
        if (m.kind == MilestoneKind::Dns || m.kind == MilestoneKind::Quit)
            continue;
        if (m.state == MilestoneState::Passed || m.state == MilestoneState::Warning)
            ++passed;
    }
    return passed;
}

int MxTestRunner::bestRow() const
{
    int best = -1;
    for (int i = 0; i < m_rows.size(); ++i) {
        const MxTestRow &r = m_rows.at(i);
        if (r.status == MxTestRow::Status::Finished && r.exitCode == ExitOk)
            return i;
        if (best < 0 || progressOf(i) > progressOf(best))
            best = i;
    }
    return best;
}

int MxTestRunner::exitCode() const
{
    const int best = bestRow();
    return best < 0 ? int(ExitDns) : m_rows.at(best).exitCode;
}

} // namespace mailflow
