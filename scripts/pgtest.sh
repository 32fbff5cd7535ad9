#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (docs/deployment.md, "Tests on a real server").
#   scripts/pgtest.sh start STATE_DIR   initdb in a new temporary folder, start the server on a
#                                       free loopback port, create the role and database the tests
#                                       use; writes STATE_DIR/uri and STATE_DIR/pgpass
#   scripts/pgtest.sh stop STATE_DIR    stop the server and remove its folder (always safe to run)
# The server runs as an unprivileged user: the caller, or "postgres" when called as root (initdb
# refuses root). Durability is off (fsync), as nothing in it outlives the run.
set -euo pipefail

action="${1:?start|stop}"
state="${2:?state folder}"
mkdir -p "$state"
state="$(cd "$state" && pwd)"

bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$bindir/initdb" ] || { echo "pgtest: PostgreSQL server binaries not found (package postgresql-15)" >&2; exit 1; }

as_server() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

stop() {
  [ -f "$state/datadir" ] || return 0
  local data
  data="$(cat "$state/datadir")"
  if [ -f "$data/postmaster.pid" ]; then
    as_server "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$(dirname "$data")"
  rm -f "$state/datadir" "$state/uri" "$state/pgpass"
}

case "$action" in
stop)
  stop
  ;;
start)
  stop
  root="$(mktemp -d /tmp/mesoplan-pg.XXXXXX)"
  chmod 755 "$root"
  data="$root/data"
  mkdir "$data"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$data"
  echo "$data" >"$state/datadir"
  password="$(head -c 18 /dev/urandom | base64 | tr -d '/+=')"
  printf '%s\n' "$password" >"$root/superuser-password"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$root/superuser-password"
  as_server "$bindir/initdb" -D "$data" -U postgres --pwfile="$root/superuser-password" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 --encoding=UTF8 --locale=C.UTF-8 >"$root/initdb.log"
  rm -f "$root/superuser-password"
  port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  as_server "$bindir/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $data -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
    start >/dev/null
  # The tests sign in to the server as the role "mesotest" with a password from a libpq password
  # file, as a workstation does: no password in any address.
  umask 077
  cat >"$state/pgpass" <<EOF
127.0.0.1:$port:*:postgres:$password
127.0.0.1:$port:*:mesotest:$password
EOF
  export PGPASSFILE="$state/pgpass"
  psql=("$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres -d postgres)
  "${psql[@]}" -c "CREATE ROLE mesotest LOGIN CREATEDB PASSWORD '$password'"
  # A database as docs/deployment.md creates one (a C.UTF-8 locale: the only one this machine has).
  "${psql[@]}" -c "CREATE DATABASE mesoplan_test OWNER mesotest TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C.UTF-8'"
  # Test cases run in parallel, each in a schema of its own: the extension the schema needs is
  # database-wide, so it is made once here, as a clinic's administrator may (docs/deployment.md).
  "${psql[@]}" -d mesoplan_test -c "CREATE EXTENSION btree_gist WITH SCHEMA public"
  echo "postgresql://mesotest@127.0.0.1:$port/mesoplan_test" >"$state/uri"
  echo "PostgreSQL test server: $(cat "$state/uri") (data in $data)"
  ;;
*)
  echo "usage: scripts/pgtest.sh start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
