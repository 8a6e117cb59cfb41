#!/usr/bin/env python3
"""A minimal LSP client for tests: starts a language server, opens one file,
waits for the diagnostics clangd publishes for it, and prints each one as
  RANGE sl:sc-el:ec SEVERITY CODE: MESSAGE
  NOTE line:col: MESSAGE          (relatedInformation, one per note)
then shuts the server down. Lines and columns are 1-based, as in compiler
output. Exits 1 when no diagnostics arrive before the timeout.

With --actions, asks for the code actions of each wanted diagnostic and
prints each as
  ACTION line:col KIND: TITLE
and with --apply OUT, applies the edits of the quick fixes offered (the
first for each diagnostic) to the file's text and writes the result to OUT.

Usage: lsp_client.py [--timeout S] [--want CODE] [--log TEXT] [--actions]
                     [--apply OUT] FILE -- SERVER [ARGS...]
With --want, waits for a publication that contains a diagnostic with that
code (clangd first publishes without clang-tidy's while it builds).
With --log, waits for a line of the server's log (its stderr) that contains
TEXT instead, and prints it as
  LOG LINE
(the diagnostics of that build may not be published yet: none are printed).
"""
import json
import os
import subprocess
import sys
import threading
import time


def main():
    args = sys.argv[1:]
    timeout = 120.0
    want = None
    log_want = None
    actions = False
    apply_to = None
    while args and args[0].startswith("--") and args[0] != "--":
        if args[0] == "--timeout":
            timeout = float(args[1])
            args = args[2:]
        elif args[0] == "--want":
            want = args[1]
            args = args[2:]
        elif args[0] == "--log":
            log_want = args[1]
            args = args[2:]
        elif args[0] == "--actions":
            actions = True
            args = args[1:]
        elif args[0] == "--apply":
            actions = True
            apply_to = args[1]
            args = args[2:]
        else:
            sys.exit("lsp_client.py: unknown option " + args[0])
    path = os.path.abspath(args[0])
    server = args[args.index("--") + 1:]
    uri = "file://" + path
    proc = subprocess.Popen(
        server, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE if log_want else subprocess.DEVNULL)

    def send(message):
        body = json.dumps(message).encode()
        proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        proc.stdin.flush()

    messages = []
    cond = threading.Condition()

    def reader():
        while True:
            length = None
            while True:
                line = proc.stdout.readline()
                if not line:
                    return
                line = line.strip()
                if not line:
                    break
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if length is None:
                return
            message = json.loads(proc.stdout.read(length))
            with cond:
                messages.append(message)
                cond.notify_all()

    log_lines = []

    def log_reader():
        for line in proc.stderr:
            text = line.decode(errors="replace").rstrip("\n")
            with cond:
                log_lines.append(text)
                cond.notify_all()

    threading.Thread(target=reader, daemon=True).start()
    if log_want:
        threading.Thread(target=log_reader, daemon=True).start()
    send({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {
        "processId": os.getpid(), "rootUri": "file://" + os.path.dirname(path),
        "capabilities": {"textDocument": {
            "publishDiagnostics": {"relatedInformation": True},
            "codeAction": {"codeActionLiteralSupport": {"codeActionKind": {
                "valueSet": ["quickfix", "refactor", "source"]}}}}}}})
    send({"jsonrpc": "2.0", "method": "initialized", "params": {}})
    with open(path) as f:
        text = f.read()
    send({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
        "textDocument": {"uri": uri, "languageId": "cpp", "version": 1,
                         "text": text}}})

    def wanted(message):
        if message.get("method") != "textDocument/publishDiagnostics":
            return False
        if message["params"]["uri"] != uri:
            return False
        diags = message["params"]["diagnostics"]
        if want is None:
            return True
        return any(d.get("code") == want for d in diags)

    deadline = time.time() + timeout
    found = None
    log_found = None
    with cond:
        while found is None and time.time() < deadline:
            if log_want:
                log_found = next((l for l in log_lines if log_want in l), None)
                if log_found is not None:
                    found = {"params": {"diagnostics": []}}
            else:
                found = next((m for m in messages if wanted(m)), None)
            if found is None:
                cond.wait(timeout=1.0)
    offered = []
    if actions and found is not None:
        wanted_diags = [d for d in found["params"]["diagnostics"]
                        if want is None or d.get("code") == want]
        for index, d in enumerate(wanted_diags):
            send({"jsonrpc": "2.0", "id": 100 + index,
                  "method": "textDocument/codeAction", "params": {
                      "textDocument": {"uri": uri}, "range": d["range"],
                      "context": {"diagnostics": [d]}}})
        with cond:
            for index, d in enumerate(wanted_diags):
                reply = None
                while reply is None and time.time() < deadline:
                    reply = next((m for m in messages
                                  if m.get("id") == 100 + index), None)
                    if reply is None:
                        cond.wait(timeout=1.0)
                offered.append((d, (reply or {}).get("result") or []))
    send({"jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": None})
    send({"jsonrpc": "2.0", "method": "exit", "params": None})
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
    if found is None:
        print("lsp_client.py: no diagnostics for %s within %gs" % (path, timeout),
              file=sys.stderr)
        return 1
    if log_found is not None:
        print("LOG " + log_found)
    if actions:
        edits = []
        for d, results in offered:
            start = d["range"]["start"]
            first_fix = True
            for action in results:
                print("ACTION %d:%d %s: %s" % (
                    start["line"] + 1, start["character"] + 1,
                    action.get("kind", "command"), action.get("title", "")))
                if (first_fix and action.get("kind") == "quickfix"
                        and "edit" in action):
                    first_fix = False
                    edit = action["edit"]
                    edits.extend(edit.get("changes", {}).get(uri, []))
                    for change in edit.get("documentChanges", []):
                        if change.get("textDocument", {}).get("uri") == uri:
                            edits.extend(change.get("edits", []))
        if apply_to:
            lines = text.splitlines(keepends=True)

            def offset(position):
                return (sum(len(l) for l in lines[:position["line"]]) +
                        position["character"])
            result = text
            seen = set()
            for e in sorted(edits, key=lambda e: (offset(e["range"]["start"]),
                                                  offset(e["range"]["end"])),
                            reverse=True):
                key = (offset(e["range"]["start"]), offset(e["range"]["end"]),
                       e["newText"])
                if key in seen:  # one include, offered with every fix
                    continue
                seen.add(key)
                result = (result[:key[0]] + e["newText"] + result[key[1]:])
            with open(apply_to, "w") as out:
                out.write(result)
        return 0
    severities = {1: "error", 2: "warning", 3: "information", 4: "hint"}
    for d in found["params"]["diagnostics"]:
        r = d["range"]
        print("RANGE %d:%d-%d:%d %s %s: %s" % (
            r["start"]["line"] + 1, r["start"]["character"] + 1,
            r["end"]["line"] + 1, r["end"]["character"] + 1,
            severities.get(d.get("severity"), "?"), d.get("code", ""),
            d["message"].replace("\n", " | ")))
        for info in d.get("relatedInformation", []):
            loc = info["location"]
            print("NOTE %s:%d:%d: %s" % (
                os.path.basename(loc["uri"]), loc["range"]["start"]["line"] + 1,
                loc["range"]["start"]["character"] + 1, info["message"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
