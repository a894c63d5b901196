#!/usr/bin/env bash
# Generates a region for the bureau's benchmark (docs/benchmarks-bureau.md): UNITS budget units under the demo region
# 三门峡市, each with PROJECTS project evaluations of YEAR and LAST_YEAR of YEAR - 1 and its report's texts, imported
# through the application's own import (jixiao.overview.RegionGenerator, a test class: scored, findings, list figures,
# text fingerprints, history and audit as a real import makes them), then a collection round half-way (drafts,
# submissions, approvals, returns, some 复核分, 2 % of the units not started, the deadline passed). Seeded: the same
# arguments give the same data.
#
#   bench/region/generate.sh [UNITS [PROJECTS [LAST_YEAR [YEAR [IMPORTED]]]]]      (default 1000 100 10 2023 PROJECTS)
#
# IMPORTED below PROJECTS imports that many projects per unit and makes the others in SQL as copies of them under
# other names (之2, 之3…) with their scores, list figures and findings: 1,000 × 100 with IMPORTED=5 takes 1,000 × 10
# imports instead of 100,000.
#
# Into the database the application is configured with, as `./jixiao serve` would use it:
#   H2:          JIXIAO_DATA=/tmp/region-h2 bench/region/generate.sh
#   PostgreSQL:  eval "$(bench/web/start-postgres.sh /tmp/region-pg 55490)"; bench/region/generate.sh
# The demo accounts (caizheng sees the region) get JIXIAO_DEMO_PASSWORD, generated and printed if unset.
# Environment: BUILD=1 (0: use the compiled classes as they are), HEAP=1g (the generator's JVM).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
if [ "${BUILD:-1}" != 0 ]; then
  mvn -B -q -DskipTests test-compile
fi
classpath="$(mktemp /tmp/jixiao-region-cp.XXXXXX)"
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath" >/dev/null
work="$(mktemp -d /tmp/jixiao-region.XXXXXX)"
trap 'rm -rf "$work" "$classpath"' EXIT
# a copy, so that a build running meanwhile cannot change the classes under the generator
cp -r target/classes target/test-classes "$work/"
export JIXIAO_DEMO_PASSWORD="${JIXIAO_DEMO_PASSWORD:-region-$(od -An -N6 -tx8 /dev/urandom | tr -d ' ')}"
echo "generate.sh: demo accounts' password: $JIXIAO_DEMO_PASSWORD" >&2
java -Xmx"${HEAP:-1g}" -cp "$work/classes:$work/test-classes:$(cat "$classpath")" \
  jixiao.overview.RegionGenerator "${1:-1000}" "${2:-100}" "${3:-10}" "${4:-2023}" "${5:-${2:-100}}"
