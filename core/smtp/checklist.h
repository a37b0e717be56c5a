#pragma once

#include "smtp/diagnosisdata.h"
#include "smtp/smtpreply.h"

#include <QList>
#include <QObject>

namespace mailflow {

class MilestoneExplainer;

/** The milestones of a test, in the order a conversation reaches them. */
enum class MilestoneKind { Dns, Connect, Ehlo, StartTls, Tls, Auth, XClient, Mail, Rcpt, Data, EndOfData, Quit };

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

/** How a milestone ended, as a step reports it. */
struct MilestoneResult
{
    MilestoneState state = MilestoneState::Passed;
    SmtpReply reply;
    FailureKind failure = FailureKind::None;
    QString summary;
};

/**
 * The milestones of one test. Rows change only through this API: planned rows are added pending,
 * started (Running), finished with a result, or skipped with a reason.
 */
class Checklist : public QObject
{
    Q_OBJECT
public:
    explicit Checklist(QObject *parent = nullptr);

    void clear();
    /** Adds a row as it is; used for planned (pending) rows and for rows read back from a report. */
    int add(const Milestone &milestone);
    /** Replaces a row whole; for the checklist's owner (a test building a checklist by hand). */
    void update(int index, const Milestone &milestone);

    /**
     * Marks the row of that kind and subject (case-insensitive) Running from the given time and
     * transcript entry, adding it when the plan did not list it; returns its index.
     */
    int start(MilestoneKind kind, const QString &subject, const QString &expected, qint64 startedMs, int firstEntry);
    /**
     * Ends a started row: state, reply, failure and summary from result, duration up to endMs, and the
     * meaning explainer gives it (when one is given).
     */
    void finish(int index, const MilestoneResult &result, qint64 endMs, int lastEntry,
                const MilestoneExplainer *explainer = nullptr, bool tcpConnected = false);
    void setSummary(int index, const QString &summary);
    void setDiagnosis(int index, const Diagnosis &diagnosis);
    /** Every pending row of that kind and subject (case-insensitive) becomes Skipped with summary. */
    void skip(MilestoneKind kind, const QString &subject, const QString &summary);
    /** Every row not finished becomes Skipped; reason is its summary unless it already has one. */
    void skipUnfinished(const QString &reason);
    /** Puts a DNS milestone first, replacing an earlier one. */
    int setDnsMilestone(const Milestone &milestone);

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
    /** The width of a column of state names: the longest in the current language, and a space. */
    static int stateColumnWidth();
    static QString stateKey(MilestoneState state);

Q_SIGNALS:
    void milestoneAdded(int index);
    void milestoneChanged(int index);
    void cleared();

private:
    int exactIndex(MilestoneKind kind, const QString &subject) const;

    QList<Milestone> m_milestones;
};

} // namespace mailflow
