#!/usr/bin/env python3
"""Runs every shell block (```sh) of README.md and docs/**/*.md, the way a
reader would type it, in a fresh copy of a small example project, so that
the commands the docs show cannot go stale.

Usage: run_shell_blocks.py SRCROOT TOOL_DIR DEMO_DIR MOCK_DIR WORK_DIR

The example project has src/server.cpp and src/session.cpp (coroutines
that block), src/net/conn.cpp (one that does not), include/ (mock Boost.Asio headers), a compilation database in
build/ (also reachable as path/to/build), and build/tool/ and build/demo/
holding the tools under test. A block that cannot run offline or in a test
(it installs packages, runs the suite itself, runs for minutes) is preceded
by `<!-- docs-test: skip: REASON -->`; a skip without a reason is an error.

Prints one line per block: PASS, SKIP (with the reason) or FAIL (with the
exit code and the output's tail); exits 1 when any block failed.
"""
import glob
import json
import os
import re
import shutil
import subprocess
import sys

BLOCK = re.compile(r"^```(?:sh|bash|shell)\n(.*?)^```", re.S | re.M)
SKIP = re.compile(r"<!--\s*docs-test:\s*skip(?::\s*(.*?))?\s*-->\s*$")


def blocks(srcroot):
    files = ["README.md"] + sorted(
        os.path.relpath(p, srcroot)
        for p in glob.glob(os.path.join(srcroot, "docs", "**", "*.md"),
                           recursive=True))
    for name in files:
        text = open(os.path.join(srcroot, name), encoding="utf-8").read()
        for match in BLOCK.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            before = text[:match.start()].rstrip("\n").rsplit("\n", 1)[-1]
            skip = SKIP.search(before)
            yield name, line, match.group(1), skip


def make_project(work, tool_dir, demo_dir, mock_dir, inputs):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "build"))
    shutil.copytree(os.path.join(inputs, "src"), os.path.join(work, "src"))
    os.symlink(mock_dir, os.path.join(work, "include"))
    os.symlink(tool_dir, os.path.join(work, "build", "tool"))
    os.symlink(demo_dir, os.path.join(work, "build", "demo"))
    os.makedirs(os.path.join(work, "path", "to"))
    os.symlink(os.path.join(work, "build"),
               os.path.join(work, "path", "to", "build"))
    with open(os.path.join(work, ".clang-tidy"), "w") as f:
        f.write("Checks: '-*,stall-*'\n")
    entries = [{"directory": work, "file": os.path.join(work, "src", name),
                "command": "clang++ -std=c++20 -Iinclude -c src/" + name}
               for name in ("server.cpp", "session.cpp", "net/conn.cpp")]
    with open(os.path.join(work, "build", "compile_commands.json"), "w") as f:
        json.dump(entries, f, indent=1)
    subprocess.run(["git", "init", "-q", work], check=True)
    # The sanitizer build's plugin loads into stock clang-tidy only with
    # the ASan runtime preloaded (scripts/test --sanitize).
    runtime = os.environ.get("STALLCHECK_ASAN_RUNTIME")
    if runtime:
        os.makedirs(os.path.join(work, ".bin"))
        wrapper = os.path.join(work, ".bin", "clang-tidy-19")
        with open(wrapper, "w") as f:
            f.write('#!/bin/sh\nLD_PRELOAD="%s" exec /usr/bin/clang-tidy-19 "$@"\n'
                    % runtime)
        os.chmod(wrapper, 0o755)


def main():
    srcroot, tool_dir, demo_dir, mock_dir, work = sys.argv[1:6]
    inputs = os.path.dirname(os.path.abspath(__file__))
    failed = 0
    for n, (name, line, body, skip) in enumerate(blocks(srcroot)):
        where = "%s:%d" % (name, line)
        if skip:
            if not skip.group(1):
                print("FAIL %s: a skip needs a reason" % where)
                failed += 1
            else:
                print("SKIP %s: %s" % (where, skip.group(1)))
            continue
        project = os.path.join(work, "block-%d" % n)
        make_project(project, tool_dir, demo_dir, mock_dir, inputs)
        try:
            env = dict(os.environ)
            env["PATH"] = os.path.join(project, ".bin") + ":" + env["PATH"]
            run = subprocess.run(["bash", "-e", "-o", "pipefail", "-c", body],
                                 cwd=project, env=env, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, timeout=600)
            code, out = run.returncode, run.stdout.decode(errors="replace")
        except subprocess.TimeoutExpired:
            code, out = "timeout", ""
        if code == 0:
            print("PASS %s" % where)
        else:
            failed += 1
            tail = "\n".join(out.splitlines()[-15:])
            print("FAIL %s: exit %s\n%s" % (where, code, tail))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
