#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for tests, sourced by
# scripts/test.sh (or by hand: `source scripts/pg-throwaway.sh;
# pg_throwaway_start; ...; pg_throwaway_stop`). initdb refuses to run as root,
# so as root the cluster belongs to the `postgres` OS user (Debian's postgresql
# package makes it). Trust authentication, loopback only, a free port.
# Sets PG_THROWAWAY_URL=postgresql://postgres@127.0.0.1:<port>/certdesk_test.

PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}

pg_throwaway_as() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

pg_throwaway_start() {
    if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/initdb" ]; then
        echo "PostgreSQL binaries not found (install the postgresql package)" >&2
        return 1
    fi
    PG_THROWAWAY_DIR=$(mktemp -d /tmp/certdesk-pg.XXXXXX)
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$PG_THROWAWAY_DIR"
    fi
    local port=55432
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((port + 1))
    done
    pg_throwaway_as "$PG_BIN/initdb" -D "$PG_THROWAWAY_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_THROWAWAY_DIR/initdb.log" 2>&1 \
        || { cat "$PG_THROWAWAY_DIR/initdb.log" >&2; return 1; }
    pg_throwaway_as "$PG_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$PG_THROWAWAY_DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_THROWAWAY_DIR -c fsync=off" start >/dev/null \
        || { cat "$PG_THROWAWAY_DIR/server.log" >&2; return 1; }
    pg_throwaway_as "$PG_BIN/createdb" -h 127.0.0.1 -p "$port" -U postgres certdesk_test
    PG_THROWAWAY_PORT=$port
    PG_THROWAWAY_URL="postgresql://postgres@127.0.0.1:$port/certdesk_test"
    export PG_THROWAWAY_URL
    echo "throwaway PostgreSQL at $PG_THROWAWAY_URL"
}

pg_throwaway_stop() {
    if [ -n "${PG_THROWAWAY_DIR:-}" ] && [ -d "$PG_THROWAWAY_DIR" ]; then
        pg_throwaway_as "$PG_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$PG_THROWAWAY_DIR"
    fi
}
