#!/usr/bin/env bash
# Load test on loopback: requests per second and p99 latency of the fleksløntilskud endpoint against the server's own
# health endpoint, with the same client, connections and duration. Target: the calculation keeps at least 70 % of
# the health endpoint's throughput. See docs/benchmarks.md.
#
#   fleksjob-server/load/load.sh [seconds per run, default 20] [connections, default 16]
#
# Needs wrk (Debian: apt-get install wrk) and the server jar (./mvnw -q -DskipTests package). Starts its own server
# on 127.0.0.1:${PORT:-18080}, warms it up, measures, and stops it. Every request goes to 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
THREADS="${THREADS:-2}"
PORT="${PORT:-18080}"
JAR=fleksjob-server/target/fleksjob-server.jar
BASE="http://127.0.0.1:${PORT}"
command -v wrk >/dev/null || { echo "load.sh: wrk is missing (apt-get install wrk)" >&2; exit 2; }
[ -f "$JAR" ] || { echo "load.sh: $JAR is missing (./mvnw -q -DskipTests package)" >&2; exit 2; }

LOG=$(mktemp)
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --logging.level.root=WARN \
  > "$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -f "$LOG"' EXIT
for _ in $(seq 1 120); do
  curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "$BASE/actuator/health" >/dev/null || { echo "load.sh: the server did not start" >&2; cat "$LOG" >&2; exit 1; }

LUA="$PWD/fleksjob-server/load/fleksloentilskud.lua"
CALC="$BASE/api/v1/beregninger/fleksloentilskud"
WARMUP="${WARMUP:-30}"
echo "Warming up the JIT: ${WARMUP}s on each endpoint …"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$BASE/actuator/health" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$LUA" "$CALC" >/dev/null

ticks() { awk '{print $14 + $15}' "/proc/$SERVER/stat"; }   # the server's user + system CPU, in clock ticks
HZ=$(getconf CLK_TCK)

run() { # name, wrk arguments… → prints "rps cpu-µs-per-request" on stdout, a line for people on stderr
  local name=$1; shift
  local out rps p99 bad n t0 t1 cpu
  t0=$(ticks)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@")
  t1=$(ticks)
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  n=$(awk '/ requests in / {print $1}' <<<"$out")
  bad=$(awk '/^non-200 answers:/ {print $3} /Non-2xx or 3xx responses:/ {print $5}' <<<"$out" | head -1)
  cpu=$(awk -v t=$((t1 - t0)) -v hz="$HZ" -v n="$n" 'BEGIN { printf "%.0f", t * 1e6 / hz / n }')
  printf '  %-22s %10s req/s   p99 %9s   server CPU %5s µs/request   non-200: %s\n' \
    "$name" "$rps" "$p99" "$cpu" "${bad:-0}" >&2
  [ "${bad:-0}" = 0 ] || { echo "load.sh: $name answered non-200" >&2; exit 1; }
  echo "$rps $cpu"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Rounds alternate the two endpoints, so a change in what else runs on the machine hits both alike; the ratio is
# the median of the rounds' ratios. The server's CPU time per request is reported too: it depends much less on
# other load than requests per second do.
ROUNDS="${ROUNDS:-3}"
echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION}s per run, $ROUNDS rounds, loopback, $(nproc) cores"
ratios=()
cpu_ratios=()
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r"
  read -r h hcpu < <(run "GET /actuator/health" "$BASE/actuator/health")
  read -r c ccpu < <(run "POST fleksloentilskud" -s "$LUA" "$CALC")
  [ -n "$h" ] && [ -n "$c" ] || { echo "load.sh: a run failed" >&2; exit 1; }
  ratios+=("$(awk -v c="$c" -v h="$h" 'BEGIN { printf "%.2f", c / h }')")
  cpu_ratios+=("$(awk -v c="$ccpu" -v h="$hcpu" 'BEGIN { printf "%.2f", h / c }')")
done
RATIO=$(printf '%s\n' "${ratios[@]}" | median)
CPU_RATIO=$(printf '%s\n' "${cpu_ratios[@]}" | median)
echo "throughput, calculation / health, per round: ${ratios[*]}; median $RATIO (target >= 0.70)"
echo "server CPU per request, health / calculation, per round: ${cpu_ratios[*]}; median $CPU_RATIO"
awk -v r="$RATIO" 'BEGIN { exit !(r >= 0.70) }' && echo "PASS" || { echo "BELOW TARGET"; exit 1; }
