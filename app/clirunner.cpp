#include "clirunner.h"

#include "exitcodes.h"
#include "jsonreport.h"
#include "smtpsession.h"
#include "sockettransport.h"

#include <QJsonDocument>

namespace mailflow {

namespace {
QString stateWord(MilestoneState state)
{
    return Checklist::stateName(state).toUpper();
}
} // namespace

CliRunner::CliRunner(const CliOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_transport(new SocketTransport(this))
    , m_session(new SmtpSession(m_transport, this))
    , m_out(stdout)
{
    m_session->setOptions(m_options.session);
    m_session->setCertificatePolicy(&m_certificatePolicy);
    if (m_options.format == CliOptions::Format::Text)
        connect(m_session->transcript(), &Transcript::entryAppended, this, &CliRunner::printEntry);
    connect(m_session, &SmtpSession::finished, this, [this] {
        printSummary();
        Q_EMIT done(exitCodeFor(*m_session->checklist()));
    });
}

void CliRunner::start()
{
    m_session->startNewTest();
    m_session->runTo(m_options.session.stopAfter);
}

void CliRunner::setCredentials(const Credentials &credentials)
{
    m_session->setCredentials(credentials);
}

void CliRunner::printEntry(int index)
{
    const TranscriptEntry &e = m_session->transcript()->entries().at(index);
    m_out << QStringLiteral("[%1] ").arg(e.elapsedMs / 1000.0, 8, 'f', 3) << Transcript::marker(e.direction)
          << u' ' << e.text << u'\n';
    m_out.flush();
}

void CliRunner::printSummary()
{
    const SessionOutcome outcome = m_session->outcome();
    if (m_options.format == CliOptions::Format::Json) {
        QJsonObject report =
            reportToJson(*m_session->transcript(), *m_session->checklist(), outcome, m_options.session);
        if (m_session->tlsReport().handshakeDone)
            report[QStringLiteral("tls")] = m_session->tlsReport().toJson();
        m_out << QString::fromUtf8(QJsonDocument(report).toJson(QJsonDocument::Indented));
        m_out.flush();
        return;
    }
    m_out << u'\n' << tr("Checklist:") << u'\n';
    for (const Milestone &m : m_session->checklist()->milestones()) {
        const QString took = m.durationMs >= 0 ? tr("%1 ms").arg(m.durationMs) : QString();
        m_out << QStringLiteral("  %1 %2 %3 %4")
                     .arg(stateWord(m.state), -8)
                     .arg(m.title(), -34)
                     .arg(m.expected.isEmpty() ? QStringLiteral("   ") : m.expected, -4)
                     .arg(m.summary);
        if (!took.isEmpty())
            m_out << QStringLiteral("  (%1)").arg(took);
        m_out << u'\n';
        if (m.state == MilestoneState::Failed || m.state == MilestoneState::Warning) {
            if (!m.diagnosis.meaning.isEmpty())
                m_out << QStringLiteral("           %1\n").arg(m.diagnosis.meaning);
            if (!m.diagnosis.nextStep.isEmpty())
                m_out << QStringLiteral("           %1 %2\n").arg(tr("Next:"), m.diagnosis.nextStep);
        }
    }
    const int tls = m_session->checklist()->indexOf(MilestoneKind::Tls);
    if (tls >= 0 && m_session->checklist()->at(tls).state == MilestoneState::Failed
        && !m_session->tlsReport().problems.isEmpty())
        m_out << u'\n'
              << tr("Hint: --ca-file FILE trusts a private CA; --no-tls-verify goes on despite the certificate "
                    "for this one test.")
              << u'\n';
    m_out << u'\n' << tr("Verdict: %1").arg(outcome.sentence) << u'\n';
    m_out.flush();
}

} // namespace mailflow
