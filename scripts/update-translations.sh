#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (models/, ui/, app/). Run after
# changing any tr() string, then fill in the new zh_CN entries.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
"$LUPDATE" -no-obsolete -locations none models ui app \
    -ts translations/certdesk_zh_CN.ts translations/certdesk_en.ts
