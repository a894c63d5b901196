#!/usr/bin/env bash
# The web load benchmark (docs/benchmarks.md; the diary in bench/history/web.md): the editor's live re-score and the list page under load,
# on H2 and on PostgreSQL 15, against the application jar started here on 127.0.0.1.
#
#   bench/web/run.sh [h2|postgres|all]        (default all; PostgreSQL needs root, see start-postgres.sh)
#
# Environment: RATE=200 (open model, requests/s; RATES="50 100 200" runs the open-model page scenarios at each
# rate, RATES="" none), USERS=16 (closed model), API=1 (0: leave out the rescore-api scenarios, which measure
# bcrypt), JIT_WARMUP=90 (seconds of unmeasured re-scores and list pages by 4 users after the server starts, so that
# no scenario measures a cold JVM; 0 none), WARMUP=15 and DURATION=30 (seconds per scenario), BUILD=1 (0: use the
# existing jar), JAR=target/jixiao.jar (the jar to run), JFR=1 (record the measured part of each scenario with Java
# Flight Recorder and list the hottest methods), SERVER_JAVA_OPTS (extra options for the server JVM).
# Every row also gives the server's CPU time per answered request (WebLoad --pid) and the share of the machine's CPU
# time that the hypervisor gave to other guests during the measured window ("steal" in /proc/stat): on a shared
# virtual machine, stolen time delays every request, so a row with more than a few percent stolen does not measure
# the application; run it again.
# Bounded: each scenario stops by itself after WARMUP + DURATION (+ at most 15 s for late answers).
# Writes target/bench-web/<time>/results.md, the server logs and, with JFR=1, the recordings and *-hot.txt.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
which="${1:-all}"
case "$which" in
  all) dbs=(h2 postgres) ;;
  h2|postgres) dbs=("$which") ;;
  *) echo "usage: bench/web/run.sh [h2|postgres|all]" >&2; exit 2 ;;
esac
rate="${RATE:-200}"
rates="${RATES-$rate}"   # RATES="" runs no open-model page scenario
users="${USERS:-16}"
warmup="${WARMUP:-15}"
duration="${DURATION:-30}"
port="${PORT:-18480}"
pg_port="${PG_PORT:-55480}"
password="bench-demo-$$"
out="$root/target/bench-web/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$out"
results="$out/results.md"

jar="${JAR:-target/jixiao.jar}"
if [ "${BUILD:-1}" != 0 ] && [ -z "${JAR:-}" ]; then
  echo "run.sh: mvn -B -q -DskipTests package"
  mvn -B -q -DskipTests package
fi

work="$(mktemp -d /tmp/jixiao-bench.XXXXXX)"
chmod 755 "$work"   # the postgres user must reach its data directory below
# a copy, so that a build running meanwhile cannot replace the jar under the running server
cp "$jar" "$work/jixiao.jar"
server=""
pg_dir=""

stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    for _ in $(seq 1 60); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
    kill -0 "$server" 2>/dev/null && kill -9 "$server"
  fi
  server=""
}
stop_postgres() {
  if [ -n "$pg_dir" ]; then
    runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg_dir/data" -m fast stop >/dev/null || true
  fi
  pg_dir=""
}
cleanup() {
  stop_server
  stop_postgres
  rm -rf "$work"
}
trap cleanup EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

# waits until the server answers the sign-in page quickly three times in a row (at most 90 s): the previous
# scenario's late requests are done
quiet() {
  local fast=0 t
  for _ in $(seq 1 90); do
    t="$(curl -s -o /dev/null -m 5 -w '%{time_total}' "http://127.0.0.1:$port/login" || echo 9)"
    if awk -v t="$t" 'BEGIN { exit !(t < 0.1) }'; then fast=$((fast + 1)); else fast=0; fi
    [ "$fast" -ge 3 ] && return 0
    sleep 1
  done
  echo "run.sh: the server did not become quiet within 90 s" >&2
}

