#!/usr/bin/env bash
# Remakes the user manual's screenshots from the real windows and then its
# printable PDF (issue 20), so the manual never shows an old screen:
#
#   scripts/manual.sh [BUILD_DIR]      (default: build-test, as scripts/test.sh makes it)
#
# The screenshots are the window tour of tst_screens at 1366x768 (the demo desk, in
# Chinese, offscreen), saved with CERTDESK_SHOTS; the ones the manual shows are
# copied to docs/manual/images/ under the names its pages use. tst_help fails
# when a page shows an image that is not there. The PDF goes to
# BUILD_DIR/certdesk-manual-zh_CN.pdf (tools/manualpdf).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${1:-build-test}
[ -f "$BUILD/CMakeCache.txt" ] || { echo "manual.sh: $BUILD is not a configured build folder (run scripts/test.sh first)" >&2; exit 1; }
cmake --build "$BUILD" --target tst_screens manualpdf
SHOTS=$(mktemp -d /tmp/certdesk-shots.XXXXXX)
trap 'rm -rf "$SHOTS"' EXIT
(cd "$BUILD" && CERTDESK_SHOTS="$SHOTS" ctest -R '^tst_screens_1366x768$' --output-on-failure)
# manual name <- tour stop
declare -A FROM=(
    [sign-in]=sign-in
    [main-window]=main-detail-with-timeline
    [record-dialog]=record-form
    [payments]=monthly-payment-actions
    [sync]=sync-settings
    [users]=users
    [dashboard]=dashboard
    [first-day-guide]=first-day-guide
)
mkdir -p docs/manual/images
for name in "${!FROM[@]}"; do
    src="$SHOTS/${FROM[$name]}.png"
    [ -f "$src" ] || { echo "manual.sh: the tour saved no ${FROM[$name]}.png" >&2; exit 1; }
    cp "$src" "docs/manual/images/$name.png"
done
# The images are built into the window (:/manual) and into the PDF.
cmake "$BUILD" >/dev/null
cmake --build "$BUILD" --target manual_pdf certdesk
echo "manual.sh: ${#FROM[@]} screenshots in docs/manual/images, PDF $BUILD/certdesk-manual-zh_CN.pdf"
