#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback for the test suite (CI and developers).
#
#   deploy/test_postgres.sh start   install Debian's PostgreSQL if missing, start the
#                                   cluster, create the database; prints the DATABASE_URL
#   deploy/test_postgres.sh stop    stop it
#   deploy/test_postgres.sh url     print the DATABASE_URL
#
# Its own cluster (trust auth on 127.0.0.1 only, data under PG_TEST_DIR), so it never
# touches the machine's own clusters or pg_hba.conf, and a second start is a no-op.
set -euo pipefail

PG_TEST_DIR="${PG_TEST_DIR:-/var/tmp/fazhi-test-pg}"
PG_TEST_PORT="${PG_TEST_PORT:-55432}"
PG_TEST_DB="${PG_TEST_DB:-fazhi_ci}"
DATA="$PG_TEST_DIR/data"
URL="postgres://postgres@127.0.0.1:$PG_TEST_PORT/$PG_TEST_DB"

log() { echo "test_postgres: $*" >&2; }

pg_bin() {
    local dir
    dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
    [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# postgres refuses to run as root: run its tools as the postgres user then.
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_if_missing() {
    pg_bin >/dev/null && return 0
    [ "$(id -u)" = 0 ] || { log "PostgreSQL is not installed; run as root or: apt-get install postgresql"; exit 1; }
    log "installing Debian's postgresql"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    pg_bin >/dev/null || { log "postgresql installed but no initdb found"; exit 1; }
}

start() {
    install_if_missing
    local bin
    bin=$(pg_bin)
    if [ ! -f "$DATA/PG_VERSION" ]; then
        mkdir -p "$PG_TEST_DIR"
        [ "$(id -u)" = 0 ] && chown postgres: "$PG_TEST_DIR"
        as_pg "$bin/initdb" -D "$DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    fi
    if ! as_pg "$bin/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
        # fsync off: a test server, its data is thrown away.
        as_pg "$bin/pg_ctl" -D "$DATA" -l "$PG_TEST_DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $PG_TEST_PORT -k $PG_TEST_DIR -c fsync=off -c max_connections=200" \
            start >/dev/null || { cat "$PG_TEST_DIR/server.log" >&2; exit 1; }
    fi
    local exists
    exists=$(psql -h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$PG_TEST_DB'")
    [ "$exists" = 1 ] || psql -q -h 127.0.0.1 -p "$PG_TEST_PORT" -U postgres -d postgres \
        -c "CREATE DATABASE $PG_TEST_DB"
    echo "$URL"
}

stop() {
    local bin
    bin=$(pg_bin) || return 0
    [ -f "$DATA/PG_VERSION" ] || return 0
    as_pg "$bin/pg_ctl" -D "$DATA" -m fast stop >/dev/null 2>&1 || true
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) echo "$URL" ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
