#!/usr/bin/env bash
# Sets up (see setup.sh) and runs every test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh build
cd build
ctest --output-on-failure -j "$(nproc)" "$@"
