# Sourced by the bench scripts: sets $port to a PostgreSQL server for the benchmark.
#
#   bench_server MAJOR OUT_DIR
#
# With BENCH_PORT set, that server (already running on localhost) is used and its databases are kept. Otherwise
# BenchServer starts a throw-away server from the zonky binaries in target/pg-binaries; it lives as long as file
# descriptor 3 stays open, and an EXIT trap stops it.
bench_server() {
  local major="$1" out="$2"
  if [ -n "${BENCH_PORT:-}" ]; then
    port="$BENCH_PORT"
    return
  fi
  [ -d target/pg-binaries ] || mvn -B -q generate-test-resources   # the server binaries
  rm -f "$out/ctl" "$out/port"; mkfifo "$out/ctl"
  java -cp target/pgdrift.jar bench/BenchServer.java "$major" < "$out/ctl" > "$out/port" 2> "$out/server.log" &
  bench_server_pid=$!
  exec 3> "$out/ctl"
  trap 'exec 3>&-; wait $bench_server_pid 2>/dev/null || true; rm -f "'"$out"'/ctl"' EXIT
  for _ in $(seq 1 120); do [ -s "$out/port" ] && break; sleep 0.5; done
  port=$(cat "$out/port")
}
