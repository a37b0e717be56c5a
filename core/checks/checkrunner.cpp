#include "checks/checkrunner.h"

#include "diagnosis/testdiagnosis.h"
#include "smtp/smtpsession.h"

#include <QTimer>

namespace mailflow {

namespace {
QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    return at < 0 ? QString() : address.mid(at + 1).toLower();
}
} // namespace

CheckContext checkContextFromSession(const SmtpSession &session, const QHostAddress &dnsServer)
{
    const SessionOptions &o = session.options();
    CheckContext c;
    c.host = o.host;
    c.port = o.port;
    c.ehloName = o.ehloName;
    c.senderDomain = domainOf(o.mailFrom);
    for (const Recipient &r : o.recipients) {
        const QString domain = domainOf(r.address);
        if (!domain.isEmpty() && !c.recipientDomains.contains(domain))
            c.recipientDomains << domain;
    }
    for (const TranscriptEntry &e : session.transcript()->entries()) {
        if (e.direction == TranscriptEntry::Direction::Server)
            c.serverReplyLines << e.text;
        // The name actually sent (the local host name when the option is empty).
        const bool greeting = e.text.startsWith(u"EHLO ") || e.text.startsWith(u"HELO ");
        if (e.direction == TranscriptEntry::Direction::Client && greeting && c.ehloName.isEmpty())
            c.ehloName = e.text.mid(5).trimmed();
    }
    const Transport *transport = session.transport();
    if (transport->isConnected()) {
        c.serverAddresses << transport->peerAddress();
        c.localAddress = transport->localAddress();
    }
    const int connect = session.checklist()->indexOf(MilestoneKind::Connect);
    if (connect >= 0)
        c.connectFailure = session.checklist()->at(connect).failure;
    // A greeting that never came is on the Connect row too, but the port answered.
    if (c.connectFailure == FailureKind::Timeout && session.wasConnected())
        c.connectFailure = FailureKind::None;
    c.relayProbe = session.relayProbe();
    c.cause = diagnoseTest(session).cause;
    c.tls = session.tlsReport();
    c.dnsServer = dnsServer;
    return c;
}

CheckRunner::CheckRunner(QObject *parent)
    : QObject(parent)
    , m_registry(checkRegistry())
{ }

CheckRunner::~CheckRunner()
{
    for (const Running &r : std::as_const(m_running))
        delete r.check.data();
}

void CheckRunner::watch(SmtpSession *session)
{
    // The addresses are gone from the transport once it closes: remember them while they are there.
    auto seen = std::make_shared<CheckContext>();
    connect(session->transport(), &Transport::trying, this, [seen](const QHostAddress &address, quint16) {
        if (!seen->serverAddresses.contains(address))
            seen->serverAddresses << address;
    });
    connect(session, &SmtpSession::stateChanged, this, [this, session, seen](SmtpSession::State state) {
        if (state == SmtpSession::State::Connecting) { // a new test (or its retry): new facts, new findings
            reset();
            *seen = {};
        }
        const Transport *t = session->transport();
        if (t->isConnected() && !t->localAddress().isNull()) {
            seen->localAddress = t->localAddress();
            if (!seen->serverAddresses.contains(t->peerAddress()))
                seen->serverAddresses.prepend(t->peerAddress());
        }
    });
    auto context = [this, session, seen] {
        CheckContext c = checkContextFromSession(*session, m_dnsServer);
        if (c.localAddress.isNull())
            c.localAddress = seen->localAddress;
        for (const QHostAddress &a : std::as_const(seen->serverAddresses)) {
            if (!c.serverAddresses.contains(a))
                c.serverAddresses << a;
        }
        return c;
    };
    connect(session, &SmtpSession::stepFinished, this, [this, context](MilestoneKind kind) {
        if (kind == MilestoneKind::Ehlo)
            start(CheckStage::AfterEhlo, context());
    });
    connect(session, &SmtpSession::finished, this, [this, context] { start(CheckStage::AfterSession, context()); });
}

void CheckRunner::reset()
{
    for (const Running &r : std::as_const(m_running)) {
        if (!r.check)
            continue;
        // Its timer goes with it; nothing of the last test may reach this one's rows.
        r.check->disconnect(this);
        if (r.timer)
            r.timer->disconnect(this);
        r.check->deleteLater();
    }
    m_running.clear();
    m_sessionStageStarted = false;
    Q_EMIT findingsChanged();
}

void CheckRunner::start(CheckStage stage, const CheckContext &context)
{
    // A check may finish inside its start(): finished() waits until every check of the stage is started.
    m_starting = true;
    if (stage == CheckStage::AfterSession)
        m_sessionStageStarted = true;
    for (const CheckRegistration &registration : std::as_const(m_registry)) {
        if (registration.stage > stage || !m_selection.isEnabled(registration.id))
            continue;
        if (stage == CheckStage::AfterSession && registration.wanted && !registration.wanted(context))
            continue;
        const bool started = std::any_of(m_running.cbegin(), m_running.cend(),
                                         [&](const Running &r) { return r.id == registration.id; });
        if (started)
            continue;
        const int index = int(m_running.size());
        Running running;
        running.id = registration.id;
        running.check = registration.create(m_dnsSettings);
        running.clock.start();
        Check *check = running.check;
        // A check that keeps its own limit ends in time by itself; the others get the runner's timer.
        if (!check->keepsItsTimeLimit()) {
            running.timer = new QTimer(check);
            running.timer->setSingleShot(true);
            running.timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire a little early
        }
        m_running << running;
        connect(check, &Check::finished, this,
                [this, index](const CheckFindings &findings) { complete(index, findings); });
        CheckContext own = context;
        own.timeoutMs = registration.timeoutMs;
        if (QTimer *timer = running.timer) {
            connect(timer, &QTimer::timeout, this, [this, index, registration] {
                CheckFinding late;
                late.checkId = registration.id;
                late.severity = CheckSeverity::NotAnswered;
                late.title = QCoreApplication::translate("mailflow::CheckRunner", registration.title);
                late.sentence = tr("The check did not finish within %1 s; the SMTP test did not wait for it.")
                                    .arg(registration.timeoutMs / 1000.0);
                complete(index, {late});
            });
            timer->start(registration.timeoutMs);
        }
        check->start(own);
    }
    m_starting = false;
    finishIfDone();
}

void CheckRunner::complete(int index, CheckFindings findings)
{
    if (index >= m_running.size() || m_running.at(index).done)
        return;
    Running &r = m_running[index];
    r.done = true;
    for (CheckFinding &f : findings) {
        if (f.durationMs < 0)
            f.durationMs = r.clock.elapsed();
        if (f.checkId.isEmpty())
            f.checkId = r.id;
    }
    r.findings = findings;
    // Later is too late: the check goes, whatever it still does.
    if (r.check) {
        if (r.timer)
            r.timer->disconnect(this);
        r.check->disconnect(this);
        r.check->deleteLater();
    }
    Q_EMIT findingsChanged();
    finishIfDone();
}

bool CheckRunner::isRunning() const
{
    return std::any_of(m_running.cbegin(), m_running.cend(), [](const Running &r) { return !r.done; });
}

void CheckRunner::finishIfDone()
{
    if (!m_starting && isDone())
        Q_EMIT finished();
}

CheckFindings CheckRunner::findings() const
{
    CheckFindings all;
    for (const CheckRegistration &registration : m_registry) {
        for (const Running &r : m_running) {
            if (r.id == registration.id)
                all << r.findings;
        }
    }
    return all;
}

} // namespace mailflow
