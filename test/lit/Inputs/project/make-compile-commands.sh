#!/usr/bin/env bash
# Usage: make-compile-commands.sh DIR FLAGS...
# Writes DIR/compile_commands.json with one entry per DIR/src/*.cpp,
# compiled with FLAGS, as CMake would write it.
set -eu
dir=$1
shift
flags="$*"
{
  echo "["
  first=1
  for file in "$dir"/src/*.cpp; do
    [[ $first == 1 ]] || echo ","
    first=0
    printf '  {"directory": "%s", "file": "%s",\n   "command": "clang++ %s -c %s"}' \
      "$dir" "$file" "$flags" "$file"
  done
  echo
  echo "]"
} > "$dir/compile_commands.json"