{
  echo "# Web benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)'), jar: $jar"
  echo "- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ {print $2}') GiB memory"
  echo "- java: $(java -version 2>&1 | head -1)"
  echo "- server: java ${SERVER_JAVA_OPTS:-} -jar target/jixiao.jar serve (demo data: 10 projects of one unit)"
  echo "- load: warm-up ${warmup} s, measured ${duration} s per scenario; open model $rates/s, closed model $users users"
  echo
  echo "| database | scenario | load | measured | sent | ok/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | server CPU ms/request | CPU stolen % | failures | load average before → after |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$results"

scenario() {   # db name, scenario, then WebLoad options
  local db="$1" name="$2"
  shift 2
  quiet
  local before tag="${1#--}$2"
  before="$(load)"
  if [ "${JFR:-0}" = 1 ]; then
    # from after the sign-ins and the warm-up (sign-ins hash passwords, which would dominate a short recording)
    jcmd "$server" JFR.start name="$name" settings=profile delay="$((warmup + 5))s" >/dev/null
  fi
  echo "run.sh: $db $name $*"
  local row
  row="$(java -Xmx256m bench/web/WebLoad.java --base "http://127.0.0.1:$port" --password "$password" \
    --scenario "$name" --warmup "$warmup" --duration "$duration" --label "$db" --pid "$server" "$@")"
  if [ "${JFR:-0}" = 1 ]; then
    jcmd "$server" JFR.stop name="$name" filename="$out/$db-$name-$tag.jfr" >/dev/null
    java bench/web/JfrTop.java "$out/$db-$name-$tag.jfr" 30 > "$out/$db-$name-$tag-hot.txt"
  fi
  echo "$row" | sed "s/ |\$/ | $before → $(load) |/" | tee -a "$results"
}

for db in "${dbs[@]}"; do
  env_vars=(JIXIAO_DATA="$work/$db" JIXIAO_PORT="$port" JIXIAO_DEMO=true JIXIAO_DEMO_REGION=false JIXIAO_DEMO_PASSWORD="$password"
            JIXIAO_ADMIN_PASSWORD="bench-admin-$$")
  if [ "$db" = postgres ]; then
    pg_dir="$work/postgres"
    eval "$(bench/web/start-postgres.sh "$pg_dir" "$pg_port")"
    env_vars+=(JIXIAO_DB_URL="$JIXIAO_DB_URL" JIXIAO_DB_USER="$JIXIAO_DB_USER" JIXIAO_DB_PASSWORD="$JIXIAO_DB_PASSWORD")
  fi
  echo "run.sh: starting the server on $db"
  # shellcheck disable=SC2086
  env "${env_vars[@]}" java ${SERVER_JAVA_OPTS:-} -jar "$work/jixiao.jar" serve > "$out/$db-server.log" 2>&1 &
  server=$!
  for i in $(seq 1 180); do
    curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/login" && break
    kill -0 "$server" 2>/dev/null || { echo "run.sh: the server stopped; see $out/$db-server.log" >&2; exit 1; }
    sleep 1
    [ "$i" = 180 ] && { echo "run.sh: the server did not start in 180 s" >&2; exit 1; }
  done

  # the JIT first: without this the first scenario measures a cold JVM (interpreted Thymeleaf and scoring)
  if [ "${JIT_WARMUP:-90}" != 0 ]; then
    for name in rescore-page list-page; do
      java -Xmx256m bench/web/WebLoad.java --base "http://127.0.0.1:$port" --password "$password" \
        --scenario "$name" --warmup 0 --duration "${JIT_WARMUP:-90}" --users 4 > /dev/null
    done
  fi
  for r in $rates; do
    scenario "$db" rescore-page --rate "$r"
    scenario "$db" list-page --rate "$r"
  done
  scenario "$db" rescore-page --users "$users"
  scenario "$db" list-page --users "$users"
  if [ "${API:-1}" != 0 ]; then
    scenario "$db" rescore-api --users "$users"
    # last, since at this rate its backlog keeps the server busy after the run (each request hashes the password)
    saved=("$warmup" "$duration"); warmup=0; duration=10
    scenario "$db" rescore-api --rate "$rate" --drain 15
    warmup="${saved[0]}"; duration="${saved[1]}"
  fi

  stop_server
  stop_postgres
done

echo "run.sh: results in $results"
