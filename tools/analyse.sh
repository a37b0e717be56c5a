#!/usr/bin/env bash
# Static analysis, all with zero warnings: clang-format on every C++ file, clang-tidy (.clang-tidy) and
# clazy (level 1 and the checks below) on every project source of compile_commands.json.
# Usage: tools/analyse.sh [--format-only] [build-dir]   (a configured build; default build).
# MAILFLOW_ANALYSE_JOBS sets how many files are analysed at once (default: one per core).
set -euo pipefail
cd "$(dirname "$0")/.."
format_only=false
if [ "${1:-}" = "--format-only" ]; then
    format_only=true
    shift
fi
build_dir=${1:-build}
jobs=${MAILFLOW_ANALYSE_JOBS:-$(nproc)}
status=0

echo "== clang-format"
mapfile -t cxx < <(git ls-files '*.cpp' '*.h')
if ! clang-format --dry-run --Werror "${cxx[@]}"; then
    echo "clang-format: run clang-format -i on the files above" >&2
    status=1
fi

if $format_only; then
    exit $status
fi

# Project sources only: not the generated moc/rcc/uic files, not the probe that must not compile.
mapfile -t sources < <(python3 - "$build_dir/compile_commands.json" <<'PY'
import json, os, sys
seen = set()
for entry in json.load(open(sys.argv[1])):
    path = os.path.realpath(os.path.join(entry["directory"], entry["file"]))
    if "_autogen" in path or "/build" in path or path.endswith("layering/wrongway.cpp") or path in seen:
        continue
    seen.add(path)
    print(path)
PY
)
echo "== clang-tidy (${#sources[@]} files)"
if ! run-clang-tidy-14 -p "$build_dir" -j "$jobs" -quiet "${sources[@]}" >"$build_dir/clang-tidy.log" 2>&1; then
    grep -E "warning:|error:" "$build_dir/clang-tidy.log" | sort -u >&2 || true
    echo "clang-tidy: see $build_dir/clang-tidy.log" >&2
    status=1
fi

echo "== clazy (level1)"
printf '%s\n' "${sources[@]}" | xargs -P "$jobs" -n 8 clazy-standalone -p "$build_dir/compile_commands.json" \
    --checks=level1 --header-filter='/(core|app|ui|tests)/' --ignore-dirs='(_autogen|^/usr/)' \
    >"$build_dir/clazy.log" 2>&1 || true
if grep -E "warning:|error:" "$build_dir/clazy.log" >&2; then
    echo "clazy: see $build_dir/clazy.log" >&2
    status=1
fi
exit $status
