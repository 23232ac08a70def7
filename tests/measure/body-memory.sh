#!/usr/bin/env bash
# Memory under parallel large posts (README "Measurements", issue 9): peak RSS (VmHWM) of a Release `qabot run` on the
# embedded SQLite store while PARALLEL clients each post one BODY_MB MB JSON Lines body to POST /api/v1/transcripts.
#   tests/measure/body-memory.sh [runs]
#   PARALLEL=16 BODY_MB=8 QABOT_DLL=path/to/qabot.dll tests/measure/body-memory.sh 2
# QABOT_DLL measures another build (e.g. an older commit's) with the same load. Needs curl and python3. Per run: a fresh
# data directory, the host on a spare loopback port, RSS once healthy, all posts at once, then VmHWM and the status
# codes the clients got.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${1:-2}
PARALLEL=${PARALLEL:-16}
BODY_MB=${BODY_MB:-8}
KEY="measure-$RANDOM$RANDOM"
WORK=$(mktemp -d /tmp/qabot-body-memory.XXXXXX)
HOST_PID=
cleanup() {
  [[ -n $HOST_PID ]] && kill "$HOST_PID" 2>/dev/null && wait "$HOST_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ -z ${QABOT_DLL:-} ]]; then
  dotnet build -c Release src/QaBot.Host -v q >/dev/null
  QABOT_DLL=src/QaBot.Host/bin/Release/net10.0/qabot.dll
fi
. tests/measure/host.sh
status_kb() { awk -v k="$2:" '$1 == k { print $2 }' "/proc/$1/status"; }

# One body per client (distinct chat ids), each BODY_MB MB of chats with ten messages.
python3 - "$WORK" "$PARALLEL" "$BODY_MB" <<'PY'
import json, sys
work, parallel, mb = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
for client in range(parallel):
    size, chat, lines = 0, 0, []
    while size < mb * 1024 * 1024:
        messages = [{"id": f"m{i}", "at": f"2026-11-20T09:{i:02d}:00Z", "from": "customer" if i % 2 == 0 else "operator",
                     "operator": None if i % 2 == 0 else {"id": "op-1"}, "text": f"message {i} of chat {chat}: " + "lorem ipsum " * 8}
                    for i in range(10)]
        line = json.dumps({"id": f"c{client}-{chat}", "source": "measure", "messages": messages})
        lines.append(line)
        size += len(line) + 1
        chat += 1
    with open(f"{work}/body-{client}.jsonl", "w") as f:
        f.write("\n".join(lines) + "\n")
PY

for run in $(seq 1 "$RUNS"); do
  port=$(spare_port)
  Urls="http://127.0.0.1:$port" dotnet "$QABOT_DLL" run "--Ingest:ApiKeys:0=$KEY" "--Storage:DataDirectory=$WORK/data-$run" \
    "--Ingest:MaxBodyBytes=$(((BODY_MB + 2) * 1024 * 1024))" >"$WORK/host-$run.log" 2>&1 &
  HOST_PID=$!
  wait_healthy "$port" "$HOST_PID" "$WORK/host-$run.log" "run $run"
  idle_kb=$(status_kb "$HOST_PID" VmRSS)
  seq 0 $((PARALLEL - 1)) | xargs -P "$PARALLEL" -I{} curl -s -o /dev/null -w '%{http_code}\n' -H "X-Api-Key: $KEY" \
    -H 'Content-Type: application/x-ndjson' --data-binary "@$WORK/body-{}.jsonl" "http://127.0.0.1:$port/api/v1/transcripts" \
    >"$WORK/codes-$run.txt"
  peak_kb=$(status_kb "$HOST_PID" VmHWM)
  codes=$(sort "$WORK/codes-$run.txt" | uniq -c | awk '{ printf "%s×%s ", $1, $2 }')
  printf 'run %s: RSS idle %d MB, peak (VmHWM) %d MB; %d posts of %d MB: %s\n' "$run" $((idle_kb / 1024)) $((peak_kb / 1024)) "$PARALLEL" "$BODY_MB" "$codes"
  kill "$HOST_PID"
  wait "$HOST_PID" 2>/dev/null || true
  HOST_PID=
  if grep -q -E 'fail:|crit:' "$WORK/host-$run.log"; then
    echo "    host errors: $(grep -c -E 'fail:|crit:' "$WORK/host-$run.log") (first: $(grep -m1 -A1 -E 'fail:|crit:' "$WORK/host-$run.log" | tr '\n' ' '))"
  fi
done
