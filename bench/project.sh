#!/usr/bin/env bash
# Times stallcheck-project (both passes) on a generated project of N
# Boost.Asio files whose coroutines call blocking helpers defined in the
# next file, with 1 worker and with 2, and prints the speed-up. Also prints
# one `clang++-19 -fsyntax-only` pass over the same files for scale.
#
# Usage: bench/project.sh [--files N] [--runs R] [--build DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
files=8 runs=3 build="$root/build"
while (($#)); do
  case $1 in
    --files) files=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "bench/project.sh: unknown argument '$1'" >&2; exit 2 ;;
  esac
done
project="$build/tool/stallcheck-project"
[[ -x $project ]] || { echo "bench: no $project; build first (scripts/setup)" >&2; exit 1; }

dir=$(mktemp -d /tmp/stallcheck-project-bench.XXXXXX)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/src"
printf "Checks: '-*,stall-*'\n" > "$dir/.clang-tidy"
{
  echo '#pragma once'
  echo '#include <string>'
  for ((i = 0; i < files; i++)); do
    echo "std::string load_$i(const std::string &path);"
    echo "long crunch_$i(int seed);"
  done
} > "$dir/src/helpers.h"
for ((i = 0; i < files; i++)); do
  next=$(((i + 1) % files))
  cat > "$dir/src/file_$i.cpp" <<CPP
#include "helpers.h"
#include <boost/asio.hpp>
#include <fstream>
namespace asio = boost::asio;
static std::string slurp(const std::string &path) {
  std::ifstream in(path);
  std::string text;
  std::getline(in, text);
  return text;
}
std::string load_$i(const std::string &path) { return slurp(path); }
long crunch_$i(int seed) {
  long sum = 0;
  for (int k = 0; k < 10'000'000; ++k)
    sum += k ^ seed;
  return sum;
}
asio::awaitable<void> session_$i(asio::ip::tcp::socket socket) {
  char buf[64];
  for (;;) {
    std::size_t n = co_await socket.async_read_some(asio::buffer(buf), asio::use_awaitable);
    std::string cfg = load_$next("/etc/app");
    long sum = crunch_$next(static_cast<int>(n));
    co_await asio::async_write(socket, asio::buffer(cfg + std::to_string(sum)), asio::use_awaitable);
  }
}
CPP
done
{
  echo "["
  sep=""
  for f in "$dir"/src/*.cpp; do
    printf '%s{"directory": "%s", "file": "%s", "command": "clang++-19 -std=c++20 -c %s"}\n' \
      "$sep" "$dir" "$f" "$f"
    sep=","
  done
  echo "]"
} > "$dir/compile_commands.json"

seconds() { /usr/bin/time -f '%e' -o "$dir/time" "$@" >/dev/null 2>&1 || true; cat "$dir/time"; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
syntax=() one=() two=()
for ((r = 0; r < runs; r++)); do
  syntax+=("$(seconds bash -c "for f in '$dir'/src/*.cpp; do clang++-19 -std=c++20 -fsyntax-only \"\$f\"; done")")
  one+=("$(seconds "$project" -p "$dir" -j 1)")
  two+=("$(seconds "$project" -p "$dir" -j 2)")
done
findings=$("$project" -p "$dir" -j 2 | tail -1)
s=$(printf '%s\n' "${syntax[@]}" | median)
a=$(printf '%s\n' "${one[@]}" | median)
b=$(printf '%s\n' "${two[@]}" | median)
echo "$findings"
awk -v n="$files" -v s="$s" -v a="$a" -v b="$b" 'BEGIN {
  printf "%d files: clang++ -fsyntax-only (serial) %.2f s; stallcheck-project -j1 %.2f s (%.2fx syntax), -j2 %.2f s; -j2/-j1 = %.2f\n",
    n, s, a, a / s, b, b / a }'
