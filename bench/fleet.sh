#!/usr/bin/env bash
# The fleet case: PAIRS pairs of small databases (TABLES tables each, a few planted changes per pair) on one
# PostgreSQL server, compared by one `pgdrift run` process, briefs to the outbox (no Linear). Prints one Markdown
# table row per run: wall time, CPU, peak RSS, and how many pairs were reported.
#
#   bench/fleet.sh [PAIRS [TABLES [RUN_PAIRS...]]]     default: 200 50 200 1000
#
# RUN_PAIRS above PAIRS reuse the databases round-robin (pair i compares database i mod PAIRS), which measures one
# process handling that many pairs without creating thousands of databases. Environment: BENCH_PG_MAJOR (15),
# BENCH_FLEET_XMX (heap cap, 256m), BENCH_FLEET_PARALLELISM (default: pgdrift's own, one per processor),
# BENCH_PORT (use a running server on localhost instead of starting one). Needs JDK 17, Maven, psql, GNU time.
set -euo pipefail
cd "$(dirname "$0")/.."
pairs="${1:-200}"; tables="${2:-50}"; shift $(( $# < 2 ? $# : 2 ))
runs=("$@"); [ ${#runs[@]} -gt 0 ] || runs=("$pairs" 1000)
major="${BENCH_PG_MAJOR:-15}"; xmx="${BENCH_FLEET_XMX:-256m}"
out="bench/out/fleet"; mkdir -p "$out"

[ -f target/pgdrift.jar ] || mvn -B -q -DskipTests package
# shellcheck source=bench/server.sh
. bench/server.sh
bench_server "$major" "$out"
export PGHOST=localhost PGPORT="$port" PGUSER=postgres
psql() { command psql -q -X -v ON_ERROR_STOP=1 "$@"; }
echo "PostgreSQL $major on port $port; pgdrift $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $(nproc) cores" >&2

# two templates, then every pair's databases copied from them (much faster than running the DDL each time)
for side in production staging; do
  tpl="fleet_tpl_${side}_$tables"
  if [ -z "$(psql -At -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$tpl'")" ]; then
    java bench/GenerateSchema.java "$tables" "$side" 10 > "$out/$tpl.sql"
    psql -d postgres -c "CREATE DATABASE $tpl"
    psql -d "$tpl" -f "$out/$tpl.sql" >/dev/null
  fi
  for i in $(seq 1 "$pairs"); do
    db="fleet_${side}_${tables}_$i"
    [ -n "$(psql -At -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ] \
      || psql -d postgres -c "CREATE DATABASE $db TEMPLATE $tpl" >/dev/null
  done
done
echo "$pairs pairs of $tables-table databases ready" >&2

echo "| pairs | databases | parallelism | heap cap | wall | CPU (user+sys) | peak RSS | pairs reported | exit |"
echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in "${runs[@]}"; do
  config="$out/pgdrift-$n.yaml"
  rm -rf "$out/outbox-$n"
  {
    [ -z "${BENCH_FLEET_PARALLELISM:-}" ] || echo "parallelism: $BENCH_FLEET_PARALLELISM"
    echo "outbox: $PWD/$out/outbox-$n"
    echo "pairs:"
    for i in $(seq 1 "$n"); do
      d=$(( (i - 1) % pairs + 1 ))
      echo "  - {name: p$i, staging: 'postgresql://postgres@localhost:$port/fleet_staging_${tables}_$d', production: 'postgresql://postgres@localhost:$port/fleet_production_${tables}_$d'}"
    done
  } > "$config"
  set +e
  /usr/bin/time -f "%e %U %S %M" -o "$out/time-$n" java "-Xmx$xmx" -jar target/pgdrift.jar run --config "$config" \
      > "$out/run-$n.out" 2> "$out/run-$n.err"
  code=$?
  set -e
  read -r wall user sys rss < <(tail -n 1 "$out/time-$n")
  reported=$(grep -cE '^p[0-9]+: ([0-9]+ changes?|identical)' "$out/run-$n.out" || true)
  parallelism=$(grep -oE 'parallelism: [0-9]+' "$config" | cut -d' ' -f2 || true)
  echo "| $n | $(( n < pairs ? 2 * n : 2 * pairs )) | ${parallelism:-$(( $(nproc) > 2 ? $(nproc) : 2 )) (default)} | $xmx | ${wall} s | $(echo "$user + $sys" | bc) s | $(( rss / 1024 )) MiB | $reported of $n | $code |"
done
