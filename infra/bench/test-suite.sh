#!/usr/bin/env bash
# Times the whole test command (./synthesis test) and measures its memory, optionally with the
# machine deliberately loaded: N busy threads per core (shell loops at normal priority) compete with
# the suite for the CPU the whole time, as other work on a shared machine would.
# Prints the wall time, the peak of the machine's used memory above what was used before the run
# (MemTotal - MemAvailable, so page cache the kernel can drop does not count), the largest single
# process, and the load averages seen. Exits with the test command's status.
# Usage: infra/bench/test-suite.sh [--busy-per-core N]     (Linux: reads /proc)
set -uo pipefail
cd "$(dirname "$0")/../.."

busy_per_core=0
if [[ "${1:-}" == "--busy-per-core" ]]; then
  busy_per_core="${2:?--busy-per-core needs a number}"
fi

# a name for a process of the suite, from its command line
what_is() {
  case "$1" in
    *plexus-classworlds*) echo "Maven" ;;
    *surefirebooter*) echo "a test JVM (surefire/failsafe)" ;;
    *kc.script.pid*|*keycloak*) echo "Keycloak" ;;
    *synthesis-app.jar*) echo "an app process of a test" ;;
    *s3proxy*) echo "S3Proxy" ;;
    *) echo "${1:0:60}" ;;
  esac
}

used_kib() { awk '/^MemTotal:/ { total = $2 } /^MemAvailable:/ { available = $2 } END { print total - available }' /proc/meminfo; }

busy=()
stop_busy() { ((${#busy[@]})) && kill "${busy[@]}" 2>/dev/null; }
trap stop_busy EXIT
for _ in $(seq $((busy_per_core * $(nproc)))); do
  (while :; do :; done) &
  busy+=($!)
done

samples=$(mktemp)
baseline=$(used_kib)
(
  while :; do
    read -r rss command < <(ps -eo rss=,args= --sort=-rss | head -1)
    echo "$(used_kib) $rss $(cut -d' ' -f1 /proc/loadavg) $(what_is "$command")"
    sleep 1
  done
) >"$samples" &
sampler=$!

started=$(date +%s)
./synthesis test
status=$?
elapsed=$(($(date +%s) - started))
kill "$sampler" 2>/dev/null
stop_busy
busy=()

echo
echo "test suite: exit status $status, $((elapsed / 60)) min $((elapsed % 60)) s, $busy_per_core busy threads per core ($(nproc) cores)"
awk -v baseline="$baseline" '
  { if ($1 > peak) peak = $1; if ($2 > largest) { largest = $2; name = $4; for (i = 5; i <= NF; i++) name = name " " $i }
    if ($3 > load) load = $3; sum += $3; n++ }
  END {
    printf "peak memory used by the run: %.2f GiB (machine total in use then: %.2f GiB)\n", (peak - baseline) / 1048576, peak / 1048576
    printf "largest process: %s, %.2f GiB resident\n", name, largest / 1048576
    printf "load average (1 min): mean %.1f, highest %.1f\n", sum / n, load
  }' "$samples"
rm -f "$samples"
exit "$status"
