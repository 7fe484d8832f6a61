#!/usr/bin/env bash
# Side by side, for each size N: `pgdrift diff --format json` between two generated databases of N tables with
# scattered drift (through the `./pgdrift` wrapper users run, and as a bare `java -jar` with no JVM flags), `pg_dump --schema-only` of both + `diff`, and the catalog floor (pgdrift's own catalog
# queries through psql, both databases at once); then `pgdrift snapshot` of one side and `pgdrift diff` of the
# two snapshot files. The methods alternate, ROUNDS times (default 5), and the table shows medians of wall
# time, client CPU (user + system of the client processes) and peak RSS, from `/usr/bin/time -v`.
#
#   bench/run.sh [TABLES...]          default: 5000 10000; BENCH_ROUNDS=5, BENCH_PG_MAJOR=15, BENCH_DRIFT_PERCENT=1
#   BENCH_PORT=5432 bench/run.sh ...  use a server already running on that port (keeps its bench_* databases)
#   BENCH_BASELINE_JAR=old.jar ...     also time `diff` with another build in the same rounds (before/after)
#
# The wrapper picks the JVM flags per command (see ./pgdrift); the bare `java -jar` row shows the JVM's defaults.
# Needs JDK 17, Maven, GNU time, python3, and psql/pg_dump of a major >= the
# server's. On a shared machine compare the ratios within one run, not absolute times between runs.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(5000 10000)
major="${BENCH_PG_MAJOR:-15}"
drift="${BENCH_DRIFT_PERCENT:-1}"
rounds="${BENCH_ROUNDS:-5}"
out="bench/out"; mkdir -p "$out"

[ -f target/pgdrift.jar ] || mvn -B -q -DskipTests package
# shellcheck source=bench/server.sh
. bench/server.sh
bench_server "$major" "$out"
export PGHOST=localhost PGPORT="$port" PGUSER=postgres
echo "PostgreSQL $major on port $port; pgdrift $(git rev-parse --short HEAD 2>/dev/null || echo '?');" \
     "$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); $(date -u +%F)" >&2
java -cp target/pgdrift.jar bench/CatalogQueries.java target/pgdrift.jar "$major" > "$out/catalog-queries.sql"

