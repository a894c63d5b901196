#!/usr/bin/env bash
# Times the seed report (10 projects) as Word and as PDF after warm-up: median of several runs.
# Usage: bench/documents.sh [WARMUP RUNS]   (defaults 10 and 15). Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-documents.classpath -Dmdep.includeScope=test
exec java -Xms512m -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench-documents.classpath)" \
  jixiao.report.DocumentBenchmark "$@"
