#!/usr/bin/env bash
# Start-up against its floor, side by side in one run: alternately launches `./plimsoll serve` (on one
# data folder, so every start after the first finds its schema current) and a Javalin hello-world
# with its own class-data archive and the launcher's JVM options; for each, the time from launch to
# the first 200 from /healthz and the RSS of the idle server 5 seconds later; then the medians and
# the ratios (targets: start-up at most 1.6 x, idle RSS at most 1.3 x the hello-world's).
# A second floor runs beside them, for a decision rather than a target: the hello-world with the
# libraries Plimsoll chose and none of its code (startup-floor/libraries), which says how much of the
# gap is the libraries and how much is ours.
# Usage: scripts/measure-startup-floor.sh [RUNS] [DATA_DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
dir="${2:-$(mktemp -d)}"
port="${PLIMSOLL_BENCH_PORT:-18190}"
floor="$root/scripts/startup-floor"
hello="$floor/target/hello.jar"
archive="$floor/target/hello.jsa"
libraries="$floor/libraries/target/libraries.jar"
libraries_archive="$floor/libraries/target/libraries.jsa"
libraries_data="$(mktemp -d)"
trap 'rm -rf "$libraries_data"' EXIT
# The launcher's own JVM options, read from it, so that the comparison stays fair when they change.
opts=($(sed -n 's/^default_opts="\(.*\)"$/\1/p' "$root/plimsoll"))
if [ "${#opts[@]}" -eq 0 ]; then
  echo "measure-startup-floor: cannot read default_opts from ./plimsoll" >&2
  exit 1
fi
if [ -n "${PLIMSOLL_JAVA_OPTS:-}" ]; then
  echo "measure-startup-floor: unset PLIMSOLL_JAVA_OPTS, or the two would not run with the same options" >&2
  exit 1
fi

"$root/plimsoll" --version >/dev/null   # build, and record the class-data archive, outside the timing
if [ ! -f "$hello" ]; then
  (cd "$floor" && "$root/mvnw" -B -q package -Dmaven.test.skip=true)
fi
if [ ! -f "$libraries" ] || [ -n "$(find "$floor/libraries/src" "$floor/libraries/pom.xml" -newer "$libraries" -print -quit)" ]; then
  (cd "$floor/libraries" && "$root/mvnw" -B -q package -Dmaven.test.skip=true)
fi

# Launches "$@" in the background, waits for /healthz, then prints "milliseconds rss-megabytes cpu-milliseconds"
# and stops it. The CPU time (the process's and its waited-for children's, up to the first answer) scatters
# far less than the wall-clock time on a shared machine.
measure() {
  local start end pid rss cpu
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.01; done
  end=$(date +%s%N)
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ print int(($14 + $15 + $16 + $17) * 1000 / hz) }' "/proc/$pid/stat")
  sleep 5
  rss=$(ps -o rss= -p "$pid")
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  echo "$(( (end - start) / 1000000 )) $(( rss / 1024 )) $cpu"
}

if [ ! -f "$archive" ] || [ "$hello" -nt "$archive" ]; then
  measure java "${opts[@]}" -XX:ArchiveClassesAtExit="$archive" -jar "$hello" "$port" >/dev/null
fi
# Recorded the same way: a start, its first /healthz, and the 5 s after it (the meters and the first query).
if [ ! -f "$libraries_archive" ] || [ "$libraries" -nt "$libraries_archive" ]; then
  measure java "${opts[@]}" -XX:ArchiveClassesAtExit="$libraries_archive" -jar "$libraries" "$port" "$libraries_data" >/dev/null
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
p_ms=(); p_mb=(); p_cpu=(); h_ms=(); h_mb=(); h_cpu=(); l_ms=(); l_mb=()
echo "load average before: $(cut -d ' ' -f 1-3 /proc/loadavg)"
for i in $(seq "$runs"); do
  read -r ms mb cpu < <(measure "$root/plimsoll" serve --data-dir "$dir" --port "$port")
  p_ms+=("$ms"); p_mb+=("$mb"); p_cpu+=("$cpu")
  read -r hms hmb hcpu < <(measure java "${opts[@]}" -XX:SharedArchiveFile="$archive" -Xshare:auto -jar "$hello" "$port")
  h_ms+=("$hms"); h_mb+=("$hmb"); h_cpu+=("$hcpu")
  read -r lms lmb lcpu < <(measure java "${opts[@]}" -XX:SharedArchiveFile="$libraries_archive" -Xshare:auto \
    -jar "$libraries" "$port" "$libraries_data")
  l_ms+=("$lms"); l_mb+=("$lmb")
  echo "run $i: plimsoll serve $ms ms, $mb MB, $cpu ms CPU; hello-world $hms ms, $hmb MB, $hcpu ms CPU;" \
    "with the libraries $lms ms, $lmb MB, $lcpu ms CPU"
done
pm=$(printf '%s\n' "${p_ms[@]}" | median); pr=$(printf '%s\n' "${p_mb[@]}" | median)
hm=$(printf '%s\n' "${h_ms[@]}" | median); hr=$(printf '%s\n' "${h_mb[@]}" | median)
pc=$(printf '%s\n' "${p_cpu[@]}" | median); hc=$(printf '%s\n' "${h_cpu[@]}" | median)
lm=$(printf '%s\n' "${l_ms[@]}" | median); lr=$(printf '%s\n' "${l_mb[@]}" | median)
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "median: plimsoll serve $pm ms, $pr MB, $pc ms CPU; hello-world $hm ms, $hr MB, $hc ms CPU"
awk -v a="$pm" -v b="$hm" -v c="$pr" -v d="$hr" -v e="$pc" -v f="$hc" \
  'BEGIN { printf "ratio: start-up %.2f x (target 1.6), idle RSS %.2f x (target 1.3); CPU to the first answer %.2f x\n", a / b, c / d, e / f }'
# Each run's own ratio (serve against the hello-world started just after it) drifts less with the
# machine's load than the ratio of the two medians; printed beside it, not instead.
paired=$(for k in "${!p_ms[@]}"; do awk -v a="${p_ms[$k]}" -v b="${h_ms[$k]}" 'BEGIN { printf "%.3f\n", a / b }'; done | median)
echo "median of the runs' own start-up ratios: $(awk -v r="$paired" 'BEGIN { printf "%.2f", r }') x"
echo "median, the hello-world with the same libraries: $lm ms, $lr MB"
awk -v a="$pm" -v b="$lm" -v c="$pr" -v d="$lr" -v e="$hr" \
  'BEGIN { printf "against it (no target): start-up %.2f x, idle RSS %.2f x; the libraries alone: idle RSS %.2f x the hello-world'"'"'s\n", a / b, c / d, d / e }'
