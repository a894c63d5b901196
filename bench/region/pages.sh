#!/usr/bin/env bash
# The bureau's benchmark (docs/benchmarks-bureau.md): the dashboard's and the list pages' latency as the finance bureau
# 三门峡市 (caizheng) sees them over a generated region (bench/region/generate.sh: 1,000 units, 100,000 projects of
# YEAR), and the time of the region's summary workbook (streamed xlsx of every project sent to the bureau), with the
# server's heap limited to HEAP.
#
#   bench/region/pages.sh h2 DATA_DIR        the H2 database generate.sh wrote under JIXIAO_DATA=DATA_DIR
#   bench/region/pages.sh postgres           the PostgreSQL database of JIXIAO_DB_URL / _USER / _PASSWORD
#
# Environment: PASSWORD (the demo accounts' password given to generate.sh; required), YEAR=2023, HEAP=256m (the
# server's -Xmx), USERS=1 (closed model: that many users, each sending the next request when the last is answered),
# JIT_WARMUP=60 (seconds of unmeasured requests to every page after the start, so that no page measures a cold JVM),
# WARMUP=10 and DURATION=30 (seconds per page), DOWNLOADS=3 (summary workbooks), PORT=18490, JAR=target/jixiao.jar.
# Every row gives p50/p90/p95/p99, the server's CPU time per request and the share of the machine's CPU stolen by the
# hypervisor in the measured window (bench/web/WebLoad.java), as the web benchmark does.
# Writes target/bench-bureau/<time>/results.md and the server log. Bounded: every page stops after WARMUP + DURATION.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
db="${1:?usage: bench/region/pages.sh h2 DATA_DIR | postgres}"
password="${PASSWORD:?PASSWORD: the demo password given to generate.sh}"
year="${YEAR:-2023}"
heap="${HEAP:-256m}"
users="${USERS:-1}"
warmup="${WARMUP:-10}"
duration="${DURATION:-30}"
port="${PORT:-18490}"
out="$root/target/bench-bureau/$(date +%Y%m%d-%H%M%S)-$db"
mkdir -p "$out"
results="$out/results.md"
env_vars=(JIXIAO_PORT="$port" JIXIAO_DEMO=true JIXIAO_DEMO_PASSWORD="$password")
case "$db" in
  h2) env_vars+=(JIXIAO_DATA="${2:?usage: bench/region/pages.sh h2 DATA_DIR}") ;;
  postgres) : "${JIXIAO_DB_URL:?JIXIAO_DB_URL of the generated database}"
    env_vars+=(JIXIAO_DATA="$out/data" JIXIAO_DB_URL="$JIXIAO_DB_URL" JIXIAO_DB_USER="$JIXIAO_DB_USER"
               JIXIAO_DB_PASSWORD="$JIXIAO_DB_PASSWORD") ;;
  *) echo "usage: bench/region/pages.sh h2 DATA_DIR | postgres" >&2; exit 2 ;;
esac

work="$(mktemp -d /tmp/jixiao-bureau-bench.XXXXXX)"
cp "${JAR:-target/jixiao.jar}" "$work/jixiao.jar"
server=""
cleanup() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill "$server"
    for _ in $(seq 1 60); do kill -0 "$server" 2>/dev/null || break; sleep 1; done
  fi
  rm -rf "$work"
}
trap cleanup EXIT

# on H2, settings of a PostgreSQL left in the environment would be taken for the H2 file's user
env -u JIXIAO_DB_URL -u JIXIAO_DB_USER -u JIXIAO_DB_PASSWORD "${env_vars[@]}" java -Xmx"$heap" -jar "$work/jixiao.jar" serve \
  > "$out/server.log" 2>&1 &
server=$!
for i in $(seq 1 300); do
  curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/login" && break
  kill -0 "$server" 2>/dev/null || { echo "pages.sh: the server stopped; see $out/server.log" >&2; exit 1; }
  sleep 1
  [ "$i" = 300 ] && { echo "pages.sh: the server did not start in 300 s" >&2; exit 1; }
done

