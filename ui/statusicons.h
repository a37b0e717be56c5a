#pragma once

#include "smtp/checklist.h"
#include "smtp/transcript.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace mailflow {

/** Icons and colours for checklist states and transcript directions, drawn with QPainter
 *  so that no image files are needed; colours adapt to dark and light palettes. */
namespace StatusIcons {

QIcon stateIcon(MilestoneState state);
/** A colour for the state that stays readable on the palette's base colour. */
QColor stateColor(MilestoneState state, const QPalette &palette);
QColor directionColor(TranscriptEntry::Direction direction, const QPalette &palette);
bool isDark(const QPalette &palette);

} // namespace StatusIcons

} // namespace mailflow
