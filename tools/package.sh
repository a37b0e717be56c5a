#!/usr/bin/env bash
# Builds the Debian package from a configured build folder (default: build) and checks it: what
# `cmake --install` puts where (against tests/data/install-files.txt), the desktop file and the AppStream
# metainfo (validators), the package's file list and dependencies. As root (CI's throw-away machine) it
# then installs the package with apt-get, starts both programs and removes it again.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake --build "$build" --target mailflow mailflow-cli mailflow-cli-pdf mailflow-cli-manpage
DESTDIR="$work/root" cmake --install "$build" --prefix /usr >/dev/null
(cd "$work/root" && find . \( -type f -o -type l \) -printf '%P\n' | LC_ALL=C sort) >"$work/installed.txt"
diff -u tests/data/install-files.txt "$work/installed.txt"
desktop-file-validate "$work/root/usr/share/applications/io.github.mailflow.Mailflow.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/io.github.mailflow.Mailflow.metainfo.xml"

(cd "$build" && cpack -G DEB -B "$work/package" >/dev/null)
deb=$(ls "$work"/package/mailflow_*.deb)
dpkg-deb -c "$deb" | awk '$1 !~ /^d/ {sub(/^\.\//, "", $6); print $6}' | LC_ALL=C sort >"$work/packaged.txt"
diff -u tests/data/install-files.txt "$work/packaged.txt"
depends=$(dpkg-deb -f "$deb" Depends)
for needed in libqt6core6 libqt6network6 libqt6widgets6 libqt6sql6-sqlite; do
    grep -q "$needed" <<<"$depends" || { echo "package.sh: Depends lacks $needed: $depends" >&2; exit 1; }
done
echo "package.sh: $(basename "$deb"): $(wc -l <"$work/packaged.txt") files; Depends: $depends"

if [ "$(id -u)" = 0 ] && [ "${MAILFLOW_PACKAGE_INSTALL:-1}" = 1 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
    trap 'DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq mailflow >/dev/null; rm -rf "$work"' EXIT
    /usr/bin/mailflow-cli --version
    shown=$(QT_QPA_PLATFORM=offscreen MAILFLOW_BENCH_SHOWN=1 timeout 60 /usr/bin/mailflow)
    grep -q '^window_shown_ms' <<<"$shown" || { echo "package.sh: the installed window did not start" >&2; exit 1; }
    man -w mailflow-cli >/dev/null
    echo "package.sh: installed, both programs start, removed again"
fi