# measure NAME COMMAND...: one line "NAME wall cpu rss_kib" into $results
measure() {
  local name="$1"; shift
  local code=0
  /usr/bin/time -v -o "$out/time.txt" "$@" || code=$?
  if [ "$code" != 0 ] && [ "$code" != 2 ]; then echo "$name failed with exit code $code" >&2; exit 1; fi
  python3 - "$name" "$out/time.txt" >> "$results" <<'PY'
import re, sys
text = open(sys.argv[2]).read()
def field(label):
    return re.search(re.escape(label) + r": (.*)", text).group(1).strip()
parts = [float(p) for p in field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")]
wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
print(sys.argv[1], wall, cpu, int(field("Maximum resident set size (kbytes)")))
PY
}

for n in "${sizes[@]}"; do
  for side in production staging; do
    db="bench_${side}_$n"
    if [ -n "${BENCH_PORT:-}" ] && [ "$(psql -X -A -t -d postgres -c "select count(*) from pg_database where datname = '$db'")" = 1 ]; then
      continue
    fi
    psql -q -X -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    java bench/GenerateSchema.java "$n" "$side" "$drift" > "$out/$db.sql"
    psql -q -X -v ON_ERROR_STOP=1 -d "$db" -f "$out/$db.sql" >/dev/null
    psql -q -X -d "$db" -c "VACUUM ANALYZE" >/dev/null
  done
  from="postgresql://postgres@localhost:$port/bench_production_$n"
  to="postgresql://postgres@localhost:$port/bench_staging_$n"
  results="$out/results-$n.txt"; : > "$results"

  # warm the server's catalog caches the same way for every method
  pg_dump --schema-only -d "bench_production_$n" >/dev/null; pg_dump --schema-only -d "bench_staging_$n" >/dev/null

  # the wrapper's first run after a build writes its class-data-sharing archive: once, untimed, as a user's would
  ./pgdrift diff --from "$from" --to "$to" --format json > /dev/null || [ $? = 2 ]

  for round in $(seq 1 "$rounds"); do
    measure "pgdrift" bash -c "./pgdrift diff --from '$from' --to '$to' --format json > '$out/diff-$n.json'"
    measure "java" bash -c "java -jar target/pgdrift.jar diff --from '$from' --to '$to' --format json > '$out/java-$n.json'"
    if [ -n "${BENCH_BASELINE_JAR:-}" ]; then
      measure "baseline" bash -c "java -jar '$BENCH_BASELINE_JAR' diff --from '$from' --to '$to' --format json > /dev/null"
    fi
    measure "pg_dump" bash -c "pg_dump --schema-only -d bench_production_$n > '$out/dump-a.sql' \
        && pg_dump --schema-only -d bench_staging_$n > '$out/dump-b.sql'; diff '$out/dump-a.sql' '$out/dump-b.sql' > /dev/null; true"
    measure "floor" bash -c "psql -X -q -A -t -d bench_production_$n -f '$out/catalog-queries.sql' -o /dev/null & \
        psql -X -q -A -t -d bench_staging_$n -f '$out/catalog-queries.sql' -o /dev/null & wait"
    measure "snapshot" ./pgdrift snapshot --db "$from" --out "$out/production-$n.json"
    ./pgdrift snapshot --db "$to" --out "$out/staging-$n.json"
    measure "filediff" bash -c "./pgdrift diff --from '$out/production-$n.json' --to '$out/staging-$n.json' --format json > '$out/filediff-$n.json'"
    python3 -c 'import json, sys; a, b = (json.load(open(f))["changes"] for f in sys.argv[1:]); sys.exit(a != b)' \
        "$out/diff-$n.json" "$out/filediff-$n.json" || echo "the diff of the snapshot files found other changes than the live diff" >&2
    python3 -c 'import json, sys; a, b = (json.load(open(f))["changes"] for f in sys.argv[1:]); sys.exit(a != b)' \
        "$out/diff-$n.json" "$out/java-$n.json" || echo "java -jar found other changes than ./pgdrift" >&2
  done

  python3 - "$n" "$results" "$out/diff-$n.json" "$out/production-$n.json" <<'PY'
import json, os, statistics, sys
n, results, diff, snapshot = sys.argv[1:5]
rows = {}
for line in open(results):
    name, wall, cpu, rss = line.split()
    rows.setdefault(name, []).append((float(wall), float(cpu), int(rss)))
med = {k: tuple(statistics.median(r[i] for r in v) for i in range(3)) for k, v in rows.items()}
objects = len(json.load(open(snapshot))["objects"])
changes = len(json.load(open(diff))["changes"])
size = os.path.getsize(snapshot) / 2**20
labels = {
    "pgdrift": "`./pgdrift diff --format json` (the wrapper)",
    "java": "`java -jar target/pgdrift.jar diff --format json`, no JVM flags",
    "baseline": "`java -jar` baseline build `diff --format json`, no JVM flags",
    "pg_dump": "`pg_dump --schema-only` ×2 + `diff`",
    "floor": "catalog queries alone (psql, both databases at once)",
    "snapshot": "`pgdrift snapshot` (one database)",
    "filediff": f"`pgdrift diff` of two snapshot files ({size:.0f} MB each)",
}
print(f"\n{n} tables, {objects} objects per side, {changes} changes; medians of {len(rows['pgdrift'])} alternating runs\n")
print("| | wall | client CPU | peak RSS |")
print("|---|---:|---:|---:|")
for k in [k for k in ["pgdrift", "java", "baseline", "pg_dump", "floor", "snapshot", "filediff"] if k in med]:
    wall, cpu, rss = med[k]
    print(f"| {labels[k]} | {wall:.1f} s | {cpu:.1f} s | {rss / 1024:.0f} MiB |")
def ratio(name, other):
    return statistics.median(a[0] / b[0] for a, b in zip(rows[name], rows[other]))
print()
for k, label in [("pgdrift", "./pgdrift diff"), ("java", "java -jar diff"), ("baseline", "baseline java -jar diff")]:
    if k in rows:
        print(f"{label}, wall time: {ratio(k, 'floor'):.2f}× the catalog floor, {ratio(k, 'pg_dump'):.2f}× pg_dump ×2 + diff"
              " (medians of the per-round ratios)  ")
PY
done
