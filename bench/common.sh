# Shared by the benchmarks that time commands against a syntax-only pass
# (bench/project.sh, bench/bazel.sh); sourced, with $dir a scratch
# directory of the run.

# Wall seconds of a command; a command that fails stops the benchmark (a
# failed run is no measurement).
seconds() {
  /usr/bin/time -f '%e' -o "$dir/time" "$@" >/dev/null 2>"$dir/stderr" || {
    echo "bench: failed: $*" >&2; tail -40 "$dir/stderr" >&2; exit 1; }
  tail -1 "$dir/time"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }'; }

# $dir/syntax-pass.py DB JOBS: one syntax-only pass over every file of a
# compile_commands.json, JOBS at a time, with each entry's own command and
# directory (a script, not a shell function, so that /usr/bin/time can run
# it).
cat > "$dir/syntax-pass.py" <<'PY'
import json, shlex, subprocess, sys
from concurrent.futures import ThreadPoolExecutor
db, jobs = sys.argv[1], int(sys.argv[2])
def run(entry):
    args = entry.get("arguments") or shlex.split(entry["command"])
    out = [a for a in args[1:] if a != "-c"]
    if "-o" in out:
        i = out.index("-o"); del out[i:i + 2]
    subprocess.run(["clang++-19", "-fsyntax-only", *out], cwd=entry["directory"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
with ThreadPoolExecutor(jobs) as pool:
    list(pool.map(run, json.load(open(db))))
PY
