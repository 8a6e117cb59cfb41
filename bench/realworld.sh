#!/usr/bin/env bash
# Runs stallcheck-project on real projects' compile databases, as a user
# would, and prints per project: files, wall time (against one serial
# `clang++-19 -fsyntax-only` pass over the same files with --syntax), the
# printed warnings, and the distinct findings per check. Writes each
# project's findings, one a line with the source line they point at, to
# OUT/NAME.findings.tsv for judging (true / false), and the full output to
# OUT/NAME.out.
#
# Usage: bench/realworld.sh [--jobs N] [--out DIR] [--syntax] [--build DIR]
#                           BUILD_DIR[:FILE_REGEX] ...
#   BUILD_DIR   a directory holding compile_commands.json
#   FILE_REGEX  analyse only the files whose path matches (as
#               stallcheck-project's positional regexes)
# Example:
#   bench/realworld.sh --out /tmp/rw ~/src/cinatra/build \
#     '~/src/yalantinglibs/build:src/(coro_rpc|coro_http|coro_io)/'
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
jobs=$(nproc) out="" syntax=0 build="$root/build"
projects=()
while (($#)); do
  case $1 in
    --jobs | -j) jobs=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --syntax) syntax=1; shift ;;
    --build) build=$2; shift 2 ;;
    -h | --help) sed -n '2,17p' "$0"; exit 0 ;;
    -*) echo "bench/realworld.sh: unknown option '$1'" >&2; exit 2 ;;
    *) projects+=("$1"); shift ;;
  esac
done
((${#projects[@]})) || { sed -n '2,17p' "$0" >&2; exit 2; }
project_tool="$build/tool/stallcheck-project"
[[ -x $project_tool ]] || { echo "bench: no $project_tool; build first (scripts/setup)" >&2; exit 1; }
[[ -n $out ]] || out=$(mktemp -d /tmp/stallcheck-realworld.XXXXXX)
mkdir -p "$out"

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

for spec in "${projects[@]}"; do
  dir=${spec%%:*} regex=""
  [[ $spec == *:* ]] && regex=${spec#*:}
  dir=$(cd "$dir" && pwd)
  [[ -f $dir/compile_commands.json ]] || {
    echo "bench: no compile_commands.json in '$dir'" >&2
    exit 1
  }
  name=$(basename "$(dirname "$dir")")-$(basename "$dir")
  args=(-p "$dir" -j "$jobs")
  [[ -n $regex ]] && args+=("$regex")

  start=$(now)
  status=0
  "$project_tool" "${args[@]}" > "$out/$name.out" 2>&1 || status=$?
  seconds=$(elapsed "$start")

  # The files the run analysed, for the syntax-only pass and the count.
  mapfile -t files < <(grep -oE '^\[ *[0-9]+/[0-9]+\] summarised [^ ]+' "$out/$name.out" |
    awk '{print $NF}')

  syntax_note=""
  if ((syntax)); then
    start=$(now)
    for file in "${files[@]}"; do
      python3 - "$dir/compile_commands.json" "$file" <<'PY' | bash >/dev/null 2>&1 || true
import json, shlex, sys, os
database, wanted = sys.argv[1], sys.argv[2]
for entry in json.load(open(database)):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    if path.endswith(wanted) or wanted.endswith(os.path.relpath(path, os.path.dirname(database))):
        words = entry.get("arguments") or shlex.split(entry["command"])
        # Replace the compiler and the output with a syntax-only pass.
        keep, skip = [], False
        for word in words[1:]:
            if skip:
                skip = False
                continue
            if word in ("-o", "-c"):
                skip = word == "-o"
                continue
            keep.append(word)
        print("cd " + shlex.quote(entry["directory"]) + " && clang++-19 -fsyntax-only " +
              " ".join(shlex.quote(w) for w in keep))
        break
PY
    done
    syntax_seconds=$(elapsed "$start")
    syntax_note=$(awk -v s="$seconds" -v c="$syntax_seconds" -v j="$jobs" \
      'BEGIN { printf ", one serial clang++-19 -fsyntax-only pass %.1f s (ratio %.2f at -j %s)", c, s / c, j }')
  fi

  # Distinct findings: check, file:line:col, message; with the source line.
  grep -E '^[^ ]+:[0-9]+:[0-9]+: warning: .* \[stall-[a-z-]+\]$' "$out/$name.out" |
    sort -u > "$out/$name.warnings" || true
  printed=$(grep -cE ': warning: .*\[stall-[a-z-]+\]$' "$out/$name.out" || true)
  : > "$out/$name.findings.tsv"
  while IFS= read -r line; do
    location=${line%%: warning: *}
    message=${line#*: warning: }
    check=${message##*[}
    check=${check%]}
    file=${location%:*:*}
    row=${location#"$file":}
    row=${row%%:*}
    source=$(sed -n "${row}p" "$file" 2>/dev/null | sed 's/^[[:space:]]*//' | cut -c1-120)
    printf '%s\t%s\t%s\t%s\n' "$check" "$location" "${message% \[*}" "$source" >> "$out/$name.findings.tsv"
  done < "$out/$name.warnings"

  printf '%s: %d files in %.1f s%s; exit %d\n' "$name" "${#files[@]}" "$seconds" "$syntax_note" "$status"
  printf '  printed warnings: %d, distinct findings: %d\n' "$printed" "$(wc -l < "$out/$name.findings.tsv")"
  cut -f1 "$out/$name.findings.tsv" | sort | uniq -c | sed 's/^ */    /'
  printf '  findings to judge: %s\n' "$out/$name.findings.tsv"
done
