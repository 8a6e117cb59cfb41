#!/usr/bin/env bash
# Times the Bazel aspect (bazel/stallcheck.bzl) against stallcheck-project
# on the same files: the generated project of bench/project.sh (N files of
# real Boost.Asio whose chains cross files), as one cc_library, at the same
# -j. Prints medians of R runs, each against one `clang++-19 -fsyntax-only`
# pass over the same files in the same run:
#
#   project cold    stallcheck-project, empty cache            (x syntax-only)
#   project warm    stallcheck-project, nothing changed        (x its cold)
#   bazel cold      fresh output base, empty disk cache        (x syntax-only)
#   bazel null      same output base, nothing changed          (x bazel cold)
#   bazel warm      fresh output base, the disk cache filled   (x bazel cold)
#
# Bazel's times are of the build command with its server already started
# (`bazel info` first): a server start is the same for every build.
#
# Usage: bench/bazel.sh [--files N] [--runs R] [--jobs J] [--build DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
files=40 runs=1 jobs=2 build="$root/build"
while (($#)); do
  case $1 in
    --files) files=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "bench/bazel.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
project="$build/tool/stallcheck-project"
[[ -x $project ]] || { echo "bench: no $project; build first (scripts/setup)" >&2; exit 1; }
command -v bazel >/dev/null || { echo "bench: no bazel (apt-get install bazel-bootstrap bazel-platforms)" >&2; exit 1; }

dir=$(mktemp -d /tmp/stallcheck-bazel-bench.XXXXXX)
# Bazel with an output base of its own: bazel_ NAME ARGS...
bazel_() { bazel --nohome_rc --max_idle_secs=60 --output_user_root="$dir/$1" "${@:2}"; }
# The same, as a command line for /usr/bin/time.
bazel_command() { echo bazel --nohome_rc --max_idle_secs=60 --output_user_root="$dir/$1"; }
cleanup() {
  for base in "$dir"/root-*; do [[ -d $base ]] && (cd "$ws" && bazel_ "$(basename "$base")" shutdown) || true; done
  rm -rf "$dir"
}
trap cleanup EXIT

# seconds, median, ratio, $dir/syntax-pass.py.
source "$here/common.sh"

# The project, and a workspace around it: one cc_library of every file.
ws="$dir/ws"
python3 "$root/test/lit/Inputs/project/generate.py" "$ws" --files "$files" --seed 7 --groups 4 -std=c++20
printf "Checks: '-*,stall-*'\n" > "$ws/.clang-tidy"
bash "$root/test/lit/Inputs/bazel/write-workspace.sh" "$ws" bench "$root/bazel" "$build/tool"
cat > "$ws/BUILD.bazel" <<'EOT'
filegroup(name = "stallcheck_config", srcs = [".clang-tidy"])
EOT
cat > "$ws/src/BUILD.bazel" <<'EOT'
cc_library(
    name = "generated",
    srcs = glob(["*.cpp"]),
    hdrs = glob(["*.h"]),
    copts = ["-std=c++20"],
)
EOT
echo "build --jobs=$jobs" >> "$ws/.bazelrc"

cd "$ws"
syntax=() pcold=() pwarm=() bcold=() bnull=() bwarm=()
for ((r = 0; r < runs; r++)); do
  syntax+=("$(seconds python3 "$dir/syntax-pass.py" "$ws/compile_commands.json" "$jobs")")
  run=("$project" -p "$ws" --quiet -j "$jobs" --cache-dir "$dir/cache-$r")
  pcold+=("$(seconds "${run[@]}")")
  pwarm+=("$(seconds "${run[@]}")")
  bazel_ "root-$r" info >/dev/null 2>&1
  bcold+=("$(seconds $(bazel_command "root-$r") build //src:generated --disk_cache="$dir/disk-$r")")
  bnull+=("$(seconds $(bazel_command "root-$r") build //src:generated --disk_cache="$dir/disk-$r")")
  bazel_ "root-$r" shutdown
  bazel_ "root-$r-fresh" info >/dev/null 2>&1
  bwarm+=("$(seconds $(bazel_command "root-$r-fresh") build //src:generated --disk_cache="$dir/disk-$r")")
  grep -o 'INFO: [0-9]* processes: .*' "$dir/stderr" | sed 's/^/  (warm: /; s/$/)/'
  bazel_ "root-$r-fresh" shutdown
done
# The same findings both ways.
"$project" -p "$ws" --quiet --no-cache | sort > "$dir/project.txt"
bazel_ check build //src:generated >/dev/null 2>&1
sort "$(bazel_ check info bazel-bin 2>/dev/null)/src/generated.stallcheck.txt" > "$dir/bazel.txt"
bazel_ check shutdown
same=$(cmp -s "$dir/project.txt" "$dir/bazel.txt" && echo "the same" || echo "DIFFERENT")
s=$(printf '%s\n' "${syntax[@]}" | median)
pc=$(printf '%s\n' "${pcold[@]}" | median)
pw=$(printf '%s\n' "${pwarm[@]}" | median)
bc=$(printf '%s\n' "${bcold[@]}" | median)
bn=$(printf '%s\n' "${bnull[@]}" | median)
bw=$(printf '%s\n' "${bwarm[@]}" | median)
echo "generated: $files files in one cc_library, -j$jobs, medians of $runs runs; findings $same ($(grep -c ': warning:' "$dir/project.txt") warnings)"
echo "  clang++-19 -fsyntax-only  $s s"
echo "  project cold              $pc s   $(ratio "$pc" "$s")x syntax-only"
echo "  project warm              $pw s   $(ratio "$pw" "$pc")x project cold"
echo "  bazel cold                $bc s   $(ratio "$bc" "$s")x syntax-only, $(ratio "$bc" "$pc")x project cold"
echo "  bazel null build          $bn s   $(ratio "$bn" "$bc")x bazel cold"
echo "  bazel warm (disk cache)   $bw s   $(ratio "$bw" "$bc")x bazel cold"
echo "  entries: $(du -sb "$dir/disk-0" | cut -f1) bytes in the disk cache; project cache $(du -sb "$dir/cache-0" | cut -f1) bytes"
