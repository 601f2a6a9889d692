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

java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --logging.level.root=WARN \
  > target-load-server.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -f target-load-server.log' EXIT
for _ in $(seq 1 120); do
  curl -sf "$BASE/actuator/health" >/dev/null 2>&1 && break
  sleep 1
done
curl -sf "$BASE/actuator/health" >/dev/null || { echo "load.sh: the server did not start" >&2; cat target-load-server.log >&2; exit 1; }

LUA="$PWD/fleksjob-server/load/fleksloentilskud.lua"
CALC="$BASE/api/v1/beregninger/fleksloentilskud"
WARMUP="${WARMUP:-30}"
echo "Warming up the JIT: ${WARMUP}s on each endpoint …"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$BASE/actuator/health" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -s "$LUA" "$CALC" >/dev/null

run() { # name, wrk arguments… → prints "rps p99" on stdout, a line for people on stderr
  local name=$1; shift
  local out rps p99 bad
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$@")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  bad=$(awk '/^non-200 answers:/ {print $3} /Non-2xx or 3xx responses:/ {print $5}' <<<"$out" | head -1)
  printf '  %-22s %10s req/s   p99 %9s   non-200: %s\n' "$name" "$rps" "$p99" "${bad:-0}" >&2
  [ "${bad:-0}" = 0 ] || { echo "load.sh: $name answered non-200" >&2; exit 1; }
  echo "$rps"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

# Rounds alternate the two endpoints, so a change in what else runs on the machine hits both alike; the ratio is
# the median of the rounds' ratios.
ROUNDS="${ROUNDS:-3}"
echo "wrk: $THREADS threads, $CONNECTIONS connections, ${DURATION}s per run, $ROUNDS rounds, loopback, $(nproc) cores"
ratios=()
for r in $(seq 1 "$ROUNDS"); do
  echo "round $r"
  h=$(run "GET /actuator/health" "$BASE/actuator/health")
  c=$(run "POST fleksloentilskud" -s "$LUA" "$CALC")
  ratios+=("$(awk -v c="$c" -v h="$h" 'BEGIN { printf "%.2f", c / h }')")
done
RATIO=$(printf '%s\n' "${ratios[@]}" | median)
echo "calculation / health throughput per round: ${ratios[*]}; median $RATIO (target >= 0.70)"
awk -v r="$RATIO" 'BEGIN { exit !(r >= 0.70) }' && echo "PASS" || { echo "BELOW TARGET"; exit 1; }
