#!/usr/bin/env bash
# Usage: write-workspace.sh WS NAME RULES BIN
# Writes the Bazel set-up of docs/guides/bazel.md into the workspace WS
# (named NAME): its WORKSPACE, loading stallcheck's rules from RULES (the
# repository's bazel/ directory) and its executables from BIN (the build's
# tool/ directory), and a .bazelrc that imports bazel/stallcheck.bazelrc and
# runs the aspect with the configuration filegroup //:stallcheck_config,
# offline (bazel/local/).
set -euo pipefail
ws=$1 name=$2 rules=$3 bin=$4
cat > "$ws/WORKSPACE" <<EOT
workspace(name = "$name")
local_repository(name = "stallcheck", path = "$rules")
new_local_repository(
    name = "stallcheck_bin",
    path = "$bin",
    build_file_content = 'exports_files(["stallcheck", "stallcheck-project"])',
)
EOT
cat > "$ws/.bazelrc" <<EOT
import $rules/stallcheck.bazelrc
build --config=stallcheck
build --@stallcheck//:config=//:stallcheck_config
build --override_repository=rules_cc=$rules/local/rules_cc
build --override_repository=rules_java=$rules/local/rules_java
build --spawn_strategy=linux-sandbox
EOT
