#!/usr/bin/env bash
# A cold build's time with and without cmake/buildspeed.cmake (Qt's headers
# precompiled, lld), in the same run, one after the other, each in a fresh
# folder and without ccache: what scripts/test.sh's first build costs on a clean
# clone. Prints wall, user and system seconds of each and the ratio of the walls.
#
#   bench/buildtime.sh [TARGET...]      (default: the whole build)
#
# Set CXX=clang++ and EXTRA="-DCERTDESK_SANITIZE=address,undefined ..." to time
# the sanitizer folder instead. docs/performance.md, "Build time", has the figures.
set -euo pipefail
cd "$(dirname "$0")/.."
TARGETS=("$@")
WORK=$(mktemp -d /tmp/certdesk-buildtime.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
read -r -a extra <<<"${EXTRA:-}"

declare -A wall
for mode in off on; do
    flag=$([ "$mode" = on ] && echo ON || echo OFF)
    cmake -S . -B "$WORK/$mode" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCERTDESK_WERROR=ON \
        -DCERTDESK_FAULT_INJECTION=ON -DCERTDESK_PCH="$flag" -DCERTDESK_LLD="$flag" \
        ${CXX:+-DCMAKE_CXX_COMPILER="$CXX"} "${extra[@]}" >/dev/null
    start=$(date +%s.%N)
    /usr/bin/time -o "$WORK/$mode.time" -f "%U %S" \
        cmake --build "$WORK/$mode" ${TARGETS[@]:+--target "${TARGETS[@]}"} >"$WORK/$mode.log" 2>&1 \
        || { echo "build failed ($mode):" >&2; tail -20 "$WORK/$mode.log" >&2; exit 1; }
    wall[$mode]=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
    read -r user sys <"$WORK/$mode.time"
    printf 'precompiled headers and lld %-3s  wall %7.1f s  user %7.1f s  sys %6.1f s\n' \
        "$mode" "${wall[$mode]}" "$user" "$sys"
    rm -rf "${WORK:?}/$mode"
done
printf 'ratio on/off (wall): %.2f   targets: %s   cores: %s   compiler: %s\n' \
    "$(awk -v a="${wall[on]}" -v b="${wall[off]}" 'BEGIN {print a / b}')" "${TARGETS[*]:-all}" \
    "$(nproc)" "${CXX:-c++}"
