#!/usr/bin/env bash
# Speed and memory of Mailflow against swaks and postfix smtp-source, all against one smtp-sink on
# loopback, in the same run, alternating; prints a markdown table (figure, ratio, target, met).
# Usage: tests/bench/bench.sh BUILD_DIR [--smoke] [--rounds N] [--check]
#   BUILD_DIR: a RelWithDebInfo build for figures worth quoting; --smoke: one short round (CI).
set -euo pipefail
exec /usr/bin/python3 "$(dirname "$0")/bench.py" "$@"
