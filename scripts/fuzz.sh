#!/usr/bin/env bash
# Replays every fuzz target's seed corpus and then lets it explore for a bounded
# time (issue 18). Any crash, sanitizer report, leak, an input slower than
# -timeout or a run above -rss_limit_mb fails the script; the input is kept in
# $FUZZ_ARTIFACTS (default build-dir/fuzz-artifacts) to be added to the corpus
# with its fix. New inputs found while exploring go to a scratch folder, not
# into the repository.
#
#   scripts/fuzz.sh BUILD_DIR [SECONDS_PER_TARGET] [TARGET...]
#
# BUILD_DIR must be configured with -DCERTDESK_FUZZ=ON (clang, see
# cmake/sanitize.cmake). Prints one line per target: executions, executions per
# second, coverage (cov: edges, ft: features), and the result; docs/robustness.md
# records a long run made with this script.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:?usage: scripts/fuzz.sh BUILD_DIR [SECONDS] [TARGET...]}
SECONDS_EACH=${2:-20}
shift $(( $# >= 2 ? 2 : 1 ))
# shellcheck source=scripts/sanitizer-env.sh
source scripts/sanitizer-env.sh
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8

LIST="$BUILD_DIR/tests/fuzz/targets.txt"
[ -f "$LIST" ] || { echo "no $LIST: configure $BUILD_DIR with -DCERTDESK_FUZZ=ON" >&2; exit 1; }
if [ $# -gt 0 ]; then TARGETS=("$@"); else mapfile -t TARGETS < "$LIST"; fi
ARTIFACTS=${FUZZ_ARTIFACTS:-$BUILD_DIR/fuzz-artifacts}
mkdir -p "$ARTIFACTS"
WORK=$(mktemp -d /tmp/certdesk-fuzz.XXXXXX)
trap 'rm -rf "$WORK"' EXIT

# One target per core at a time (FUZZ_JOBS): each libFuzzer process uses one, and
# on CI's two cores this halves the stage (issue 18's seconds per target kept).
JOBS=${FUZZ_JOBS:-$(nproc)}

# fuzz_one TARGET: its seeds, then its exploration; one summary line in
# $WORK/TARGET.line, and TARGET.failed when it failed.
fuzz_one() {
    local t=$1 bin corpus log result runs rate cov ft
    bin="$BUILD_DIR/tests/fuzz/$t"
    corpus="tests/fuzz/corpus/$t"
    log="$WORK/$t.log"
    mkdir -p "$WORK/$t"
    # Limits: 2 GB of memory (no reader may need more for an input of at most a
    # few MB), 10 s for one input (a slow input is a finding: a hostile file must
    # not hang the import), inputs up to 1 MB.
    local opts=(-rss_limit_mb=2048 -malloc_limit_mb=2048 -timeout=10 -max_len=1048576
          -artifact_prefix="$ARTIFACTS/$t-" -print_final_stats=1)
    result=ok
    # First the seeds alone (a corpus entry that crashes fails fast and plainly) ...
    if ! "$bin" "${opts[@]}" -runs=0 "$corpus" >"$log" 2>&1; then
        result="seed corpus fails"
    # ... then exploration, reading the seeds and writing new inputs to scratch.
    elif ! "$bin" "${opts[@]}" -max_total_time="$SECONDS_EACH" "$WORK/$t" "$corpus" \
            >"$log" 2>&1; then
        result="FAILED (artifact in $ARTIFACTS)"
    fi
    runs=$(awk '/stat::number_of_executed_units:/ {n = $2} END {print n}' "$log")
    rate=$(awk '/stat::average_exec_per_sec:/ {n = $2} END {print n}' "$log")
    cov=$(grep -oE 'cov: [0-9]+' "$log" | tail -1 | awk '{print $2}' || true)
    ft=$(grep -oE 'ft: [0-9]+' "$log" | tail -1 | awk '{print $2}' || true)
    printf '%-18s %12s %8s %7s %8s  %s\n' "$t" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${ft:-?}" \
        "$result" >"$WORK/$t.line"
    [ "$result" = ok ] || touch "$WORK/$t.failed"
}

RAN=()
for t in "${TARGETS[@]}"; do
    [ -n "$t" ] || continue
    [ -x "$BUILD_DIR/tests/fuzz/$t" ] || { echo "no fuzz target $t in $BUILD_DIR" >&2; exit 1; }
    while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do
        wait -n || true
    done
    fuzz_one "$t" &
    RAN+=("$t")
done
wait

# The lines in the list's order, whatever order the targets ended in.
failed=0
printf '%-18s %12s %8s %7s %8s  %s\n' target executions exec/s cov ft result
for t in "${RAN[@]}"; do
    cat "$WORK/$t.line" 2>/dev/null || printf '%-18s  %s\n' "$t" "no result (the script itself failed)"
    if [ -e "$WORK/$t.failed" ] || [ ! -e "$WORK/$t.line" ]; then
        failed=1
        echo "---- $t: last lines of its log ----" >&2
        tail -n 60 "$WORK/$t.log" >&2 || true
    fi
done
exit $failed
