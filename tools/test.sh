#!/usr/bin/env bash
# Sets up (see setup.sh) and runs every test suite with ctest.
# Usage: [MAILFLOW_SANITIZE=ON] tools/test.sh [ctest arguments…]
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh build
cd build
# Only a sanitized build (MAILFLOW_SANITIZE=ON) reads these; leaks are not checked, see tools/sanitize.sh.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
ctest --output-on-failure -j "$(nproc)" "$@"
