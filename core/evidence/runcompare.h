#pragma once

#include "evidence/reportdata.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace mailflow {

/** One difference between two runs of the same test. */
struct RunChange
{
    enum class Kind {
        NowFails, ///< passed or warned before, fails now
        NowPasses, ///< failed or warned before, passes now
        NowWarns, ///< passed or failed before, is a warning (4xx) now
        ReplyCodeChanged, ///< same state, different reply code or enhanced status
        ReplyTextChanged, ///< same code, different words
        Slower, ///< the step took longer by more than the threshold
        CertificateChanged,
        StepAdded, ///< a milestone only the new run has
        StepMissing, ///< a milestone only the old run has
        VerdictChanged,
    };
    Kind kind = Kind::VerdictChanged;
    /** "rcpt:user@example.com" — kind key and subject of the milestone, empty for run-wide changes. */
    QString step;
    QString before;
    QString after;
    /** One line for a person. */
    QString text;
};

struct CompareOptions
{
    /** A step counts as slower when it took at least this much longer ... */
    qint64 slowerByMs = 500;
    /** ... and at least this many times as long. */
    double slowerFactor = 2.0;
};

/** What changed from previous to current (milestones matched by kind and subject). */
QList<RunChange> compareRuns(const ReportData &previous, const ReportData &current, const CompareOptions &options = {});

QString runChangeKindKey(RunChange::Kind kind);
QStringList runChangesToText(const QList<RunChange> &changes);
/** {"previousStarted", "previousVerdict", "changes": [{kind, step, before, after, text}]} */
QJsonObject runChangesToJson(const QList<RunChange> &changes, const ReportData &previous);

} // namespace mailflow
