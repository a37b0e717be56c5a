#pragma once

#include "smtp/diagnosisdata.h"
#include "smtp/smtpreply.h"

#include <QList>
#include <QObject>

namespace mailflow {

/** The milestones of a test, in the order a conversation reaches them. */
enum class MilestoneKind { Dns, Connect, Ehlo, StartTls, Tls, Auth, Mail, Rcpt, Data, EndOfData, Quit };

enum class MilestoneState { Pending, Running, Passed, Warning, Failed, Skipped };

struct Milestone
{
    MilestoneKind kind = MilestoneKind::Connect;
    /** What the milestone is about when there are several of a kind: a recipient, a host. */
    QString subject;
    MilestoneState state = MilestoneState::Pending;
    /** The expected reply code ("220", "250", "354"), empty where no reply is expected. */
    QString expected;
    SmtpReply reply;
    FailureKind failure = FailureKind::None;
    /** One line saying what happened, for a row of the checklist. */
    QString summary;
    Diagnosis diagnosis;
    qint64 startedMs = -1;
    qint64 durationMs = -1;
    /** Range of transcript entries that belong to this milestone (-1 when none). */
    int firstEntry = -1;
    int lastEntry = -1;

    QString title() const;
    bool isFinished() const;
    /** Where the milestone falls in a conversation, for sorting: by kind, EHLO after STARTTLS after the handshake. */
    int conversationRank() const;
};

class Checklist : public QObject
{
    Q_OBJECT
public:
    explicit Checklist(QObject *parent = nullptr);

    void clear();
    int add(const Milestone &milestone);
    void update(int index, const Milestone &milestone);

    const QList<Milestone> &milestones() const { return m_milestones; }
    const Milestone &at(int index) const { return m_milestones.at(index); }
    int count() const { return int(m_milestones.size()); }
    /** Index of the milestone of that kind and subject, or -1. */
    int indexOf(MilestoneKind kind, const QString &subject = {}) const;
    /** The last milestone of that kind the conversation reached (a skipped row only when no other), or -1. */
    int lastReached(MilestoneKind kind) const;
    /** Index of the first failed milestone, or -1. */
    int firstFailure() const;
    bool hasWarnings() const;

    static QString kindTitle(MilestoneKind kind);
    static QString kindKey(MilestoneKind kind);
    static QString stateName(MilestoneState state);
    static QString stateKey(MilestoneState state);

Q_SIGNALS:
    void milestoneAdded(int index);
    void milestoneChanged(int index);
    void cleared();

private:
    QList<Milestone> m_milestones;
};

} // namespace mailflow
