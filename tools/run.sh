#!/usr/bin/env bash
# Sets up (see setup.sh) and starts the Mailflow window.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh build
exec build/app/mailflow "$@"
