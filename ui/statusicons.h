#pragma once

#include "smtp/checklist.h"
#include "smtp/transcript.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace mailflow {

/** Icons and colours for checklist states and transcript directions. The icons are PNGs rendered
 *  from the SVGs in resources/icons/states, each state a different shape; colours adapt to dark and light
 *  palettes. */
namespace StatusIcons {

QIcon stateIcon(MilestoneState state);
/** Mailflow's icon: the desktop theme's when installed, else the one built in. */
QIcon applicationIcon();
/** A colour for the state that stays readable on the palette's base colour. */
QColor stateColor(MilestoneState state, const QPalette &palette);
QColor directionColor(TranscriptEntry::Direction direction, const QPalette &palette);
bool isDark(const QPalette &palette);
/** The WCAG 2 contrast ratio of two colours, from 1 (none) to 21 (black on white). */
double contrastRatio(const QColor &a, const QColor &b);
/** colour, moved toward the palette's text colour as far as needed to reach WCAG AA (4.5:1) on its base. */
QColor readableOn(const QColor &colour, const QPalette &palette);

} // namespace StatusIcons

} // namespace mailflow
