#!/usr/bin/env bash
# Times stallcheck-project against one `clang++-19 -fsyntax-only` pass over
# the same files at the same -j, in the same run, on two projects: a
# generated one of N Boost.Asio files (real Boost headers) whose chains
# cross files (test/lit/Inputs/project/generate.py), and the repository's
# own lit project (mock headers). For each it prints medians of R runs:
#
#   cold     every file parsed, the cache written       (ratio to syntax-only)
#   warm     nothing changed: every file from the cache (ratio to cold)
#   one .cpp one file edited                            (ratio to cold; J/N)
#   header   a header read by k of N files edited       (ratio to cold; k/N)
#   -j1      cold with one worker, and -j2/-j1
#
# Usage: bench/project.sh [--files N] [--runs R] [--jobs J] [--build DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
files=40 runs=3 jobs=2 build="$root/build"
while (($#)); do
  case $1 in
    --files) files=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "bench/project.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
project="$build/tool/stallcheck-project"
[[ -x $project ]] || { echo "bench: no $project; build first (scripts/setup)" >&2; exit 1; }

dir=$(mktemp -d /tmp/stallcheck-project-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT

# seconds, median, ratio, $dir/syntax-pass.py.
source "$here/common.sh"

# bench NAME DIR FILE-TO-TOUCH HEADER-TO-TOUCH K
bench() {
  local name=$1 project_dir=$2 one=$3 header=$4 k=$5
  local n
  n=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$project_dir/compile_commands.json")
  local syntax=() cold=() warm=() touched=() headered=() single=()
  local run=("$project" -p "$project_dir" --quiet --cache-dir "$dir/cache-$name")
  for ((r = 0; r < runs; r++)); do
    syntax+=("$(seconds python3 "$dir/syntax-pass.py" "$project_dir/compile_commands.json" "$jobs")")
    "${run[@]}" --clear-cache >/dev/null
    cold+=("$(seconds "${run[@]}" -j "$jobs")")
    warm+=("$(seconds "${run[@]}" -j "$jobs")")
    echo "// edit $r" >> "$one"
    touched+=("$(seconds "${run[@]}" -j "$jobs")")
    echo "// edit $r" >> "$header"
    headered+=("$(seconds "${run[@]}" -j "$jobs")")
  done
  "${run[@]}" --clear-cache >/dev/null
  single=("$(seconds "${run[@]}" -j 1)")
  local s c w t h one_job
  s=$(printf '%s\n' "${syntax[@]}" | median)
  c=$(printf '%s\n' "${cold[@]}" | median)
  w=$(printf '%s\n' "${warm[@]}" | median)
  t=$(printf '%s\n' "${touched[@]}" | median)
  h=$(printf '%s\n' "${headered[@]}" | median)
  one_job=${single[0]}
  echo "$name: $n files, -j$jobs, medians of $runs runs"
  echo "  clang++-19 -fsyntax-only  $s s"
  echo "  cold                      $c s   $(ratio "$c" "$s")x syntax-only"
  echo "  warm (nothing changed)    $w s   $(ratio "$w" "$c")x cold"
  # With J workers a cold run takes N/J parses' time, one file one parse:
  # the ideal for one edited file is J/N of cold (or 1 when J >= N).
  local ideal_one
  ideal_one=$(awk -v j="$jobs" -v n="$n" 'BEGIN { printf "%.3f", (j < n ? j / n : 1) }')
  echo "  one .cpp edited           $t s   $(ratio "$t" "$c")x cold (one parse: J/N = $ideal_one)"
  echo "  header of $k/$n edited      $h s   $(ratio "$h" "$c")x cold (k/N = $(ratio "$k" "$n"))"
  echo "  cold -j1                  $one_job s   -j$jobs/-j1 = $(ratio "$c" "$one_job")"
}

# The generated project: real Boost.Asio, chains across files, four group
# headers (each read by a quarter of the files).
gen="$dir/generated"
python3 "$root/test/lit/Inputs/project/generate.py" "$gen" --files "$files" --seed 7 --groups 4 -std=c++20
printf "Checks: '-*,stall-*'\n" > "$gen/.clang-tidy"
findings=$("$project" -p "$gen" --no-cache -j "$jobs" | tail -1)
echo "generated: $findings"
bench generated "$gen" "$gen/src/file_0.cpp" "$gen/src/group_1.h" $(((files + 2) / 4))

# The lit project (three files; util.h is read by two of them).
lit="$dir/lit"
mkdir -p "$lit" && cp -r "$root/test/lit/Inputs/project/src" "$lit/src"
printf "Checks: '-*,stall-*'\n" > "$lit/.clang-tidy"
bash "$root/test/lit/Inputs/project/make-compile-commands.sh" "$lit" \
  -std=c++20 -isystem "$root/test/lit/Inputs/mock"
bench lit "$lit" "$lit/src/session.cpp" "$lit/src/util.h" 2
