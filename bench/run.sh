#!/usr/bin/env bash
# Times stallcheck against `clang++-19 -fsyntax-only` on the same Boost.Asio
# files, in the same run, and prints the ratios of wall time and peak memory
# (medians of --runs runs, alternating the two commands).
#
# Usage: bench/run.sh [--runs N] [--build DIR] [FILE...]
# Without files: examples/echo_server.cpp and bench/inputs/*.cpp.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
runs=5
build="$root/build"
files=()
while (($#)); do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) files+=("$1"); shift ;;
  esac
done
((${#files[@]})) || files=("$root/examples/echo_server.cpp" "$here"/inputs/*.cpp)
stallcheck="$build/tool/stallcheck"
[[ -x $stallcheck ]] || { echo "bench: no $stallcheck; build first (scripts/setup)" >&2; exit 1; }
flags=(-std=c++20)

# Prints "seconds kilobytes" for one command (GNU time), output discarded.
measure() {
  /usr/bin/time -f '%e %M' -o /tmp/stallcheck-bench.$$ "$@" >/dev/null 2>&1 || true
  cat /tmp/stallcheck-bench.$$
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

printf '%-24s %9s %9s %7s %9s %9s %7s\n' file syntax_s stall_s ratio syntax_MB stall_MB ratio
for file in "${files[@]}"; do
  : > /tmp/stallcheck-bench-base.$$; : > /tmp/stallcheck-bench-tool.$$
  for ((i = 0; i < runs; i++)); do
    measure clang++-19 -fsyntax-only "${flags[@]}" "$file" >> /tmp/stallcheck-bench-base.$$
    measure "$stallcheck" --checks='-*,stall-*' --quiet "$file" -- "${flags[@]}" >> /tmp/stallcheck-bench-tool.$$
  done
  bt=$(cut -d' ' -f1 /tmp/stallcheck-bench-base.$$ | median)
  tt=$(cut -d' ' -f1 /tmp/stallcheck-bench-tool.$$ | median)
  bm=$(cut -d' ' -f2 /tmp/stallcheck-bench-base.$$ | median)
  tm=$(cut -d' ' -f2 /tmp/stallcheck-bench-tool.$$ | median)
  awk -v f="$(basename "$file")" -v bt="$bt" -v tt="$tt" -v bm="$bm" -v tm="$tm" \
    'BEGIN { printf "%-24s %9.2f %9.2f %6.2fx %9.0f %9.0f %6.2fx\n", f, bt, tt, tt/bt, bm/1024, tm/1024, tm/bm }'
done
rm -f /tmp/stallcheck-bench.$$ /tmp/stallcheck-bench-base.$$ /tmp/stallcheck-bench-tool.$$
