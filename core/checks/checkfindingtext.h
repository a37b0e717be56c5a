#pragma once

#include "checks/checkfinding.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace mailflow {

/** A finding as "key: value" lines (the CLI's Checks block, the report section): severity, sentence, who, steps,
 *  evidence. */
QList<QPair<QString, QString>> checkFindingLines(const CheckFinding &finding);

/** The CLI's "Checks:" block (empty for no findings): a heading line and each finding's lines, indented. */
QString checkFindingsBlock(const CheckFindings &findings);

/** The findings as the JSON report writes them ("checks"), and back (the history, compare). */
QJsonArray checkFindingsToJson(const CheckFindings &findings);
CheckFindings checkFindingsFromJson(const QJsonArray &array);

} // namespace mailflow
