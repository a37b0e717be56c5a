#!/usr/bin/env bash
# Speed and memory of mailflow-cli against the references (swaks, postfix smtp-source),
# all against one postfix smtp-sink on loopback, in the same run. Prints a table.
# Usage: tests/bench/bench.sh BUILD_DIR [sessions] [size_mb]
set -euo pipefail
build=${1:?build dir}
sessions=${2:-50}
size_mb=${3:-35}
cli="$build/app/mailflow-cli"
work=$(mktemp -d)
trap 'kill "$sink" 2>/dev/null || true; rm -rf "$work"' EXIT

port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
user=(); [ "$(id -u)" -eq 0 ] && user=(-u nobody)
/usr/sbin/smtp-sink "${user[@]}" "127.0.0.1:$port" 256 &
sink=$!
for _ in $(seq 50); do (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break; sleep 0.1; done

# A text body of about size_mb, in 76-character lines.
/usr/bin/python3 - "$work/body.txt" "$size_mb" <<'PY'
import sys
line = ("The quick brown fox jumps over the lazy dog 0123456789 " * 2)[:76] + "\n"
target = int(sys.argv[2]) * 1024 * 1024
with open(sys.argv[1], "w") as f:
    f.write(line * (target // len(line)))
PY

measure() { # label, command...: prints "seconds peak_kb"
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/err" || { echo "FAILED: $*" >&2; cat "$work/err" >&2; }
    cat "$work/time"
}
loop() { # n, command...
    local n=$1; shift
    for _ in $(seq "$n"); do "$@" >/dev/null 2>&1; done
}
export -f loop

from=a@test.example; to=u@example.test
printf '%-14s %18s %18s %14s\n' tool "ms per session" "big message (s)" "peak RSS (MB)"
row() { # tool, session-cmd..., -- big-cmd...
    local tool=$1; shift
    local small=() big=()
    while [ "$1" != "--" ]; do small+=("$1"); shift; done; shift
    big=("$@")
    read -r secs _ < <(measure bash -c 'loop "$0" "$@"' "$sessions" "${small[@]}")
    read -r bsecs bkb < <(measure "${big[@]}")
    printf '%-14s %18.1f %18.2f %14.1f\n' "$tool" "$(echo "$secs * 1000 / $sessions" | bc -l)" "$bsecs" "$(echo "$bkb / 1024" | bc -l)"
}
# The engine alone, then with the run history on (the default: fdatasync after every transcript line).
row mailflow-cli "$cli" --no-history --server "127.0.0.1:$port" --from $from --to $to --body hi -- \
    "$cli" --no-history --server "127.0.0.1:$port" --from $from --to $to --body "@$work/body.txt"
export XDG_DATA_HOME="$work/data"
row "  + history" "$cli" --server "127.0.0.1:$port" --from $from --to $to --body hi -- \
    "$cli" --server "127.0.0.1:$port" --from $from --to $to --body "@$work/body.txt"
unset XDG_DATA_HOME
row swaks swaks --server "127.0.0.1:$port" --from $from --to $to --body hi --silent 2 -- \
    swaks --server "127.0.0.1:$port" --from $from --to $to --body "$work/body.txt" --silent 2
row smtp-source /usr/sbin/smtp-source -f $from -t $to "127.0.0.1:$port" -- \
    /usr/sbin/smtp-source -l $((size_mb * 1024 * 1024)) -f $from -t $to "127.0.0.1:$port"
echo "($sessions sessions each, one at a time; big message: ${size_mb} MB; smtp-sink on 127.0.0.1:$port)"