# the pages, each with a text it must show (so that an error page or an empty region is not measured)
pages=(
  "/overview?year=$year|逾期整改"
  "/evaluations?year=$year|基准单位"
  "/evaluations?year=$year&todo=true|基准单位"
  "/evaluations?year=$year&q=%E5%9F%BA%E5%87%86%E5%8D%95%E4%BD%8D0500|基准单位0500"
  "/evaluations?year=$year&sort=gap&dir=desc&page=200|基准单位"
  "/evaluations?year=$year&status=APPROVED&rateBelow=80|基准单位"
  "/overview/units?year=$year|基准单位"
  "/publication?year=$year|基准单位"
  "/rectifications?year=$year|整改"
  "/sampling|抽评"
)
webload() {
  java -Xmx128m bench/web/WebLoad.java --base "http://127.0.0.1:$port" --user caizheng --password "$password" \
    --scenario page --sessions 1 --pid "$server" "$@"
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

{
  echo "# Bureau benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "- commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src pom.xml || echo ' (with uncommitted changes)')"
  echo "- machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/^Mem:/ {print $2}') GiB memory"
  echo "- java: $(java -version 2>&1 | head -1); server: java -Xmx$heap -jar jixiao.jar serve on $db"
  echo "- load: $users user(s) back to back (closed model), warm-up ${warmup} s and measured ${duration} s per page, after ${JIT_WARMUP:-60} s of JIT warm-up over all pages"
  echo
  echo "| database | page | load | measured | sent | ok/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | server CPU ms/request | CPU stolen % | failures | load average before → after |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
} > "$results"

jit="${JIT_WARMUP:-60}"
if [ "$jit" != 0 ]; then
  each=$(( (jit + ${#pages[@]} - 1) / ${#pages[@]} ))
  for page in "${pages[@]}"; do
    webload --path "${page%%|*}" --expect "${page#*|}" --users 2 --warmup 0 --duration "$each" > /dev/null
  done
fi
for page in "${pages[@]}"; do
  before="$(load)"
  echo "pages.sh: $db ${page%%|*}"
  row="$(webload --path "${page%%|*}" --expect "${page#*|}" --users "$users" --warmup "$warmup" \
    --duration "$duration" --label "$db")"
  echo "$row" | sed "s/ |\$/ | $before → $(load) |/" | tee -a "$results"
done

# the summary workbook: signed in with curl, downloaded DOWNLOADS times, each timed to its last byte
jar_cookies="$work/cookies"
token="$(curl -s -c "$jar_cookies" "http://127.0.0.1:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p)"
curl -s -b "$jar_cookies" -c "$jar_cookies" -o /dev/null --data-urlencode "username=caizheng" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
{
  echo
  echo "Summary workbook (GET /outputs/summary.xlsx?year=$year, server -Xmx$heap):"
  echo
  echo "| database | download | seconds | bytes | rows | HTTP | CPU stolen % in the download |"
  echo "|---|---|---|---|---|---|---|"
} >> "$results"
for n in $(seq 1 "${DOWNLOADS:-3}"); do
  steal_before="$(awk '/^cpu / {print $9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)"
  stats="$(curl -s -b "$jar_cookies" -o "$work/summary.xlsx" -w '%{time_total} %{size_download} %{http_code}' \
    "http://127.0.0.1:$port/outputs/summary.xlsx?year=$year" || true)"
  steal_after="$(awk '/^cpu / {print $9, $2+$3+$4+$5+$6+$7+$8+$9}' /proc/stat)"
  stolen="$(echo "$steal_before $steal_after" | awk '{ d = $4 - $2; printf "%.1f", d > 0 ? 100 * ($3 - $1) / d : 0 }')"
  # rows of the workbook's first sheet: the last row's number in its dimension (unzip stops on a broken pipe when head
  # has its 2,000 characters: not a failure, which with pipefail and set -e ended the script before its first row)
  rows="$(unzip -p "$work/summary.xlsx" xl/worksheets/sheet1.xml 2>/dev/null | head -c 2000 \
    | sed -n 's/.*<dimension ref="[A-Z]*[0-9]*:[A-Z]*\([0-9]*\)".*/\1/p' || true)"
  read -r seconds bytes http <<< "$stats"
  echo "| $db | $n | $seconds | $bytes | ${rows:-?} | $http | $stolen |" | tee -a "$results"
done
grep -c "OutOfMemoryError" "$out/server.log" > /dev/null && echo "pages.sh: OutOfMemoryError in the server log" | tee -a "$results"
echo "pages.sh: results in $results"
