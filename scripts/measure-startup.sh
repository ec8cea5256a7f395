#!/usr/bin/env bash
# Measures, for an already built ./plimsoll, the time from launching `./plimsoll serve` to the first
# 200 from /healthz, and the resident memory (RSS) of the idle server 5 seconds later.
# Usage: scripts/measure-startup.sh [RUNS] [DATA_DIR]   (a fresh temporary data folder by default)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
dir="${2:-$(mktemp -d)}"
port="${PLIMSOLL_BENCH_PORT:-18190}"

"$root/plimsoll" --version >/dev/null   # build, and record the class-data archive, outside the timing
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$root/plimsoll" serve --data-dir "$dir" --port "$port" >/dev/null 2>&1 &
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.01; done
  end=$(date +%s%N)
  sleep 5
  pid=$(pgrep -f -- "--port $port")
  rss=$(ps -o rss= -p "$pid")
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  echo "run $i: first healthz 200 after $(( (end - start) / 1000000 )) ms, idle RSS $(( rss / 1024 )) MB"
done
