#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the tests: Debian's PostgreSQL, initialised in DIR, listening only on a Unix
# socket in DIR, with trust authentication for the user "kongjian" and durability off (nothing in it outlives the
# run). CTest starts it before the `_postgresql` tests and stops it after them (tests/postgresql/CMakeLists.txt).
#
#   cluster.sh start DIR   initialise (the first time) and start; prints the database URL
#   cluster.sh stop DIR    stop and delete DIR
#   cluster.sh halt DIR    stop, keeping the data for the next start (an outage, for tests)
#   cluster.sh url DIR     the URL tests use: postgresql://kongjian@/kongjian?host=DIR
set -euo pipefail
action=${1:?start, stop or url}
dir=${2:?the cluster folder}

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bindir/pg_ctl" ] || { echo "cluster.sh: PostgreSQL's server is not installed (Debian package postgresql)" >&2; exit 1; }

# PostgreSQL refuses to run as root: as root (CI), the cluster belongs to the "postgres" user Debian's package made.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

url="postgresql://kongjian@/kongjian?host=$dir"
case $action in
    url) echo "$url" ;;
    start)
        # A cluster left running by a run that was killed: start again from nothing.
        if [ -f "$dir/data/postmaster.pid" ]; then
            as_owner "$bindir/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
            rm -rf "$dir"
        fi
        if [ ! -f "$dir/data/PG_VERSION" ]; then
            rm -rf "$dir"
            mkdir -p "$dir"
            [ "$(id -u)" = 0 ] && chown postgres: "$dir"
            as_owner "$bindir/initdb" -D "$dir/data" -U kongjian --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
                || { cat "$dir/initdb.log" >&2; exit 1; }
        fi
        # Tests run many servers at once, each with a few connections.
        as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
            -o "-c listen_addresses='' -c unix_socket_directories='$dir' -c max_connections=300 -c fsync=off \
                -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=64MB" start >/dev/null \
            || { cat "$dir/server.log" >&2; exit 1; }
        as_owner "$bindir/psql" -h "$dir" -U kongjian -d postgres -qAt \
            -c "SELECT 1 FROM pg_database WHERE datname = 'kongjian'" | grep -q 1 \
            || as_owner "$bindir/createdb" -h "$dir" -U kongjian kongjian
        echo "$url"
        ;;
    halt)
        as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
        ;;
    stop)
        if [ -f "$dir/data/postmaster.pid" ]; then
            as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
        fi
        rm -rf "$dir"
        ;;
    *) echo "cluster.sh: unknown action $action" >&2; exit 2 ;;
esac
