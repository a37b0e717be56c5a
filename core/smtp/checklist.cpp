#include "smtp/checklist.h"

#include <QCoreApplication>

namespace mailflow {

QString Milestone::title() const
{
    const QString base = Checklist::kindTitle(kind);
    return subject.isEmpty() ? base : QStringLiteral("%1 %2").arg(base, subject);
}

int Milestone::conversationRank() const
{
    if (kind == MilestoneKind::Ehlo && !subject.isEmpty())
        return int(MilestoneKind::Tls) * 2 + 1;
    return int(kind) * 2;
}

bool Milestone::isFinished() const
{
    return state != MilestoneState::Pending && state != MilestoneState::Running;
}

Checklist::Checklist(QObject *parent)
    : QObject(parent)
{ }

void Checklist::clear()
{
    m_milestones.clear();
    Q_EMIT cleared();
}

int Checklist::add(const Milestone &milestone)
{
    m_milestones.append(milestone);
    const int index = int(m_milestones.size()) - 1;
    Q_EMIT milestoneAdded(index);
    return index;
}

void Checklist::update(int index, const Milestone &milestone)
{
    if (index < 0 || index >= m_milestones.size())
        return;
    m_milestones[index] = milestone;
    Q_EMIT milestoneChanged(index);
}

int Checklist::indexOf(MilestoneKind kind, const QString &subject) const
{
    for (int i = 0; i < m_milestones.size(); ++i) {
        const Milestone &m = m_milestones.at(i);
        if (m.kind == kind && (subject.isEmpty() || m.subject.compare(subject, Qt::CaseInsensitive) == 0))
            return i;
    }
    return -1;
}

int Checklist::lastReached(MilestoneKind kind) const
{
    int skipped = -1;
    for (int i = int(m_milestones.size()) - 1; i >= 0; --i) {
        if (m_milestones.at(i).kind != kind)
            continue;
        if (m_milestones.at(i).state != MilestoneState::Skipped)
            return i;
        if (skipped < 0)
            skipped = i;
    }
    return skipped;
}

int Checklist::firstFailure() const
{
    for (int i = 0; i < m_milestones.size(); ++i) {
        if (m_milestones.at(i).state == MilestoneState::Failed)
            return i;
    }
    return -1;
}

bool Checklist::hasWarnings() const
{
    for (const Milestone &m : m_milestones) {
        if (m.state == MilestoneState::Warning)
            return true;
    }
    return false;
}

QString Checklist::kindTitle(MilestoneKind kind)
{
    switch (kind) {
    case MilestoneKind::Dns:
        return QCoreApplication::translate("mailflow::Checklist", "DNS lookup");
    case MilestoneKind::Connect:
        return QCoreApplication::translate("mailflow::Checklist", "Connect and greeting");
    case MilestoneKind::Ehlo:
        return QCoreApplication::translate("mailflow::Checklist", "EHLO");
    case MilestoneKind::StartTls:
        return QCoreApplication::translate("mailflow::Checklist", "STARTTLS");
    case MilestoneKind::Tls:
        return QCoreApplication::translate("mailflow::Checklist", "TLS handshake");
    case MilestoneKind::Auth:
        return QCoreApplication::translate("mailflow::Checklist", "AUTH");
    case MilestoneKind::Mail:
        return QCoreApplication::translate("mailflow::Checklist", "MAIL FROM");
    case MilestoneKind::Rcpt:
        return QCoreApplication::translate("mailflow::Checklist", "RCPT TO");
    case MilestoneKind::Data:
        return QCoreApplication::translate("mailflow::Checklist", "DATA");
    case MilestoneKind::EndOfData:
        return QCoreApplication::translate("mailflow::Checklist", "End of data");
    case MilestoneKind::Quit:
        return QCoreApplication::translate("mailflow::Checklist", "QUIT");
    }
    return {};
}

QString Checklist::kindKey(MilestoneKind kind)
{
    switch (kind) {
    case MilestoneKind::Dns:
        return QStringLiteral("dns");
    case MilestoneKind::Connect:
        return QStringLiteral("connect");
    case MilestoneKind::Ehlo:
        return QStringLiteral("ehlo");
    case MilestoneKind::StartTls:
        return QStringLiteral("starttls");
    case MilestoneKind::Tls:
        return QStringLiteral("tls");
    case MilestoneKind::Auth:
        return QStringLiteral("auth");
    case MilestoneKind::Mail:
        return QStringLiteral("mail");
    case MilestoneKind::Rcpt:
        return QStringLiteral("rcpt");
    case MilestoneKind::Data:
        return QStringLiteral("data");
    case MilestoneKind::EndOfData:
        return QStringLiteral("end-of-data");
    case MilestoneKind::Quit:
        return QStringLiteral("quit");
    }
    return {};
}

QString Checklist::stateName(MilestoneState state)
{
    switch (state) {
    case MilestoneState::Pending:
        return QCoreApplication::translate("mailflow::Checklist", "Pending");
    case MilestoneState::Running:
        return QCoreApplication::translate("mailflow::Checklist", "Running");
    case MilestoneState::Passed:
        return QCoreApplication::translate("mailflow::Checklist", "Passed");
    case MilestoneState::Warning:
        return QCoreApplication::translate("mailflow::Checklist", "Warning");
    case MilestoneState::Failed:
        return QCoreApplication::translate("mailflow::Checklist", "Failed");
    case MilestoneState::Skipped:
        return QCoreApplication::translate("mailflow::Checklist", "Skipped");
    }
    return {};
}

QString Checklist::stateKey(MilestoneState state)
{
    switch (state) {
    case MilestoneState::Pending:
        return QStringLiteral("pending");
    case MilestoneState::Running:
        return QStringLiteral("running");
    case MilestoneState::Passed:
        return QStringLiteral("passed");
    case MilestoneState::Warning:
        return QStringLiteral("warning");
    case MilestoneState::Failed:
        return QStringLiteral("failed");
    case MilestoneState::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace mailflow
