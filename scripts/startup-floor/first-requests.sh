#!/usr/bin/env bash
# What the first requests after a start pay for what start-up deferred (Jdbi and the group commit are
# built by the first query): starts `./plimsoll serve --demo` on a folder whose demo account exists,
# waits for /healthz, then at once signs in over the API and records a check-in, and prints each
# one's time; then the same two requests again, warm. Usage: scripts/startup-floor/first-requests.sh [RUNS] [DATA_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${1:-3}"
dir="${2:-$(mktemp -d)}"
port="${PLIMSOLL_BENCH_PORT:-18191}"
base="http://127.0.0.1:$port"
"$root/plimsoll" --version >/dev/null

timed() {   # prints the milliseconds of one request; its body goes to $body
  curl -s -o "$body" -w '%{time_total}' "$@" | awk '{ printf "%d", $1 * 1000 }'
}
body="$(mktemp)"
trap 'rm -f "$body"' EXIT
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for i in $(seq 0 "$runs"); do
  "$root/plimsoll" serve --demo --data-dir "$dir" --port "$port" >/dev/null 2>&1 &
  pid=$!
  until curl -sf "$base/healthz" >/dev/null; do sleep 0.01; done
  sign_in=$(timed -X POST -H 'Content-Type: application/json' -H "Idempotency-Key: first-$RANDOM$RANDOM" \
    -d '{"email":"demo@plimsoll.example","password":"plimsoll-demo"}' "$base/api/v1/auth/token")
  token=$(sed -n 's/.*"token":"\([^"]*\)".*/\1/p' "$body")
  check_in=$(timed -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: first-$RANDOM$RANDOM" -d '{"window":"DAILY","pain":2}' "$base/api/v1/checkins")
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: again-$RANDOM$RANDOM" \
    -d '{"window":"DAILY","pain":2}' "$base/api/v1/checkins")
  warm=$(timed -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -H "Idempotency-Key: warm-$RANDOM$RANDOM" -d '{"window":"DAILY","pain":1}' "$base/api/v1/checkins")
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  # Run 0 creates the demo account (and migrates a fresh folder): not a start like the others.
  if [ "$i" -gt 0 ]; then
    echo "run $i: first sign-in $sign_in ms, first check-in $check_in ms (then $code), a later check-in $warm ms"
  fi
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
