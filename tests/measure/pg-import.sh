#!/usr/bin/env bash
# Import throughput into PostgreSQL next to PostgreSQL's own raw \copy of the same messages (README "Measurements").
#   tests/measure/pg-import.sh "Host=127.0.0.1;Port=5432;Username=postgres" [runs]
# Needs psql and python3. Generates a week at 3,000 chats per weekday, flattens its messages to CSV, then per run:
# `qabot import` into a fresh database (schema created first, outside the timing) and `\copy` of the CSV into a fresh
# table with the messages' primary key; both timed wall-clock, process start included.
set -euo pipefail
cd "$(dirname "$0")/../.."
SERVER=${1:?usage: pg-import.sh CONNECTION_STRING [runs]}
RUNS=${2:-3}
WORK=$(mktemp -d /tmp/qabot-measure.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
field() { tr ';' '\n' <<<"$SERVER" | awk -F= -v k="$1" 'tolower($1)==tolower(k){print $2}'; }
PSQL=(psql -h "$(field Host)" -p "$(field Port)" -U "$(field Username)" -q -v ON_ERROR_STOP=1)

dotnet build -c Release src/QaBot.Host -v q >/dev/null
QABOT=(dotnet "src/QaBot.Host/bin/Release/net10.0/qabot.dll")
"${QABOT[@]}" generate --out "$WORK/week.jsonl" --days 7 --chats-per-day 3000 --seed 7 >/dev/null
python3 - "$WORK/week.jsonl" "$WORK/messages.csv" <<'PY'
import csv, json, sys
with open(sys.argv[1], encoding="utf-8") as src, open(sys.argv[2], "w", encoding="utf-8", newline="") as dst:
    out = csv.writer(dst)
    for line in src:
        chat = json.loads(line)
        for m in chat["messages"]:
            op = m.get("operator") or {}
            out.writerow([chat.get("source", "default"), chat["id"], m["id"], m["at"], m["from"], m.get("text"),
                          op.get("id"), op.get("name"), m.get("canned"), m.get("event")])
PY
MESSAGES=$(wc -l <"$WORK/messages.csv")
now() { date +%s.%N; }
for run in $(seq 1 "$RUNS"); do
  db="qabot_measure_$run"
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $db" -c "DROP DATABASE IF EXISTS ${db}_raw" -c "CREATE DATABASE $db" -c "CREATE DATABASE ${db}_raw" 2>/dev/null
  target="--Storage:ConnectionString=$SERVER;Database=$db"
  "${QABOT[@]}" import /dev/null --format jsonl "$target" >/dev/null 2>&1 || true
  start=$(now); "${QABOT[@]}" import "$WORK/week.jsonl" "$target" >"$WORK/import.log"; end=$(now)
  "${PSQL[@]}" -d "${db}_raw" -c "CREATE TABLE messages (source text, chat_id text, id text, at timestamptz, sender text, text text,
      operator_id text, operator_name text, canned boolean, event text, PRIMARY KEY (source, chat_id, id))"
  raw_start=$(now); "${PSQL[@]}" -d "${db}_raw" -c "\\copy messages FROM '$WORK/messages.csv' CSV"; raw_end=$(now)
  "${PSQL[@]}" -d postgres -c "DROP DATABASE $db" -c "DROP DATABASE ${db}_raw"
  python3 -c "
i = $end - $start; r = $raw_end - $raw_start; n = $MESSAGES
print(f'run $run: qabot import {i:.2f} s = {n / i:,.0f} messages/s; raw \\\\copy {r:.2f} s = {n / r:,.0f} messages/s; share {r / i:.0%}')"
  sed 's/^/        /' "$WORK/import.log"
done
