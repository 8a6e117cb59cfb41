#!/usr/bin/env bash
# Writes a Bazel workspace into $1 whose targets are built on real
# Boost.Asio: blocking helpers in //blocking, called from coroutines in
# //server; stallcheck's rules from $2 (the repository's bazel/ directory),
# its executables from $3 (the build's tool/ directory). Also writes
# compile_commands.json for the same files with the same flags, for
# stallcheck-project.
set -euo pipefail
ws=$1 rules=$2 bin=$3
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$ws"
cp -r "$here/workspace/." "$ws/"
bash "$here/write-workspace.sh" "$ws" stallcheck_test "$rules" "$bin"
python3 - "$ws" <<'PY'
import json, os, sys
ws = sys.argv[1]
flags = ["-std=c++20", "-iquote", "."]
files = ["blocking/files.cpp", "blocking/timing.cpp", "server/session.cpp",
         "server/main.cpp"]
json.dump([{"directory": ws, "file": f,
            "arguments": ["clang++", *flags, "-c", f]} for f in files],
          open(os.path.join(ws, "compile_commands.json"), "w"), indent=1)
PY
