#include "smtp/checklist.h"

#include "smtp/milestoneexplainer.h"

#include <QCoreApplication>

#include <array>

namespace mailflow {

namespace {

/** One row of an enum's table: the value, its stable key (reports, JSON) and its translatable name. */
template<typename Enum> struct EnumName
{
    Enum value;
    const char *key;
    const char *name;
};

constexpr std::array<EnumName<MilestoneKind>, 12> Kinds {{
    {MilestoneKind::Dns, "dns", QT_TRANSLATE_NOOP("mailflow::Checklist", "DNS lookup")},
    {MilestoneKind::Connect, "connect", QT_TRANSLATE_NOOP("mailflow::Checklist", "Connect and greeting")},
    {MilestoneKind::Ehlo, "ehlo", QT_TRANSLATE_NOOP("mailflow::Checklist", "EHLO")},
    {MilestoneKind::StartTls, "starttls", QT_TRANSLATE_NOOP("mailflow::Checklist", "STARTTLS")},
    {MilestoneKind::Tls, "tls", QT_TRANSLATE_NOOP("mailflow::Checklist", "TLS handshake")},
    {MilestoneKind::Auth, "auth", QT_TRANSLATE_NOOP("mailflow::Checklist", "AUTH")},
    {MilestoneKind::XClient, "xclient", QT_TRANSLATE_NOOP("mailflow::Checklist", "XCLIENT")},
    {MilestoneKind::Mail, "mail", QT_TRANSLATE_NOOP("mailflow::Checklist", "MAIL FROM")},
    {MilestoneKind::Rcpt, "rcpt", QT_TRANSLATE_NOOP("mailflow::Checklist", "RCPT TO")},
    {MilestoneKind::Data, "data", QT_TRANSLATE_NOOP("mailflow::Checklist", "DATA")},
    {MilestoneKind::EndOfData, "end-of-data", QT_TRANSLATE_NOOP("mailflow::Checklist", "End of data")},
    {MilestoneKind::Quit, "quit", QT_TRANSLATE_NOOP("mailflow::Checklist", "QUIT")},
}};

constexpr std::array<EnumName<MilestoneState>, 6> States {{
    {MilestoneState::Pending, "pending", QT_TRANSLATE_NOOP("mailflow::Checklist", "Pending")},
    {MilestoneState::Running, "running", QT_TRANSLATE_NOOP("mailflow::Checklist", "Running")},
    {MilestoneState::Passed, "passed", QT_TRANSLATE_NOOP("mailflow::Checklist", "Passed")},
    {MilestoneState::Warning, "warning", QT_TRANSLATE_NOOP("mailflow::Checklist", "Warning")},
    {MilestoneState::Failed, "failed", QT_TRANSLATE_NOOP("mailflow::Checklist", "Failed")},
    {MilestoneState::Skipped, "skipped", QT_TRANSLATE_NOOP("mailflow::Checklist", "Skipped")},
}};

template<typename Enum, std::size_t N>
const EnumName<Enum> *entryFor(const std::array<EnumName<Enum>, N> &table, Enum value)
{
    for (const EnumName<Enum> &entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template<typename Enum, std::size_t N> QString keyOf(const std::array<EnumName<Enum>, N> &table, Enum value)
{
    const EnumName<Enum> *entry = entryFor(table, value);
    return entry ? QString::fromLatin1(entry->key) : QString();
}

template<typename Enum, std::size_t N> QString nameOf(const std::array<EnumName<Enum>, N> &table, Enum value)
{
    const EnumName<Enum> *entry = entryFor(table, value);
    return entry ? QCoreApplication::translate("mailflow::Checklist", entry->name) : QString();
}

} // namespace

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

int Checklist::exactIndex(MilestoneKind kind, const QString &subject) const
{
    for (int i = 0; i < m_milestones.size(); ++i) {
        const Milestone &m = m_milestones.at(i);
        if (m.kind == kind && m.subject.compare(subject, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

int Checklist::start(MilestoneKind kind, const QString &subject, const QString &expected, qint64 startedMs,
                     int firstEntry)
{
    Milestone m;
    m.kind = kind;
    m.subject = subject;
    m.expected = expected;
    m.state = MilestoneState::Running;
    m.startedMs = startedMs;
    m.firstEntry = firstEntry;
    const int index = exactIndex(kind, subject);
    if (index < 0)
        return add(m);
    update(index, m);
    return index;
}

void Checklist::finish(int index, const MilestoneResult &result, qint64 endMs, int lastEntry,
                       const MilestoneExplainer *explainer, bool tcpConnected)
{
    if (index < 0 || index >= m_milestones.size())
        return;
    Milestone m = m_milestones.at(index);
    m.state = result.state;
    m.reply = result.reply;
    m.failure = result.failure;
    m.summary = result.summary;
    m.durationMs = endMs - qMax<qint64>(0, m.startedMs);
    m.lastEntry = lastEntry;
    if (explainer)
        m.diagnosis = explainer->explain(m, tcpConnected);
    update(index, m);
}

void Checklist::setSummary(int index, const QString &summary)
{
    if (index < 0 || index >= m_milestones.size())
        return;
    Milestone m = m_milestones.at(index);
    m.summary = summary;
    update(index, m);
}

void Checklist::setDiagnosis(int index, const Diagnosis &diagnosis)
{
    if (index < 0 || index >= m_milestones.size())
        return;
    Milestone m = m_milestones.at(index);
    m.diagnosis = diagnosis;
    update(index, m);
}

void Checklist::skip(MilestoneKind kind, const QString &subject, const QString &summary)
{
    for (int i = 0; i < m_milestones.size(); ++i) {
        Milestone m = m_milestones.at(i);
        if (m.kind != kind || m.subject.compare(subject, Qt::CaseInsensitive) != 0)
            continue;
        if (m.state != MilestoneState::Pending)
            continue;
        m.state = MilestoneState::Skipped;
        m.summary = summary;
        update(i, m);
    }
}

void Checklist::skipUnfinished(const QString &reason)
{
    for (int i = 0; i < m_milestones.size(); ++i) {
        Milestone m = m_milestones.at(i);
        if (m.isFinished())
            continue;
        m.state = MilestoneState::Skipped;
        if (m.summary.isEmpty())
            m.summary = reason;
        update(i, m);
    }
}

int Checklist::setDnsMilestone(const Milestone &milestone)
{
    QList<Milestone> rest;
    for (const Milestone &other : std::as_const(m_milestones)) {
        if (other.kind != MilestoneKind::Dns)
            rest << other;
    }
    if (!m_milestones.isEmpty())
        clear();
    const int index = add(milestone);
    for (const Milestone &other : std::as_const(rest))
        add(other);
    return index;
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
    return nameOf(Kinds, kind);
}

QString Checklist::kindKey(MilestoneKind kind)
{
    return keyOf(Kinds, kind);
}

QString Checklist::stateName(MilestoneState state)
{
    return nameOf(States, state);
}

int Checklist::stateColumnWidth()
{
    int longest = 0;
    for (const MilestoneState state : {MilestoneState::Pending, MilestoneState::Running, MilestoneState::Passed,
                                       MilestoneState::Warning, MilestoneState::Failed, MilestoneState::Skipped})
        longest = qMax(longest, int(stateName(state).size()));
    return longest + 1;
}

QString Checklist::stateKey(MilestoneState state)
{
    return keyOf(States, state);
}

} // namespace mailflow
