#pragma once

#include "evidence/reportdata.h"
#include "smtp/checklist.h"
#include "smtp/transcript.h"

#include <QJsonObject>

namespace mailflow {

/** JSON forms shared by the JSON report and the history files (keys documented in resources/report.schema.json). */
QJsonObject entryToJson(const TranscriptEntry &entry);
TranscriptEntry entryFromJson(const QJsonObject &object);

/** A milestone with everything needed to rebuild it (failure kind, timing, transcript range). */
QJsonObject milestoneToJson(const Milestone &milestone);
Milestone milestoneFromJson(const QJsonObject &object);

QJsonObject environmentToJson(const EnvironmentInfo &environment);
EnvironmentInfo environmentFromJson(const QJsonObject &object);

QString failureKey(FailureKind failure);
FailureKind failureFromKey(const QString &key);
bool parseDirectionName(const QString &name, TranscriptEntry::Direction *direction);
bool parseMilestoneKind(const QString &key, MilestoneKind *kind);
bool parseMilestoneState(const QString &key, MilestoneState *state);

} // namespace mailflow
