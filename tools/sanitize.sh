#!/usr/bin/env bash
# Builds every program and test with AddressSanitizer + UndefinedBehaviorSanitizer (the "asan" preset)
# and runs the whole suite under it. Leak checking is off: Qt's GUI plugins and fontconfig keep
# one-time allocations until exit, which LeakSanitizer would report in every GUI test; the engine's
# own leaks are counted by tests/integration/tst_hostileservers (10,000 connections).
# Usage: tools/sanitize.sh [ctest arguments…]
set -euo pipefail
cd "$(dirname "$0")/.."
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake --preset asan "${launcher[@]}" >/dev/null
nice cmake --build --preset asan -j "$(nproc)"
# The suites that start servers on fixed loopback addresses share a lock with any other run.
exec flock /tmp/mailflow-ctest.lock ctest --preset asan "$@"
