#!/usr/bin/env bash
# The deadline day on two application nodes and one PostgreSQL (docs/benchmarks-nodes.md):
#   bench/nodes/run.sh [CLERKS [REVIEWERS [DURATION [POOL [THINK_MS]]]]]     (default 200 10 120 10 1000)
# Starts a throwaway PostgreSQL 15 (bench/web/start-postgres.sh, 127.0.0.1:55521), two nodes of target/jixiao.jar
# (`serve`, 127.0.0.1:18201 and :18202, Hikari maximumPoolSize POOL each), makes CLERKS units with a clerk and the
# demo unit's projects as drafts each (clerks.sql), and runs bench/nodes/DeadlineDay.java: a 20 s warm-up, then
# DURATION seconds measured. Prints the driver's table, the CPU seconds of each node and of PostgreSQL over the
# measured window (from /proc: utime + stime), CPU milliseconds per request, PostgreSQL's max_connections and the
# load average every 5 s (the machine is shared: other work shows there). Everything it starts is stopped and
# removed at the end, also on failure. Runs as root (PostgreSQL runs as the postgres user); loopback only.
# The log goes to bench/runs/DATE/nodes-CLERKS-POOL-TIME.log.
set -euo pipefail

clerks="${1:-200}"
reviewers="${2:-10}"
duration="${3:-120}"
pool="${4:-10}"
think="${5:-1000}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
[ -f target/jixiao.jar ] || mvn -B -q -DskipTests package
work="$(mktemp -d /tmp/jixiao-nodes.XXXXXX)"
# a copy, so that a build running meanwhile cannot change the program under the nodes
cp target/jixiao.jar "$work/jixiao.jar"
chmod 711 "$work"  # PostgreSQL (the postgres user) keeps its data and socket in $work/pg
pg="$work/pg"
log_dir="bench/runs/$(date -u +%Y-%m-%d)"
mkdir -p "$log_dir"
log="$log_dir/nodes-$clerks-$pool-$(date -u +%H%M%S).log"
pids=()
loadavg_pid=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  [ -n "$loadavg_pid" ] && kill "$loadavg_pid" 2>/dev/null || true
  if [ -d "$pg/data" ]; then
    runuser -u postgres -- /usr/lib/postgresql/15/bin/pg_ctl -D "$pg/data" -m fast stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

eval "$(bench/web/start-postgres.sh "$pg" 55521)"
export JIXIAO_DEMO_PASSWORD="nodes-$(od -An -N6 -tx8 /dev/urandom | tr -d ' ')"
export JIXIAO_ADMIN_PASSWORD="$JIXIAO_DEMO_PASSWORD-A" JIXIAO_SECURITY_PASSWORD="$JIXIAO_DEMO_PASSWORD-S"
export JIXIAO_AUDITOR_PASSWORD="$JIXIAO_DEMO_PASSWORD-U"
export SPRING_DATASOURCE_HIKARI_MAXIMUMPOOLSIZE="$pool"

node() { # PORT NAME
  mkdir -p "$work/$2"
  JIXIAO_PORT="$1" JIXIAO_DATA="$work/$2" nice -n 10 java -Xmx768m -jar "$work/jixiao.jar" serve \
    >"$work/$2.log" 2>&1 &
  pids+=("$!")
  for _ in $(seq 1 240); do
    curl -fso /dev/null "http://127.0.0.1:$1/login" && return 0
    sleep 0.5
  done
  echo "node $2 did not start:" >&2; tail -30 "$work/$2.log" >&2; exit 1
}
# the first node alone does the first start (the demo data clerks.sql copies); the second joins it
node 18201 a
node 18202 b
psql_pg() { runuser -u postgres -- psql -h "$pg" -p 55521 -U postgres -d jixiao -q "$@"; }
psql_pg -v clerks="$clerks" -f bench/nodes/clerks.sql

# the utime + stime of the nodes, then of every postgres process, in clock ticks (the driver runs it at the start
# and the end of the measured window)
cat >"$work/cpu.sh" <<CPU
#!/usr/bin/env bash
nodes=0; db=0
for pid in ${pids[*]}; do nodes=\$((nodes + \$(awk '{print \$14 + \$15}' /proc/\$pid/stat 2>/dev/null || echo 0))); done
for pid in \$(pgrep -u postgres); do db=\$((db + \$(awk '{print \$14 + \$15}' /proc/\$pid/stat 2>/dev/null || echo 0))); done
echo "\$nodes \$db"
CPU
chmod +x "$work/cpu.sh"
(while true; do echo "loadavg $(date -u +%H:%M:%S) $(cut -d' ' -f1-3 /proc/loadavg)"; sleep 5; done) >"$work/loadavg" &
loadavg_pid=$!

{
  echo "# bench/nodes/run.sh $clerks $reviewers $duration $pool $think   $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "# host: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), shared with other work"
  echo "# PostgreSQL: $(psql_pg -At -c 'SHOW server_version') max_connections=$(psql_pg -At -c 'SHOW max_connections')"
  echo "# nodes: 2 x jixiao.jar serve, -Xmx768m, Hikari maximumPoolSize=$pool each"
} | tee "$log"

javac -d "$work/classes" bench/web/WebLoad.java
nice -n 10 java -cp "$work/classes" bench/nodes/DeadlineDay.java --nodes http://127.0.0.1:18201,http://127.0.0.1:18202 \
  --password "$JIXIAO_DEMO_PASSWORD" --clerks "$clerks" --reviewers "$reviewers" --warmup 20 \
  --duration "$duration" --think "$think" --cpu-command "$work/cpu.sh" >"$work/driver.out" 2>"$work/driver.err" || true
grep -v '^cpu-' "$work/driver.out" | tee -a "$log"
hz=$(getconf CLK_TCK)
requests=$(awk '$1 == "all" {print $2}' "$work/driver.out")
read -r nb db <<<"$(awk '$1 == "cpu-before" {print $2, $3}' "$work/driver.out")"
read -r na da <<<"$(awk '$1 == "cpu-after" {print $2, $3}' "$work/driver.out")"
awk -v nb="$nb" -v na="$na" -v db="$db" -v da="$da" -v hz="$hz" -v n="${requests:-0}" -v s="$duration" 'BEGIN {
  nodes = (na - nb) / hz; pg = (da - db) / hz
  printf "cpu over the measured %ds: nodes %.1f s, postgresql %.1f s (%.0f%% of 2 cores); per request: nodes %.2f ms, postgresql %.2f ms\n",
    s, nodes, pg, 100 * (nodes + pg) / (2 * s), n ? 1000 * nodes / n : 0, n ? 1000 * pg / n : 0 }' | tee -a "$log"
sort -u "$work/driver.err" | head -20 | sed 's/^/driver: /' | tee -a "$log"
cat "$work/loadavg" >>"$log"
echo "load average (1 min) during the run: $(awk '{print $3}' "$work/loadavg" | sort -n | sed -n '1p;$p' | paste -sd' ' | sed 's/ / to /')" | tee -a "$log"
{ grep -h -c ' ERROR ' "$work/a.log" "$work/b.log" || true; } | paste -sd' ' | sed 's/^/server ERROR lines (a b): /' | tee -a "$log"
