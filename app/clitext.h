#pragma once

#include "smtp/checklist.h"

#include <QString>

namespace mailflow {

/** A milestone state as the CLI prints it in its lists and tables: PASSED, FAILED, SKIPPED… */
inline QString stateWord(MilestoneState state)
{
    return Checklist::stateName(state).toUpper();
}

} // namespace mailflow
