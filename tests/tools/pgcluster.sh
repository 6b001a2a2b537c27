#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A throw-away PostgreSQL 15 cluster for tests.
#   pgcluster.sh start DIR  - initdb + start on 127.0.0.1 and a free port (fsync off);
#                             writes the connection URL to DIR/url
#   pgcluster.sh stop DIR   - stops the cluster and deletes its files
# The cluster's files live in a private folder owned by the `postgres` user (the server
# refuses to run as root); DIR only holds `url`, `pgdata` (the folder's path) and `log`.
# As root it runs the PostgreSQL tools through `runuser -u postgres --`.
set -euo pipefail

bin=/usr/lib/postgresql/15/bin
action="${1:-}"
dir="${2:-}"
if [ -z "$action" ] || [ -z "$dir" ]; then
  echo "usage: $0 start|stop DIR" >&2
  exit 64
fi

as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

case "$action" in
  start)
    if [ ! -x "$bin/initdb" ]; then
      echo "pgcluster: PostgreSQL 15 is not installed ($bin/initdb missing); install postgresql-15" >&2
      exit 1
    fi
    mkdir -p "$dir"
    # A cluster left over from an interrupted run is stopped first.
    if [ -f "$dir/pgdata" ]; then "$0" stop "$dir" || true; mkdir -p "$dir"; fi
    pgdata=$(mktemp -d /tmp/carecircle-pg.XXXXXX)
    [ "$(id -u)" -eq 0 ] && chown postgres: "$pgdata"
    echo "$pgdata" >"$dir/pgdata"
    as_pg "$bin/initdb" -D "$pgdata/data" -U postgres --auth=trust -E UTF8 --no-sync >"$dir/log" 2>&1
    for attempt in 1 2 3 4 5; do
      port=$(free_port)
      if as_pg "$bin/pg_ctl" -D "$pgdata/data" -l "$pgdata/server.log" -w -t 60 \
          -o "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$pgdata -c max_connections=300" \
          start >>"$dir/log" 2>&1; then
        echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$dir/url"
        echo "pgcluster: running on port $port ($pgdata)"
        exit 0
      fi
      echo "pgcluster: start attempt $attempt on port $port failed" >&2
    done
    cat "$pgdata/server.log" >&2 || true
    exit 1
    ;;
  stop)
    if [ -f "$dir/pgdata" ]; then
      pgdata=$(cat "$dir/pgdata")
      if [ -d "$pgdata/data" ]; then
        as_pg "$bin/pg_ctl" -D "$pgdata/data" -m immediate -w stop >>"$dir/log" 2>&1 || true
      fi
      case "$pgdata" in /tmp/carecircle-pg.*) rm -rf "$pgdata" ;; esac
      rm -f "$dir/pgdata" "$dir/url"
    fi
    echo "pgcluster: stopped"
    ;;
  *)
    echo "usage: $0 start|stop DIR" >&2
    exit 64
    ;;
esac
