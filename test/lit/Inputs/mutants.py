#!/usr/bin/env python3
"""Mutation test: derives mutants of the lit inputs (truncated files,
deleted tokens, unbalanced braces, duplicated lines, stray bytes) and runs
stallcheck on each. Every run must end in success or a clear compiler
error (exit 0 or 1, an "error:" at a file and line when it is 1), never a
signal, a crash report or a hang (a time limit per run).

Usage: mutants.py STALLCHECK MOCK_DIR WORK_DIR SOURCE... [--count N] [--seed S]
Prints a summary line; exits 1 with the offending mutants listed.
"""
import os
import random
import re
import subprocess
import sys

TOKEN = re.compile(r"\w+|::|->|<<|>>|&&|\|\||[^\s\w]")


def mutate(text, rng):
    kind = rng.choice(["truncate", "delete-token", "unbalance", "duplicate",
                       "stray-byte", "swap-lines"])
    if kind == "truncate":
        return kind, text[:rng.randrange(len(text) + 1)]
    if kind == "delete-token":
        tokens = list(TOKEN.finditer(text))
        if not tokens:
            return kind, text
        for _ in range(rng.randint(1, 3)):
            t = rng.choice(tokens)
            text = text[:t.start()] + " " * (t.end() - t.start()) + text[t.end():]
        return kind, text
    if kind == "unbalance":
        braces = [i for i, c in enumerate(text) if c in "{}()<>[]"]
        if not braces:
            return kind, text + "{"
        i = rng.choice(braces)
        return kind, text[:i] + text[i + 1:]
    if kind == "duplicate":
        lines = text.split("\n")
        i = rng.randrange(len(lines))
        return kind, "\n".join(lines[:i + 1] + lines[i:])
    if kind == "stray-byte":
        i = rng.randrange(len(text) + 1)
        return kind, text[:i] + rng.choice(["\0", "\x7f", "\xff", "#", "@", "`"]) + text[i:]
    lines = text.split("\n")
    i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
    lines[i], lines[j] = lines[j], lines[i]
    return kind, "\n".join(lines)


def main():
    args = sys.argv[1:]
    count, seed = 200, 1
    if "--count" in args:
        i = args.index("--count"); count = int(args[i + 1]); del args[i:i + 2]
    if "--seed" in args:
        i = args.index("--seed"); seed = int(args[i + 1]); del args[i:i + 2]
    stallcheck, mock, work = args[:3]
    sources = sorted(args[3:])
    rng = random.Random(seed)
    os.makedirs(work, exist_ok=True)
    bad, kinds, exits = [], {}, {0: 0, 1: 0}
    for n in range(count):
        source = rng.choice(sources)
        text = open(source, encoding="latin-1").read()
        kind, mutant = mutate(text, rng)
        kinds[kind] = kinds.get(kind, 0) + 1
        path = os.path.join(work, "mutant-%03d.cpp" % n)
        with open(path, "w", encoding="latin-1") as f:
            f.write(mutant)
        try:
            run = subprocess.run(
                [stallcheck, "--checks=-*,stall-*", "--quiet", path, "--",
                 "-std=c++20", "-isystem", mock],
                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
        except subprocess.TimeoutExpired:
            bad.append("%s (%s of %s): no end within 120 s" % (path, kind, source))
            continue
        out = run.stdout.decode("utf-8", errors="replace")
        if run.returncode not in (0, 1):
            bad.append("%s (%s of %s): exit %d" % (path, kind, source, run.returncode))
        elif "Stack dump" in out or "PLEASE submit a bug report" in out:
            bad.append("%s (%s of %s): crash report" % (path, kind, source))
        elif run.returncode == 1 and not re.search(r":\d+:\d+: error:", out):
            # A mutant may break a header it includes (a line moved into a
            # namespace): the error then names the header, as clang does.
            bad.append("%s (%s of %s): exit 1 without an error naming a file and line"
                       % (path, kind, source))
        else:
            exits[run.returncode] += 1
    print("mutants: %d (%s); %d clean, %d compiler errors; %d bad" % (
        count, ", ".join("%s %d" % kv for kv in sorted(kinds.items())),
        exits[0], exits[1], len(bad)))
    for line in bad:
        print("BAD " + line)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
