#pragma once

#include <QtGlobal>

namespace mailflow {

/** Resident memory of this process in kB (VmRSS on Linux), 0 where unknown. For the benchmark's figures. */
qint64 residentMemoryKb();

} // namespace mailflow
