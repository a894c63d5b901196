#!/usr/bin/env bash
# Builds target/benchmarks.jar (mvn -Pbench) and runs the benchmarks of docs/benchmarks.md on one core.
#
#   bench/run.sh              both: JMH, then the 10k / 100k / 1M projects scaling run
#   bench/run.sh jmh [ARGS]   JMH only; ARGS go to JMH (e.g. -p projectsPerReport=100, -prof stack)
#   bench/run.sh scaling [ARGS]  the scaling run only; ARGS go to jixiao.bench.ScalingRun
#   bench/run.sh profile [ARGS]  a 100k projects scaling run under Flight Recorder, then the hottest
#                                methods inside assess (jixiao.bench.HotMethods)
#
# BENCH_CPU (default 0) is the core taskset pins the JVMs to; results go to target/bench-results/.
set -euo pipefail
cd "$(dirname "$0")/.."

what="${1:-all}"
[ $# -gt 0 ] && shift

mvn -B -q -Pbench -DskipTests package

pin=()
if command -v taskset >/dev/null 2>&1; then
  pin=(taskset -c "${BENCH_CPU:-0}")
else
  echo "bench/run.sh: taskset not found, running unpinned" >&2
fi
out=target/bench-results
mkdir -p "$out"

if [ "$what" = all ] || [ "$what" = jmh ]; then
  # JMH forks its measuring JVM (-Xms2g -Xmx2g, see @Fork); the affinity is inherited by the fork.
  ${pin[@]+"${pin[@]}"} java -jar target/benchmarks.jar -rf json -rff "$out/jmh.json" "$@" \
    | tee "$out/jmh.txt"
fi
if [ "$what" = all ] || [ "$what" = scaling ]; then
  ${pin[@]+"${pin[@]}"} java -Xms2g -Xmx2g -cp target/benchmarks.jar jixiao.bench.ScalingRun "$@" \
    | tee "$out/scaling.txt"
fi
if [ "$what" = profile ]; then
  ${pin[@]+"${pin[@]}"} java -Xms2g -Xmx2g -XX:FlightRecorderOptions:stackdepth=256 \
    -XX:StartFlightRecording:filename="$out/scaling.jfr",settings=profile \
    -cp target/benchmarks.jar jixiao.bench.ScalingRun --sizes=100000 "$@" | tee "$out/profile-run.txt"
  java -cp target/benchmarks.jar jixiao.bench.HotMethods "$out/scaling.jfr" 30 \
    java.math.BigDecimal.divide java.util.HashMap.putVal | tee "$out/hot-methods.md"
fi
