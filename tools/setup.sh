#!/usr/bin/env bash
# Installs what Mailflow needs on Debian 12 (when missing), then configures and builds it.
# Usage: [MAILFLOW_SANITIZE=ON] tools/setup.sh [build-dir]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libgl-dev qtkeychain-qt6-dev libqt6sql6-sqlite libsqlite3-dev libssl-dev
    postfix swaks libnet-ssleay-perl libio-socket-ssl-perl python3 python3-aiosmtpd python3-dnslib python3-jsonschema openssl nftables iproute2
    xvfb xauth fonts-dejavu-core time bc poppler-utils
    ccache clang-14 libclang-rt-14-dev clang-tidy-14 clang-format clazy libbenchmark-dev
    desktop-file-utils appstream man-db dpkg-dev file qt6-translations-l10n dbus at-spi2-core python3-pyatspi
)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    # postfix asks how to configure itself; a loopback-only test MTA needs none of it.
    echo "postfix postfix/main_mailer_type select No configuration" | "${sudo_cmd[@]}" debconf-set-selections
    "${sudo_cmd[@]}" apt-get update -qq
    "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
# MAILFLOW_SANITIZE=ON builds everything with ASan + UBSan (CI's one build; tools/sanitize.sh keeps a second
# tree with full debug information). Line tables only (-g1): full -g makes each file half again as slow to build.
sanitize=${MAILFLOW_SANITIZE:-OFF}
optimise="-O2 -g -DNDEBUG"
[ "$sanitize" = ON ] && optimise="-O1 -g1 -DNDEBUG"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMAILFLOW_WERROR=$werror \
    -DMAILFLOW_SANITIZE="$sanitize" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="$optimise"
cmake --build "$build_dir" -j "$(nproc)"
