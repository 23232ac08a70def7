#!/usr/bin/env bash
# HTTP ingest under load (README "Measurements", issue 9): requests/s and p50/p90/p99 latency of POST /api/v1/transcripts
# with 16 concurrent connections, on the embedded SQLite store and, when a server is given, on PostgreSQL.
#   tests/measure/http-ingest.sh ["Host=127.0.0.1;Port=5432;Username=postgres"] [runs]
#   CONNECTIONS=16 DURATION=20 WARMUP=3 tests/measure/http-ingest.sh ...
# Needs curl, python3 and (for PostgreSQL) psql. Per run: a fresh data directory (and a fresh database, created with
# psql and dropped afterwards), the Release host on a spare loopback port, the load generator
# (tests/QaBot.Benchmarks ingest-load), then the host is stopped. `qabot run` takes no --urls option and its
# configuration reads environment variables without the ASPNETCORE_ prefix, so the address is given as Urls=….
set -euo pipefail
cd "$(dirname "$0")/../.."
SERVER=${1:-}
RUNS=${2:-3}
CONNECTIONS=${CONNECTIONS:-16}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-3}
KEY="measure-$RANDOM$RANDOM"
WORK=$(mktemp -d /tmp/qabot-http-ingest.XXXXXX)
HOST_PID=
DATABASES=()
field() { tr ';' '\n' <<<"$SERVER" | awk -F= -v k="$1" 'tolower($1)==tolower(k){print $2}'; }
psql_() { PGOPTIONS='-c client_min_messages=warning' psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -d postgres -q -v ON_ERROR_STOP=1 "$@"; }
cleanup() {
  [[ -n $HOST_PID ]] && kill "$HOST_PID" 2>/dev/null && wait "$HOST_PID" 2>/dev/null || true
  for db in "${DATABASES[@]}"; do psql_ -c "DROP DATABASE IF EXISTS $db" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

dotnet build -c Release src/QaBot.Host -v q >/dev/null
dotnet build -c Release tests/QaBot.Benchmarks -v q >/dev/null
QABOT=(dotnet src/QaBot.Host/bin/Release/net10.0/qabot.dll)
LOAD=(dotnet tests/QaBot.Benchmarks/bin/Release/net10.0/QaBot.Benchmarks.dll ingest-load)
. tests/measure/host.sh

# measure STORE RUN [--Storage:ConnectionString=…]: one host, one load run; the results go to stdout.
measure() {
  local store=$1 run=$2 port data log
  shift 2
  port=$(spare_port)
  data="$WORK/$store-$run"
  log="$WORK/$store-$run.log"
  Urls="http://127.0.0.1:$port" "${QABOT[@]}" run "--Ingest:ApiKeys:0=$KEY" "--Storage:DataDirectory=$data" "$@" >"$log" 2>&1 &
  HOST_PID=$!
  wait_healthy "$port" "$HOST_PID" "$log" "$store run $run"
  echo "$store run $run:"
  "${LOAD[@]}" --url "http://127.0.0.1:$port" --api-key "$KEY" --connections "$CONNECTIONS" --seconds "$DURATION" --warmup "$WARMUP" | sed 's/^/    /'
  echo "    stored: $(curl -sf "http://127.0.0.1:$port/health")"
  kill "$HOST_PID"
  wait "$HOST_PID" 2>/dev/null || true
  HOST_PID=
  if grep -q -E 'fail:|crit:' "$log"; then
    echo "    host errors: $(grep -c -E 'fail:|crit:' "$log") (first: $(grep -m1 -A1 -E 'fail:|crit:' "$log" | tr '\n' ' '))"
  fi
}

for run in $(seq 1 "$RUNS"); do
  measure sqlite "$run"
done

if [[ -n $SERVER ]]; then
  for run in $(seq 1 "$RUNS"); do
    db="qabot_http_ingest_$$_$run"
    DATABASES+=("$db")
    psql_ -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
    measure postgres "$run" "--Storage:ConnectionString=$SERVER;Database=$db"
    psql_ -c "DROP DATABASE $db"
  done
fi
