#!/usr/bin/env bash
# Times the xlsx export with the heap capped at 256 MB (docs/benchmarks.md has the results):
#   bench/xlsx.sh            the seed workbook (5 runs, scored, written and read back) and the streamed
#                            汇总 of 100,000 generated projects
#   bench/xlsx.sh N          the streamed 汇总 of N projects only
# Compiles the test classes first (mvn test-compile); the entry point is jixiao.report.xlsx.WorkbookBenchmark.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
mvn -B -q -o test-compile 2>/dev/null || mvn -B -q test-compile
cp_file="$(mktemp)"
mvn -B -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null 2>&1 \
  || mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" >/dev/null
classpath="target/test-classes:target/classes:$(cat "$cp_file")"
rm -f "$cp_file"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
run() { /usr/bin/time -f "process: wall %e s, user %U s, sys %S s, max RSS %M KB" java -Xmx256m -cp "$classpath" jixiao.report.xlsx.WorkbookBenchmark "$@"; }
if [ $# -eq 0 ]; then
  run seed 5 "$out/seed.xlsx"
  run score 100000 -
  run write 100000 "$out/written.xlsx"
  run summary 100000 "$out/summary.xlsx"
else
  run summary "$1" "$out/summary.xlsx"
fi
