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
cat > "$ws/WORKSPACE" <<EOT
workspace(name = "stallcheck_test")
local_repository(name = "stallcheck", path = "$rules")
new_local_repository(
    name = "stallcheck_bin",
    path = "$bin",
    build_file_content = 'exports_files(["stallcheck", "stallcheck-project"])',
)
EOT
cat > "$ws/.bazelrc" <<EOT
build --override_repository=rules_cc=$rules/local/rules_cc
build --override_repository=rules_java=$rules/local/rules_java
build --aspects=@stallcheck//:stallcheck.bzl%stallcheck_aspect
build --output_groups=stallcheck_report,stallcheck_sarif
build --@stallcheck//:config=//:stallcheck_config
build --spawn_strategy=linux-sandbox
EOT
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
