#!/usr/bin/env bash
# Sets up what is missing, builds, and starts CertDesk. On first start the
# program creates a demo database (about 5,000 recipients) in the user's data
# folder. Extra arguments go to the program, e.g. --lang en or --db FILE.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target certdesk certdesk-cli
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting under xvfb-run (set DISPLAY to see the window)." >&2
    exec xvfb-run -a -s "-screen 0 1600x1000x24" build/app/certdesk "$@"
fi
exec build/app/certdesk "$@"
