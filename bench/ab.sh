#!/usr/bin/env bash
# Compares builds of the engine by running them in turns (docs/benchmarks.md, "The machine"): the host's speed changes
# in spells of seconds to minutes, so only runs that take turns see the same spells.
#
#   bench/ab.sh ROUNDS "JAR [JVM options]" "JAR [JVM options]" ...
#
# Each round runs every variant once: jixiao.bench.ScalingRun --sizes=$SIZE --repeat=$REPEAT --warmup-seconds=$WARM
# (defaults 100000, 2, 8) on core $BENCH_CPU (default 0) with $JAVA (default java). Then, per variant, the CPU ns per
# indicator of its runs (fastest, 25th percentile, median, all) and its bytes allocated per indicator. Build a jar of
# each commit with `mvn -B -q -Pbench -DskipTests package` and copy target/benchmarks.jar away before the next.
set -euo pipefail
rounds=$1
shift
variants=("$@")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
pin=()
if command -v taskset >/dev/null 2>&1; then
  pin=(taskset -c "${BENCH_CPU:-0}")
fi
for _ in $(seq 1 "$rounds"); do
  for i in "${!variants[@]}"; do
    read -r -a variant <<<"${variants[$i]}"
    jar=${variant[0]}
    ${pin[@]+"${pin[@]}"} "${JAVA:-java}" -Xms2g -Xmx2g "${variant[@]:1}" -cp "$jar" jixiao.bench.ScalingRun \
      --sizes="${SIZE:-100000}" --repeat="${REPEAT:-2}" --warmup-seconds="${WARM:-8}" 2>&1 \
      | grep "run [0-9]*:" | sed 's/.*(\([0-9]*\) ns each), \([0-9,]*\) bytes.*/\1 \2/' \
      | while read -r ns bytes; do echo "$i $ns $bytes" >>"$out"; done
  done
done
for i in "${!variants[@]}"; do
  awk -v v="$i" '$1 == v { print $2 }' "$out" | sort -n | awk -v name="${variants[$i]}" '
    { a[NR] = $1 }
    END { printf "%s: n=%d fastest=%d p25=%d median=%d  runs:", name, NR, a[1], a[int((NR + 3) / 4)], a[int((NR + 1) / 2)]
          for (i = 1; i <= NR; i++) printf " %d", a[i]; print "" }'
  awk -v v="$i" '$1 == v { print "  bytes allocated per indicator: " $3; exit }' "$out"
done
