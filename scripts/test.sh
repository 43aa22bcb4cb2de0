#!/usr/bin/env bash
# Sets up what is missing, builds everything with warnings as errors, and runs
# every test suite through CTest. The upstream server's tests also run on
# PostgreSQL: a throwaway cluster is started here (and stopped on exit). Then
# scripts/package-test.sh builds, installs, uses and purges the .deb packages.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${BUILD_DIR:-build-test}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCERTDESK_WERROR=ON
cmake --build "$BUILD_DIR"

# shellcheck source=scripts/pg-throwaway.sh
source scripts/pg-throwaway.sh
pg_throwaway_start
trap pg_throwaway_stop EXIT

(cd "$BUILD_DIR" && CERTDESK_TEST_PG_URL="$PG_THROWAWAY_URL" QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 -j2)

# The packages are installed and purged on this machine: root (or sudo, as setup.sh).
if [ "$(id -u)" -eq 0 ]; then
    bash scripts/package-test.sh "$BUILD_DIR"
else
    sudo bash scripts/package-test.sh "$BUILD_DIR"
fi
