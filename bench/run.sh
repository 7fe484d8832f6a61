#!/usr/bin/env bash
# Times `pgdrift diff` between two generated databases of N tables with scattered drift, next to
# `pg_dump --schema-only` of both, and prints one Markdown table row per size.
#
#   bench/run.sh [TABLES...]          default: 1000 10000
#
# Needs JDK 17, Maven, and pg_dump/psql of a major >= the server's (the server is PostgreSQL 15 by default:
# BENCH_PG_MAJOR=15) and python3 to read the JSON. The heap is capped at 512 MB (-Xmx512m); peak heap is read from the GC log.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
major="${BENCH_PG_MAJOR:-15}"
drift="${BENCH_DRIFT_PERCENT:-1}"
out="bench/out"; mkdir -p "$out"

[ -f target/pgdrift.jar ] || mvn -B -q -DskipTests package
[ -d target/pg-binaries ] || mvn -B -q generate-test-resources   # the server binaries

# the server lives as long as file descriptor 3 stays open
rm -f "$out/ctl"; mkfifo "$out/ctl"
java -cp target/pgdrift.jar bench/BenchServer.java "$major" < "$out/ctl" > "$out/port" 2> "$out/server.log" &
server=$!
exec 3> "$out/ctl"
trap 'exec 3>&-; wait $server 2>/dev/null || true; rm -f "$out/ctl"' EXIT
for _ in $(seq 1 120); do [ -s "$out/port" ] && break; sleep 0.5; done
port=$(cat "$out/port")
export PGHOST=localhost PGPORT="$port" PGUSER=postgres
echo "PostgreSQL $major on port $port; pgdrift $(git rev-parse --short HEAD 2>/dev/null || echo '?'); $(nproc) cores" >&2

secs() { python3 -c 'import sys; print(f"{float(sys.argv[1]):.1f}")' "$1"; }
now() { date +%s.%N; }

echo "| tables | objects per side | planted changes | pgdrift diff | peak heap | max RSS | pg_dump --schema-only ×2 |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  for side in production staging; do
    db="bench_${side}_$n"
    psql -q -X -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    java bench/GenerateSchema.java "$n" "$side" "$drift" > "$out/$db.sql"
    psql -q -X -v ON_ERROR_STOP=1 -d "$db" -f "$out/$db.sql" >/dev/null
  done
  from="postgresql://postgres@localhost:$port/bench_production_$n"
  to="postgresql://postgres@localhost:$port/bench_staging_$n"

  # warm the server's catalog caches the same way for both tools
  pg_dump --schema-only -d "bench_production_$n" >/dev/null; pg_dump --schema-only -d "bench_staging_$n" >/dev/null

  t0=$(now)
  set +e
  /usr/bin/time -f "%M" -o "$out/rss" java -Xmx512m -Xlog:gc:file="$out/gc-$n.log" -jar target/pgdrift.jar \
      diff --from "$from" --to "$to" --format json > "$out/diff-$n.json"
  code=$?
  set -e
  t1=$(now)
  [ "$code" = 2 ] || { echo "pgdrift diff exited $code (expected 2: drift)" >&2; exit 1; }
  changes=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["changes"]))' "$out/diff-$n.json")
  objects=$(java -jar target/pgdrift.jar snapshot --db "$from" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["objects"]))')
  heap=$(grep -oE '[0-9]+M->[0-9]+M' "$out/gc-$n.log" | cut -dM -f1 | sort -n | tail -1)
  rss=$(( $(tail -n 1 "$out/rss") / 1024 ))

  d0=$(now)
  pg_dump --schema-only -d "bench_production_$n" > /dev/null
  pg_dump --schema-only -d "bench_staging_$n" > /dev/null
  d1=$(now)

  echo "| $n | $objects | $changes | $(secs "$(echo "$t1 - $t0" | bc)") s | ${heap:-<1} MB | $rss MB | $(secs "$(echo "$d1 - $d0" | bc)") s |"
done
