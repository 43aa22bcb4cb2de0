#!/usr/bin/env bash
# scripts/office-install-check.sh DEBS_DIR - the .deb packages on a fresh office PC.
#
# package-test.sh installs the packages on the test machine, which already has
# every runtime library from scripts/setup.sh, so there apt-get has nothing to
# pull. Here a fresh Debian 12 (a minbase debootstrap in a temporary folder, as
# little as any installed system has) gets `apt-get install --no-install-recommends
# ./certdesk_*.deb ./certdesk-upstream_*.deb`: the packages' own Depends must
# bring everything, and then package-test.sh's install-and-use half runs inside
# it (installed CLI, window offscreen, server from its unit, a sync, purge).
# Needs root, debootstrap and Debian's registry; cleans up after itself.
set -euo pipefail

if [ $# -ne 1 ] || ! ls "$1"/certdesk_*.deb "$1"/certdesk-upstream_*.deb >/dev/null 2>&1; then
    echo "usage: scripts/office-install-check.sh DEBS_DIR   (holding certdesk_*.deb and certdesk-upstream_*.deb)" >&2
    exit 2
fi
DEBS=$(cd "$1" && pwd)
cd "$(dirname "$0")/.."
[ "$(id -u)" -eq 0 ] || { echo "office-install-check: needs root (debootstrap, chroot)" >&2; exit 2; }

ROOT=$(mktemp -d /var/tmp/certdesk-office.XXXXXX)
chmod 0755 "$ROOT" # it becomes /: the service user and apt's _apt must get through
cleanup() {
    local rc=$?
    set +e
    for m in dev/pts dev proc; do
        mountpoint -q "$ROOT/$m" && umount -l "$ROOT/$m"
    done
    # Only remove the folder once nothing is mounted in it any more.
    if ! grep -q " $ROOT/" /proc/mounts; then
        rm -rf --one-file-system "$ROOT"
    fi
    [ $rc -eq 0 ] && echo "office-install-check: passed in ${SECONDS}s" || echo "office-install-check: failed (exit $rc) after ${SECONDS}s" >&2
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

MIRROR=$(sed -n 's/^URIs: *\(http[^ ]*debian\)\/*$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
MIRROR=${MIRROR:-http://deb.debian.org/debian}
echo "== office-install-check: debootstrap --variant=minbase bookworm from $MIRROR"
debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR" >"$ROOT.log" 2>&1 || { tail -20 "$ROOT.log"; rm -f "$ROOT.log"; exit 1; }
rm -f "$ROOT.log"
# The same suites as this machine (security updates included), as an office PC has.
if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    cp /etc/apt/sources.list.d/debian.sources "$ROOT/etc/apt/sources.list.d/"
    rm -f "$ROOT/etc/apt/sources.list"
fi
cp /etc/resolv.conf "$ROOT/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$ROOT/proc"
mount --bind /dev "$ROOT/dev"
mount --bind /dev/pts "$ROOT/dev/pts"
echo "fresh system: $(chroot "$ROOT" dpkg-query -W | wc -l) packages"

mkdir -p "$ROOT/root/check/scripts" "$ROOT/root/check/debs"
cp "$DEBS"/certdesk_*.deb "$DEBS"/certdesk-upstream_*.deb "$ROOT/root/check/debs/"
cp scripts/package-test.sh "$ROOT/root/check/scripts/"
chroot "$ROOT" apt-get update -qq
before=$(chroot "$ROOT" dpkg-query -W | wc -l)
chroot "$ROOT" env PACKAGE_TEST_APT_OPTS=--no-install-recommends bash /root/check/scripts/package-test.sh --debs /root/check/debs
# The purge leaves what apt pulled in for the packages (as on any PC).
echo "apt-get pulled $(($(chroot "$ROOT" dpkg-query -W | wc -l) - before)) packages into the fresh system by itself"
