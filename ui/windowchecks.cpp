#include "windowchecks.h"

#include "checks/checkrunner.h"
#include "checks/checksettings.h"
#include "dns/mxresolver.h"
#include "smtp/smtpsession.h"

#include <QSettings>

namespace mailflow {

WindowChecks::WindowChecks(SmtpSession *session, QObject *parent)
    : QObject(parent)
    , m_runner(new CheckRunner(this))
{
    // Connected before the runner's own handlers, which start the checks: each start has the settings of
    // that moment (a test may end without ever connecting).
    configure();
    connect(session, &SmtpSession::stepFinished, this, [this](MilestoneKind kind) {
        if (kind == MilestoneKind::Ehlo)
            configure();
    });
    connect(session, &SmtpSession::finished, this, &WindowChecks::configure);
    m_runner->watch(session);
    // A new test in the window starts with a cleared checklist: the last test's findings go with its rows.
    connect(session->checklist(), &Checklist::cleared, m_runner, &CheckRunner::reset);
    connect(m_runner, &CheckRunner::findingsChanged, this, &WindowChecks::findingsChanged);
}

WindowChecks::~WindowChecks() = default;

CheckFindings WindowChecks::findings() const
{
    return m_runner->findings();
}

CheckSelection WindowChecks::selection() const
{
    return m_profileSelection ? *m_profileSelection : loadCheckSettings(QSettings()).selection;
}

QHostAddress WindowChecks::dnsServer() const
{
    QHostAddress address;
    if (m_dnsField && MxResolver::parseNameserver(m_dnsField(), &address) && !address.isNull())
        return address;
    if (!MxResolver::parseNameserver(loadCheckSettings(QSettings()).dnsServer, &address))
        return {};
    return address;
}

void WindowChecks::configure()
{
    const CheckSettings settings = loadCheckSettings(QSettings());
    const bool suspended = m_suspended && m_suspended();
    m_runner->setSelection(suspended ? CheckSelection::fromKey(QStringLiteral("none")) : selection());
    m_runner->setDnsServer(dnsServer());
    DnsCheckSettings dns;
    dns.blocklistZones = settings.blocklistZones;
    m_runner->setDnsCheckSettings(dns);
}

} // namespace mailflow
