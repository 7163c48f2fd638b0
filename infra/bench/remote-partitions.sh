#!/usr/bin/env bash
# Scale-out benchmark of remote partitioning on one machine: starts the services (no Docker), a
# manager instance that runs no partition itself and N worker processes, each with a 512 MB heap,
# generates ROWS rows of gzip CSV from the abalone seed, and in the middle kills the manager and
# one worker with kill -9, then starts both again. Prints the job's rate, each process's largest
# heap after a collection, and checks the output's row count (no row lost or repeated).
# Usage: infra/bench/remote-partitions.sh [rows] [workers]        (needs curl, jq, zcat; run from the
# repository after ./mvnw -B install -DskipTests; uses the run command's ports, so stop ./synthesis run first)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows="${1:-100000000}"
workers="${2:-3}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
jar=backend/app/target/synthesis-app.jar
out=$(mktemp -d /tmp/synthesis-scale-out-XXXX)
app=http://localhost:8080
echo "logs and GC logs in $out"

"$java" -jar infra/local-platform/target/local-platform.jar services >"$out/services.out" 2>&1 &
services=$!
stop_all() {
  for pid in "$out"/*.pid; do [[ -e "$pid" ]] && kill "$(cat "$pid")" 2>/dev/null; done
  kill $services 2>/dev/null
  wait $services 2>/dev/null
}
trap stop_all EXIT
until grep -q "Services are up" "$out/services.out"; do
  kill -0 $services 2>/dev/null || { cat "$out/services.out"; exit 1; }
  sleep 2
done
eval "$(grep '^export ' "$out/services.out")"
migrate=$(sed -n 's/^#   //p' "$out/services.out" | grep ' migrate$')
eval "${migrate/ java -jar / $java -jar }" >"$out/migrate.log"

# start NAME PORT CONSUMERS: one process of the app jar, its pid in NAME.pid
start() {
  SYNTHESIS_JOBS_REMOTE_ENABLED=true SYNTHESIS_JOBS_REMOTE_CONSUMERS=$3 SERVER_PORT=$2 \
    "$java" -Xmx512m -Xlog:gc:file="$out/$1-gc-%p.log" -jar "$jar" >>"$out/$1.log" 2>&1 &
  echo $! >"$out/$1.pid"
}
await_ready() { until curl -sf "http://localhost:$1/actuator/health/readiness" >/dev/null; do sleep 2; done; }

start manager 8080 0
for i in $(seq "$workers"); do start "worker-$i" $((8080 + i)) 1; done
for port in $(seq 8080 $((8080 + workers))); do await_ready "$port"; done

# a token per call: the job outlives an access token's 15 minutes
token() {
  curl -sf -d grant_type=password -d client_id=synthesis-tests -d username=alice -d password=alice \
    "$SYNTHESIS_OIDC_ISSUER_URI/protocol/openid-connect/token" | jq -r .access_token
}
api() { curl -sf -H "Authorization: Bearer $(token)" "$@"; }
# the status, or "unknown" while the manager restarts
status() { api "$app$1" | jq -r .status || echo unknown; }
seed=$(api -F "file=@backend/engine/src/test/resources/datasets/abalone.csv" "$app/api/seeds" | jq -r .id)
schema=$(api -X POST -H 'Content-Type: application/json' -d "{\"name\": \"scale-out $(date +%s)\"}" \
  "$app/api/seeds/$seed/schema" | jq -r .id)
run=$(api -X POST -H 'Content-Type: application/json' -d "{\"schemaId\": \"$schema\", \"seedId\": \"$seed\"}" "$app/api/train" | jq -r .id)
until [[ "$(status "/api/train/$run/status")" == COMPLETED ]]; do sleep 2; done

started=$(date +%s)
job=$(api -X POST -H 'Content-Type: application/json' -d "{\"schemaId\": \"$schema\", \"rows\": $rows, \"seed\": 1}" \
  "$app/api/generate" | jq -r .id)
echo "job $job: $rows rows, $workers workers"
until [[ $(api "$app/api/generate/$job/status" | jq -r '.rowsWritten // 0' || echo 0) -ge $((rows / 3)) ]]; do sleep 5; done
echo "$(date -u +%T) a third written: kill -9 the manager and worker-1, start both again"
kill -9 "$(cat "$out/manager.pid")" "$(cat "$out/worker-1.pid")"
sleep 5
start manager 8080 0
start worker-1 8081 1
await_ready 8080
while true; do
  state=$(status "/api/generate/$job/status")
  [[ "$state" == COMPLETED ]] && break
  [[ "$state" == FAILED || "$state" == CANCELLED ]] && { echo "job $state"; exit 1; }
  sleep 5
done
seconds=$(( $(date +%s) - started ))
echo "completed in $seconds s = $(( rows / seconds )) rows/s (kills and restarts included)"

written=$(api -L "$app/api/generate/$job/download" | zcat | tail -n +2 | wc -l)
echo "rows in the download: $written (asked $rows)"
for gc in "$out"/*-gc-*.log; do
  # "Pause Young ... 180M->42M(512M)": the largest heap left after a collection, and the largest before one
  awk -v name="$(basename "$gc" .log)" '/->/ { split($0, a, "->"); n = split(a[1], b, " "); before = b[n] + 0;
    split(a[2], c, "M"); after = c[1] + 0; if (after > maxAfter) maxAfter = after; if (before > maxBefore) maxBefore = before }
    END { printf "%s: heap after GC at most %d MB, before GC at most %d MB (limit 512 MB)\n", name, maxAfter, maxBefore }' "$gc"
done
[[ "$written" -eq "$rows" ]]
