#!/usr/bin/env bash
# scripts/package-test.sh BUILD_DIR - the .deb packages, end to end (issue 13).
# Builds certdesk and certdesk-upstream with CPack from BUILD_DIR, checks their
# files and control fields, runs lintian (errors fail) and systemd-analyze
# verify, installs them with apt-get, then uses the installed programs: the CLI
# on a demo database, the window offscreen (signed in, first list shown), the
# server started from its installed unit and configuration, a client synced
# against it. Finally purges both packages and checks that nothing is left but
# the server's data folder, which purge keeps on purpose (see
# packaging/upstream/postrm). Needs root (apt-get, the service user); called by
# scripts/test.sh after ctest. Cleans up after itself, also when it fails.
set -euo pipefail

# With --debs DIR (scripts/office-install-check.sh, on a fresh system) the
# packages are taken as built: only the install, use and purge steps run.
BUILD_DIR=""
DEBS_DIR=""
if [ $# -eq 2 ] && [ "$1" = "--debs" ] && [ -d "$2" ]; then
    DEBS_DIR=$(cd "$2" && pwd)
elif [ $# -eq 1 ] && [ -f "$1/CPackConfig.cmake" ]; then
    BUILD_DIR=$(cd "$1" && pwd)
else
    echo "usage: scripts/package-test.sh BUILD_DIR   (a configured build folder)" >&2
    echo "       scripts/package-test.sh --debs DIR  (install and use packages already built)" >&2
    exit 2
fi
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
    echo "package-test: needs root (installs and purges the packages)" >&2
    exit 2
fi

SERVICE_USER=certdesk-upstream
DATA=/var/lib/certdesk-upstream
UNIT=/lib/systemd/system/certdesk-upstream.service
TEST_MARK=.certdesk-package-test # put in $DATA so a later run knows it may delete it
PASSWORD=pkgtest-password-1
export DEBIAN_FRONTEND=noninteractive

step() { printf '\n== package-test: %s (%ss)\n' "$*" "$SECONDS"; }
fail() {
    echo "package-test: FAILED: $*" >&2
    exit 1
}
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

# Someone's real installation is never touched: its data would be purged below.
for p in certdesk certdesk-upstream; do
    if installed "$p"; then
        fail "the package $p is installed on this machine; remove it first (this test installs and purges it)"
    fi
done
if [ -d "$DATA" ]; then
    if [ -e "$DATA/$TEST_MARK" ]; then
        rm -rf "$DATA" # left by an earlier run that was killed
    else
        fail "$DATA exists (a server's data?); move it away first"
    fi
fi

WORK=$(mktemp -d /tmp/certdesk-package-test.XXXXXX)
chmod 0755 "$WORK" # the service user reads the roster from here, apt's _apt user the packages
SERVER_PID=""
SYSTEMD_DROPIN=""
cleanup() {
    local rc=$?
    set +e
    if [ -n "$SERVER_PID" ]; then
        kill "$SERVER_PID" 2>/dev/null
        wait "$SERVER_PID" 2>/dev/null
    fi
    if [ -n "$SYSTEMD_DROPIN" ]; then
        systemctl stop certdesk-upstream.service 2>/dev/null
        rm -rf "$SYSTEMD_DROPIN"
        systemctl daemon-reload 2>/dev/null
    fi
    for p in certdesk certdesk-upstream; do
        if installed "$p" || dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "config-files"; then
            apt-get purge -y -qq "$p" >/dev/null 2>&1
        fi
    done
    # The data folder purge keeps: this test's own, so it goes.
    if [ -e "$DATA/$TEST_MARK" ]; then
        rm -rf "$DATA"
    fi
    rm -rf "$WORK"
    if [ $rc -eq 0 ]; then
        echo "package-test: passed in ${SECONDS}s"
    else
        echo "package-test: failed (exit $rc) after ${SECONDS}s" >&2
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

step "build the installed targets and the packages"
# A no-op after scripts/test.sh; on its own, builds only what is packaged.
[ -n "$DEBS_DIR" ] || cmake --build "$BUILD_DIR" --target certdesk certdesk-cli certdesk-upstream certdesk_package_files >/dev/null
mkdir "$WORK/debs"
if [ -n "$DEBS_DIR" ]; then
    cp "$DEBS_DIR"/certdesk_*.deb "$DEBS_DIR"/certdesk-upstream_*.deb "$WORK/debs/"
else
    (cd "$BUILD_DIR" && cpack -G DEB -B "$WORK/cpack" >"$WORK/cpack.log") || { cat "$WORK/cpack.log"; fail "cpack"; }
    mv "$WORK"/cpack/certdesk_*.deb "$WORK"/cpack/certdesk-upstream_*.deb "$WORK/debs/"
fi
CLIENT_DEB=$(ls "$WORK"/debs/certdesk_*.deb)
SERVER_DEB=$(ls "$WORK"/debs/certdesk-upstream_*.deb)
chmod 0644 "$CLIENT_DEB" "$SERVER_DEB"
ls -l "$WORK/debs"
# A copy stays in the build folder: the packages an office installs, and what
# scripts/check-setup-deps.py reads their runtime Depends from.
if [ -n "$BUILD_DIR" ]; then
    rm -rf "$BUILD_DIR/packages" && mkdir -p "$BUILD_DIR/packages"
    cp "$CLIENT_DEB" "$SERVER_DEB" "$BUILD_DIR/packages/"
fi

if [ -n "$BUILD_DIR" ]; then # the packages as files: checked where they are built
    step "package contents"
    expect_files() { # DEB PATH...
        local deb=$1 listing
        shift
        listing=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|')
        for f in "$@"; do
            grep -qx -- "$f" <<<"$listing" || fail "$(basename "$deb") lacks $f"
        done
        # Tests and benchmarks are never installed; nothing outside the FHS places either.
        if grep -E '/(tst_|bench_)|/tests?/|/bench/|^/usr/local|^/opt|^/home|^/root' <<<"$listing"; then
            fail "$(basename "$deb") contains test, benchmark or misplaced files (above)"
        fi
    }
    expect_programs() { # DEB PROGRAM... : exactly these in bin and sbin
        local found
        found=$(dpkg-deb -c "$1" | awk '{print $6}' | sed -n 's|^\./usr/s\{0,1\}bin/\(..*\)|\1|p' | sort | tr '\n' ' ')
        shift
        [ "$found" = "$(printf '%s\n' "$@" | sort | tr '\n' ' ')" ] || fail "programs in the package: $found; expected: $*"
    }
    ICONS=()
    for size in 16 24 32 48 64 128 256; do
        ICONS+=("/usr/share/icons/hicolor/${size}x${size}/apps/certdesk.png")
    done
    expect_files "$CLIENT_DEB" /usr/bin/certdesk /usr/bin/certdesk-cli \
        /usr/share/applications/org.certdesk.CertDesk.desktop \
        /usr/share/metainfo/org.certdesk.CertDesk.metainfo.xml \
        /usr/share/icons/hicolor/scalable/apps/certdesk.svg "${ICONS[@]}" \
        /usr/share/certdesk/translations/certdesk_zh_CN.qm /usr/share/certdesk/translations/certdesk_en.qm \
        /usr/share/man/man1/certdesk.1.gz /usr/share/man/man1/certdesk-cli.1.gz \
        /usr/share/doc/certdesk/copyright /usr/share/doc/certdesk/changelog.gz \
        /usr/share/doc/certdesk/certdesk-manual-zh_CN.pdf
    expect_files "$SERVER_DEB" /usr/bin/certdesk-upstream /usr/sbin/certdesk-upstream-admin \
        "$UNIT" /etc/certdesk/upstream.conf \
        /usr/share/man/man1/certdesk-upstream.1.gz /usr/share/man/man8/certdesk-upstream-admin.8.gz \
        /usr/share/doc/certdesk-upstream/copyright /usr/share/doc/certdesk-upstream/changelog.gz
    expect_programs "$CLIENT_DEB" certdesk certdesk-cli
    expect_programs "$SERVER_DEB" certdesk-upstream certdesk-upstream-admin
    dpkg-deb -x "$CLIENT_DEB" "$WORK/client"
    dpkg-deb -x "$SERVER_DEB" "$WORK/server"
    for exe in "$WORK"/client/usr/bin/* "$WORK"/server/usr/bin/*; do
        file -b "$exe" | grep -q ', stripped' || fail "$exe is not stripped: $(file -b "$exe")"
    done
    # Shipped programs carry no test hook (CMake option CERTDESK_FAULT_INJECTION off).
    if grep -l -a -E 'CERTDESK_(UPSTREAM_)?FAULT' "$WORK"/client/usr/bin/* "$WORK"/server/usr/bin/*; then
        fail "the packaged programs above contain fault-injection hooks: build them with -DCERTDESK_FAULT_INJECTION=OFF"
    fi
    DESKTOP=$WORK/client/usr/share/applications/org.certdesk.CertDesk.desktop
    for line in 'Name=CertDesk' 'Name[zh_CN]=资格认证工作台' 'Categories=Office;' 'Icon=certdesk' 'Exec=certdesk'; do
        grep -qxF "$line" "$DESKTOP" || fail "the desktop entry lacks '$line'"
    done
    grep -q '^GenericName\[zh_CN\]=' "$DESKTOP" && grep -q '^Comment\[zh_CN\]=' "$DESKTOP" || fail "the desktop entry lacks Chinese GenericName/Comment"
    appstreamcli validate --no-net "$WORK"/client/usr/share/metainfo/org.certdesk.CertDesk.metainfo.xml
    echo "contents: as expected, binaries stripped, no tests or benchmarks"

    step "control fields"
    field() { dpkg-deb -f "$1" "$2"; }
    expect_depends() { # DEB PACKAGE...
        local depends
        depends=$(field "$1" Depends)
        shift
        for p in "$@"; do
            grep -qE "(^|, )$p( |,|$)" <<<"$depends" || fail "Depends lacks $p: $depends"
        done
    }
    expect_depends "$CLIENT_DEB" libqt6sql6-sqlite qt6-qpa-plugins qt6-image-formats-plugins qt6-translations-l10n \
        fonts-noto-cjk fonts-arphic-uming libqt6widgets6 libqt6core6 libc6
    expect_depends "$SERVER_DEB" libqt6sql6-sqlite adduser libcpp-httplib0.11 libqt6core6 libsodium23
    for deb in "$CLIENT_DEB" "$SERVER_DEB"; do
        for f in Package Version Architecture Maintainer Section Priority Description; do
            [ -n "$(field "$deb" "$f")" ] || fail "$(basename "$deb"): no $f field"
        done
        echo "$(field "$deb" Package): Depends: $(field "$deb" Depends)"
    done
    dpkg-deb --ctrl-tarfile "$SERVER_DEB" | tar -tf - | grep -qx './conffiles' || fail "certdesk-upstream has no conffiles"
    dpkg-deb -I "$SERVER_DEB" conffiles | grep -qx /etc/certdesk/upstream.conf || fail "upstream.conf is not a conffile"

    step "lintian"
    lintian --fail-on error \
        "$CLIENT_DEB" "$SERVER_DEB" | tee "$WORK/lintian.txt" || fail "lintian reports errors (above)"
    echo "lintian: $(grep -c '^E:' "$WORK/lintian.txt" || true) errors, $(grep -c '^W:' "$WORK/lintian.txt" || true) warnings"

fi

step "apt-get install"
# shellcheck disable=SC2086 # PACKAGE_TEST_APT_OPTS: e.g. --no-install-recommends
apt-get install -y -qq ${PACKAGE_TEST_APT_OPTS:-} "$CLIENT_DEB" "$SERVER_DEB" >"$WORK/apt-install.log" 2>&1 || { cat "$WORK/apt-install.log"; fail "apt-get install"; }
dpkg -L certdesk >"$WORK/files-certdesk"
dpkg -L certdesk-upstream >"$WORK/files-certdesk-upstream"
getent passwd "$SERVICE_USER" >/dev/null || fail "no system user $SERVICE_USER after install"
[ "$(stat -c '%U %a' "$DATA")" = "$SERVICE_USER 750" ] || fail "$DATA: $(stat -c '%U %a' "$DATA"), expected $SERVICE_USER 750"
[ "$(stat -c '%U:%G %a' /etc/certdesk/upstream.conf)" = "root:$SERVICE_USER 640" ] || fail "upstream.conf: $(stat -c '%U:%G %a' /etc/certdesk/upstream.conf)"
touch "$DATA/$TEST_MARK"
echo "installed; user $SERVICE_USER, $DATA and /etc/certdesk/upstream.conf in place"

if [ -n "$BUILD_DIR" ]; then # a fresh system (--debs) has no systemd-analyze
    step "systemd-analyze verify"
    systemd-analyze verify "$UNIT" || fail "systemd-analyze verify $UNIT"
    echo "$UNIT: verified"
fi

step "installed certdesk-cli"
OFFICE=$WORK/office.sqlite
echo "$PASSWORD" >"$WORK/password"
/usr/bin/certdesk-cli demo --db "$OFFICE" --persons 300 --seed 7 >/dev/null 2>&1
/usr/bin/certdesk-cli add-user --db "$OFFICE" --name admin --display-name 区管理员 --role district-admin \
    --node 370299 --new-password-file "$WORK/password" 2>/dev/null
as_admin=(--user admin --password-file "$WORK/password")
COUNTS=$(/usr/bin/certdesk-cli ledger --db "$OFFICE" --count "${as_admin[@]}" 2>/dev/null)
echo "ledger --count: $COUNTS"
grep -q '"node":"370299"' <<<"$COUNTS" || fail "ledger --count"
PERSON=$(/usr/bin/certdesk-cli ledger --db "$OFFICE" --band within3 --limit 1 --full-id "${as_admin[@]}" 2>/dev/null |
    sed -n 's/.*"idNumber":"\([0-9X]*\)".*/\1/p')
[ -n "$PERSON" ] || fail "ledger --band within3 found nobody"

step "installed window, offscreen, signed in"
# The installed translation must be the one loaded (certdesk.i18n says which).
SHOWN=$(HOME=$WORK/home XDG_RUNTIME_DIR=$WORK QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES='certdesk.i18n.info=true' \
    timeout 120 /usr/bin/certdesk --db "$OFFICE" "${as_admin[@]}" --exit-after-start 2>"$WORK/window.err") ||
    { cat "$WORK/window.err"; fail "the installed window did not start and show its first list"; }
echo "window: $SHOWN"
grep -q '"user":"admin"' <<<"$SHOWN" && grep -qE '"rows":[1-9]' <<<"$SHOWN" || fail "the window showed no rows"
grep -q '"tab":"≤' <<<"$SHOWN" || fail "the first list's tab is not in Chinese"
grep -F 'translation loaded from "/usr/share/certdesk/translations/certdesk_zh_CN.qm"' "$WORK/window.err" ||
    { cat "$WORK/window.err"; fail "the window did not load the installed translation"; }

step "installed server, started as its unit starts it"
PORT=18470
while (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do
    PORT=$((PORT + 1))
done
EXEC_START=$(sed -n 's/^ExecStart=//p' "$UNIT")
UNIT_USER=$(sed -n 's/^User=//p' "$UNIT")
[ "$UNIT_USER" = "$SERVICE_USER" ] || fail "the unit runs as '$UNIT_USER'"
# The admin command reads the database URL from the installed configuration and
# runs as the service user, who opens the roster (SQLite also writes beside it).
install -d -o "$SERVICE_USER" -m 0700 "$WORK/roster"
install -o "$SERVICE_USER" -m 0600 "$OFFICE" "$WORK/roster/roster.sqlite"
certdesk-upstream-admin load-roster --from "$WORK/roster/roster.sqlite"
certdesk-upstream-admin add-user --user worker --password "$PASSWORD" --role admin --scope 370299 --name 区管理员 >/dev/null
# The configuration listens on 127.0.0.1:8470; --listen on a free port shows that
# the command line wins over the configuration (and keeps clear of a running server).
if [ -d /run/systemd/system ]; then
    SYSTEMD_DROPIN=/run/systemd/system/certdesk-upstream.service.d
    mkdir -p "$SYSTEMD_DROPIN"
    printf '[Service]\nExecStart=\nExecStart=%s --listen 127.0.0.1:%s\n' "$EXEC_START" "$PORT" >"$SYSTEMD_DROPIN/package-test.conf"
    systemctl daemon-reload
    systemctl restart certdesk-upstream.service
else
    # No systemd here (a container): the unit's command as its user.
    # shellcheck disable=SC2086 # ExecStart is split into words as systemd does
    setpriv --reuid "$SERVICE_USER" --regid "$SERVICE_USER" --init-groups -- $EXEC_START --listen "127.0.0.1:$PORT" \
        >"$WORK/server.log" 2>&1 &
    SERVER_PID=$!
fi
for _ in $(seq 50); do
    (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break
    sleep 0.2
done
(exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || { cat "$WORK/server.log" 2>/dev/null; fail "the server does not listen on $PORT"; }
echo "server listening on 127.0.0.1:$PORT"

step "sync a client against the installed server"
/usr/bin/certdesk-cli record --db "$OFFICE" --person "$PERSON" --date "$(date +%F)" --method home-visit --status alive \
    --worker 区管理员 --evidence /usr/share/icons/hicolor/256x256/apps/certdesk.png=person "${as_admin[@]}" 2>/dev/null >/dev/null
SYNC=$(CERTDESK_SERVER_PASSWORD=$PASSWORD /usr/bin/certdesk-cli sync --db "$OFFICE" --server "http://127.0.0.1:$PORT" \
    --server-user worker --retries 3 --backoff-ms 500 2>/dev/null) || { echo "$SYNC"; fail "sync"; }
echo "sync: $SYNC"
grep -q '"pushed":1' <<<"$SYNC" && grep -q '"uploaded":1' <<<"$SYNC" || fail "the sync did not push the check and its photo"
STORED=$(certdesk-upstream-admin count | tr -d ' \n')
echo "server count: $STORED"
grep -q '"events":1' <<<"$STORED" && grep -q '"evidence":1' <<<"$STORED" || fail "the server did not store the pushed event and evidence"
[ -n "$(find "$DATA/evidence" -type f)" ] || fail "no evidence file under $DATA/evidence"
if [ -n "$SERVER_PID" ]; then
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=""
fi

step "apt-get purge"
apt-get purge -y -qq certdesk certdesk-upstream >"$WORK/apt-purge.log" 2>&1 || { cat "$WORK/apt-purge.log"; fail "apt-get purge"; }
cat "$WORK/apt-purge.log" | grep -F "certdesk-upstream:" || true
left=0
while read -r path; do
    # Directories shared with other packages (/usr/bin, /etc, ...) stay, ours must go.
    if [ -e "$path" ] && { [ ! -d "$path" ] || ! dpkg -S "$path" >/dev/null 2>&1; }; then
        echo "left behind: $path"
        left=1
    fi
done < <(cat "$WORK/files-certdesk" "$WORK/files-certdesk-upstream")
for path in /etc/certdesk /usr/share/certdesk /etc/systemd/system/multi-user.target.wants/certdesk-upstream.service \
    /etc/systemd/system/certdesk-upstream.service /var/lib/systemd/deb-systemd-helper-enabled/certdesk-upstream.service.dsh-also \
    /var/lib/systemd/deb-systemd-helper-enabled/multi-user.target.wants/certdesk-upstream.service; do
    if [ -e "$path" ] || [ -L "$path" ]; then
        echo "left behind: $path"
        left=1
    fi
done
getent passwd "$SERVICE_USER" && { echo "left behind: user $SERVICE_USER"; left=1; }
getent group "$SERVICE_USER" && { echo "left behind: group $SERVICE_USER"; left=1; }
[ $left -eq 0 ] || fail "purge left the above behind"
# What purge keeps on purpose: the server's data (database and evidence).
[ -f "$DATA/upstream.sqlite" ] && [ -n "$(find "$DATA/evidence" -type f)" ] || fail "purge did not keep the server's data in $DATA"
echo "purged: no file, user, group, configuration or unit left; kept the data folder $DATA ($(du -sh "$DATA" | cut -f1))"
