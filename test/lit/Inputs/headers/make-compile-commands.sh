#!/usr/bin/env bash
# Usage: make-compile-commands.sh DIR FLAGS...
# Writes DIR/compile_commands.json for the header-heavy layout: src/a.cpp
# and src/b.cpp compiled in DIR with -Iinclude (b.cpp reaches the header
# through '..'), examples/c.cpp compiled in DIR/examples with -I../include,
# as CMake writes a subdirectory's entries. All three include
# include/net/conn.hpp; DIR itself is on the include path, for
# third_party/lib/lib.hpp. src/log.cpp defines a helper that src/a.cpp
# calls through a macro.
set -eu
dir=$1
shift
flags="$*"
cat > "$dir/compile_commands.json" <<JSON
[
  {"directory": "$dir", "file": "$dir/src/a.cpp",
   "command": "clang++ $flags -Iinclude -I. -c src/a.cpp"},
  {"directory": "$dir", "file": "$dir/src/log.cpp",
   "command": "clang++ $flags -Iinclude -c src/log.cpp"},
  {"directory": "$dir", "file": "$dir/src/b.cpp",
   "command": "clang++ $flags -I. -c src/b.cpp"},
  {"directory": "$dir/examples", "file": "$dir/examples/c.cpp",
   "command": "clang++ $flags -I../include -I.. -c c.cpp"}
]
JSON
