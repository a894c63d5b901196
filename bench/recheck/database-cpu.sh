#!/usr/bin/env bash
# PostgreSQL's own CPU for the re-check's two queries (docs/benchmarks-recheck.md): runs them in one psql session
# (output to /dev/null) and prints the session's backend utime and stime in ticks before and after, with the wall
# time of each. Needs the JIXIAO_DB_* environment and psql on the machine of the database (it reads /proc).
set -euo pipefail
host_port="${JIXIAO_DB_URL#jdbc:postgresql://}"
psql "postgresql://$JIXIAO_DB_USER:$JIXIAO_DB_PASSWORD@$host_port" -At <<SQL
SELECT pg_backend_pid() AS pid \gset
\setenv PID :pid
\! cut -d' ' -f14,15 /proc/\$PID/stat
\timing on
\copy (SELECT e.id, e.kind, e.unit_id, u.name AS unit_name, u.region_id, e.name, e.status, e.document, e.total, e.grade, e.claimed_total, e.frozen_framework FROM project_evaluation e JOIN budget_unit u ON u.id = e.unit_id WHERE e.fiscal_year = ${YEAR:-2023} AND e.kind IN ('PROJECT', 'UNIT') ORDER BY e.unit_id, e.id) to /dev/null
\copy (SELECT e.unit_id, f.evaluation_id, f.code, f.severity, f.finding_key FROM evaluation_finding f JOIN project_evaluation e ON e.id = f.evaluation_id WHERE e.fiscal_year = ${YEAR:-2023} AND e.kind IN ('PROJECT', 'UNIT') ORDER BY e.unit_id, f.evaluation_id) to /dev/null
\! cut -d' ' -f14,15 /proc/\$PID/stat
SQL
echo "ticks per second: $(getconf CLK_TCK); load $(cut -d' ' -f1-3 /proc/loadavg)"
