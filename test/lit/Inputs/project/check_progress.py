#!/usr/bin/env python3
"""Reads stallcheck-project's output on standard input and checks that each
file's last progress line ("[i/N] FILE: K findings", or "[linked] FILE: K
findings" once its calls into other files are linked) counts exactly the
warnings and errors then printed at FILE. Prints one line per file
("FILE: K counted, K printed") and exits 1 on a mismatch."""
import collections
import re
import sys

PROGRESS = re.compile(r"^\[(?:\s*\d+/\d+|linked)\] (\S+): (\d+) findings?")
FINDING = re.compile(r"^(\S+?):\d+:\d+: (?:warning|error): ")

counted = {}
printed = collections.Counter()
for line in sys.stdin:
    match = PROGRESS.match(line)
    if match:
        counted[match.group(1)] = int(match.group(2))
        continue
    match = FINDING.match(line)
    if match:
        printed[match.group(1)] += 1
status = 0
for name in sorted(set(counted) | set(printed)):
    print("%s: %d counted, %d printed" % (name, counted.get(name, -1),
                                          printed[name]))
    if counted.get(name) != printed[name]:
        status = 1
sys.exit(status)
