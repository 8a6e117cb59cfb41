"""Prints the stallcheck actions a Bazel build executed, one line each
("Stallcheck blocking/files.cpp", "StallcheckLink //server:session"),
sorted, from the file --execution_log_json_file wrote; actions taken from a
cache are left out."""
import json
import sys

text = open(sys.argv[1]).read()
decoder = json.JSONDecoder()
at = 0
lines = []
while True:
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text):
        break
    spawn, at = decoder.raw_decode(text, at)
    mnemonic = spawn.get("mnemonic", "")
    if not mnemonic.startswith("Stallcheck") or spawn.get("remoteCacheHit"):
        continue
    message = spawn.get("progressMessage", "")
    lines.append(mnemonic + " " + message.split(" ")[-1])
print("\n".join(sorted(lines)) if lines else "(none)")
