#include "mxcli.h"

#include "allmxrunner.h"
#include "clidiagnosis.h"
#include "clirunner.h"
#include "diagnosis/exitcodes.h"
#include "dns/dnsmxresolver.h"
#include "mx/dnsfacts.h"
#include "mx/dnsmilestone.h"
#include "smtp/smtpsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace mailflow {

MxCli::MxCli(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_resolver(new DnsMxResolver(this))
    , m_out(stdout)
{
    m_resolver->setNameserver(m_options.mx.nameserver);
    if (m_options.mx.dnsTimeoutMs > 0)
        m_resolver->setTimeout(m_options.mx.dnsTimeoutMs);
    connect(m_resolver, &MxResolver::finished, this, &MxCli::onLookup);
}

void MxCli::start()
{
    if (m_options.format == CliOptions::Format::Text) {
        m_out << tr("Looking up the MX records of %1 (asking %2)…")
                     .arg(m_options.mx.domain, MxResolver::describeNameserver(m_options.mx.nameserver))
              << u'\n';
        m_out.flush();
    }
    // Never answer from inside start(): the caller's event loop is not running yet.
    QMetaObject::invokeMethod(
        this, [this] { m_resolver->lookup(m_options.mx.domain); }, Qt::QueuedConnection);
}

void MxCli::printLookup(const MxLookupResult &result)
{
    m_out << tr("DNS answer from %1 in %2 ms: %3")
                 .arg(result.serverDescription())
                 .arg(result.elapsedMs)
                 .arg(MxLookupResult::outcomeKey(result.outcome))
          << u'\n';
    m_out << result.message << u'\n';
    if (!result.detail.isEmpty())
        m_out << tr("DNS said: %1").arg(result.detail) << u'\n';
    if (!result.hosts.isEmpty()) {
        int width = 4;
        for (const MxHost &host : result.hosts)
            width = qMax(width, int(host.displayName().size()));
        m_out << u'\n' << QStringLiteral("  %1  %2  %3").arg(tr("Pref"), 5).arg(tr("Host"), -width).arg(tr("Addresses"))
              << u'\n';
        for (const MxHost &host : result.hosts) {
            QStringList addresses;
            for (const QHostAddress &address : host.addresses)
                addresses << address.toString();
            m_out << QStringLiteral("  %1  %2  %3")
                         .arg(host.preference, 5)
                         .arg(host.displayName(), -width)
                         .arg(addresses.isEmpty() ? tr("(no address)") : addresses.join(QLatin1String(", ")))
                  << u'\n';
            for (const QString &warning : host.warnings)
                m_out << QStringLiteral("         %1 %2").arg(tr("warning:"), warning) << u'\n';
            if (!host.error.isEmpty())
                m_out << QStringLiteral("         %1 %2").arg(tr("error:"), host.error) << u'\n';
        }
    }
    for (const QString &warning : result.warnings)
        m_out << QStringLiteral("  %1 %2").arg(tr("warning:"), warning) << u'\n';
    m_out << u'\n';
    m_out.flush();
}

void MxCli::onLookup(const MxLookupResult &result)
{
    // A single test's transcript starts with the lookup; otherwise print it here.
    if (m_options.format == CliOptions::Format::Text && (m_options.mx.allMx || !result.isUsable()))
        printLookup(result);
    if (!result.isUsable()) {
        const bool lookupOk = result.outcome == MxLookupResult::Outcome::Ok;
        failDns(result,
                lookupOk ? tr("None of the MX hosts of %1 has an address: there is no server to test.")
                               .arg(result.displayDomain())
                         : result.message);
        return;
    }
    if (m_options.mx.allMx)
        runAll(result);
    else
        runFirst(result);
}

void MxCli::failDns(const MxLookupResult &result, const QString &why)
{
    if (m_options.format == CliOptions::Format::Json) {
        QJsonObject dns;
        dns[QStringLiteral("domain")] = result.displayDomain();
        dns[QStringLiteral("outcome")] = MxLookupResult::outcomeKey(result.outcome);
        dns[QStringLiteral("message")] = why;
        dns[QStringLiteral("nameserver")] = result.nameserver.isNull() ? QString() : result.nameserver.toString();
        QJsonObject report;
        report[QStringLiteral("dns")] = dns;
        report[QStringLiteral("exitCode")] = int(ExitDns);
        m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
    } else {
        const Milestone m = DnsMilestone::milestone(result);
        // No server to test: the diagnosis rests on the lookup alone.
        Checklist checklist;
        checklist.add(m);
        TestFacts facts;
        facts.checklist = &checklist;
        facts.dns = dnsFacts(&result, nullptr);
        CliDiagnosisText::print(m_out, diagnoseTest(facts));
        m_out << u'\n' << tr("Verdict: %1").arg(why) << u'\n';
        if (!m.diagnosis.nextStep.isEmpty())
            m_out << tr("Next: %1").arg(m.diagnosis.nextStep) << u'\n';
    }
    m_out.flush();
    Q_EMIT done(ExitDns);
}

void MxCli::setOutputDevice(QIODevice *device)
{
    m_device = device;
    m_out.setDevice(device);
}

void MxCli::runFirst(const MxLookupResult &result)
{
    int hostIndex = 0;
    while (!result.hosts.at(hostIndex).hasAddresses())
        ++hostIndex;
    const MxHost &host = result.hosts.at(hostIndex);
    CliOptions options = m_options;
    options.session.host = host.addresses.first().toString();
    if (m_options.format == CliOptions::Format::Text) {
        m_out << tr("Testing the most preferred MX that has an address: %1 (preference %2) at %3 port %4.")
                     .arg(host.displayName())
                     .arg(host.preference)
                     .arg(options.session.host)
                     .arg(options.session.port)
              << u'\n';
        m_out.flush();
    }
    m_single = new CliRunner(options, this);
    m_single->setCredentials(m_credentials);
    m_single->setDnsLookup(result);
    m_single->setProfileName(m_profileName);
    if (m_device)
        m_single->setOutputDevice(m_device);
    m_single->setPrepare(
        [result](SmtpSession *session) { DnsMilestone::record(result, session->transcript(), session->checklist()); });
    if (m_options.mx.reverseDns)
        m_single->enableReverseDns(result.nameserver, m_options.mx.dnsTimeoutMs);
    connect(m_single, &CliRunner::done, this, &MxCli::done);
    m_single->start();
}

void MxCli::runAll(const MxLookupResult &result)
{
    m_all = new AllMxRunner(m_options, this);
    connect(m_all, &AllMxRunner::done, this, &MxCli::done);
    m_all->start(result);
}

} // namespace mailflow
