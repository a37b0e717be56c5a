#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) and runs each for a bounded time
# on a copy of its seed corpus. A crash stops the script with the reproducer's path; make it a test.
# Usage: tools/fuzz.sh [seconds-per-target] [build-dir]    (default 60, build-fuzz)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
build_dir=${2:-build-fuzz}
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
    -DMAILFLOW_FUZZ=ON "${launcher[@]}" >/dev/null
cmake --build "$build_dir" --target fuzzers -j "$(nproc)"

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Each fuzzer is one process on one core: as many run at once as there are cores.
run_target() {
    local target=$1
    mkdir -p "$work/$target" "$build_dir/findings/$target"
    cp tests/fuzz/corpus/$target/* "$work/$target/"
    local log="$build_dir/findings/$target.log"
    if "$build_dir/tests/fuzz/$target" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build_dir/findings/$target/" "$work/$target" >"$log" 2>&1; then
        local runs
        runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' || echo '?')
        echo "$target: ${seconds} s, $runs executions, no finding"
    else
        echo "$target: FAILED, see $log and $build_dir/findings/$target/" >&2
        tail -40 "$log" >&2
        touch "$work/failed"
    fi
}
for target in fuzz_replyparser fuzz_session fuzz_profile fuzz_history fuzz_validators; do
    while [ "$(jobs -rp | wc -l)" -ge "$(nproc)" ]; do
        wait -n || true
    done
    run_target "$target" &
done
wait
[ ! -e "$work/failed" ]
