#!/usr/bin/env bash
# Measures the first Today after a check-in, for the demo person with two years of history, with
# the launcher's default JVM options: each round posts a check-in (which makes the cached
# assessment stale) and times the next GET /today, as the person's browser would ask for it.
# Usage: scripts/measure-today.sh [ROUNDS] [WEEKS]   (200 rounds, 104 weeks by default)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-200}"
weeks="${2:-104}"
port="${PLIMSOLL_BENCH_PORT:-18191}"
dir="$(mktemp -d)"
base="http://127.0.0.1:$port"

"$root/plimsoll" --version >/dev/null
"$root/plimsoll" serve --demo --demo-weeks "$weeks" --data-dir "$dir" --port "$port" >/dev/null 2>&1 &
server=$!
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$dir"' EXIT
until curl -sf "$base/healthz" >/dev/null; do sleep 0.1; done

token=$(curl -sf -X POST -H 'Content-Type: application/json' \
  -d '{"email":"demo@plimsoll.example","password":"plimsoll-demo"}' "$base/api/v1/auth/token" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
auth=(-H "Authorization: Bearer $token")
times=()
for i in $(seq "$rounds"); do
  curl -sf -o /dev/null "${auth[@]}" -H 'Content-Type: application/json' \
    -d "{\"window\":\"DAILY\",\"pain\":$(( i % 4 ))}" "$base/api/v1/checkins"
  t=$(curl -sf -o /dev/null -w '%{time_total}' "${auth[@]}" -H 'Accept: text/html' "$base/today")
  times+=("$t")
done
printf '%s\n' "${times[@]}" | python3 -c '
import sys, statistics
t = sorted(float(x) * 1000 for x in sys.stdin)
p99 = t[min(len(t) - 1, int(round(0.99 * (len(t) - 1))))]
print(f"first Today after a check-in, {len(t)} rounds: median {statistics.median(t):.0f} ms, p99 {p99:.0f} ms, max {t[-1]:.0f} ms")'
