#!/usr/bin/env bash
# End-to-end benchmark against a running platform (./synthesis run): upload a seed, train, then
# generate N rows to gzip CSV in the object store, and N rows to the synthetic_data table as well.
# Prints each job's rows/s as the server measured it (/metrics: job start to finish, evaluation included).
# Usage: infra/bench/pipeline.sh [rows] [seed.csv]     (needs curl and jq)
set -euo pipefail
rows="${1:-10000000}"
seed_file="${2:-$(dirname "$0")/../../backend/engine/src/test/resources/datasets/abalone.csv}"
app="${SYNTHESIS_APP_URL:-http://localhost:8080}"
issuer="${SYNTHESIS_OIDC_ISSUER_URI:-http://localhost:8180/realms/synthesis}"

token=$(curl -sf -d grant_type=password -d client_id=synthesis-tests -d username=alice -d password=alice \
  "$issuer/protocol/openid-connect/token" | jq -r .access_token)
api() { curl -sf -H "Authorization: Bearer $token" "$@"; }

wait_for() {
  local status
  while true; do
    status=$(api "$app$1")
    case "$(jq -r .status <<<"$status")" in COMPLETED|FAILED|CANCELLED) echo "$status"; return ;; esac
    sleep 2
  done
}

seed=$(api -F "file=@$seed_file" "$app/api/seeds" | jq -r .id)
schema=$(api -X POST -H 'Content-Type: application/json' -d "{\"name\": \"bench $(date +%s%N)\"}" \
  "$app/api/seeds/$seed/schema" | jq -r .id)
run=$(api -X POST -H 'Content-Type: application/json' -d "{\"schemaId\": \"$schema\", \"seedId\": \"$seed\"}" \
  "$app/api/train" | jq -r .id)
wait_for "/api/train/$run/status" >/dev/null

# preview latency (20 rows from the trained model), as a client sees it: 20 calls, median and slowest
for i in $(seq 20); do
  api -o /dev/null -w '%{time_total}\n' -X POST "$app/api/schemas/$schema/preview?rows=20"
done | sort -n | awk '{ t[NR] = $1 } END { printf "preview of 20 rows: median %.0f ms, slowest %.0f ms (20 calls)\n", t[int((NR + 1) / 2)] * 1000, t[NR] * 1000 }'

for sink in file table; do
  job=$(api -X POST -H 'Content-Type: application/json' \
    -d "{\"schemaId\": \"$schema\", \"rows\": $rows, \"seed\": 1, \"sink\": \"$sink\"}" "$app/api/generate" | jq -r .id)
  status=$(wait_for "/api/generate/$job/status")
  api "$app/api/generate/$job/metrics" | jq -r --arg sink "$sink" --argjson job "$status" '.generation
    | "\(.rows) rows, gzip csv\(if $sink == "table" then " + synthetic_data table" else "" end): \($job.status) in \(.seconds) s = \(.rowsPerSecond | floor) rows/s; quality \($job.qualityScore * 1000 | round / 10) %, privacy \($job.privacyScore * 1000 | round / 10) %"'
done
