#!/usr/bin/env python3
"""The two-pass design, by hand, for differential tests of the one-pass
project command: every file of DB/compile_commands.json writes its summary
(--stall-write-summaries), then every file reports its findings with all the
summaries at hand (--stall-read-summaries) and exports them; the exports are
printed by `stallcheck-project --convert`, the same renderer the project
command uses.

Usage: two-pass.py STALLCHECK STALLCHECK_PROJECT DB WORKDIR
"""

import json
import os
import subprocess
import sys


def main():
    stallcheck, project, db, work = sys.argv[1:5]
    with open(os.path.join(db, "compile_commands.json")) as f:
        entries = json.load(f)
    files = sorted({os.path.normpath(os.path.join(e["directory"], e["file"]))
                    for e in entries})
    summaries = os.path.join(work, "summaries")
    os.makedirs(summaries, exist_ok=True)
    for file in files:
        subprocess.run([stallcheck, "-p", db, "--quiet",
                        "--stall-write-summaries=" + summaries, file],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    exports = []
    for index, file in enumerate(files):
        export = os.path.join(work, f"{index}.yaml")
        subprocess.run([stallcheck, "-p", db, "--quiet",
                        "--stall-read-summaries=" + summaries,
                        "--export-fixes=" + export, file],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if os.path.exists(export):
            exports.append(export)
    if exports:
        result = subprocess.run([project, "--convert", ",".join(exports)])
        sys.exit(result.returncode)


if __name__ == "__main__":
    main()
