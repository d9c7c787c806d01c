#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the store's tests, on a loopback port, in a folder of
# its own: `.ci/postgres.sh start DIR PORT` makes it (the first time; PORT may be left out after) and starts it, then
# prints its URL (postgres://postgres@127.0.0.1:PORT/postgres?sslmode=disable: it has no TLS); `.ci/postgres.sh stop DIR`
# stops it (fast shutdown: the connections are cut, as in an outage).
# PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user
# (Debian's package makes it). pg_ctl's output goes to files: a server it starts inherits
# the pipes of whoever started it, so a caller reading them to their end would never return;
# for the same reason every other inherited descriptor is closed first.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$bin" ] || { echo "postgres.sh: no PostgreSQL under /usr/lib/postgresql" >&2; exit 1; }
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
# Closes every descriptor but the standard three: the server would inherit them, and a
# caller that waits for one of them to close (Foundation's Process watches a socket it
# passes to its child) would wait for as long as the server runs.
close_inherited() {
  local fd
  for fd in $(ls /proc/$BASHPID/fd); do
    if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
  done
}
command=${1:?usage: postgres.sh start DIR PORT | stop DIR}
dir=${2:?usage: postgres.sh start DIR PORT | stop DIR}
case "$command" in
  start)
    port=${3:-}
    mkdir -p "$dir"
    [ "$(id -u)" -ne 0 ] || chown postgres: "$dir"
    if [ ! -f "$dir/PG_VERSION" ]; then
      [ -n "$port" ] || { echo "postgres.sh: start a new cluster with its PORT" >&2; exit 64; }
      as_owner "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir.initdb.log" 2>&1 \
        || { cat "$dir.initdb.log" >&2; exit 1; }
      cat >>"$dir/postgresql.conf" <<CONF
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$dir'
max_connections = 200
CONF
    fi
    (close_inherited; as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 start) >/dev/null 2>&1 </dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://postgres@127.0.0.1:$(sed -n 's/^port = //p' "$dir/postgresql.conf" | tail -n 1)/postgres?sslmode=disable"
    ;;
  stop)
    (close_inherited; as_owner "$bin/pg_ctl" -D "$dir" -m fast -w -t 60 stop) >/dev/null 2>&1 </dev/null || true
    ;;
  *)
    echo "postgres.sh: unknown command $command (start or stop)" >&2
    exit 64
    ;;
esac
