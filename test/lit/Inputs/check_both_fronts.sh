#!/usr/bin/env bash
# Usage: check_both_fronts.sh STALLCHECK CLANG_TIDY PLUGIN [clang-tidy args...]
# Runs the same arguments through the stallcheck executable and through
# clang-tidy-19 with the plugin loaded, fails if the two outputs or exit
# codes differ, and prints the stallcheck output for FileCheck. With
# STALLCHECK_ONE_FRONT=1 (the sanitizer suite: the plain suite has already
# compared the fronts, which share every check) only the executable runs.
set -u
stallcheck=$1 clang_tidy=$2 plugin=$3
shift 3
exe_out=$("$stallcheck" "$@" 2>&1); exe_rc=$?
if [[ ${STALLCHECK_ONE_FRONT:-0} == 1 ]]; then
  printf '%s\n' "$exe_out"
  exit "$exe_rc"
fi
plugin_out=$("$clang_tidy" --load="$plugin" "$@" 2>&1); plugin_rc=$?
if [[ "$exe_out" != "$plugin_out" || $exe_rc != "$plugin_rc" ]]; then
  echo "error: the stallcheck executable (exit $exe_rc) and the clang-tidy" \
       "plugin (exit $plugin_rc) disagree:" >&2
  diff <(printf '%s\n' "$exe_out") <(printf '%s\n' "$plugin_out") >&2
  exit 1
fi
printf '%s\n' "$exe_out"
exit "$exe_rc"
