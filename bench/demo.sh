#!/usr/bin/env bash
# Runs the runtime demo (defaults: 4 tasks x 250 ms) --runs times and prints
# the ratios that tell the story, medians over the runs:
#   serial ratio    cpu-on-loop total / one task           (about N: serialised)
#   offload speedup cpu-on-loop total / cpu-offloaded total (about min(N, cores))
#   timer overlap   blocking-sleep total / async-timer total (about N)
#   lateness        worst heartbeat lateness per scenario, ms
#
# Usage: bench/demo.sh [--runs N] [--build DIR] [stall-demo options...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
runs=3
build="$root/build"
args=()
while (($#)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done
demo="$build/demo/stall-demo"
[[ -x $demo ]] || { echo "bench: no $demo; build first (scripts/setup)" >&2; exit 1; }
out=$(mktemp)
for ((i = 0; i < runs; i++)); do
  "$demo" --json --svg '' "${args[@]}" 2>/dev/null >> "$out"
done
python3 - "$out" <<'PY'
import json, statistics, sys
runs = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
def total(run, name):
    return next(s for s in run["scenarios"] if s["name"] == name)["total_ms"]
def worst(run, name):
    return next(s for s in run["scenarios"] if s["name"] == name)["heartbeat"]["worst_late_ms"]
one = lambda run: next(s for s in run["scenarios"] if s["name"] == "cpu-on-loop")["serial_ms"] / run["tasks"]
med = lambda f: statistics.median(f(r) for r in runs)
r0 = runs[0]
print(f"tasks {r0['tasks']}, work {r0['work_ms']:.0f} ms, hardware threads {r0['hardware_threads']}, {len(runs)} runs (medians)")
print(f"serial ratio     cpu-on-loop / one task      {med(lambda r: total(r, 'cpu-on-loop') / one(r)):.2f}  (expect ~{r0['tasks']})")
print(f"offload speedup  cpu-on-loop / offloaded     {med(lambda r: total(r, 'cpu-on-loop') / total(r, 'cpu-offloaded')):.2f}  (expect ~min(tasks, cores))")
print(f"timer overlap    blocking-sleep / async-timer {med(lambda r: total(r, 'blocking-sleep') / total(r, 'async-timer')):.2f}  (expect ~{r0['tasks']})")
for name in ("cpu-on-loop", "cpu-offloaded", "blocking-sleep", "async-timer", "chunked"):
    print(f"worst heartbeat lateness  {name:15} {med(lambda r: worst(r, name)):8.2f} ms")
PY
rm -f "$out"
