#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 15 server (Debian's /usr/lib/postgresql/15) for the web benchmark:
#   bench/web/start-postgres.sh DIR [PORT]
# creates DIR (which must not exist yet), runs initdb and pg_ctl as the `postgres` user, listens on 127.0.0.1:PORT
# only (default 55432) with the socket in DIR, and creates the role and database `jixiao` with a password. Prints the
# environment for the application (JIXIAO_DB_URL, JIXIAO_DB_USER, JIXIAO_DB_PASSWORD) as `export` lines; stop with
#   runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D DIR/data -m fast stop && rm -rf DIR
# Runs as root (for runuser). Nothing is kept: the data lives in DIR.
set -euo pipefail

dir="${1:?usage: start-postgres.sh DIR [PORT]}"
port="${2:-55432}"
bin=/usr/lib/postgresql/15/bin
password="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"

[ -x "$bin/initdb" ] || { echo "start-postgres: $bin/initdb not found (apt-get install postgresql-15)" >&2; exit 1; }
[ ! -e "$dir" ] || { echo "start-postgres: $dir exists; give a new directory" >&2; exit 1; }
[ "$(id -u)" -eq 0 ] || { echo "start-postgres: run as root (it starts the server as the postgres user)" >&2; exit 1; }

mkdir -p "$dir"
chown postgres:postgres "$dir"
as_postgres() { runuser -u postgres -- "$@"; }

printf '%s\n' "$password" > "$dir/superuser-password"
chown postgres:postgres "$dir/superuser-password"
# password authentication over TCP, trust only on the private socket in DIR
as_postgres "$bin/initdb" -D "$dir/data" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
  --auth-local=trust --auth-host=scram-sha-256 --pwfile="$dir/superuser-password" >"$dir/initdb.log"
as_postgres "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1" start >/dev/null
as_postgres psql -h "$dir" -p "$port" -U postgres -v ON_ERROR_STOP=1 -q \
  -c "CREATE ROLE jixiao LOGIN PASSWORD '$password'" \
  -c "CREATE DATABASE jixiao OWNER jixiao" >/dev/null

echo "export JIXIAO_DB_URL=jdbc:postgresql://127.0.0.1:$port/jixiao"
echo "export JIXIAO_DB_USER=jixiao"
echo "export JIXIAO_DB_PASSWORD=$password"
echo "# started $("$bin/postgres" --version) on 127.0.0.1:$port, data in $dir/data" >&2
