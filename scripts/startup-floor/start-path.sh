#!/usr/bin/env bash
# The in-process part of start-up, on the JVM's own clock (no polling delays it): for each checkout
# given, alternately, `./plimsoll serve` with -Xlog:class+load, and from its log the uptime when our
# `Main` loads, when Jetty's connector loads (the server about to listen), and the classes loaded by then.
# Usage: scripts/startup-floor/start-path.sh RUNS CHECKOUT...   (e.g. 4 . /tmp/main-copy; each needs its jar built)
set -euo pipefail
runs="$1"; shift
port="${PLIMSOLL_BENCH_PORT:-18192}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for i in $(seq 0 "$runs"); do
  n=0
  for root in "$@"; do
    n=$((n + 1))
    opts=$(sed -n 's/^default_opts="\(.*\)"$/\1/p' "$root/plimsoll")
    log="$work/classes-$n.log"
    rm -f "$log"
    PLIMSOLL_JAVA_OPTS="$opts -Xlog:class+load:file=$log:uptime" "$root/plimsoll" serve --data-dir "$work/data-$n" \
      --port "$port" >/dev/null 2>&1 &
    pid=$!
    until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.01; done
    sleep 1
    kill -TERM "$pid"
    while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    main=$(grep -m1 'org.plimsoll.app.Main ' "$log" | sed 's/^\[\([0-9.]*\)s\].*/\1/')
    line=$(grep -m1 -n 'org.eclipse.jetty.server.ServerConnector ' "$log")
    connector=$(echo "${line#*:}" | sed 's/^\[\([0-9.]*\)s\].*/\1/')
    # The first start of a folder creates and migrates it: not a start like the others.
    if [ "$i" -gt 0 ] && [ -n "$main" ]; then
      awk -v r="$root" -v i="$i" -v m="$main" -v c="$connector" -v k="${line%%:*}" \
        'BEGIN { printf "run %d %s: Main at %.3f s, connector at %.3f s (%.3f s between), %d classes before it\n", i, r, m, c, c - m, k }'
    fi
  done
done
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
