#!/usr/bin/env bash
# The bureau's pages once with nothing kept and once again (docs/benchmarks-bureau.md): the dashboard and the lists
# keep what they computed for a region until one of its units' evaluations changes (jixiao.evaluation.UnitRevisions),
# so the harness of pages.sh measures them kept; this measures the first request after a change. For each page it
# raises every unit's revision in the database (as a change of every unit would), then requests the page twice,
# with the time to the last byte and the server's CPU time for each (from /proc).
#
#   bench/region/cold.sh PID PORT h2 DATA_DIR     a server (PID) on the H2 file of DATA_DIR (reached through its AUTO_SERVER)
#   bench/region/cold.sh PID PORT postgres        a server on the PostgreSQL of JIXIAO_DB_URL / _USER / _PASSWORD
#
# Environment: PASSWORD (the demo accounts' password given to generate.sh; required), YEAR=2023, CHANGED=all (every
# unit's revision raised before each page, as after a start) or one (one unit's, as after one unit saved: the figures
# are kept per unit, so only that unit's part is read again).
set -euo pipefail

pid="${1:?usage: cold.sh PID PORT h2 DATA_DIR | postgres}"
port="${2:?port}"
db="${3:?h2 or postgres}"
password="${PASSWORD:?PASSWORD: the demo password given to generate.sh}"
year="${YEAR:-2023}"
case "${CHANGED:-all}" in
  all) raise_sql="UPDATE budget_unit SET revision = revision + 1" ;;
  one) raise_sql="UPDATE budget_unit SET revision = revision + 1 WHERE id = (SELECT MIN(unit_id) FROM project_evaluation WHERE fiscal_year = $year)" ;;
  *) echo "CHANGED: all or one" >&2; exit 2 ;;
esac
case "$db" in
  h2) data="${4:?DATA_DIR of the H2 file}"
    h2jar="$(ls ~/.m2/repository/com/h2database/h2/*/h2-*.jar | tail -1)"
    raise() { java -cp "$h2jar" org.h2.tools.Shell -user sa -sql "$raise_sql" \
      -url "jdbc:h2:file:$data/jixiao;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;AUTO_SERVER=TRUE" > /dev/null; } ;;
  postgres) : "${JIXIAO_DB_URL:?JIXIAO_DB_URL}"
    hostport="${JIXIAO_DB_URL#jdbc:postgresql://}"; hostport="${hostport%%/*}"
    raise() { PGPASSWORD="$JIXIAO_DB_PASSWORD" psql -q -h "${hostport%%:*}" -p "${hostport##*:}" -U "$JIXIAO_DB_USER" \
      -d "${JIXIAO_DB_URL##*/}" -c "$raise_sql" > /dev/null; } ;;
  *) echo "usage: cold.sh PID PORT h2 DATA_DIR | postgres" >&2; exit 2 ;;
esac

work="$(mktemp -d /tmp/jixiao-cold.XXXXXX)"
trap 'rm -rf "$work"' EXIT
token="$(curl -s -c "$work/cookies" "http://127.0.0.1:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | sed -n 1p)"
curl -s -b "$work/cookies" -c "$work/cookies" -o /dev/null --data-urlencode "username=caizheng" \
  --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "http://127.0.0.1:$port/login"
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
ticks="$(getconf CLK_TCK)"

pages=("/overview?year=$year" "/evaluations?year=$year" "/evaluations?year=$year&todo=true"
  "/evaluations?year=$year&q=%E5%9F%BA%E5%87%86%E5%8D%95%E4%BD%8D0500"
  "/evaluations?year=$year&sort=gap&dir=desc&page=200" "/evaluations?year=$year&status=APPROVED&rateBelow=80"
  "/overview/units?year=$year" "/publication?year=$year")
if [ "${CHANGED:-all}" = one ]; then
  # every page's figures kept first, so that each page below has only the units raised since to read again
  for page in "${pages[@]}"; do curl -s -m 600 -b "$work/cookies" -o /dev/null "http://127.0.0.1:$port$page"; done
fi
echo "| database | page | request | seconds | server CPU ms | bytes | HTTP | load average |"
echo "|---|---|---|---|---|---|---|---|"
for page in "${pages[@]}"; do
  raise
  for request in "after a change" "again"; do
    before="$(cpu)"
    read -r seconds bytes http <<< "$(curl -s -m 600 -b "$work/cookies" -o /dev/null \
      -w '%{time_total} %{size_download} %{http_code}' "http://127.0.0.1:$port$page" || true)"
    used=$(( ($(cpu) - before) * 1000 / ticks ))
    echo "| $db | $page | $request | $seconds | $used | $bytes | $http | $(cut -d' ' -f1 /proc/loadavg) |"
  done
done
