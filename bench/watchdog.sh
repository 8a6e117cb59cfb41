#!/usr/bin/env bash
# The runtime watchdog's cost on a loop that never stalls: handlers per
# second of a ping-pong of posted handlers on one io_context thread,
# without (Asio as it is, plus one idle thread: see PingPong.cpp) and with
# the watchdog (handler tracking on, a watchdog attached), alternating, R
# runs each, all on one core; prints the medians and the ratio
# (with / without), then the same against a single-threaded process.
#
# Usage: bench/watchdog.sh [--runs R] [--handlers N] [--build DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=7 handlers=5000000 build="$root/build"
while (($#)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --handlers) handlers=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "bench/watchdog.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
plain="$build/watchdog/watchdog-pingpong-plain"
watched="$build/watchdog/watchdog-pingpong"
for binary in "$plain" "$watched"; do
  [[ -x $binary ]] || { echo "bench: no $binary; build first (scripts/setup)" >&2; exit 1; }
done
median() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
pin=()
command -v taskset >/dev/null && pin=(taskset -c 0)
without=() with=() alone=()
for ((run = 0; run < runs; run++)); do
  without+=("$("${pin[@]}" "$plain" --handlers "$handlers")")
  with+=("$("${pin[@]}" "$watched" --handlers "$handlers")")
  alone+=("$("${pin[@]}" "$plain" --alone --handlers "$handlers")")
done
a=$(printf '%s\n' "${without[@]}" | median)
b=$(printf '%s\n' "${with[@]}" | median)
c=$(printf '%s\n' "${alone[@]}" | median)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f (%.1f%% %s)", b / a, (b > a ? b / a - 1 : 1 - b / a) * 100, (b > a ? "faster" : "slower") }'; }
echo "handlers/s without the watchdog:          $a (median of $runs)"
echo "handlers/s with the watchdog:             $b (median of $runs)"
echo "handlers/s single-threaded, no watchdog:  $c (median of $runs)"
echo "ratio with/without:            $(ratio "$a" "$b")"
echo "ratio with/single-threaded:    $(ratio "$c" "$b")"
